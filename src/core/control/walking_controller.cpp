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

AbductorStrength effective_strength(const Model& m, const AbductorStrength& s, double time_s) {
  // the walker starts from a normal gait and the weakness blends in (docs/controller.md#weakness-ramp:
  // a palsy present from the first step falls in the start transient), or within a warm-up
  const ControllerParams& p = m.control;
  // the ramp's times count from the start of the walk, which is the warm-up's start (-warmup_s)
  const double walk_time_s = time_s + m.warmup_s;
  const double w = std::clamp(
      (walk_time_s - p.weakness_ramp_start_s) / (p.weakness_ramp_end_s - p.weakness_ramp_start_s), 0.0, 1.0);
  auto blend = [w](double v) { return 1 - w * (1 - v); };
  return {blend(s.gluteus_medius), blend(s.gluteus_minimus), blend(s.tensor_fasciae_latae),
          blend(s.superior_gluteal_nerve)};
}

double abductor_strength_fraction(const Model& m, const Inputs& in) {
  const HipAngles neutral{};
  double fraction = 1;
  for (Side s : kSides) {
    const double full = abduction_capacity_Nm(m, s, AbductorStrength{}, neutral);
    const double now = abduction_capacity_Nm(m, s, in.strength[s], neutral);
    if (full > 0) fraction = std::min(fraction, now / full);
  }
  return fraction;
}

namespace {

/// How far the controller's full-strength settings apply (1) rather than its weak-abductor ones (0):
/// from the weaker side's strength fraction (ControllerParams::weak_strength_lo/hi). The walker knows
/// its own strength, as a patient does: from the scenario's strengths, not the start's blend toward
/// them (a bilateral palsy whose base narrowed during that blend fell at 6 s; one narrow from the
/// first step walks).
double full_strength_weight(const Model& m, const Inputs& in, ControllerState& c) {
  const ControllerParams& p = m.control;
  if (!(c.fraction_of.left == in.strength.left && c.fraction_of.right == in.strength.right)) {
    c.strength_fraction = abductor_strength_fraction(m, in);
    c.fraction_of = in.strength;
  }
  const double target =
      smoothstep((c.strength_fraction - p.weak_strength_lo) / (p.weak_strength_hi - p.weak_strength_lo));
  // a change of strength during a run (a nerve block, a slider) reaches the settings at a limited rate
  if (c.full_strength_weight < 0) c.full_strength_weight = target;
  const double step = p.weak_settings_rate_1_s * m.dt_s;
  c.full_strength_weight += std::clamp(target - c.full_strength_weight, -step, step);
  return c.full_strength_weight;
}

JointGains blend(const JointGains& weak, const JointGains& full, double w) {
  return {mix(weak.stiffness_Nm_rad, full.stiffness_Nm_rad, w),
          mix(weak.damping_Nms_rad, full.damping_Nms_rad, w), mix(weak.max_torque_Nm, full.max_torque_Nm, w)};
}

}  // namespace

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

  // desired pelvis: level, facing the walkway; after a touchdown the new stance hip brings a rolled
  // pelvis back smoothly instead of at once (the sudden correction would throw the body sideways)
  const double recover =
      p.pelvis_recover_s > 0 ? std::clamp(c.stance_time_s / p.pelvis_recover_s, 0.0, 1.0) : 1.0;
  const Mat3 r_pd =
      rot_y(p.pelvis_tilt_rad) * rot_x(c.touchdown_roll_rad * (1 - recover * recover * (3 - 2 * recover)));
  const double total_fz = std::max(1.0, r.contact[st].force_N.z + std::max(0.0, r.contact[sw].force_N.z));

  // stance leg; in double support the two hips share the pelvis by their feet's loads (cartwheel-3d)
  {
    const double share = c.preswing ? std::clamp(r.contact[st].force_N.z / total_fz, 0.2, 1.0) : 1.0;
    const HipTarget h = pelvis_hip_target(r, st, r_pd);
    out.rows[coord_index(st, LegCoord::HipFlexion)] = pd(h.q.flexion_rad, h.qd.x, p.stance_hip, share);
    const JointGains adduction = blend(p.weak_stance_hip_adduction, p.stance_hip_adduction, w_full);
    double ff_rad = 0;
    if (p.stance_abduction_ff > 0 && !c.preswing) {
      // the expected gravity moment about the stance hip, applied ahead of the pelvis dropping;
      // it is part of the row, so the abductors' capacity bounds it like any other demand
      const double single_stance_s = c.step_time_s - c.liftoff_time_s;
      ff_rad = p.stance_abduction_ff *
               smoothstep((single_stance_s - p.stance_abduction_ff_delay_s) / p.stance_abduction_ff_ramp_s) *
               std::max(0.0, c.abductor[st].quasi_static_demand_Nm) / (adduction.stiffness_Nm_rad * share);
    }
    out.rows[coord_index(st, LegCoord::HipAdduction)] =
        pd(h.q.adduction_rad - ff_rad, h.qd.y, adduction, share);
    out.rows[coord_index(st, LegCoord::HipRotation)] = pd(h.q.rotation_rad, h.qd.z, p.hip_rotation, share);
    out.rows[coord_index(st, LegCoord::Knee)] = pd(p.stance_knee_rad, 0, p.stance_knee);
    const double po =
        std::clamp(p.pushoff_base_rad + c.pushoff_bias_rad + p.pushoff_speed_gain * (v_target - v_fwd), 0.0,
                   p.pushoff_max_rad);
    const double ramp = std::clamp((c.stance_time_s - p.pushoff_start_s) / p.pushoff_ramp_s, 0.0, 1.0);
    const bool loaded = r.contact[st].force_N.z > p.switch_force_N;
    // the ankle holds 0 until the push-off ramp; 0.0 - x rather than -x keeps that 0 positive
    const double ankle_target = 0.0 - ramp * po;
    out.rows[coord_index(st, LegCoord::AnkleFlexion)] =
        pd(ankle_target, 0.0, loaded ? p.stance_ankle : p.swing_ankle);
    // the stance ankle holds the shank square to the foot in the frontal plane (an ankle strategy)
    out.rows[coord_index(st, LegCoord::AnkleInversion)] = pd(0, 0, p.stance_ankle_inversion);
  }

  // the other leg: pre-swing support, or swing toward the placement target
  if (c.preswing) {
    const double share = std::clamp(r.contact[sw].force_N.z / total_fz, 0.0, 1.0);
    const HipTarget h = pelvis_hip_target(r, sw, r_pd);
    out.rows[coord_index(sw, LegCoord::HipFlexion)] = pd(h.q.flexion_rad, h.qd.x, p.stance_hip, share);
    out.rows[coord_index(sw, LegCoord::HipAdduction)] = pd(h.q.adduction_rad, h.qd.y, p.stance_hip, share);
    out.rows[coord_index(sw, LegCoord::HipRotation)] = pd(h.q.rotation_rad, h.qd.z, p.hip_rotation, share);
    out.rows[coord_index(sw, LegCoord::Knee)] = pd(p.preswing_knee_rad, 0, p.preswing_knee);
    const double po =
        std::clamp(p.pushoff_base_rad + c.pushoff_bias_rad + p.pushoff_speed_gain * (v_target - v_fwd), 0.0,
                   p.pushoff_max_rad);
    out.rows[coord_index(sw, LegCoord::AnkleFlexion)] =
        pd(-po - p.preswing_pushoff_extra_rad, 0, p.preswing_ankle);
    const FootTilt tilt = foot_tilt(r, sw);
    out.rows[coord_index(sw, LegCoord::AnkleInversion)] =
        pd(r.q_rad[coord_index(sw, LegCoord::AnkleInversion)] - tilt.inversion_rad, 0, p.ankle_inversion);
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
