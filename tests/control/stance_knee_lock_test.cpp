// The slow knots' stance knee stiffening after loading (docs/controller.md#stance-leg;
// tools/tuning/README.md, "The 35th stop"): full-strength walkers' stance knee gains grow once loading
// is over, so the knee holds near its target through mid stance. Before it the knee straightened past
// 0 deg at 0.8 m/s (least -1.0 deg in stance; issue 15 asks at least 0: adults' knee stays flexed by
// about 5 deg in mid stance, Perry and Burnfield 2010) and the GRF peak at 1.0 m/s was 1.33 BW.
#include <functional>
#include <string>
#include <vector>

#include "normal_walk.h"

namespace {

/// The left knee over a scenario's first 6 s asked 0.8 m/s, the model adjusted (rad, every frame).
std::vector<double> left_knee_rad(const std::string& file, std::function<void(gait::Model&)> adjust) {
  return gait_test::left_trace_rad(file, &gait::SideFrame::knee_flexion_rad, std::move(adjust));
}

const auto without_row = gait_test::row_at(&gait::SpeedSchedule::full_stance_knee_lock_scale, 1);

}  // namespace

TEST_CASE("stance knee lock: a palsy's and a moderate weakness's knee are bit for bit as without it",
          "[control][unit]") {
  // the row is for healthy walkers: weighted by the weak-settings blend and by the strength fraction
  // from full_stance_knee_lock_strength_lo up, so neither the complete palsy nor the left abductors at
  // 50 % (strength fraction 0.5: three quarters of the blend's full-strength side) take any of it,
  // raised at every knot or not, while the healthy walker's knee changes
  for (const char* file : {"left_sgn_palsy.toml", "left_gmed_gmin_50.toml"}) {
    INFO(file);
    const std::vector<double> weak = left_knee_rad(file, [](gait::Model&) {});
    REQUIRE(weak.size() > 100);
    CHECK(left_knee_rad(file, without_row) == weak);
    CHECK(left_knee_rad(file, gait_test::row_at(&gait::SpeedSchedule::full_stance_knee_lock_scale, 3)) == weak);
  }
  CHECK(left_knee_rad("normal.toml", without_row) != left_knee_rad("normal.toml", [](gait::Model&) {}));
}

TEST_CASE("stance knee lock: at 0.8 and 1.0 m/s the knee never hyperextends in stance", "[control][scenario]") {
  // measured over 60 s: the least 1.7 / 1.7 deg at 0.8 m/s (-1.0 without), 1.2 / 1.4 at 1.0 m/s (-1.55);
  // the GRF peak 1.25 / 1.23 and 1.28 / 1.27 BW (1.21 / 1.23 and 1.32 / 1.33 without)
  for (const double speed_m_s : {0.8, 1.0}) {
    const gait::Summary production = gait_test::walk_normal(speed_m_s, 60);
    const gait::Summary without = gait_test::walk_normal(speed_m_s, 60, without_row);
    for (const gait::Side side : gait::kSides) {
      const gait::SideSummary& a = production.side[side];
      const gait::SideSummary& b = without.side[side];
      REQUIRE(a.curve_events);
      REQUIRE(b.curve_events);
      REQUIRE(a.grf_vertical_peak_bw);
      REQUIRE(a.double_support_pct);
      const gait::GaitCurveEvents& e = *a.curve_events;
      INFO(speed_m_s << " m/s, " << gait::side_name(side) << ": knee least in stance " << e.knee_stance_min_deg
           << " deg (without " << b.curve_events->knee_stance_min_deg << "); loading peak "
           << e.knee_loading_peak.value << " deg at " << e.knee_loading_peak.pct << " %; GRF peak "
           << *a.grf_vertical_peak_bw << " BW; double support " << *a.double_support_pct << " %");
      CHECK(e.knee_stance_min_deg >= 0.5);             // issue 15: at least 0
      CHECK(b.curve_events->knee_stance_min_deg < 0);  // without it the knee hyperextends
      CHECK(*a.grf_vertical_peak_bw <= 1.3);           // issue 15: 1.0-1.3 BW
      CHECK(*a.double_support_pct >= 18);              // issue 15: 18-28 %
      // the price: it lands a little more flexed (25.4 at 0.8 m/s, 23.1 without; 26.7 / 27.4 at 1.0, 23.7)
      CHECK(e.knee_loading_peak.value <= 28);
    }
  }
}
