// The gait2392 numbers the model is built from (OpenSim gait2392_thelen2003muscle.osim: Delp 1990,
// Anderson and Pandy 1999; docs/model.md#body-segments). Unscaled: a 75.16 kg, 1.80 m adult. OpenSim frames
// (X anterior, Y superior, Z right), right side.
#pragma once

#include <array>

#include "math/vec3.h"
#include "model/ids.h"

namespace gait::gait2392 {

inline constexpr double kHeight_m = 1.80;   // docs/model.md#scaling-to-the-body: geometry scales by height / 1.80

// segment masses (gait2392; Anderson and Pandy 1999)
inline constexpr double kPelvisMass_kg = 11.777;
inline constexpr double kTorsoMass_kg = 34.237;   // HAT: trunk, head and arms
inline constexpr double kFemurMass_kg = 9.3014;
inline constexpr double kTibiaMass_kg = 3.7075;
inline constexpr double kFootMass_kg = 0.1 + 1.25 + 0.2166;  // talus + calcaneus + toes
/// The model's mass: the segments' sum (75.165 kg; gait2392's documentation rounds it to 75.16).
inline constexpr double kMass_kg = kPelvisMass_kg + kTorsoMass_kg + 2 * (kFemurMass_kg + kTibiaMass_kg + kFootMass_kg);
/// The reference mass of the force scaling (docs/model.md#scaling-to-the-body), (mass_kg / 75.16)^(2/3).
inline constexpr double kForceReferenceMass_kg = 75.16;

// centres of mass and principal inertias (body frames; kg m^2)
inline constexpr Vec3 kPelvisCom{-0.0707, 0, 0};
inline constexpr Vec3 kPelvisInertia{0.1028, 0.0871, 0.0579};
inline constexpr Vec3 kTorsoCom{-0.03, 0.32, 0};  // from the lumbar joint
inline constexpr Vec3 kTorsoInertia{1.4745, 0.7555, 1.4314};
inline constexpr Vec3 kFemurCom{0, -0.17, 0};
inline constexpr Vec3 kFemurInertia{0.1339, 0.0351, 0.1412};
inline constexpr Vec3 kTibiaCom{0, -0.1867, 0};
inline constexpr Vec3 kTibiaInertia{0.0504, 0.0051, 0.0511};
// calcaneus COM (0.10, 0.03, 0) in its frame, which sits at (-0.04877, -0.04195, 0.00792) from the
// ankle: the foot COM is about 5 cm ahead of and 1 cm below the ankle axis
inline constexpr Vec3 kFootCom{0.051, -0.012, 0};
inline constexpr Vec3 kCalcnInertia{0.0014, 0.0039, 0.0041};  // scaled by foot/calcaneus mass

// joints (gait2392: Delp 1990; docs/model.md#joints)
inline constexpr Vec3 kHipCenter{-0.0707, -0.0661, 0.0835};  // right, pelvis frame
inline constexpr Vec3 kLumbarJoint{-0.1007, 0.0815, 0};
inline constexpr double kFemurLength_m = 0.396;  // hip centre to knee at 0 deg
inline constexpr double kTibiaLength_m = 0.43;   // knee to ankle
// ankle axis above the sole: talus-calcaneus offset 0.042 m plus the heel pad; the prototype's
// 0.07 m (docs/model.md#contact) put the standing pelvis at gait2392's 0.95 m
inline constexpr double kAnkleHeight_m = 0.07;

/// gait2392 hip-abductor compartments (gait2392, Delp 1990; docs/model.md#abductors): Fmax (N), optimal fibre length (m),
/// tendon slack length (m), pennation (rad), origin (pelvis frame), insertion (femur frame).
struct AbductorRow {
  const char* name;
  MuscleGroup group;
  double fmax_N, lopt_m, lts_m, pennation_rad;
  Vec3 origin, insertion;
};
inline constexpr std::array<AbductorRow, kNumAbductors> kAbductors{{
    {"gluteus_medius_anterior", MuscleGroup::GluteusMedius, 819, 0.0535, 0.078, 0.1396, {-0.0408, 0.0304, 0.1209}, {-0.0218, -0.0117, 0.0555}},
    {"gluteus_medius_middle", MuscleGroup::GluteusMedius, 573, 0.0845, 0.053, 0.0, {-0.0855, 0.0445, 0.0766}, {-0.0258, -0.0058, 0.0527}},
    {"gluteus_medius_posterior", MuscleGroup::GluteusMedius, 653, 0.0646, 0.053, 0.3316, {-0.1223, 0.0105, 0.0648}, {-0.0309, -0.0047, 0.0518}},
    {"gluteus_minimus_anterior", MuscleGroup::GluteusMinimus, 270, 0.068, 0.016, 0.1745, {-0.0467, -0.0080, 0.1056}, {-0.0072, -0.0104, 0.0560}},
    {"gluteus_minimus_middle", MuscleGroup::GluteusMinimus, 285, 0.056, 0.026, 0.0, {-0.0633, -0.0065, 0.0991}, {-0.0096, -0.0104, 0.0560}},
    {"gluteus_minimus_posterior", MuscleGroup::GluteusMinimus, 323, 0.038, 0.051, 0.0175, {-0.0834, -0.0063, 0.0856}, {-0.0135, -0.0083, 0.0550}},
    {"tensor_fasciae_latae", MuscleGroup::TensorFasciaeLatae, 233, 0.095, 0.425, 0.0524, {-0.0311, 0.0214, 0.1241}, {0.0294, -0.0995, 0.0597}},
}};
/// TFL's iliotibial tract below its first femur point: femur (0.0054, -0.4049, 0.0357), then the
/// tibia point (0.0060, -0.0487, 0.0297) placed on the femur with the knee extended (knee 0.396 m
/// below the hip).
inline constexpr std::array<Vec3, 2> kTflDistal{{{0.0054, -0.4049, 0.0357}, {0.0060, -0.0487 - 0.396, 0.0297}}};

/// Abductors on other nerves (gait2392; docs/model.md#abductors-on-other-nerves): upper gluteus maximus 573 N x 28 mm, piriformis
/// 444 N x 20 mm, sartorius 156 N x 27 mm of abduction moment arm at neutral = about 29 Nm.
inline constexpr double kOtherAbductorMoment_Nm = 573 * 0.028 + 444 * 0.020 + 156 * 0.027;
/// Adductor side of the hip adduction row (docs/model.md#adductors: a fixed 200 Nm).
inline constexpr double kAdductorCapacity_Nm = 200;

}  // namespace gait::gait2392
