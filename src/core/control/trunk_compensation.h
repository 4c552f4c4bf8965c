// The trunk and the compensating lean (docs/controller.md#trunk, docs/controller.md#compensation):
// the lumbar rows hold the trunk in the world, upright or leaning toward the stance side.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// The compensation in force follows the input (a slider, --change) at compensation_rate_1_s.
void follow_compensation_input(const ControllerParams& p, const Inputs& in, double dt_s, ControllerState& c);

/// The lean target over the stride from the learned deficits (+ toward the left), clamped to
/// max_trunk_lean_rad.
double trunk_lean_target_rad(const Model& m, Side stance, const ControllerState& c);

/// Compensation, lean target and the lumbar rows for one step.
void set_walking_trunk_rows(const StepContext& ctx, ControllerState& c, ControlOutput& out);

}  // namespace gait
