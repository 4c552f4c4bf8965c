// The fast knots' heel rocker since the 29th stop (docs/controller.md#speed-schedule; tools/tuning/fast_draws.py
// rocker2, tools/tuning/README.md, "The 29th stop"): the stance ankle lowers the forefoot after touchdown at
// 1.5 and 1.8 m/s too, drawn with the fast knots' softer abductor row and anticipatory abduction. At 1.6 m/s
// (60 s) the vertical GRF peak is 1.34 / 1.34 BW with it and 1.44 / 1.38 without (1.42 / 1.34 before the 29th
// stop), while the pelvis keeps adults' shape (obliquity r 0.91). Since the 32nd stop the 1.6 and 1.8 knots' swing
// foot lands flatter too (toe_up_rad 0.125, 0.18 before): the GRF peak 1.25 / 1.26 BW (issue 15 asks 1.0-1.3)
// and the ankle's correlation with adults 0.83 (0.80).
#include <catch2/catch.hpp>
#include <algorithm>

#include "normal_walk.h"

namespace {

double grf_peak_bw(const gait::Summary& s) {
  const auto& l = s.side[gait::Side::Left].grf_vertical_peak_bw;
  const auto& r = s.side[gait::Side::Right].grf_vertical_peak_bw;
  REQUIRE(l);
  REQUIRE(r);
  return std::max(*l, *r);
}

}  // namespace

TEST_CASE("fast knots: at 1.6 m/s the heel rocker lowers the vertical GRF peak", "[scenario][speed]") {
  const gait::Summary now = gait_test::walk_normal(1.6, 60);
  const gait::Summary without = gait_test::walk_normal(1.6, 60, [](gait::Model& m) {
    for (int i : {3, 4, 5}) m.speed_schedule.heel_rocker_rad[i] = 0;  // the 1.5, 1.6 and 1.8 m/s knots
  });
  INFO("GRF peak " << grf_peak_bw(now) << " BW (without the rocker " << grf_peak_bw(without) << ")");
  CHECK(grf_peak_bw(now) <= 1.3);  // 1.26 measured since the 32nd stop (1.34 before); issue 15: at most 1.3
  CHECK(grf_peak_bw(without) > grf_peak_bw(now) + 0.05);
  for (const gait::Side s : gait::kSides) {
    const auto& r = now.side[s].norm_correlation.pelvic_obliquity_deg;
    REQUIRE(r);
    CHECK(*r >= 0.85);  // 0.91 measured; issue 15
  }
}

TEST_CASE("fast knots: at 1.6 m/s the flatter landing meets the GRF peak and the ankle's shape", "[scenario][speed]") {
  // the 1.6 and 1.8 knots' toe_up_rad 0.125 since the 32nd stop (docs/controller.md#speed-schedule); with the
  // 0.18 of the other knots the forefoot slaps down after the heel: 1.34 / 1.34 BW, ankle r 0.80 / 0.80
  const gait::Summary now = gait_test::walk_normal(1.6, 60);
  const gait::Summary before = gait_test::walk_normal(1.6, 60, [](gait::Model& m) {
    m.speed_schedule.toe_up_rad[4] = 0.18;  // the 1.6 and 1.8 m/s knots
    m.speed_schedule.toe_up_rad[5] = 0.18;
  });
  INFO("GRF peak " << grf_peak_bw(now) << " BW (toes up 0.18 at the fast knots: " << grf_peak_bw(before) << ")");
  CHECK(grf_peak_bw(now) <= 1.3);  // issue 15: 1.0-1.3; 1.26 measured
  CHECK(grf_peak_bw(before) > 1.3);
  for (const gait::Side s : gait::kSides) {
    const auto& r = now.side[s].norm_correlation.ankle_dorsiflexion_deg;
    const auto& r_before = before.side[s].norm_correlation.ankle_dorsiflexion_deg;
    REQUIRE(r);
    REQUIRE(r_before);
    INFO(gait::side_name(s) << ": ankle r " << *r << " (before " << *r_before << ")");
    CHECK(*r >= 0.80);  // issue 15; 0.83 measured
    CHECK(*r_before < *r - 0.015);  // 0.80 before
  }
  REQUIRE(now.speed_m_s);
  CHECK(*now.speed_m_s >= 1.45);  // 1.48 measured (1.51 before the 32nd stop)
}
