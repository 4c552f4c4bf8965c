// The fast knots' heel rocker since the 29th stop (docs/controller.md#speed-schedule; tools/tuning/fast_draws.py
// rocker2, tools/tuning/README.md, "The 29th stop"): the stance ankle lowers the forefoot after touchdown at
// 1.5 and 1.8 m/s too, drawn with the fast knots' softer abductor row and anticipatory abduction. At 1.6 m/s
// (60 s) the vertical GRF peak is 1.34 / 1.34 BW with it and 1.44 / 1.38 without (1.42 / 1.34 before the 29th
// stop; issue 15 asks 1.0-1.3, not yet met), while the pelvis keeps adults' shape (obliquity r 0.91).
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
    m.speed_schedule.heel_rocker_rad[3] = 0;  // the 1.5 and 1.8 m/s knots
    m.speed_schedule.heel_rocker_rad[4] = 0;
  });
  INFO("GRF peak " << grf_peak_bw(now) << " BW (without the rocker " << grf_peak_bw(without) << ")");
  CHECK(grf_peak_bw(now) <= 1.36);  // 1.34 measured; issue 15 asks at most 1.3
  CHECK(grf_peak_bw(without) > grf_peak_bw(now) + 0.05);
  for (const gait::Side s : gait::kSides) {
    const auto& r = now.side[s].norm_correlation.pelvic_obliquity_deg;
    REQUIRE(r);
    CHECK(*r >= 0.85);  // 0.91 measured; issue 15
  }
}
