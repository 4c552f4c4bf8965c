// Walking controller (docs/controller.md; Yin 2007): SIMBICON-style step state machine with stance-hip pelvis control,
// swing-foot placement by IK, stance-ankle push-off, a pre-swing double support, trunk held upright
// (or leaning to compensate), and the hip-abductor cap on both hips' adduction rows.
#pragma once

#include "control/controller_params.h"
#include "model/model.h"
#include "muscle/muscle_stage.h"
#include "physics/physics_world.h"
#include "scenario/scenario_spec.h"

namespace gait {

/// Per-side muscle state and diagnostics of the hip abductors.
struct AbductorState {
  double activation = 0;          ///< activation state (dynamics 10 ms up / 40 ms down), 0..1
  double capacity_Nm = 0;         ///< M_cap of the seven compartments at this posture
  double total_capacity_Nm = 0;   ///< M_cap + abductors on other nerves
  double demand_Nm = 0;           ///< the row's PD law at the start of the step (+ abduction)
  double delivered_Nm = 0;        ///< total abduction moment the row delivered (+ abduction)
  double delivered_activation = 0;  ///< delivered / total capacity
  double passive_Nm = 0;          ///< passive limit torque (+ abduction)
  double quasi_static_demand_Nm = 0;  ///< gravity moment about the stance hip (compensation)
};

/// Controller memory carried from step to step.
struct ControllerState {
  double time_s = 0;            ///< controller clock (the simulation time of the step being computed)
  Side stance = Side::Left;
  double step_time_s = 0;       ///< time since the current step began
  double last_step_duration_s = 0.5;
  bool preswing = true;         ///< the trailing leg still supports (double support; the start)
  double preswing_time_s = 0;
  double liftoff_time_s = 0;    ///< step time when the swing foot left the ground
  double stance_time_s = 0;     ///< time since the stance foot touched down
  Vec3 liftoff_ankle_m;         ///< ankle position then (world)
  Vec3 placement_target_m;      ///< where the swing ankle is to land (world)
  Vec3 swing_ankle_target_m;    ///< the swing ankle's current target on its way there
  int steps = 0;
  double step_start_com_m = 0;  ///< forward COM position when the step began
  double step_speed_m_s = -1;   ///< mean forward COM speed over the last step (-1: none yet)
  double pushoff_bias_rad = 0;
  double place_bias_m = 0;  ///< learned forward placement offset (speed integral; + = further ahead)
  double width_bias_m = 0;  ///< learned lateral placement offset (step-width band; + = wider)
  double touchdown_roll_rad = 0;  ///< pelvis roll at the last touchdown
  double touchdown_time_s = 0;  ///< how long the swing foot has carried more than the touchdown force
  LeftRight<AbductorState> abductor;
  LeftRight<double> learned_deficit_Nm{};  ///< per side, learned over past single stances
  /// the same deficit learned faster, for the double-support window (the lean, which moves the
  /// trunk, learns slowly; double support follows the last stances)
  LeftRight<double> preswing_deficit_Nm{};
  LeftRight<double> deficit_sum_Nm_s{};    ///< integral over the current single stance
  LeftRight<double> deficit_time_s{};
  double trunk_lean_target_rad = 0;        ///< + toward the left
  Vec3 swing_ik_prev_rad;        ///< last swing IK solution (hip flexion, adduction, knee)
  Vec3 swing_ik_rate_rad_s;      ///< its filtered rate of change (the swing rows' velocity targets)
  bool swing_ik_valid = false;   ///< false until the swing has had one IK solution
  double compensation = -1;  ///< the compensation in force (follows the input at a limited rate; -1: not yet set)
  /// abductor_strength_fraction of the strengths in `fraction_of` (the capacity sums cost about 9 us,
  /// a tenth of a step: recomputed only when the inputs' strengths change)
  double strength_fraction = 1;
  LeftRight<AbductorStrength> fraction_of{};
  double full_strength_weight = -1;  ///< 1: full-strength settings, 0: weak ones (-1: not yet set)
  /// the speed the walker aims at now: follows the asked speed at SpeedSchedule::speed_ramp_m_s2, capped
  /// for weak abductors (-1: not yet set; then the asked speed within the start window)
  double target_speed_m_s = -1;
};

struct ControlOutput {
  PerCoord<JointCommand> rows{};
  PerCoord<double> explicit_torque_Nm{};
};

/// Computes the commands for the next step from the current readings; updates controller memory.
ControlOutput compute_walking_control(const Model& m, const Inputs& in, const BodyReadings& r,
                                      const LeftRight<HipAbductors>& abductors, ControllerState& c);

/// The speed a walk starts at: the asked speed held to the start window
/// (ControllerParams::min/max_target_speed_m_s, scaled with the body); the walker's own target then
/// follows the asked speed (ControllerState::target_speed_m_s, docs/controller.md#speed).
double walking_target_speed_m_s(const ControllerParams& p, const Inputs& in);

/// After the physics step: read back what the abductor rows delivered and advance activation.
void update_abductors_after_step(const Model& m, const PerCoord<double>& row_torque_Nm, ControllerState& c);

/// Initial pose for walking: upright, feet under the hips, moving forward at part of the target speed.
InitialPose initial_walking_pose(const Model& m, const Inputs& in);

}  // namespace gait
