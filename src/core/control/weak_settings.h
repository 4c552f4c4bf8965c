// The blend between the controller's full-strength and weak-abductor settings
// (docs/controller.md#weak-abductor-settings).
#pragma once

#include "control/walking_step.h"

namespace gait {

/// How far the controller's full-strength settings apply (1) rather than its weak-abductor ones (0):
/// from the weaker side's strength fraction (ControllerParams::weak_strength_lo/hi), moving at a
/// limited rate after a change. Call once per control step.
double full_strength_weight(const Model& m, const Inputs& in, ControllerState& c);

/// Row gains blended by mix: `full` at w = 1, `weak` at w = 0.
JointGains blend(const JointGains& weak, const JointGains& full, double w);

}  // namespace gait
