// The functions over the speed schedule (model/speed_schedule_table.h; docs/controller.md#speed-schedule):
// read at a target speed and set by name (carried to another body: model/body_scaling.h).
#pragma once

#include <string_view>

#include "model/speed_schedule_table.h"

namespace gait {

/// `p` with its scheduled settings set to the table's values at `speed_m_s` (linear between knots,
/// the end knots' values beyond them).
ControllerParams params_at_speed(const ControllerParams& p, const SpeedSchedule& s, double speed_m_s);

/// Sets one knot by "name@speed" (for example "swing_time_s@0.6"), or the schedule's scalars by
/// name; false if unknown. For tuning tools.
bool set_schedule_param(SpeedSchedule& s, std::string_view name, double value);

/// Sets one setting of a tuning candidate by name: a knot or scalar of the schedule
/// (set_schedule_param), else a controller setting (set_controller_param); false if neither knows it.
/// gaitsim_probe and gaitsim_accuracy take their NAME=VALUE arguments through it.
bool set_tuning_setting(ControllerParams& p, SpeedSchedule& s, std::string_view name, double value);

}  // namespace gait
