// The trunk and the compensating lean (docs/controller.md#trunk, docs/controller.md#compensation):
// the lumbar rows hold the trunk in the world, upright or leaning toward the stance side.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// The compensation in force follows the input (a slider, --change) at compensation_rate_1_s.
void follow_compensation_input(const ControllerParams& p, const Inputs& in, double dt_s, ControllerState& c);

/// The lean target over the stride from the learned deficits (+ toward the left), the two sides'
/// amplitudes bounded together by max_trunk_sway_rad and the lean by max_trunk_lean_rad, and its
/// rate (0 where that clamp holds it or once the step has run past the last one's duration).
struct LeanTarget {
  double lean_rad = 0;
  double rate_rad_s = 0;
};
LeanTarget trunk_lean_target(const Model& m, Side stance, const ControllerState& c);

/// Compensation, lean target and the lumbar rows for one step.
void set_walking_trunk_rows(const StepContext& ctx, ControllerState& c, ControlOutput& out);

}  // namespace gait
