// Model: the immutable description of the body and its settings, built from a scenario: body,
// muscles, contacts, control gains. The scenario's timeline (initial inputs, timed changes, duration)
// belongs to the run, not to the Model (docs/architecture.md#the-simulation-api).
// SI units throughout. Geometry is in the pelvis frame (x anterior, y left, z up) relative to the
// pelvis origin (gait2392: midpoint between the ASIS), for the RIGHT side; the left mirrors y.
#pragma once

#include <array>
#include <string>

#include "math/vec3.h"
#include "model/controller_settings.h"
#include "model/ids.h"
#include "model/speed_schedule_table.h"
#include "scenario/scenario_spec.h"

namespace gait {

/// Mass properties of one rigid segment.
struct SegmentParams {
  double mass_kg = 0;
  Vec3 com_m;          ///< centre of mass from the segment's proximal joint, segment frame
  Vec3 inertia_kg_m2;  ///< principal moments about the COM (segment axes x, y, z)
};

/// One hip-abductor compartment (gait2392, Delp 1990), right side.
struct AbductorParams {
  const char* name = "";           ///< its name in every output (docs/metrics.md#time-series-csv), e.g. "gluteus_medius_anterior"
  MuscleGroup group = MuscleGroup::GluteusMedius;  ///< the muscle whose strength scales it
  double max_isometric_force_N = 0;  ///< scaled by (mass/75.16)^(2/3)
  double optimal_fiber_length_m = 0;
  double tendon_slack_length_m = 0;
  double pennation_rad = 0;
  Vec3 origin_m;     ///< on the pelvis, pelvis frame
  Vec3 insertion_m;  ///< on the femur, femur frame (origin at the hip centre)
  /// Further path points below the hip (TFL only: the iliotibial tract), femur frame; the hip
  /// moment arm depends only on the first segment, the fibre length on the whole path.
  int num_distal_points = 0;
  std::array<Vec3, 2> distal_points_m{};
};

struct Model {
  // the body and the test, as the scenario gives them
  double mass_kg = 75.0;   ///< body mass (the scenario's mass_kg)
  double height_m = 1.75;  ///< body height (the scenario's height_m)
  /// Walking or the stance test, and the test's standing leg: they choose the controller, the
  /// initial pose and the warm-up, so they are the model's settings, not the run's
  /// (docs/architecture.md#the-simulation-api).
  Mode mode = Mode::Walk;
  Side stance_side = Side::Left;

  // simulation
  /// Fixed step and solver iterations: 5 ms and 25, with warm starting: about twice as fast as 2 ms
  /// with 20 without it; the controller was tuned again at 5 ms (issue 13). 25 iterations (20 until
  /// the 19th session) converge the landing's impulses to within 2-4 % of the 0.5 ms / 100-iteration
  /// physics reference: docs/model.md, Physics settings and "The contact and the iterations".
  double dt_s = 0.005;
  /// Bullet steps per step: the controller's commands are held over `physics_substeps` steps of
  /// dt_s / physics_substeps. 1 in production; the accuracy reference converges the physics under the
  /// production controller's 5 ms with 10 (docs/model.md#physics-settings).
  int physics_substeps = 1;
  int solver_iterations = 25;
  /// Fraction of last step's contact impulses the solver starts from (Bullet's articulated warm
  /// starting, SOLVER_USE_ARTICULATED_WARMSTARTING; 0: every step starts from zero).
  double warm_start_factor = 1;
  /// >= 0: the PD rows and the foot contacts damp as implicit Euler does at this step (c + h_ref k)
  /// whatever the step h (PdRowConstraint; the solver is given c - (h - h_ref) k); < 0: plain
  /// implicit Euler, c + h k, so their damping changes with the step. The production step: at 5 ms
  /// nothing changes, and a run at a finer step (the accuracy reference) simulates the same laws
  /// instead of less damped ones (docs/model.md#physics-settings). 2 ms at the 5 ms step was
  /// measured and rejected: normal walking stumbled.
  double damping_reference_step_s = 0.005;
  /// Contacts damp as their damping c whatever the step (the solver gets c - h k, never below 0);
  /// false: as c + h k. Measured and rejected at 5 ms (docs/model.md, Physics settings).
  bool step_independent_contact_damping = false;
  /// > 0: a walking run starts this long before time 0: the walker is simulated from its start-up
  /// pose through the start-up and the weakness's blend, and the run, its Frames and figures begin at
  /// 0 (issue 14). 0: the run starts from the pose at 0 (the stance test, or a tool asking for
  /// it); build_model sets kWalkingWarmup_s for walking. docs/model.md, Warm-up.
  double warmup_s = 0;

  // scaling from gait2392 (1.80 m tall, 75.16 kg: docs/model.md#scaling-to-the-body)
  double length_scale = 1;
  double mass_scale = 1;
  double total_mass_kg = 0;

  // skeleton geometry (pelvis frame / segment frames, m)
  Vec3 pelvis_com_m;        ///< pelvis COM from the pelvis origin
  Vec3 hip_center_m;        ///< right hip centre from the pelvis origin (left: mirror y)
  Vec3 lumbar_joint_m;      ///< L5/S1 from the pelvis origin
  double thigh_length_m = 0;   ///< hip centre to knee axis
  double shank_length_m = 0;   ///< knee axis to ankle axis
  double ankle_height_m = 0;   ///< ankle axis above the sole
  /// Foot contact spheres (foot frame, from the ankle centre; right foot): heel medial/lateral,
  /// first/fifth metatarsal heads.
  std::array<Vec3, 4> foot_contacts_m{};
  double contact_radius_m = 0.02;
  /// Contact stiffness and damping per sphere (docs/model.md#contact: 1e6 N/m and 1000 N s/m took
  /// the raw heel-strike spike from 4.3 to 2.0 BW; 5e5 since the 19th session, resolved better at
  /// 5 ms: docs/model.md, "The contact and the iterations"); 0 stiffness = Bullet's rigid contact.
  double contact_stiffness_N_m = 5e5;
  double contact_damping_Ns_m = 1000;
  double foot_friction = 0.9;
  double standing_pelvis_height_m = 0;  ///< pelvis origin height standing upright

  SegmentParams pelvis, hat, thigh, shank, foot;
  double link_mass_kg = 0.05;  ///< light intermediate links between the DOFs of one joint

  std::array<AbductorParams, kNumAbductors> abductors;
  /// Abduction moment of abductors on other nerves (upper gluteus maximus, piriformis,
  /// sartorius; docs/model.md#abductors-on-other-nerves), Nm, kept under superior gluteal nerve palsy.
  double other_abductor_moment_Nm = 0;
  double adductor_capacity_Nm = 0;  ///< bound of the hip adduction row's adductor side

  ControllerParams control;
  SpeedSchedule speed_schedule;  ///< the settings that follow the target speed (scaled like control)
};

/// The warm-up of a walking run (s): the start-up, the weakness's blend (2.5 s), the walker's own
/// target reaching the asked speed (at most 3.5 s) and the compensation's learning (its deficit
/// within 3 % after 10 steps) all happen before time 0 (issue 14: walking from the first frame).
inline constexpr double kWalkingWarmup_s = 10.0;

/// Builds the model for a scenario (scaling, muscles, gains). Throws InputError on bad values.
Model build_model(const ScenarioSpec& spec);

/// A point given in an OpenSim (gait2392) body frame (X anterior, Y superior, Z right) expressed
/// in ours (x anterior, y left, z up), for the right side.
constexpr Vec3 from_opensim(const Vec3& p) { return {p.x, -p.z, p.y}; }
/// Mirror a right-side vector to the given side (left: y -> -y).
constexpr Vec3 to_side(const Vec3& right, Side s) {
  return s == Side::Right ? right : Vec3{right.x, -right.y, right.z};
}

}  // namespace gait
