// Swing leg of the walking controller (docs/controller.md#swing-and-placement).
#include "control/swing_leg.h"

#include <algorithm>
#include <cmath>

#include "control/foot_placement.h"
#include "control/joint_control.h"
#include "control/leg_ik.h"
#include "units.h"

namespace gait {

namespace {

/// The early lift's peak (swing progress), blended by strength.
double early_lift_peak_phase(const StepContext& ctx) {
  return blend_keeping_equal(ctx.p.weak_early_lift_phase, ctx.p.early_lift_phase, ctx.w_full);
}

/// The early lift's bell (0-1) at the swing's progress: sin^2 rising to its peak at `peak`, then (walkers
/// with some full strength, early_lift_end_phase set) falling as cos^2 to 0 at that phase, weighted by
/// strength toward 2 peak, so that the leg comes down later and slower (docs/controller.md#swing-and-placement).
/// Weak walkers (no full-strength weight) keep the one sine they were tuned with, bit for bit.
double early_lift_bell(const StepContext& ctx, double peak) {
  const ControllerParams& p = ctx.p;
  const double phase = ctx.phase;
  if (p.early_lift_end_phase <= 0 || phase <= peak || ctx.w_full <= 0) {
    const double e = std::clamp(phase / (2 * peak), 0.0, 1.0);
    return std::sin(kPi * e) * std::sin(kPi * e);
  }
  const double end = blend_keeping_equal(2 * peak, std::max(p.early_lift_end_phase, peak + 1e-6), ctx.w_full);
  const double u = std::clamp((phase - peak) / std::max(1e-6, end - peak), 0.0, 1.0);
  const double c = std::cos(0.5 * kPi * u);
  return c * c;
}

/// The ankle's height at swing progress `phase`: a lift peaking at clearance_peak_phase of the
/// descent, an extra early-swing bell, then aiming below the ground.
double swing_ankle_height_m(const StepContext& ctx) {
  const ControllerParams& p = ctx.p;
  const double phase = ctx.phase;
  const double h0 = ctx.m.ankle_height_m;
  if (phase < p.descent_phase) {
    const double x = std::clamp(phase / p.descent_phase, 0.0, 1.0);
    const double pk = p.clearance_peak_phase;
    const double s = x < pk ? 0.5 * (x / pk) : 0.5 + 0.5 * (x - pk) / (1 - pk);
    double z = h0 + p.clearance_m * std::sin(kPi * s);
    if (x >= pk && p.soft_landing > 0) {
      const double u = (x - pk) / (1 - pk);
      const double b = p.soft_landing * ctx.w_full;
      z = h0 + p.clearance_m * ((1 - b) * std::sin(kPi * s) + b * 0.5 * (1 + std::cos(kPi * u)));
    }
    // full-strength and weak values blended by strength (docs/controller.md#swing-and-placement)
    const double lift_m = blend_keeping_equal(p.weak_early_lift_m, p.early_lift_m, ctx.w_full);
    if (lift_m > 0) {
      // a bell of knee flexion in initial swing: the ankle rises behind the body (normal swing)
      z += lift_m * early_lift_bell(ctx, early_lift_peak_phase(ctx));
    }
    return z;
  }
  return h0 - p.touchdown_depth_m * std::clamp((phase - p.descent_phase) / (1 - p.descent_phase), 0.0, 1.0);
}

/// The IK solution's rate of change, low-pass filtered (zero on the swing's first solution).
void update_swing_ik_rate(const StepContext& ctx, const Vec3& ik_q, ControllerState& c) {
  const double dt = ctx.dt_s;
  if (c.swing_ik_valid) {
    const Vec3 raw = (ik_q - c.swing_ik_prev_rad) * (1.0 / dt);
    c.swing_ik_rate_rad_s =
        c.swing_ik_rate_rad_s + (raw - c.swing_ik_rate_rad_s) * (dt / (ctx.p.swing_velocity_filter_s + dt));
  } else {
    c.swing_ik_rate_rad_s = Vec3{0, 0, 0};
  }
  c.swing_ik_prev_rad = ik_q;
  c.swing_ik_valid = true;
}

/// Full-strength walkers' push-off carried into initial swing (rad of plantarflexion): fading out by
/// swing_plantarflexion_end_phase, and only as far as the foot is off the ground, so that the toe is
/// not pressed into it (docs/controller.md#swing-ankle).
double initial_swing_plantarflexion_rad(const StepContext& ctx) {
  const ControllerParams& p = ctx.p;
  if (!(p.full_swing_plantarflexion_rad > 0 && ctx.w_full > 0)) return 0;
  const double fade = 1.0 - smoothstep(ctx.phase / std::max(1e-6, p.swing_plantarflexion_end_phase));
  const double unloaded =
      std::clamp(1.0 - ctx.r.contact[ctx.sw].force_N.z / std::max(1e-6, p.swing_plantarflexion_unloaded_N), 0.0, 1.0);
  return ctx.w_full * p.full_swing_plantarflexion_rad * fade * unloaded;
}

/// The swing foot level, toes up toward heel strike (before swing_ankle_level_start, with
/// swing_ankle_neutral above 0, partly the ankle's neutral instead); inversion level with the ground.
void set_swing_ankle_rows(const StepContext& ctx, ControlOutput& out) {
  const ControllerParams& p = ctx.p;
  const BodyReadings& r = ctx.r;
  const Side sw = ctx.sw;
  const FootTilt tilt = foot_tilt(r, sw);
  // full-strength and weak-abductor values blended by strength, as weak + w (full - weak) so that
  // equal values give the value itself, bit for bit (docs/controller.md#swing-ankle: an ankle held
  // toward neutral let weak walkers fall)
  const double toe_up_rad = blend_keeping_equal(p.weak_toe_up_rad, p.toe_up_rad, ctx.w_full);
  const double neutral = blend_keeping_equal(p.weak_swing_ankle_neutral, p.swing_ankle_neutral, ctx.w_full);
  const double pitch_target = toe_up_rad * smoothstep((ctx.phase - 0.5) / 0.3);  // swing progress
  const double level_rad = r.q_rad[coord_index(sw, LegCoord::AnkleFlexion)] + pitch_target - tilt.pitch_up_rad;
  // before the foot turns level, part of the way (neutral) to neutral against the shank
  const double level_weight =
      smoothstep((ctx.phase - p.swing_ankle_level_start) /
                 std::max(1e-6, p.swing_ankle_level_end - p.swing_ankle_level_start));
  const double weight = 1.0 - (1.0 - level_weight) * neutral;
  out.rows[coord_index(sw, LegCoord::AnkleFlexion)] =
      pd(weight * level_rad - initial_swing_plantarflexion_rad(ctx), 0, p.swing_ankle);
  out.rows[coord_index(sw, LegCoord::AnkleInversion)] =
      pd(r.q_rad[coord_index(sw, LegCoord::AnkleInversion)] - tilt.inversion_rad, 0, p.ankle_inversion);
}

}  // namespace

Vec3 swing_ankle_target_m(const StepContext& ctx, const ControllerState& c, const Vec3& target_xy) {
  const ControllerParams& p = ctx.p;
  const double phase = ctx.phase;
  const Vec3& fwd = ctx.h.fwd;
  const Vec3& lat = ctx.h.lat;
  const double u = smoothstep((phase - p.place_start_phase) / (p.place_end_phase - p.place_start_phase));
  const double u_lat =
      smoothstep((phase - p.place_start_phase) / (p.lateral_end_phase - p.place_start_phase));
  const Vec3 travel = target_xy - c.liftoff_ankle_m;
  Vec3 ankle = c.liftoff_ankle_m + fwd * (dot(travel, fwd) * u) + lat * (dot(travel, lat) * u_lat);
  if (p.swing_abduction_m != 0) {
    // full-strength walkers: the ankle out to the side with the early lift, the swing hip abducting
    const double bell = early_lift_bell(ctx, early_lift_peak_phase(ctx));
    ankle = ankle + lat * (side_sign(ctx.sw) * ctx.w_full * p.swing_abduction_m * bell);
  }
  ankle.z = swing_ankle_height_m(ctx);
  return ankle;
}

void set_swing_leg_rows(const StepContext& ctx, ControllerState& c, ControlOutput& out) {
  const ControllerParams& p = ctx.p;
  const BodyReadings& r = ctx.r;
  const Model& m = ctx.m;
  const Side sw = ctx.sw;
  const Vec3 target_xy = placement_target_m(ctx, c.place_bias_m, c.width_bias_m);
  const Vec3 ankle = swing_ankle_target_m(ctx, c, target_xy);
  c.placement_target_m = target_xy;
  c.swing_ankle_target_m = ankle;
  const Vec3 hip_world = r.segment[thigh_index(sw)].position_m;
  const Vec3 local = to_mat3(r.pelvis.orientation).transposed() * (ankle - hip_world);
  const LegIkSolution ik = solve_leg_ik(sw, local, m.thigh_length_m, m.shank_length_m);
  update_swing_ik_rate(ctx, Vec3{ik.hip_flexion_rad, ik.hip_adduction_rad, ik.knee_flexion_rad}, c);
  // velocity targets along the path for hip flexion and knee; the adduction row gets none: its
  // target follows the capture point, which moves with every wobble of the body (the parameter
  // search ran this way; feeding adduction forward was not tried with the current settings)
  const Vec3 qd_ff = c.swing_ik_rate_rad_s * p.swing_velocity_ff;
  out.rows[coord_index(sw, LegCoord::HipFlexion)] = pd(ik.hip_flexion_rad, qd_ff.x, p.swing_hip);
  out.rows[coord_index(sw, LegCoord::HipAdduction)] = pd(ik.hip_adduction_rad, 0, p.swing_hip);
  out.rows[coord_index(sw, LegCoord::HipRotation)] = pd(0, 0, p.hip_rotation);
  JointGains swing_knee = p.swing_knee;  // more damped for full-strength walkers where set
  swing_knee.damping_Nms_rad *= blend_keeping_equal(1.0, p.swing_knee_damping_scale, ctx.w_full);
  out.rows[coord_index(sw, LegCoord::Knee)] = pd(ik.knee_flexion_rad, qd_ff.z, swing_knee);
  set_swing_ankle_rows(ctx, out);
}

}  // namespace gait
