// The swing leg of the walking controller (docs/controller.md#swing-and-placement): the ankle's
// path to the placement target, solved by leg IK into the swing rows.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// The swing ankle's target now (world): horizontal travel from lift-off toward `target_xy`, and
/// the height profile (clearance, early lift, descent below the ground).
Vec3 swing_ankle_target_m(const StepContext& ctx, const ControllerState& c, const Vec3& target_xy);

/// Places the swing foot: the placement target, the ankle's path, and the swing leg's six rows.
void set_swing_leg_rows(const StepContext& ctx, ControllerState& c, ControlOutput& out);

}  // namespace gait
