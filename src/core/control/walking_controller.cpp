// Walking controller. Every coordinate is an implicit PD row (docs/model.md#joint-actuation); the stance hip
// holds the pelvis orientation (SIMBICON's tau_stance = -tau_root - sum tau_others, done implicitly as
// hip targets from the desired pelvis orientation and the current thigh orientation); the only limit on
// holding the pelvis level in the frontal plane is each hip adduction row's abductor bound.
#include "control/walking_controller.h"

#include <algorithm>
#include <cmath>

#include "control/controller_learning.h"
#include "control/gait_phase.h"
#include "control/joint_control.h"
#include "control/leg_ik.h"
#include "control/preswing.h"
#include "control/stance_leg.h"
#include "control/weak_settings.h"
#include "math/mat3.h"
#include "muscle/abductor_geometry.h"
#include "units.h"

namespace gait {

InitialPose initial_walking_pose(const Model& m, const Inputs& in) {
  InitialPose p;
  p.pelvis_position_m = {0, 0, m.standing_pelvis_height_m - 0.002};
  p.velocity_m_s = {m.control.initial_speed_frac * walking_target_speed_m_s(m.control, in), 0, 0};
  return p;
}

double walking_target_speed_m_s(const ControllerParams& p, const Inputs& in) {
  return std::clamp(in.speed_m_s, p.min_target_speed_m_s, p.max_target_speed_m_s);
}

ControlOutput compute_walking_control(const Model& m, const Inputs& in, const BodyReadings& r,
                                      ControllerState& c) {
  const ControllerParams& p = m.control;
  const double dt = m.dt_s;
  const double v_target = walking_target_speed_m_s(p, in);
  c.time_s += dt;
  ControlOutput out;
  const Side st = c.stance;
  const Side sw = other(st);

  const Heading hd = heading_of(r);
  const double yaw = hd.yaw_rad;
  const Vec3 fwd = hd.fwd;
  const Vec3 lat = hd.lat;
  const double v_fwd = hd.v_fwd_m_s;
  const double v_lat_target =
      std::clamp(-p.path_gain_1_s * r.com_m.y, -p.path_max_speed_m_s, p.path_max_speed_m_s);

  // step state machine
  const double phase = advance_step_clock(p, dt, c);
  if (touchdown_reached(p, r, phase, dt, c)) {
    switch_stance(p, r, hd, v_target, dt, c);
    c.time_s -= dt;                               // the second pass adds it back
    return compute_walking_control(m, in, r, c);  // once more with the new stance (phase 0)
  }
  update_preswing_phase(p, r, dt, c);

  // after the step state machine, whose touchdown branch runs this function a second time: the
  // rate-limited blend advances once per step
  const double w_full = full_strength_weight(m, in, c);
  const StepContext ctx{.m = m,
                      .p = p,
                      .in = in,
                      .r = r,
                      .dt_s = dt,
                      .v_target_m_s = v_target,
                      .v_lat_target_m_s = v_lat_target,
                      .st = st,
                      .sw = sw,
                      .h = hd,
                      .phase = phase,
                      .w_full = w_full,
                      .r_pd = desired_pelvis(p, c),
                      .total_fz_N = std::max(1.0, r.contact[st].force_N.z + std::max(0.0, r.contact[sw].force_N.z))};

  set_stance_leg_rows(ctx, c, out);
  // the other leg: pre-swing support, or swing toward the placement target
  if (c.preswing) {
    set_preswing_leg_rows(ctx, c, out);
  } else {
    // placement target: forward from the centre of mass and its velocity; sideways at the capture
    // point predicted for the nominal touchdown (linear inverted pendulum over the stance foot,
    // Pratt 2006 / Koolen 2012), offset sideways by lateral_offset_m, which sets the step width
    const double omega = std::sqrt(kGravity_m_s2 / std::max(0.5, r.com_m.z));
    const Vec3 pivot =
        r.contact[st].force_N.z > 50 ? r.contact[st].cop_m : r.segment[foot_index(st)].position_m;
    const double remaining_s = std::max(0.0, p.swing_time_s * (1 - phase));
    const double grow = std::exp(omega * remaining_s);
    const Vec3 xi_now = r.com_m + r.com_velocity_m_s / omega;
    const double xi_lat = dot(pivot, lat) + (dot(xi_now - Vec3{0, 0, 0}, lat) - dot(pivot, lat)) * grow;
    const double com_fwd = dot(r.com_m, fwd), com_lat = dot(r.com_m, lat);
    const double x_rule =
        com_fwd + p.place_com_velocity_gain_s * v_fwd + p.place_speed_gain_s * (v_fwd - v_target);
    const double x_t = std::clamp(x_rule + p.place_offset_m, com_fwd - 0.3, com_fwd + 0.5);
    // the walkway: aim the lateral capture point back toward y = 0 slowly
    // to drift toward +lat the foot lands to the -lat side of the capture point, and vice versa
    const double offset_m = mix(p.weak_lateral_offset_m, p.lateral_offset_m, w_full);
    const double y_goal = xi_lat - p.lateral_velocity_gain_s * v_lat_target + side_sign(sw) * offset_m;
    // never across the stance foot: legs cannot pass through each other, and a crossed step cannot
    // catch the next fall
    const double stance_lat = dot(r.segment[foot_index(st)].position_m, lat);
    const double min_width = p.min_step_width_m;
    const double y_t =
        side_sign(sw) > 0 ? std::clamp(y_goal, std::max(com_lat + p.min_com_offset_m, stance_lat + min_width),
                                       com_lat + 0.4)
                          : std::clamp(y_goal, com_lat - 0.4,
                                       std::min(com_lat - p.min_com_offset_m, stance_lat - min_width));
    Vec3 target_xy = fwd * x_t + lat * y_t;
    // within reach: a leg short of full extension (reach_knee_rad) from where the hip will be
    {
      const Vec3 hip_now = r.segment[thigh_index(sw)].position_m;
      const Vec3 hip_td = hip_now + Vec3{r.com_velocity_m_s.x, r.com_velocity_m_s.y, 0} * remaining_s;
      const double l1 = m.thigh_length_m, l2 = m.shank_length_m;
      const double leg = std::sqrt(l1 * l1 + l2 * l2 + 2 * l1 * l2 * std::cos(p.reach_knee_rad));
      const double dz = std::max(0.0, hip_td.z - m.ankle_height_m);
      const double reach = std::sqrt(std::max(0.0, leg * leg - dz * dz));
      const Vec3 d{target_xy.x - hip_td.x, target_xy.y - hip_td.y, 0};
      const double dist = norm(d);
      if (dist > reach) target_xy = Vec3{hip_td.x, hip_td.y, 0} + d * (reach / dist);
    }
    const double u = smoothstep((phase - p.place_start_phase) / (p.place_end_phase - p.place_start_phase));
    const double u_lat =
        smoothstep((phase - p.place_start_phase) / (p.lateral_end_phase - p.place_start_phase));
    const Vec3 travel = target_xy - c.liftoff_ankle_m;
    Vec3 ankle = c.liftoff_ankle_m + fwd * (dot(travel, fwd) * u) + lat * (dot(travel, lat) * u_lat);
    const double h0 = m.ankle_height_m;
    if (phase < p.descent_phase) {
      const double x = std::clamp(phase / p.descent_phase, 0.0, 1.0);
      const double pk = p.clearance_peak_phase;
      const double s = x < pk ? 0.5 * (x / pk) : 0.5 + 0.5 * (x - pk) / (1 - pk);
      ankle.z = h0 + p.clearance_m * std::sin(kPi * s);
      if (p.early_lift_m > 0) {
        // a bell of knee flexion in initial swing: the ankle rises behind the body (normal swing)
        const double e = std::clamp(phase / (2 * p.early_lift_phase), 0.0, 1.0);
        ankle.z += p.early_lift_m * std::sin(kPi * e) * std::sin(kPi * e);
      }
    } else {
      ankle.z =
          h0 - p.touchdown_depth_m * std::clamp((phase - p.descent_phase) / (1 - p.descent_phase), 0.0, 1.0);
    }
    c.placement_target_m = target_xy;
    c.swing_ankle_target_m = ankle;
    const Vec3 hip_world = r.segment[thigh_index(sw)].position_m;
    const Vec3 local = to_mat3(r.pelvis.orientation).transposed() * (ankle - hip_world);
    const LegIkSolution ik = solve_leg_ik(sw, local, m.thigh_length_m, m.shank_length_m);
    const Vec3 ik_q{ik.hip_flexion_rad, ik.hip_adduction_rad, ik.knee_flexion_rad};
    if (c.swing_ik_valid) {
      const Vec3 raw = (ik_q - c.swing_ik_prev_rad) * (1.0 / dt);
      c.swing_ik_rate_rad_s =
          c.swing_ik_rate_rad_s + (raw - c.swing_ik_rate_rad_s) * (dt / (p.swing_velocity_filter_s + dt));
    } else {
      c.swing_ik_rate_rad_s = Vec3{0, 0, 0};
    }
    c.swing_ik_prev_rad = ik_q;
    c.swing_ik_valid = true;
    // velocity targets along the path for hip flexion and knee; the adduction row gets none: its
    // target follows the capture point, which moves with every wobble of the body (the parameter
    // search ran this way; feeding adduction forward was not tried with the current settings)
    const Vec3 qd_ff = c.swing_ik_rate_rad_s * p.swing_velocity_ff;
    out.rows[coord_index(sw, LegCoord::HipFlexion)] = pd(ik.hip_flexion_rad, qd_ff.x, p.swing_hip);
    out.rows[coord_index(sw, LegCoord::HipAdduction)] = pd(ik.hip_adduction_rad, 0, p.swing_hip);
    out.rows[coord_index(sw, LegCoord::HipRotation)] = pd(0, 0, p.hip_rotation);
    out.rows[coord_index(sw, LegCoord::Knee)] = pd(ik.knee_flexion_rad, qd_ff.z, p.swing_knee);
    // the foot level in swing, toes up toward heel strike
    const FootTilt tilt = foot_tilt(r, sw);
    const double pitch_target = p.toe_up_rad * smoothstep((phase - 0.5) / 0.3);  // swing progress
    out.rows[coord_index(sw, LegCoord::AnkleFlexion)] =
        pd(r.q_rad[coord_index(sw, LegCoord::AnkleFlexion)] + pitch_target - tilt.pitch_up_rad, 0,
           p.swing_ankle);
    out.rows[coord_index(sw, LegCoord::AnkleInversion)] =
        pd(r.q_rad[coord_index(sw, LegCoord::AnkleInversion)] - tilt.inversion_rad, 0, p.ankle_inversion);
  }

  // a change of the compensation input (a slider) reaches the lean at a limited rate: a learned lean
  // dropped or raised at once threw a palsy over (ControllerParams::compensation_rate_1_s)
  if (c.compensation < 0) c.compensation = in.compensation;
  c.compensation += std::clamp(in.compensation - c.compensation, -p.compensation_rate_1_s * dt,
                               p.compensation_rate_1_s * dt);
  // compensation: learned deficit -> trunk lean toward the stance side, a smooth profile over the
  // stride that peaks just before mid stance (docs/controller.md#compensation)
  const double hat_weight_moment = m.hat.mass_kg * kGravity_m_s2 * norm(m.hat.com_m);
  LeftRight<double> lean_amp{};
  for (Side s : kSides)
    lean_amp[s] = c.compensation * std::asin(std::min(1.0, c.learned_deficit_Nm[s] / hat_weight_moment));
  const double theta =
      kPi * ((st == Side::Left ? 0.0 : 1.0) + std::clamp(c.step_time_s / c.last_step_duration_s, 0.0, 1.0) -
             p.lean_phase_offset);
  const double w = (1 + std::sin(theta)) / 2;
  c.trunk_lean_target_rad =
      std::clamp(lean_amp.left * w - lean_amp.right * (1 - w), -p.max_trunk_lean_rad, p.max_trunk_lean_rad);

  // trunk: upright (or leaning) in the world, through the lumbar rows
  set_trunk_rows(m, r, yaw, p.trunk_pitch_rad, c.trunk_lean_target_rad, out);

  apply_abductor_limits(m, in, r, c, out);

  // quasi-static abductor demand of single stance (gravity about the stance hip, trunk upright)
  // and the deficit the compensation learns from
  if (!c.preswing) accumulate_stance_deficit(m, r, st, lat, dt, c);

  add_passive_knee_stops(r, out);
  return out;
}

}  // namespace gait
