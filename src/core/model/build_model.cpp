// ScenarioSpec -> Model: scale gait2392 to the subject's height and mass, convert to our frames.
#include <cmath>

#include "model/body_scaling.h"
#include "model/gait2392_tables.h"
#include "model/model.h"

namespace gait {

namespace {

SegmentParams segment(double mass_kg, const Vec3& com_os, const Vec3& inertia_os, double ls, double ms) {
  // OpenSim inertia (about X anterior, Y superior, Z right) -> ours (x anterior, y left, z up)
  SegmentParams p;
  p.mass_kg = mass_kg * ms;
  p.com_m = from_opensim(com_os) * ls;
  p.inertia_kg_m2 = Vec3{inertia_os.x, inertia_os.z, inertia_os.y} * (ms * ls * ls);
  return p;
}

}  // namespace

Model build_model(const ScenarioSpec& spec) {
  namespace g = gait2392;
  Model m;
  m.mass_kg = spec.mass_kg;
  m.height_m = spec.height_m;
  m.mode = spec.mode;
  m.stance_side = spec.stance_side;
  const double ls = spec.height_m / g::kHeight_m;
  const double ms = spec.mass_kg / g::kMass_kg;
  m.length_scale = ls;
  m.mass_scale = ms;
  put_tuned_settings(m, ControllerParams{}, SpeedSchedule{});
  m.warmup_s = spec.mode == Mode::Walk ? kWalkingWarmup_s : 0.0;

  m.pelvis_com_m = from_opensim(g::kPelvisCom) * ls;
  m.hip_center_m = from_opensim(g::kHipCenter) * ls;
  m.lumbar_joint_m = from_opensim(g::kLumbarJoint) * ls;
  m.thigh_length_m = g::kFemurLength_m * ls;
  m.shank_length_m = g::kTibiaLength_m * ls;
  m.ankle_height_m = g::kAnkleHeight_m * ls;

  // Light links carry the first DOFs of the lumbar (2), hip (2) and ankle (1) joints; their mass is
  // taken from the segment beside them, so the body still sums to mass_kg.
  m.link_mass_kg = 0.05 * ms;
  m.pelvis = segment(g::kPelvisMass_kg, {0, 0, 0}, g::kPelvisInertia, ls, ms);
  m.pelvis.com_m = m.pelvis_com_m;
  m.hat = segment(g::kTorsoMass_kg, g::kTorsoCom, g::kTorsoInertia, ls, ms);
  m.hat.mass_kg -= 2 * m.link_mass_kg;
  m.thigh = segment(g::kFemurMass_kg, g::kFemurCom, g::kFemurInertia, ls, ms);
  m.thigh.mass_kg -= 2 * m.link_mass_kg;
  m.shank = segment(g::kTibiaMass_kg, g::kTibiaCom, g::kTibiaInertia, ls, ms);
  m.shank.mass_kg -= m.link_mass_kg;
  m.foot = segment(g::kFootMass_kg, g::kFootCom, g::kCalcnInertia * (g::kFootMass_kg / 1.25), ls, ms);
  m.total_mass_kg = m.pelvis.mass_kg + m.hat.mass_kg + 2 * (m.thigh.mass_kg + m.shank.mass_kg + m.foot.mass_kg) +
                    (2 + 2 * 2 + 2 * 1) * m.link_mass_kg;

  // contact spheres: heel (x -0.05) and first/fifth metatarsal heads (x 0.14), sole 0.07 m below
  // the ankle (docs/model.md#contact); right foot, +y medial
  const double r = m.contact_radius_m * ls;
  m.contact_radius_m = r;
  const double zc = -m.ankle_height_m + r;
  m.foot_contacts_m = {Vec3{-0.05 * ls, 0.02 * ls, zc}, Vec3{-0.05 * ls, -0.02 * ls, zc},
                       Vec3{0.14 * ls, 0.035 * ls, zc}, Vec3{0.14 * ls, -0.035 * ls, zc}};
  m.standing_pelvis_height_m = m.ankle_height_m + m.shank_length_m + m.thigh_length_m - m.hip_center_m.z;

  // muscles: forces scale with (mass / 75.16)^(2/3) (docs/model.md#scaling-to-the-body), lengths with height
  const double fs = std::pow(spec.mass_kg / g::kForceReferenceMass_kg, 2.0 / 3.0);
  for (int i = 0; i < kNumAbductors; ++i) {
    const auto& row = g::kAbductors[i];
    AbductorParams& a = m.abductors[i];
    a.name = row.name;
    a.group = row.group;
    a.max_isometric_force_N = row.fmax_N * fs;
    a.optimal_fiber_length_m = row.lopt_m * ls;
    a.tendon_slack_length_m = row.lts_m * ls;
    a.pennation_rad = row.pennation_rad;
    a.origin_m = from_opensim(row.origin) * ls;
    a.insertion_m = from_opensim(row.insertion) * ls;
  }
  AbductorParams& tfl = m.abductors[static_cast<int>(AbductorId::TensorFasciaeLatae)];
  tfl.num_distal_points = 2;
  for (int k = 0; k < 2; ++k) tfl.distal_points_m[k] = from_opensim(g::kTflDistal[k]) * ls;

  m.other_abductor_moment_Nm = g::kOtherAbductorMoment_Nm * fs;
  m.adductor_capacity_Nm = g::kAdductorCapacity_Nm * fs;
  return m;
}

}  // namespace gait
