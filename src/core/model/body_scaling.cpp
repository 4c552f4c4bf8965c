// Froude scaling of the controller's settings and the speed schedule to a body (model/body_scaling.h).
#include "model/body_scaling.h"

#include <cmath>

#include "model/model.h"

namespace gait {

ControllerParams scaled_for_body(const ControllerParams& p, double mass_kg, double height_m) {
  const double mu = mass_kg / kTunedMass_kg;
  const double lambda = height_m / kTunedHeight_m;
  const double time = std::sqrt(lambda);   // sqrt(L / g)
  const double speed = std::sqrt(lambda);  // sqrt(g L)
  const double torque = mu * lambda;       // m g L
  ControllerParams q = p;
  for (double* t :
       {&q.swing_time_s, &q.pushoff_start_s, &q.pushoff_ramp_s, &q.preswing_max_s, &q.full_preswing_extra_s,
        &q.swing_velocity_filter_s, &q.stance_abduction_ff_ramp_s, &q.stance_abduction_ff_delay_s, &q.pelvis_recover_s,
        &q.heel_rocker_s, &q.full_stance_knee_lock_s, &q.weak_stance_abduction_ff_ramp_s, &q.weak_stance_abduction_ff_delay_s})
    *t *= time;
  for (double* f : {&q.switch_force_N, &q.preswing_release_N, &q.swing_plantarflexion_unloaded_N}) *f *= mu;
  for (double* l : {&q.place_offset_m, &q.place_bias_max_m, &q.min_step_width_m, &q.min_com_offset_m,
                    &q.lateral_offset_m, &q.weak_lateral_offset_m, &q.path_edge_m, &q.clearance_m, &q.early_lift_m,
                    &q.weak_early_lift_m, &q.swing_abduction_m, &q.touchdown_depth_m, &q.width_band_lo_m,
                    &q.width_band_hi_m, &q.width_bias_max_m, &q.width_excess_max_m,
                    &q.lateral_ankle_margin_m})
    *l *= lambda;
  // metres per (m/s): lambda / speed
  for (double* g : {&q.place_com_velocity_gain_s, &q.place_speed_gain_s, &q.place_integral_gain_s,
                    &q.lateral_velocity_gain_s})
    *g *= lambda / speed;
  q.lateral_ankle_gain_rad_m /= lambda;  // radians per m
  // radians per (m/s)
  q.pushoff_speed_gain /= speed;
  q.pushoff_integral_gain /= speed;
  q.path_gain_1_s /= time;
  q.path_edge_gain_1_s /= time;
  q.weak_settings_rate_1_s /= time;
  q.path_max_speed_m_s *= speed;
  q.initial_lateral_speed_m_s *= speed;
  q.min_target_speed_m_s *= speed;
  q.max_target_speed_m_s *= speed;
  q.preswing_deficit_gain /= torque;  // per Nm of deficit
  for (JointGains* g :
       {&q.stance_hip, &q.stance_hip_adduction, &q.weak_stance_hip_adduction, &q.swing_hip, &q.hip_rotation,
        &q.stance_knee, &q.swing_knee, &q.preswing_knee, &q.stance_ankle, &q.swing_ankle, &q.preswing_ankle,
        &q.ankle_inversion, &q.stance_ankle_inversion, &q.lumbar}) {
    g->stiffness_Nm_rad *= torque;
    g->damping_Nms_rad *= torque * time;
    g->max_torque_Nm *= torque;
  }
  q.hip_adduction_limit_stiffness_Nm_rad *= torque;
  q.hip_adduction_limit_damping_Nms_rad *= torque * time;
  return q;
}

SpeedSchedule scaled_schedule(const SpeedSchedule& s, double mass_kg, double height_m) {
  // the rows' units follow scaled_for_body: a table row scales as the field it sets
  ControllerParams one;
  SpeedSchedule q = s;
  for (int i = 0; i < SpeedSchedule::kKnots; ++i) {
    for (const SpeedScheduleRow& r : kSpeedScheduleRows) one.*(r.field) = (s.*(r.knots))[i];
    const ControllerParams scaled = scaled_for_body(one, mass_kg, height_m);
    for (const SpeedScheduleRow& r : kSpeedScheduleRows) (q.*(r.knots))[i] = scaled.*(r.field);
  }
  const double speed = std::sqrt(height_m / kTunedHeight_m);  // sqrt(g L)
  for (double& v : q.speed_m_s) v *= speed;
  q.weak_max_speed_m_s *= speed;
  q.weak_min_speed_m_s *= speed;
  q.bias_decay_s *= speed;  // a time, as start_hold_s
  q.start_hold_s *= speed;  // a time: sqrt(L / g), the same factor as sqrt(g L) here
  q.start_hold_faster_s *= speed;
  return q;
}

void put_tuned_settings(Model& m, const ControllerParams& p, const SpeedSchedule& s) {
  m.control = scaled_for_body(p, m.mass_kg, m.height_m);
  m.speed_schedule = scaled_schedule(s, m.mass_kg, m.height_m);
}

}  // namespace gait
