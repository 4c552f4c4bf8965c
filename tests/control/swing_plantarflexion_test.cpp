// The slow knots' push-off carried into initial swing (docs/controller.md#swing-ankle;
// tools/tuning/README.md, "The 34th stop"): full-strength walkers' swing ankle starts plantarflexed and
// returns toward neutral by mid-swing, as adults' ankle peaks in plantarflexion just after toe-off
// (Perry and Burnfield 2010). Before it the swing foot was held at neutral from lift-off and at 0.8 m/s
// the ankle's push-off read 6.3 deg below mid-stance (issue 15 asks at least 10, at 55-68 % of the
// cycle) with a double support of 17.2 % (issue 15: 18-28).
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "normal_walk.h"

namespace {

/// The left ankle over a scenario's first 6 s asked 0.8 m/s, the model adjusted (rad, every frame).
std::vector<double> left_ankle_rad(const std::string& file, std::function<void(gait::Model&)> adjust) {
  return gait_test::left_trace_rad(file, &gait::SideFrame::ankle_dorsiflexion_rad, std::move(adjust));
}

const auto without_row = gait_test::row_at(&gait::SpeedSchedule::full_swing_plantarflexion_rad, 0);

}  // namespace

TEST_CASE("swing plantarflexion: a complete palsy's ankle is bit for bit as without it", "[control][unit]") {
  // the row is weighted by the strength (docs/controller.md#swing-ankle): the complete palsy keeps its own
  // target of 1.3 m/s, where the row is 0, so it is also raised at every knot here; the palsy never takes
  // any of it, while the healthy walker's ankle changes
  const std::vector<double> palsy = left_ankle_rad("left_sgn_palsy.toml", [](gait::Model&) {});
  REQUIRE(palsy.size() > 100);
  CHECK(left_ankle_rad("left_sgn_palsy.toml", without_row) == palsy);
  CHECK(left_ankle_rad("left_sgn_palsy.toml", gait_test::row_at(&gait::SpeedSchedule::full_swing_plantarflexion_rad, 0.6)) ==
        palsy);
  CHECK(left_ankle_rad("normal.toml", without_row) != left_ankle_rad("normal.toml", [](gait::Model&) {}));
}

TEST_CASE("swing plantarflexion: at 0.8 m/s the ankle pushes off 10 deg below mid-stance, double support 18 %",
          "[control][scenario]") {
  const gait::Summary production = gait_test::walk_normal(0.8, 60);
  const gait::Summary without = gait_test::walk_normal(0.8, 60, without_row);
  for (const gait::Side side : gait::kSides) {
    const gait::SideSummary& a = production.side[side];
    const gait::SideSummary& b = without.side[side];
    REQUIRE(a.curve_events);
    REQUIRE(b.curve_events);
    REQUIRE(a.norm_correlation.ankle_dorsiflexion_deg);
    REQUIRE(b.norm_correlation.ankle_dorsiflexion_deg);
    REQUIRE(a.double_support_pct);
    REQUIRE(b.double_support_pct);
    REQUIRE(a.grf_vertical_peak_bw);
    const gait::GaitCurveEvents& e = *a.curve_events;
    INFO(gait::side_name(side) << ": push-off " << e.ankle_push_off_deg << " deg below mid-stance at "
         << e.ankle_plantarflexion_peak.pct << " % (without " << b.curve_events->ankle_push_off_deg << " at "
         << b.curve_events->ankle_plantarflexion_peak.pct << "); mid-swing " << e.ankle_mid_swing_deg
         << " deg; ankle correlation " << *a.norm_correlation.ankle_dorsiflexion_deg << " (without "
         << *b.norm_correlation.ankle_dorsiflexion_deg << "); double support " << *a.double_support_pct
         << " % (without " << *b.double_support_pct << "); GRF peak " << *a.grf_vertical_peak_bw << " BW");
    // issue 15: at least 10 deg below mid-stance at 55-68 % of the cycle (15.1 / 15.3 at 65 % measured)
    CHECK(e.ankle_push_off_deg >= 10);
    CHECK(e.ankle_plantarflexion_peak.pct >= 55);
    CHECK(e.ankle_plantarflexion_peak.pct <= 68);
    CHECK(std::abs(e.ankle_mid_swing_deg) <= 8);  // issue 15: within 8 deg of neutral
    CHECK(*a.double_support_pct >= 18);           // issue 15: 18-28 % (18.7 measured)
    CHECK(*a.grf_vertical_peak_bw <= 1.3);        // issue 15: 1.0-1.3 BW (1.21 / 1.23 measured)
    // without it: 6.3 deg, 17.2 %, the ankle's correlation 0.53 (0.69 with it)
    CHECK(b.curve_events->ankle_push_off_deg < 10);
    CHECK(*b.double_support_pct < 18);
    CHECK(*b.norm_correlation.ankle_dorsiflexion_deg < *a.norm_correlation.ankle_dorsiflexion_deg - 0.1);
  }
}
