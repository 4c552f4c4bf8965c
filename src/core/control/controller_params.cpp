// Name table of the controller parameters, for tuning tools.
#include "control/controller_params.h"

#include <string>

namespace gait {

namespace {

const ScalarParam kScalars[] = {
    {"switch_min_phase", &ControllerParams::switch_min_phase},
    {"switch_force_N", &ControllerParams::switch_force_N},
    {"touchdown_hold_s", &ControllerParams::touchdown_hold_s},
    {"max_phase", &ControllerParams::max_phase},
    {"place_speed_gain_s", &ControllerParams::place_speed_gain_s},
    {"initial_speed_frac", &ControllerParams::initial_speed_frac},
    {"initial_lateral_speed_m_s", &ControllerParams::initial_lateral_speed_m_s},
    {"place_offset_m", &ControllerParams::place_offset_m},
    {"place_com_velocity_gain_s", &ControllerParams::place_com_velocity_gain_s},
    {"reach_knee_rad", &ControllerParams::reach_knee_rad},
    {"min_step_width_m", &ControllerParams::min_step_width_m},
    {"min_com_offset_m", &ControllerParams::min_com_offset_m},
    {"lateral_velocity_gain_s", &ControllerParams::lateral_velocity_gain_s},
    {"lateral_offset_m", &ControllerParams::lateral_offset_m},
    {"weak_lateral_offset_m", &ControllerParams::weak_lateral_offset_m},
    {"weak_swing_ankle_neutral", &ControllerParams::weak_swing_ankle_neutral},
    {"weak_toe_up_rad", &ControllerParams::weak_toe_up_rad},
    {"weak_strength_lo", &ControllerParams::weak_strength_lo},
    {"weak_strength_hi", &ControllerParams::weak_strength_hi},
    {"weak_settings_rate_1_s", &ControllerParams::weak_settings_rate_1_s},
    {"place_start_phase", &ControllerParams::place_start_phase},
    {"place_end_phase", &ControllerParams::place_end_phase},
    {"lateral_end_phase", &ControllerParams::lateral_end_phase},
    {"descent_phase", &ControllerParams::descent_phase},
    {"clearance_m", &ControllerParams::clearance_m},
    {"swing_velocity_ff", &ControllerParams::swing_velocity_ff},
    {"swing_velocity_filter_s", &ControllerParams::swing_velocity_filter_s},
    {"stance_abduction_ff", &ControllerParams::stance_abduction_ff},
    {"stance_abduction_ff_ramp_s", &ControllerParams::stance_abduction_ff_ramp_s},
    {"stance_abduction_ff_delay_s", &ControllerParams::stance_abduction_ff_delay_s},
    {"weak_stance_abduction_ff", &ControllerParams::weak_stance_abduction_ff},
    {"weak_stance_abduction_ff_ramp_s", &ControllerParams::weak_stance_abduction_ff_ramp_s},
    {"weak_stance_abduction_ff_delay_s", &ControllerParams::weak_stance_abduction_ff_delay_s},
    {"preswing_knee_rad", &ControllerParams::preswing_knee_rad},
    {"full_preswing_knee_extra_rad", &ControllerParams::full_preswing_knee_extra_rad},
    {"full_swing_plantarflexion_rad", &ControllerParams::full_swing_plantarflexion_rad},
    {"swing_plantarflexion_end_phase", &ControllerParams::swing_plantarflexion_end_phase},
    {"swing_plantarflexion_unloaded_N", &ControllerParams::swing_plantarflexion_unloaded_N},
    {"clearance_peak_phase", &ControllerParams::clearance_peak_phase},
    {"early_lift_m", &ControllerParams::early_lift_m},
    {"early_lift_phase", &ControllerParams::early_lift_phase},
    {"weak_early_lift_m", &ControllerParams::weak_early_lift_m},
    {"weak_early_lift_phase", &ControllerParams::weak_early_lift_phase},
    {"early_lift_end_phase", &ControllerParams::early_lift_end_phase},
    {"swing_abduction_m", &ControllerParams::swing_abduction_m},
    {"swing_knee_damping_scale", &ControllerParams::swing_knee_damping_scale},
    {"pelvis_tilt_rad", &ControllerParams::pelvis_tilt_rad},
    {"touchdown_depth_m", &ControllerParams::touchdown_depth_m},
    {"toe_up_rad", &ControllerParams::toe_up_rad},
    {"swing_ankle_neutral", &ControllerParams::swing_ankle_neutral},
    {"swing_ankle_level_start", &ControllerParams::swing_ankle_level_start},
    {"swing_ankle_level_end", &ControllerParams::swing_ankle_level_end},
    {"stance_knee_rad", &ControllerParams::stance_knee_rad},
    {"full_stance_knee_extra_rad", &ControllerParams::full_stance_knee_extra_rad},
    {"full_stance_knee_lock_scale", &ControllerParams::full_stance_knee_lock_scale},
    {"full_stance_knee_lock_s", &ControllerParams::full_stance_knee_lock_s},
    {"full_stance_knee_lock_strength_lo", &ControllerParams::full_stance_knee_lock_strength_lo},
    {"soft_landing", &ControllerParams::soft_landing},
    {"heel_rocker_s", &ControllerParams::heel_rocker_s},
    {"heel_rocker_rad", &ControllerParams::heel_rocker_rad},
    {"stance_ankle_stiffness_scale", &ControllerParams::stance_ankle_stiffness_scale},
    {"stance_hip_adduction_stiffness_scale", &ControllerParams::stance_hip_adduction_stiffness_scale},
    {"pushoff_base_rad", &ControllerParams::pushoff_base_rad},
    {"pushoff_speed_gain", &ControllerParams::pushoff_speed_gain},
    {"pushoff_bias_max_rad", &ControllerParams::pushoff_bias_max_rad},
    {"pushoff_max_rad", &ControllerParams::pushoff_max_rad},
    {"pushoff_integral_gain", &ControllerParams::pushoff_integral_gain},
    {"place_integral_gain_s", &ControllerParams::place_integral_gain_s},
    {"place_bias_max_m", &ControllerParams::place_bias_max_m},
    {"width_band_lo_m", &ControllerParams::width_band_lo_m},
    {"width_band_hi_m", &ControllerParams::width_band_hi_m},
    {"width_integral_gain", &ControllerParams::width_integral_gain},
    {"width_bias_max_m", &ControllerParams::width_bias_max_m},
    {"width_learning_start_step", &ControllerParams::width_learning_start_step},
    {"width_excess_max_m", &ControllerParams::width_excess_max_m},
    {"lateral_ankle_gain_rad_m", &ControllerParams::lateral_ankle_gain_rad_m},
    {"lateral_ankle_margin_m", &ControllerParams::lateral_ankle_margin_m},
    {"lateral_ankle_max_rad", &ControllerParams::lateral_ankle_max_rad},
    {"pushoff_start_s", &ControllerParams::pushoff_start_s},
    {"pushoff_ramp_s", &ControllerParams::pushoff_ramp_s},
    {"swing_time_s", &ControllerParams::swing_time_s},
    {"preswing_max_s", &ControllerParams::preswing_max_s},
    {"full_preswing_extra_s", &ControllerParams::full_preswing_extra_s},
    {"full_preswing_hip_scale", &ControllerParams::full_preswing_hip_scale},
    {"preswing_hip_target_rad", &ControllerParams::preswing_hip_target_rad},
    {"preswing_deficit_gain", &ControllerParams::preswing_deficit_gain},
    {"preswing_release_N", &ControllerParams::preswing_release_N},
    {"preswing_pushoff_extra_rad", &ControllerParams::preswing_pushoff_extra_rad},
    {"path_gain_1_s", &ControllerParams::path_gain_1_s},
    {"path_max_speed_m_s", &ControllerParams::path_max_speed_m_s},
    {"path_edge_m", &ControllerParams::path_edge_m},
    {"path_edge_gain_1_s", &ControllerParams::path_edge_gain_1_s},
    {"trunk_pitch_rad", &ControllerParams::trunk_pitch_rad},
    {"pelvis_recover_s", &ControllerParams::pelvis_recover_s},
    {"hip_adduction_limit_rad", &ControllerParams::hip_adduction_limit_rad},
    {"hip_adduction_limit_stiffness_Nm_rad", &ControllerParams::hip_adduction_limit_stiffness_Nm_rad},
    {"hip_adduction_limit_damping_Nms_rad", &ControllerParams::hip_adduction_limit_damping_Nms_rad},
    {"max_trunk_lean_rad", &ControllerParams::max_trunk_lean_rad},
    {"max_trunk_sway_rad", &ControllerParams::max_trunk_sway_rad},
    {"lean_phase_offset", &ControllerParams::lean_phase_offset},
    {"lean_rate_feedforward", &ControllerParams::lean_rate_feedforward},
    {"trunk_world_damping", &ControllerParams::trunk_world_damping},
    {"compensation_release_rate_1_s", &ControllerParams::compensation_release_rate_1_s},
    {"deficit_learning_rate", &ControllerParams::deficit_learning_rate},
    {"compensation_rate_1_s", &ControllerParams::compensation_rate_1_s},
    {"preswing_deficit_learning_rate", &ControllerParams::preswing_deficit_learning_rate},
    {"min_target_speed_m_s", &ControllerParams::min_target_speed_m_s},
    {"max_target_speed_m_s", &ControllerParams::max_target_speed_m_s},
    {"weakness_ramp_start_s", &ControllerParams::weakness_ramp_start_s},
    {"weakness_ramp_end_s", &ControllerParams::weakness_ramp_end_s},
    {"activation_time_s", &ControllerParams::activation_time_s},
    {"deactivation_time_s", &ControllerParams::deactivation_time_s},
};

const GainParam kGains[] = {
    {"stance_hip", &ControllerParams::stance_hip},
    {"stance_hip_adduction", &ControllerParams::stance_hip_adduction},
    {"weak_stance_hip_adduction", &ControllerParams::weak_stance_hip_adduction},
    {"swing_hip", &ControllerParams::swing_hip},
    {"hip_rotation", &ControllerParams::hip_rotation},
    {"stance_knee", &ControllerParams::stance_knee},
    {"swing_knee", &ControllerParams::swing_knee},
    {"preswing_knee", &ControllerParams::preswing_knee},
    {"stance_ankle", &ControllerParams::stance_ankle},
    {"swing_ankle", &ControllerParams::swing_ankle},
    {"preswing_ankle", &ControllerParams::preswing_ankle},
    {"ankle_inversion", &ControllerParams::ankle_inversion},
    {"stance_ankle_inversion", &ControllerParams::stance_ankle_inversion},
    {"lumbar", &ControllerParams::lumbar},
};

}  // namespace

std::span<const ScalarParam> controller_scalar_params() {
  return kScalars;
}
std::span<const GainParam> controller_gain_params() {
  return kGains;
}

bool set_controller_param(ControllerParams& p, std::string_view name, double value) {
  for (const ScalarParam& e : kScalars)
    if (name == e.name) {
      p.*(e.field) = value;
      return true;
    }
  for (const GainParam& g : kGains) {
    const std::string base = g.name;
    if (name == base + ".k") return (p.*(g.field)).stiffness_Nm_rad = value, true;
    if (name == base + ".c") return (p.*(g.field)).damping_Nms_rad = value, true;
    if (name == base + ".max") return (p.*(g.field)).max_torque_Nm = value, true;
  }
  return false;
}

}  // namespace gait
