// Walking controller. Every coordinate is an implicit PD row (docs/model.md#joint-actuation); the stance hip
// holds the pelvis orientation (SIMBICON's tau_stance = -tau_root - sum tau_others, done implicitly as
// hip targets from the desired pelvis orientation and the current thigh orientation); the only limit on
// holding the pelvis level in the frontal plane is each hip adduction row's abductor bound.
#include "control/walking_controller.h"

#include <algorithm>

#include "control/controller_learning.h"
#include "control/foot_placement.h"
#include "control/gait_phase.h"
#include "control/joint_control.h"
#include "control/preswing.h"
#include "control/speed_schedule.h"
#include "control/stance_leg.h"
#include "control/swing_leg.h"
#include "control/trunk_compensation.h"
#include "control/weak_settings.h"

namespace gait {

InitialPose initial_walking_pose(const Model& m, const Inputs& in) {
  InitialPose p;
  p.pelvis_position_m = {0, 0, m.standing_pelvis_height_m - 0.002};
  // the first stance foot is the left one (ControllerState::stance), on the +y side
  p.velocity_m_s = {m.control.initial_speed_frac * walking_target_speed_m_s(m.control, in),
                    m.control.initial_lateral_speed_m_s, 0};
  return p;
}

double walking_target_speed_m_s(const ControllerParams& p, const Inputs& in) {
  return std::clamp(in.speed_m_s, p.min_target_speed_m_s, p.max_target_speed_m_s);
}

namespace {

/// The walker's own target follows the asked speed at a limited rate (a person speeds up over a few
/// strides); with weak abductors it chooses at most SpeedSchedule::weak_max_speed_m_s, blended by the
/// full-strength weight as the weak-abductor settings are (README, Target speed).
void follow_asked_speed(const Model& m, const Inputs& in, double w_full, ControllerState& c) {
  const SpeedSchedule& s = m.speed_schedule;
  const double cap = mix(s.weak_max_speed_m_s, 2.0 * s.speed_m_s.back(), w_full);
  const double floor = mix(s.weak_min_speed_m_s, 0.0, w_full);
  const double chosen = std::clamp(in.speed_m_s, floor, cap);
  // the start-up walks at its start speed, longer before speeding up than before slowing down
  const double hold_s = chosen > c.target_speed_m_s ? s.start_hold_faster_s : s.start_hold_s;
  if (c.time_s + m.warmup_s < hold_s) return;
  const double step = s.speed_ramp_m_s2 * m.dt_s;
  const double move = std::clamp(chosen - c.target_speed_m_s, -step, step);
  c.target_speed_m_s += move;
  if (move != 0) forget_speed_learning(m.dt_s, s.bias_decay_s, c);
}

/// Every row of one control step after the state machine, stage by stage (docs/controller.md#overview).
ControlOutput walking_rows(const StepContext& ctx, ControllerState& c) {
  ControlOutput out;
  set_stance_leg_rows(ctx, c, out);
  // the other leg: pre-swing support, or swing toward the placement target
  if (c.preswing) {
    set_preswing_leg_rows(ctx, c, out);
  } else {
    set_swing_leg_rows(ctx, c, out);
  }
  set_walking_trunk_rows(ctx, c, out);
  apply_abductor_limits(ctx.m, ctx.in, ctx.r, ctx.abductors, c, out);
  // quasi-static abductor demand of single stance (gravity about the stance hip, trunk upright)
  // and the deficit the compensation learns from
  if (!c.preswing) accumulate_stance_deficit(ctx.m, ctx.r, ctx.st, ctx.h.lat, ctx.dt_s, c);
  add_passive_knee_stops(ctx.r, out);
  return out;
}

}  // namespace

ControlOutput compute_walking_control(const Model& m, const Inputs& in, const BodyReadings& r,
                                      const LeftRight<HipAbductors>& abductors, ControllerState& c) {
  if (c.target_speed_m_s < 0) c.target_speed_m_s = walking_target_speed_m_s(m.control, in);
  // the settings of the walker's own target speed (docs/controller.md#speed-schedule)
  const ControllerParams p = params_at_speed(m.control, m.speed_schedule, c.target_speed_m_s);
  const double dt = m.dt_s;
  const double v_target = c.target_speed_m_s;
  c.time_s += dt;
  const Side st = c.stance;
  const Side sw = other(st);
  const Heading hd = heading_of(r);

  // step state machine
  const double phase = advance_step_clock(p, dt, c);
  if (touchdown_reached(p, r, phase, dt, c)) {
    switch_stance(p, r, hd, v_target, dt, c);
    c.time_s -= dt;                               // the second pass adds it back
    return compute_walking_control(m, in, r, abductors, c);  // once more with the new stance (phase 0)
  }
  update_preswing_phase(p, r, dt, c);

  // after the step state machine, whose touchdown branch runs this function a second time: the
  // rate-limited blend advances once per step
  const double w_full = full_strength_weight(m, in, c);
  follow_asked_speed(m, in, w_full, c);
  const StepContext ctx{
      .m = m,
      .p = p,
      .in = in,
      .r = r,
      .abductors = abductors,
      .dt_s = dt,
      .v_target_m_s = v_target,
      .v_lat_target_m_s = walkway_return_velocity_m_s(p, r),
      .st = st,
      .sw = sw,
      .h = hd,
      .phase = phase,
      .w_full = w_full,
      .r_pd = desired_pelvis(p, c),
      .total_fz_N = std::max(1.0, r.contact[st].force_N.z + std::max(0.0, r.contact[sw].force_N.z))};
  return walking_rows(ctx, c);
}

}  // namespace gait
