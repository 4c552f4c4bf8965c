// The trailing leg in pre-swing, the double support after a touchdown (docs/controller.md#pre-swing).
#pragma once

#include "control/walking_step.h"

namespace gait {

/// The trailing leg's six rows: its hip shares the pelvis by its load, its knee breaks, its ankle
/// pushes off.
void set_preswing_leg_rows(const StepContext& ctx, const ControllerState& c, ControlOutput& out);

}  // namespace gait
