// What the walking controller learns from step to step (docs/controller.md#learning): the abductor
// deficit of each side's single stances and the push-off bias that holds the target speed.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// At touchdown: the finished stance's mean deficit moves the learned deficits (lean and
/// double-support window) of side `st`; the stance integral restarts.
void learn_stance_deficit(const ControllerParams& p, Side st, ControllerState& c);

/// At touchdown: the step-mean forward speed moves the push-off bias toward the target speed.
void learn_pushoff_bias(const ControllerParams& p, const BodyReadings& r, const Heading& h,
                        double v_target_m_s, ControllerState& c);

/// At touchdown of the `landing` foot: a step outside the step-width band moves the learned lateral
/// offset (ControllerState::width_bias_m; docs/controller.md#learning). Full-strength walkers only.
void learn_width_bias(const ControllerParams& p, const BodyReadings& r, Side landing, ControllerState& c);

/// While the walker's own target speed moves: the push-off bias and the placement offset, learned for
/// the old speed, decay toward zero with time constant `decay_s` (0: they do not). The lateral offset
/// is kept (docs/controller.md#learning).
void forget_speed_learning(double dt_s, double decay_s, ControllerState& c);

/// In single stance: the quasi-static abductor demand about the stance hip (gravity, trunk upright)
/// and the deficit beyond the abductors' capacity that learn_stance_deficit averages.
void accumulate_stance_deficit(const Model& m, const BodyReadings& r, Side st, const Vec3& lat, double dt_s,
                               ControllerState& c);

}  // namespace gait
