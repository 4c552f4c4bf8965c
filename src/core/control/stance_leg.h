// The stance leg of the walking controller (docs/controller.md#stance-leg): the hip holds the
// pelvis, anticipatory abduction, the knee, and the ankle's push-off.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// Desired pelvis: level, facing the walkway, tilted forward by pelvis_tilt_rad; after a touchdown
/// a rolled pelvis is levelled over pelvis_recover_s.
Mat3 desired_pelvis(const ControllerParams& p, const ControllerState& c);

/// The push-off's plantarflexion target (the speed control; docs/controller.md#speed).
double pushoff_target_rad(const StepContext& ctx, const ControllerState& c);

/// The stance leg's six rows.
void set_stance_leg_rows(const StepContext& ctx, const ControllerState& c, ControlOutput& out);

}  // namespace gait
