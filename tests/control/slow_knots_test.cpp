// The 0.9 m/s knot of the speed schedule since the 29th stop (docs/controller.md#speed-schedule;
// tools/tuning/slow_draws.py, tools/tuning/README.md, "The 29th stop"): its anticipatory abduction's share,
// push-off base and swing clearance. Issue 15 asks, at 0.8 m/s: the knee's loading peak 10-25 deg and its
// swing peak 55-70 deg, the obliquity's correlation with adults at least 0.85. With the knot as before the
// 29th stop: 27.9, 70.2, 0.83; since: 23.8 / 23.5, 67.5, 0.86 / 0.87 (60 s). The knot's effect is
// measured without the 35th stop's stance knee lock, which came later and lands the knee at 25.4 deg.
#include <catch2/catch.hpp>

#include "normal_walk.h"

namespace {

/// Without the 35th stop's stance knee lock (docs/controller.md#stance-leg), which came later: the knot's
/// own effect is measured without it.
const auto without_knee_lock = gait_test::row_at(&gait::SpeedSchedule::full_stance_knee_lock_scale, 1);

/// The 0.9 m/s knot as it was before the 29th stop, without the later knee lock.
void slow_knot_before(gait::Model& m) {
  without_knee_lock(m);
  gait::SpeedSchedule& s = m.speed_schedule;
  s.stance_abduction_ff[1] = 0.75734;
  s.pushoff_base_rad[1] = 0.12443;
  s.clearance_m[1] = 0.13681;
}

}  // namespace

TEST_CASE("slow knots: at 0.8 m/s the healthy walker's knee and pelvis come nearer adults'", "[scenario][speed]") {
  const gait::Summary production = gait_test::walk_normal(0.8, 60);
  const gait::Summary now = gait_test::walk_normal(0.8, 60, without_knee_lock);
  const gait::Summary before = gait_test::walk_normal(0.8, 60, slow_knot_before);
  for (const gait::Side s : gait::kSides) {
    const gait::SideSummary& p = production.side[s];
    const gait::SideSummary& a = now.side[s];
    const gait::SideSummary& b = before.side[s];
    REQUIRE(p.curve_events);
    REQUIRE(p.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(p.grf_vertical_peak_bw);
    REQUIRE(a.curve_events);
    REQUIRE(b.curve_events);
    REQUIRE(a.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(b.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(a.grf_vertical_peak_bw);
    const gait::GaitCurveEvents& e = *a.curve_events;
    const gait::GaitCurveEvents& f = *b.curve_events;
    INFO(gait::side_name(s) << ": production's knee loading peak " << p.curve_events->knee_loading_peak.value
         << " deg, swing peak " << p.curve_events->knee_swing_peak_deg << ", obliquity r "
         << *p.norm_correlation.pelvic_obliquity_deg << ", GRF " << *p.grf_vertical_peak_bw << " BW");
    INFO("without the lock: knee loading peak " << e.knee_loading_peak.value << " deg (before "
         << f.knee_loading_peak.value << "), swing peak " << e.knee_swing_peak_deg << " (" << f.knee_swing_peak_deg
         << "), obliquity r " << *a.norm_correlation.pelvic_obliquity_deg << " ("
         << *b.norm_correlation.pelvic_obliquity_deg << "), GRF " << *a.grf_vertical_peak_bw << " BW");
    // production, with the knee lock: issue 15 asks the loading peak 10-25 deg; 25.4 / 25.3 since the
    // lock (23.1 / 23.2 without it), which trades it for the knee's least in stance (1.7 deg, -1.0
    // without; tests/control/stance_knee_lock_test.cpp)
    CHECK(p.curve_events->knee_loading_peak.value <= 26);
    CHECK(p.curve_events->knee_swing_peak_deg <= 70);         // issue 15: 55-70
    CHECK(*p.norm_correlation.pelvic_obliquity_deg >= 0.85);  // issue 15
    CHECK(*p.grf_vertical_peak_bw <= 1.3);                    // issue 15: 1.0-1.3
    // without the lock, the 29th stop's figures: the knot is what moved them
    CHECK(e.knee_loading_peak.value <= 25);
    CHECK(f.knee_loading_peak.value > e.knee_loading_peak.value + 2);
    CHECK(f.knee_swing_peak_deg > e.knee_swing_peak_deg + 2);
    // the left side 0.835 -> 0.854 since the 38th stop's step-width band narrowed the base at 0.8 m/s
    // from 17.5 to 11.8 cm (0.83 -> 0.86 / 0.87 before it)
    CHECK(*b.norm_correlation.pelvic_obliquity_deg < *a.norm_correlation.pelvic_obliquity_deg - 0.015);
  }
}
