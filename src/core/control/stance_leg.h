// The stance leg of the walking controller (docs/controller.md#stance-leg): the hip holds the
// pelvis, anticipatory abduction, the knee, the ankle's push-off and its lateral ankle strategy.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// Desired pelvis: level, facing the walkway, tilted forward by pelvis_tilt_rad; after a touchdown
/// a rolled pelvis is levelled over pelvis_recover_s.
Mat3 desired_pelvis(const ControllerParams& p, const ControllerState& c);

/// The push-off's plantarflexion target (the speed control; docs/controller.md#speed).
double pushoff_target_rad(const StepContext& ctx, const ControllerState& c);

/// The lateral ankle strategy (Hof and Duysens 2010; docs/controller.md#stance-leg): the stance ankle's
/// inversion target (rad) when the capture point lies `outside_m` outside the stance ankle; 0 inside the
/// margin, for weak walkers (w_full 0) and with the gain at 0. The caller applies it in single stance only.
double lateral_ankle_inversion_rad(const ControllerParams& p, double outside_m, double w_full);

/// The stance leg's six rows.
void set_stance_leg_rows(const StepContext& ctx, const ControllerState& c, ControlOutput& out);

}  // namespace gait
