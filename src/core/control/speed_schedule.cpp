// The speed schedule's interpolation and its knots by name (docs/controller.md#speed-schedule).
#include "control/speed_schedule.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "control/controller_params.h"

namespace gait {

namespace {

double interpolate(const SpeedSchedule::Knots& speed, const SpeedSchedule::Knots& value, double v) {
  if (v <= speed.front()) return value.front();
  for (int i = 1; i < SpeedSchedule::kKnots; ++i)
    if (v <= speed[i]) {
      const double u = (v - speed[i - 1]) / (speed[i] - speed[i - 1]);
      return (1 - u) * value[i - 1] + u * value[i];
    }
  return value.back();
}

}  // namespace

ControllerParams params_at_speed(const ControllerParams& p, const SpeedSchedule& s, double speed_m_s) {
  ControllerParams q = p;
  for (const SpeedScheduleRow& r : kSpeedScheduleRows) q.*(r.field) = interpolate(s.speed_m_s, s.*(r.knots), speed_m_s);
  return q;
}

bool set_schedule_param(SpeedSchedule& s, std::string_view name, double value) {
  if (name == "speed_ramp_m_s2") return s.speed_ramp_m_s2 = value, true;
  if (name == "start_hold_s") return s.start_hold_s = value, true;
  if (name == "start_hold_faster_s") return s.start_hold_faster_s = value, true;
  if (name == "bias_decay_s") return s.bias_decay_s = value, true;
  if (name == "weak_max_speed_m_s") return s.weak_max_speed_m_s = value, true;
  if (name == "weak_min_speed_m_s") return s.weak_min_speed_m_s = value, true;
  const auto at = name.find('@');
  if (at == std::string_view::npos) return false;
  const std::string field(name.substr(0, at));
  const double knot_speed = std::strtod(std::string(name.substr(at + 1)).c_str(), nullptr);
  for (const SpeedScheduleRow& r : kSpeedScheduleRows) {
    if (field != r.name) continue;
    for (int i = 0; i < SpeedSchedule::kKnots; ++i)
      if (std::abs(s.speed_m_s[i] - knot_speed) < 1e-6) return (s.*(r.knots))[i] = value, true;
  }
  return false;
}

bool set_tuning_setting(ControllerParams& p, SpeedSchedule& s, std::string_view name, double value) {
  return set_schedule_param(s, name, value) || set_controller_param(p, name, value);
}

}  // namespace gait
