// Trunk and compensation of the walking controller (docs/controller.md#compensation).
#include "control/trunk_compensation.h"

#include <algorithm>
#include <cmath>

#include "control/joint_control.h"
#include "units.h"

namespace gait {

void follow_compensation_input(const ControllerParams& p, const Inputs& in, double dt_s, ControllerState& c) {
  // a change of the compensation input (a slider) reaches the lean at a limited rate: a learned lean
  // dropped or raised at once threw a palsy over (ControllerParams::compensation_rate_1_s); it is
  // given up more slowly than taken up (compensation_release_rate_1_s)
  if (c.compensation < 0) c.compensation = in.compensation;
  c.compensation += std::clamp(in.compensation - c.compensation, -p.compensation_release_rate_1_s * dt_s,
                               p.compensation_rate_1_s * dt_s);
}

namespace {

/// Each side's lean amplitude (rad) from its learned deficit and the compensation in force, both
/// scaled down together to max_trunk_sway_rad.
LeftRight<double> lean_amplitudes_rad(const Model& m, const ControllerState& c) {
  const ControllerParams& p = m.control;
  const double hat_weight_moment = m.hat.mass_kg * kGravity_m_s2 * norm(m.hat.com_m);
  LeftRight<double> lean_amp{};
  for (Side s : kSides)
    lean_amp[s] = c.compensation * std::asin(std::min(1.0, c.learned_deficit_Nm[s] / hat_weight_moment));
  // the sway from one side's lean to the other's is bounded: both scale down to it
  const double sway = lean_amp.left + lean_amp.right;
  if (sway > p.max_trunk_sway_rad)
    for (Side s : kSides) lean_amp[s] *= p.max_trunk_sway_rad / sway;
  return lean_amp;
}

}  // namespace

LeanTarget trunk_lean_target(const Model& m, Side stance, const ControllerState& c) {
  const ControllerParams& p = m.control;
  // compensation: learned deficit -> trunk lean toward the stance side, a smooth profile over the
  // stride that peaks lean_phase_offset steps after mid stance (docs/controller.md#compensation)
  const LeftRight<double> lean_amp = lean_amplitudes_rad(m, c);
  const double step_fraction = c.step_time_s / c.last_step_duration_s;
  const double theta =
      kPi * ((stance == Side::Left ? 0.0 : 1.0) + std::clamp(step_fraction, 0.0, 1.0) - p.lean_phase_offset);
  const double w = (1 + std::sin(theta)) / 2;
  const double lean = lean_amp.left * w - lean_amp.right * (1 - w);
  LeanTarget t{std::clamp(lean, -p.max_trunk_lean_rad, p.max_trunk_lean_rad), 0.0};
  // its rate, d lean / dt, while the profile moves (it waits at the end of a step that outlasts the
  // last) and the clamp does not hold it
  if (t.lean_rad == lean && step_fraction > 0 && step_fraction < 1)
    t.rate_rad_s = (lean_amp.left + lean_amp.right) * std::cos(theta) / 2 * kPi / c.last_step_duration_s;
  return t;
}

void set_walking_trunk_rows(const StepContext& ctx, ControllerState& c, ControlOutput& out) {
  follow_compensation_input(ctx.p, ctx.in, ctx.dt_s, c);
  const LeanTarget lean = trunk_lean_target(ctx.m, ctx.st, c);
  c.trunk_lean_target_rad = lean.lean_rad;
  // trunk: upright (or leaning) in the world, through the lumbar rows
  set_trunk_rows(ctx.m, ctx.r, ctx.h.yaw_rad, ctx.p.trunk_pitch_rad, lean.lean_rad, out,
                 ctx.p.lean_rate_feedforward * lean.rate_rad_s,
                 ctx.p.trunk_world_damping * std::max(0.0, c.compensation));
}

}  // namespace gait
