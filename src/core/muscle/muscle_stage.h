// The muscle stage (docs/model.md#muscle-stage): once per step, from the hip angles the physics step
// left, each abductor compartment's moment arm, largest force and line of action; with a strength
// and an activation, its force. Stored in the State and read by the controller (the abductors'
// capacity), the hip contact force and observe, so the geometry is computed once per side per step.
#pragma once

#include <array>

#include "math/vec3.h"
#include "model/model.h"
#include "muscle/abductor_geometry.h"

namespace gait {

/// One compartment at the current posture.
struct CompartmentState {
  double abduction_arm_m = 0;  ///< abduction moment arm (the negated adduction arm; <= 0: it adducts here)
  double max_force_N = 0;      ///< F_max x f_L(l) x cos(pennation): full activation and strength
  Vec3 direction;              ///< line of action at the femur, insertion toward origin (pelvis frame)
  double strength_frac = 0;    ///< its group's strength x nerve function at the step's time (0-1)
  double force_N = 0;          ///< activation x strength_frac x max_force_N, 0 where it adducts
};

/// The seven compartments of one hip.
using HipAbductors = std::array<CompartmentState, kNumAbductors>;

/// Moment arm, largest force and line of action of each compartment at the hip angles `q`.
void update_abductor_geometry(const Model& m, Side side, const HipAngles& q, HipAbductors& hip);

/// M_cap (Nm) from the stored geometry at strength `s`: the same sum, in the same order, as
/// abduction_capacity_Nm at the posture the geometry was computed for.
double stored_abduction_capacity_Nm(const Model& m, const HipAbductors& hip, const AbductorStrength& s);

/// Each compartment's strength fraction and force at the shared activation (0-1).
void update_abductor_forces(const Model& m, const AbductorStrength& s, double activation, HipAbductors& hip);

}  // namespace gait
