// The speed schedule's interpolation and scaling (docs/controller.md#speed-schedule).
#include "control/speed_schedule.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace gait {

namespace {

struct Row {
  const char* name;
  SpeedSchedule::Knots SpeedSchedule::*knots;
  double ControllerParams::*field;
};

constexpr Row kRows[] = {
    {"swing_time_s", &SpeedSchedule::swing_time_s, &ControllerParams::swing_time_s},
    {"place_com_velocity_gain_s", &SpeedSchedule::place_com_velocity_gain_s,
     &ControllerParams::place_com_velocity_gain_s},
    {"place_speed_gain_s", &SpeedSchedule::place_speed_gain_s, &ControllerParams::place_speed_gain_s},
    {"place_offset_m", &SpeedSchedule::place_offset_m, &ControllerParams::place_offset_m},
    {"pushoff_base_rad", &SpeedSchedule::pushoff_base_rad, &ControllerParams::pushoff_base_rad},
    {"pushoff_max_rad", &SpeedSchedule::pushoff_max_rad, &ControllerParams::pushoff_max_rad},
    {"preswing_max_s", &SpeedSchedule::preswing_max_s, &ControllerParams::preswing_max_s},
    {"clearance_m", &SpeedSchedule::clearance_m, &ControllerParams::clearance_m},
    {"pushoff_start_s", &SpeedSchedule::pushoff_start_s, &ControllerParams::pushoff_start_s},
    {"stance_abduction_ff", &SpeedSchedule::stance_abduction_ff, &ControllerParams::stance_abduction_ff},
};

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

SpeedSchedule scaled_schedule(const SpeedSchedule& s, double mass_kg, double height_m) {
  // the rows' units follow scaled_for_body: a table row scales as the field it sets
  ControllerParams one;
  SpeedSchedule q = s;
  for (int i = 0; i < SpeedSchedule::kKnots; ++i) {
    for (const Row& r : kRows) one.*(r.field) = (s.*(r.knots))[i];
    const ControllerParams scaled = scaled_for_body(one, mass_kg, height_m);
    for (const Row& r : kRows) (q.*(r.knots))[i] = scaled.*(r.field);
  }
  const double speed = std::sqrt(height_m / kTunedHeight_m);  // sqrt(g L)
  for (double& v : q.speed_m_s) v *= speed;
  q.weak_max_speed_m_s *= speed;
  q.weak_min_speed_m_s *= speed;
  q.bias_decay_s *= speed;  // a time, as start_hold_s
  q.start_hold_s *= speed;  // a time: sqrt(L / g), the same factor as sqrt(g L) here
  return q;
}

ControllerParams params_at_speed(const ControllerParams& p, const SpeedSchedule& s, double speed_m_s) {
  ControllerParams q = p;
  for (const Row& r : kRows) q.*(r.field) = interpolate(s.speed_m_s, s.*(r.knots), speed_m_s);
  return q;
}

bool set_schedule_param(SpeedSchedule& s, std::string_view name, double value) {
  if (name == "speed_ramp_m_s2") return s.speed_ramp_m_s2 = value, true;
  if (name == "start_hold_s") return s.start_hold_s = value, true;
  if (name == "bias_decay_s") return s.bias_decay_s = value, true;
  if (name == "weak_max_speed_m_s") return s.weak_max_speed_m_s = value, true;
  if (name == "weak_min_speed_m_s") return s.weak_min_speed_m_s = value, true;
  const auto at = name.find('@');
  if (at == std::string_view::npos) return false;
  const std::string field(name.substr(0, at));
  const double knot_speed = std::strtod(std::string(name.substr(at + 1)).c_str(), nullptr);
  for (const Row& r : kRows) {
    if (field != r.name) continue;
    for (int i = 0; i < SpeedSchedule::kKnots; ++i)
      if (std::abs(s.speed_m_s[i] - knot_speed) < 1e-6) return (s.*(r.knots))[i] = value, true;
  }
  return false;
}

}  // namespace gait
