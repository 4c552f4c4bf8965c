// Phase and events of the walking controller's step state machine (docs/controller.md#phases):
// the step clocks, touchdown, the stance switch and the end of pre-swing.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// The heading frame of the current readings (the pelvis yaw).
Heading heading_of(const BodyReadings& r);

/// Advances the step and stance clocks by dt; returns the swing progress (0 in pre-swing).
double advance_step_clock(const ControllerParams& p, double dt_s, ControllerState& c);

/// True when the swing foot has touched down (loaded for touchdown_hold_s past switch_min_phase, each
/// loaded reading counting a whole step) or the swing has run to max_phase; tracks how long the swing
/// foot has been loaded.
bool touchdown_reached(const ControllerParams& p, const BodyReadings& r, double phase, double dt_s,
                       ControllerState& c);

/// At touchdown: learns from the finished step, remembers the pelvis roll and makes the landed leg
/// the stance leg, its clocks set to -dt (the caller's second pass adds dt back).
void switch_stance(const ControllerParams& p, const BodyReadings& r, const Heading& h, double v_target_m_s,
                   double dt_s, ControllerState& c);

/// Ends pre-swing when the trailing foot unloads or the double-support window closes; the window
/// shrinks as the learned deficit grows (docs/controller.md#pre-swing).
void update_preswing_phase(const ControllerParams& p, const BodyReadings& r, double dt_s, ControllerState& c);

}  // namespace gait
