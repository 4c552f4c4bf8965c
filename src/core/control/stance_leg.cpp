// Stance leg of the walking controller (docs/controller.md#stance-leg).
#include "control/stance_leg.h"

#include <algorithm>

#include "control/joint_control.h"
#include "control/weak_settings.h"

namespace gait {

Mat3 desired_pelvis(const ControllerParams& p, const ControllerState& c) {
  // desired pelvis: level, facing the walkway; after a touchdown the new stance hip brings a rolled
  // pelvis back smoothly instead of at once (the sudden correction would throw the body sideways)
  const double recover =
      p.pelvis_recover_s > 0 ? std::clamp(c.stance_time_s / p.pelvis_recover_s, 0.0, 1.0) : 1.0;
  return rot_y(p.pelvis_tilt_rad) * rot_x(c.touchdown_roll_rad * (1 - recover * recover * (3 - 2 * recover)));
}

double pushoff_target_rad(const StepContext& ctx, const ControllerState& c) {
  const ControllerParams& p = ctx.p;
  return std::clamp(
      p.pushoff_base_rad + c.pushoff_bias_rad + p.pushoff_speed_gain * (ctx.v_target_m_s - ctx.h.v_fwd_m_s),
      0.0, p.pushoff_max_rad);
}

double lateral_ankle_inversion_rad(const ControllerParams& p, double outside_m, double w_full) {
  if (p.lateral_ankle_gain_rad_m == 0 || w_full <= 0 || outside_m <= p.lateral_ankle_margin_m) return 0;
  const double beyond_m = outside_m - p.lateral_ankle_margin_m;
  return w_full * std::clamp(p.lateral_ankle_gain_rad_m * beyond_m, 0.0, p.lateral_ankle_max_rad);
}

namespace {

/// The anticipatory abduction as an offset of the adduction row's target: the expected gravity
/// moment about the stance hip, applied ahead of the pelvis dropping; it is part of the row, so the
/// abductors' capacity bounds it like any other demand.
double anticipatory_abduction_rad(const StepContext& ctx, const ControllerState& c,
                                  const JointGains& adduction, double share) {
  const ControllerParams& p = ctx.p;
  // weak walkers keep the share and timing they were tuned with (weak_stance_abduction_ff)
  const double ff = mix(p.weak_stance_abduction_ff, p.stance_abduction_ff, ctx.w_full);
  if (!(ff > 0 && !c.preswing)) return 0;
  const double delay_s = mix(p.weak_stance_abduction_ff_delay_s, p.stance_abduction_ff_delay_s, ctx.w_full);
  const double ramp_s = mix(p.weak_stance_abduction_ff_ramp_s, p.stance_abduction_ff_ramp_s, ctx.w_full);
  const double single_stance_s = c.step_time_s - c.liftoff_time_s;
  return ff * smoothstep((single_stance_s - delay_s) / ramp_s) *
         std::max(0.0, c.abductor[ctx.st].quasi_static_demand_Nm) / (adduction.stiffness_Nm_rad * share);
}

/// Gains whose stiffness is scaled for full-strength walkers (a speed-schedule row, weighted by the
/// strength, so weak walkers keep the gains they were tuned with; docs/controller.md#speed-schedule).
JointGains full_strength_stiffness(JointGains g, double full_scale, double w_full) {
  g.stiffness_Nm_rad *= mix(1.0, full_scale, w_full);
  return g;
}

/// The stance knee's gains: stiffer once loading is over for healthy walkers where
/// full_stance_knee_lock_scale is set (a speed-schedule row, 1 but at the slow knots), so the knee does
/// not straighten past its target in mid stance (docs/controller.md#stance-leg).
JointGains stance_knee_gains(const StepContext& ctx, const ControllerState& c) {
  const ControllerParams& p = ctx.p;
  JointGains g = p.stance_knee;
  if (p.full_stance_knee_lock_scale == 1 || p.full_stance_knee_lock_s <= 0) return g;
  const double lock = smoothstep((c.stance_time_s - p.full_stance_knee_lock_s) / p.full_stance_knee_lock_s);
  // healthy walkers only: a moderate weakness (the gluteus medius and minimus at 50 %) is nearly full
  // strength to the weak-settings blend but walks better without it (tools/tuning/README.md, "The 35th stop")
  const double healthy = smoothstep((c.strength_fraction - p.full_stance_knee_lock_strength_lo) /
                                    (1 - p.full_stance_knee_lock_strength_lo));
  const double scale = 1 + ctx.w_full * healthy * (p.full_stance_knee_lock_scale - 1) * lock;
  g.stiffness_Nm_rad *= scale;
  g.damping_Nms_rad *= scale;
  return g;
}

/// How far the capture point now lies outside the stance ankle across the heading (m; negative:
/// inside, toward the swing side).
double capture_point_outside_stance_m(const StepContext& ctx) {
  const BodyReadings& r = ctx.r;
  const Vec3 from_ankle = capture_point_now_m(r) - r.segment[foot_index(ctx.st)].position_m;
  return side_sign(ctx.st) * dot(from_ankle, ctx.h.lat);
}

}  // namespace

void set_stance_leg_rows(const StepContext& ctx, const ControllerState& c, ControlOutput& out) {
  const ControllerParams& p = ctx.p;
  const BodyReadings& r = ctx.r;
  const Side st = ctx.st;
  // in double support the two hips share the pelvis by their feet's loads (cartwheel-3d; Coros 2010)
  const double share = c.preswing ? std::clamp(r.contact[st].force_N.z / ctx.total_fz_N, 0.2, 1.0) : 1.0;
  const HipTarget h = pelvis_hip_target(r, st, ctx.r_pd);
  out.rows[coord_index(st, LegCoord::HipFlexion)] = pd(h.q.flexion_rad, h.qd.x, p.stance_hip, share);
  const JointGains adduction =
      full_strength_stiffness(blend(p.weak_stance_hip_adduction, p.stance_hip_adduction, ctx.w_full),
                              p.stance_hip_adduction_stiffness_scale, ctx.w_full);
  const double ff_rad = anticipatory_abduction_rad(ctx, c, adduction, share);
  out.rows[coord_index(st, LegCoord::HipAdduction)] =
      pd(h.q.adduction_rad - ff_rad, h.qd.y, adduction, share);
  out.rows[coord_index(st, LegCoord::HipRotation)] = pd(h.q.rotation_rad, h.qd.z, p.hip_rotation, share);
  out.rows[coord_index(st, LegCoord::Knee)] =
      pd(p.stance_knee_rad + ctx.w_full * p.full_stance_knee_extra_rad, 0, stance_knee_gains(ctx, c));
  const double po = pushoff_target_rad(ctx, c);
  const double ramp = std::clamp((c.stance_time_s - p.pushoff_start_s) / p.pushoff_ramp_s, 0.0, 1.0);
  const bool loaded = r.contact[st].force_N.z > p.switch_force_N;
  // the ankle holds 0 until the push-off ramp; 0.0 - x rather than -x keeps that 0 positive
  // the heel rocker: the forefoot is lowered after touchdown (full-strength walkers only)
  const double rocker = p.heel_rocker_rad > 0 && p.heel_rocker_s > 0
                            ? ctx.w_full * p.heel_rocker_rad * (1.0 - smoothstep(c.stance_time_s / p.heel_rocker_s))
                            : 0.0;
  const double ankle_target = 0.0 - ramp * po - rocker;
  const JointGains stance_ankle = full_strength_stiffness(p.stance_ankle, p.stance_ankle_stiffness_scale, ctx.w_full);
  out.rows[coord_index(st, LegCoord::AnkleFlexion)] =
      pd(ankle_target, 0.0, loaded ? stance_ankle : p.swing_ankle);
  // the stance ankle holds the shank square to the foot in the frontal plane, and in single stance
  // inverts when the body heads out over the foot (the lateral ankle strategy)
  const double inversion_rad =
      c.preswing || !loaded ? 0.0
                            : lateral_ankle_inversion_rad(p, capture_point_outside_stance_m(ctx), ctx.w_full);
  out.rows[coord_index(st, LegCoord::AnkleInversion)] = pd(inversion_rad, 0, p.stance_ankle_inversion);
}

}  // namespace gait
