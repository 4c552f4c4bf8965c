// Trunk and compensation of the walking controller (docs/controller.md#compensation).
#include "control/trunk_compensation.h"

#include <algorithm>
#include <cmath>

#include "control/joint_control.h"
#include "units.h"

namespace gait {

void follow_compensation_input(const ControllerParams& p, const Inputs& in, double dt_s, ControllerState& c) {
  // a change of the compensation input (a slider) reaches the lean at a limited rate: a learned lean
  // dropped or raised at once threw a palsy over (ControllerParams::compensation_rate_1_s)
  if (c.compensation < 0) c.compensation = in.compensation;
  c.compensation += std::clamp(in.compensation - c.compensation, -p.compensation_rate_1_s * dt_s,
                               p.compensation_rate_1_s * dt_s);
}

double trunk_lean_target_rad(const Model& m, Side stance, const ControllerState& c) {
  const ControllerParams& p = m.control;
  // compensation: learned deficit -> trunk lean toward the stance side, a smooth profile over the
  // stride that peaks just before mid stance (docs/controller.md#compensation)
  const double hat_weight_moment = m.hat.mass_kg * kGravity_m_s2 * norm(m.hat.com_m);
  LeftRight<double> lean_amp{};
  for (Side s : kSides)
    lean_amp[s] = c.compensation * std::asin(std::min(1.0, c.learned_deficit_Nm[s] / hat_weight_moment));
  const double theta =
      kPi * ((stance == Side::Left ? 0.0 : 1.0) +
             std::clamp(c.step_time_s / c.last_step_duration_s, 0.0, 1.0) - p.lean_phase_offset);
  const double w = (1 + std::sin(theta)) / 2;
  return std::clamp(lean_amp.left * w - lean_amp.right * (1 - w), -p.max_trunk_lean_rad,
                    p.max_trunk_lean_rad);
}

void set_walking_trunk_rows(const StepContext& ctx, ControllerState& c, ControlOutput& out) {
  follow_compensation_input(ctx.p, ctx.in, ctx.dt_s, c);
  c.trunk_lean_target_rad = trunk_lean_target_rad(ctx.m, ctx.st, c);
  // trunk: upright (or leaning) in the world, through the lumbar rows
  set_trunk_rows(ctx.m, ctx.r, ctx.h.yaw_rad, ctx.p.trunk_pitch_rad, c.trunk_lean_target_rad, out);
}

}  // namespace gait
