// Controller settings carried to another body by dynamic similarity (scaled_for_body).
#include <catch2/catch.hpp>
#include <cmath>

#include "model/body_scaling.h"

using gait::ControllerParams;

TEST_CASE("body scaling leaves the tuned body's settings exactly as they are", "[unit][model]") {
  const ControllerParams p;
  const ControllerParams q = gait::scaled_for_body(p, gait::kTunedMass_kg, gait::kTunedHeight_m);
  CHECK(q.swing_time_s == p.swing_time_s);
  CHECK(q.clearance_m == p.clearance_m);
  CHECK(q.stance_hip.stiffness_Nm_rad == p.stance_hip.stiffness_Nm_rad);
  CHECK(q.stance_hip.damping_Nms_rad == p.stance_hip.damping_Nms_rad);
  CHECK(q.hip_adduction_limit_damping_Nms_rad == p.hip_adduction_limit_damping_Nms_rad);
  CHECK(q.max_target_speed_m_s == p.max_target_speed_m_s);
  CHECK(q.place_speed_gain_s == p.place_speed_gain_s);
}

TEST_CASE("body scaling follows gravity-driven similarity", "[unit][model]") {
  // twice the mass and four times the height: lengths x4, times x2, speeds x2, forces x2,
  // torques and stiffness x8, damping x16; angles unchanged
  const ControllerParams p;
  const ControllerParams q = gait::scaled_for_body(p, 2 * gait::kTunedMass_kg, 4 * gait::kTunedHeight_m);
  CHECK(q.clearance_m == Approx(4 * p.clearance_m));
  CHECK(q.swing_time_s == Approx(2 * p.swing_time_s));
  CHECK(q.max_target_speed_m_s == Approx(2 * p.max_target_speed_m_s));
  CHECK(q.switch_force_N == Approx(2 * p.switch_force_N));
  CHECK(q.stance_knee.stiffness_Nm_rad == Approx(8 * p.stance_knee.stiffness_Nm_rad));
  CHECK(q.stance_knee.max_torque_Nm == Approx(8 * p.stance_knee.max_torque_Nm));
  CHECK(q.stance_knee.damping_Nms_rad == Approx(16 * p.stance_knee.damping_Nms_rad));
  CHECK(q.place_com_velocity_gain_s == Approx(2 * p.place_com_velocity_gain_s));  // m per (m/s)
  CHECK(q.pushoff_speed_gain == Approx(p.pushoff_speed_gain / 2));                // rad per (m/s)
  CHECK(q.preswing_deficit_gain == Approx(p.preswing_deficit_gain / 8));          // per Nm
  CHECK(q.stance_knee_rad == p.stance_knee_rad);
  // the settings of the swing, pre-swing and stance hip added with the straighter-knee gait
  CHECK(q.early_lift_m == Approx(4 * p.early_lift_m));
  CHECK(q.swing_velocity_filter_s == Approx(2 * p.swing_velocity_filter_s));
  CHECK(q.stance_abduction_ff_ramp_s == Approx(2 * p.stance_abduction_ff_ramp_s));
  CHECK(q.preswing_ankle.stiffness_Nm_rad == Approx(8 * p.preswing_ankle.stiffness_Nm_rad));
  CHECK(q.pelvis_tilt_rad == p.pelvis_tilt_rad);
  CHECK(q.preswing_knee_rad == p.preswing_knee_rad);
  CHECK(q.swing_velocity_ff == p.swing_velocity_ff);
  CHECK(q.stance_abduction_ff == p.stance_abduction_ff);
  CHECK(q.hip_adduction_limit_rad == p.hip_adduction_limit_rad);
  // the base that narrows with weak abductors: offsets are lengths, strength fractions are not
  CHECK(q.lateral_offset_m == Approx(4 * p.lateral_offset_m));
  CHECK(q.weak_lateral_offset_m == Approx(4 * p.weak_lateral_offset_m));
  CHECK(q.weak_strength_lo == p.weak_strength_lo);
  CHECK(q.weak_strength_hi == p.weak_strength_hi);
}
