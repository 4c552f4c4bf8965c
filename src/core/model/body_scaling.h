// The controller's settings carried to the scenario's body (docs/controller.md#settings): build_model
// scales the tuned settings and the speed schedule with these, so the Model holds them in the body's
// units (docs/architecture.md#inside-the-core).
#pragma once

#include "model/controller_settings.h"
#include "model/speed_schedule_table.h"

namespace gait {

/// `p` carried over to another body by dynamic similarity (gravity-driven walking, Froude scaling):
/// with mass ratio mu = mass / 75 kg and length ratio lambda = height / 1.75 m, lengths scale by
/// lambda, times by sqrt(lambda), forces by mu, torques and stiffnesses (Nm/rad) by mu lambda,
/// damping (Nm s/rad) by mu lambda^1.5; angles and phases stay. At 75 kg and 1.75 m every factor is
/// exactly 1, so the tuned body's numbers do not change by a bit.
ControllerParams scaled_for_body(const ControllerParams& p, double mass_kg, double height_m);

/// `s` carried to another body as scaled_for_body carries ControllerParams (Froude scaling).
SpeedSchedule scaled_schedule(const SpeedSchedule& s, double mass_kg, double height_m);

struct Model;

/// Puts the tuned body's settings `p` and schedule `s` in force in `m`, carried to its body (its
/// mass_kg and height_m): build_model with the defaults, the tuning tools with a candidate's.
void put_tuned_settings(Model& m, const ControllerParams& p, const SpeedSchedule& s);

}  // namespace gait
