// The speed schedule: interpolation between its knots, scaling to another body, tuning names.
#include <catch2/catch.hpp>
#include <cmath>
#include <string_view>

#include "control/speed_schedule.h"
#include "model/body_scaling.h"

using gait::ControllerParams;
using gait::SpeedSchedule;

TEST_CASE("speed schedule interpolates linearly between knots and holds the ends", "[unit][control]") {
  SpeedSchedule s;
  s.swing_time_s = {0.6, 0.5, 0.44, 0.40, 0.39, 0.38};  // at 0.6, 0.9, 1.3, 1.5, 1.6, 1.8 m/s
  const ControllerParams p;
  CHECK(gait::params_at_speed(p, s, 1.3).swing_time_s == 0.44);
  CHECK(gait::params_at_speed(p, s, 1.1).swing_time_s == Approx(0.47));  // half way 0.9 .. 1.3
  CHECK(gait::params_at_speed(p, s, 1.7).swing_time_s == Approx(0.385));  // half way 1.6 .. 1.8
  CHECK(gait::params_at_speed(p, s, 0.3).swing_time_s == 0.6);             // below the first knot
  CHECK(gait::params_at_speed(p, s, 2.5).swing_time_s == 0.38);            // above the last
  // settings outside the table are left as they are
  CHECK(gait::params_at_speed(p, s, 1.1).stance_knee_rad == p.stance_knee_rad);
}

TEST_CASE("speed schedule scales to another body like the controller settings", "[unit][control]") {
  const SpeedSchedule s;
  // four times the height: speeds x2, times x2, lengths x4, m per (m/s) x2, angles unchanged
  const SpeedSchedule q = gait::scaled_schedule(s, 2 * gait::kTunedMass_kg, 4 * gait::kTunedHeight_m);
  CHECK(q.speed_m_s[0] == Approx(2 * s.speed_m_s[0]));
  CHECK(q.swing_time_s[5] == Approx(2 * s.swing_time_s[5]));
  CHECK(q.place_offset_m[1] == Approx(4 * s.place_offset_m[1]));
  CHECK(q.place_com_velocity_gain_s[2] == Approx(2 * s.place_com_velocity_gain_s[2]));
  CHECK(q.pushoff_base_rad[3] == s.pushoff_base_rad[3]);
  CHECK(q.weak_max_speed_m_s == Approx(2 * s.weak_max_speed_m_s));
  CHECK(q.start_hold_faster_s == Approx(2 * s.start_hold_faster_s));  // a time, as start_hold_s
  CHECK(q.speed_ramp_m_s2 == s.speed_ramp_m_s2);  // an acceleration: g, the same for every body
  // the tuned body's numbers do not change by a bit
  const SpeedSchedule same = gait::scaled_schedule(s, gait::kTunedMass_kg, gait::kTunedHeight_m);
  CHECK(same.swing_time_s == s.swing_time_s);
  CHECK(same.speed_m_s == s.speed_m_s);
}

TEST_CASE("speed schedule knots are set by name at a knot speed", "[unit][control]") {
  SpeedSchedule s;
  CHECK(gait::set_schedule_param(s, "swing_time_s@0.6", 0.7));
  CHECK(s.swing_time_s[0] == 0.7);
  CHECK(gait::set_schedule_param(s, "pushoff_base_rad@1.8", 0.4));
  CHECK(s.pushoff_base_rad[5] == 0.4);
  CHECK(gait::set_schedule_param(s, "toe_up_rad@1.6", 0.1));  // the sixth knot, since the 32nd stop
  CHECK(s.toe_up_rad[4] == 0.1);
  CHECK(gait::set_schedule_param(s, "start_hold_faster_s", 6));
  CHECK(s.start_hold_faster_s == 6);
  CHECK(gait::set_schedule_param(s, "speed_ramp_m_s2", 0.3));
  CHECK(s.speed_ramp_m_s2 == 0.3);
  CHECK_FALSE(gait::set_schedule_param(s, "swing_time_s@1.0", 0.5));  // no knot at 1.0
  CHECK_FALSE(gait::set_schedule_param(s, "no_such_row@0.6", 0.5));
  CHECK_FALSE(gait::set_schedule_param(s, "swing_time_s", 0.5));
}

TEST_CASE("a tuning candidate's setting goes to the schedule or to the controller settings", "[unit][control]") {
  SpeedSchedule s;
  gait::ControllerParams p;
  CHECK(gait::set_tuning_setting(p, s, "swing_time_s@0.6", 0.7));  // a knot
  CHECK(s.swing_time_s[0] == 0.7);
  CHECK(gait::set_tuning_setting(p, s, "swing_time_s", 0.5));  // no knot named: the setting itself
  CHECK(p.swing_time_s == 0.5);
  CHECK(s.swing_time_s[0] == 0.7);
  CHECK(gait::set_tuning_setting(p, s, "stance_ankle.k", 300));  // a gain's part
  CHECK(p.stance_ankle.stiffness_Nm_rad == 300);
  CHECK_FALSE(gait::set_tuning_setting(p, s, "no_such_setting", 1));
  CHECK_FALSE(gait::set_tuning_setting(p, s, "swing_time_s@1.0", 1));  // no knot at 1.0, and no such field
}

TEST_CASE("a scheduled setting's default is the schedule's 1.3 m/s column, as docs/controller.md says",
          "[unit][control]") {
  // the walker never reads these defaults (params_at_speed sets them), so only this test keeps the
  // settings table's default column honest: four of them had drifted from the knot
  const SpeedSchedule s;
  const ControllerParams p;
  REQUIRE(s.speed_m_s[2] == 1.3);
  for (const gait::SpeedScheduleRow& row : gait::kSpeedScheduleRows) {
    INFO(row.name);
    CHECK(p.*(row.field) == (s.*(row.knots))[2]);
  }
}

TEST_CASE("the 1.6 m/s knot lies on the line between the 1.5 and 1.8 knots in every row but toe_up_rad",
          "[unit][control]") {
  // docs/controller.md#speed-schedule: the sixth knot (32nd stop) is there for the swing foot's toe-up
  // alone, so that up to 1.5 m/s and in every other setting the walker is as with five knots; a row
  // changed at 1.5 or 1.8 must move its 1.6 value too (rounded to five decimals)
  const SpeedSchedule s;
  REQUIRE(s.speed_m_s[3] == 1.5);
  REQUIRE(s.speed_m_s[4] == 1.6);
  REQUIRE(s.speed_m_s[5] == 1.8);
  for (const gait::SpeedScheduleRow& row : gait::kSpeedScheduleRows) {
    const SpeedSchedule::Knots& k = s.*(row.knots);
    const double on_line = k[3] + (k[5] - k[3]) / 3;
    INFO(row.name << ": " << k[4] << " at 1.6 m/s, " << on_line << " on the line");
    if (std::string_view(row.name) == "toe_up_rad")
      CHECK(std::abs(k[4] - on_line) > 0.01);  // its own value: 0.125, the line 0.162
    else
      CHECK(std::abs(k[4] - on_line) <= 5e-6);
  }
}
