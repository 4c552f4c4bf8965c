// The stance hip's anticipatory abduction against adults' pelvis (docs/controller.md#speed-schedule). At slow walking:
// at the schedule's slow knots a later, larger share lets the swing side drop early in single stance and
// lifts it back by mid-stance, as adults' pelvis moves (the obliquity peak at 12-18 % of the cycle, Bovi
// 2011 in assets/normative_gait_adult.csv); the earlier slow knots (a small share from the start of single
// stance, as at 1.3 m/s) let the pelvis sink through single stance to a peak at about 23 % at 0.8 m/s.
// Measured: correlation with adults 0.81 / 0.81, 0.86 / 0.87 since the 29th stop's 0.9 knot (earlier knots
// 0.54 / 0.53); the peak comes at 21-22 %, still later than adults' (issue 15 asks 8-20 %). At 1.3 m/s the
// knot's share 0.67 since the 28th stop (0.58 before; tools/tuning/README.md, "The 28th stop"): correlation
// 0.69 / 0.69 over 60 s (0.54 / 0.56), 0.73 / 0.73 with the 33rd stop's pre-swing fold; issue 15 asks 0.85. At 1.6 m/s the fast knots since the 28th stop:
// 0.89 (0.02 before), 0.91 with the 29th stop's heel rocker and re-drawn fast knots.
#include <catch2/catch.hpp>
#include <functional>

#include "normal_walk.h"

namespace {

using gait_test::walk_normal;

gait::Summary slow_walk(std::function<void(gait::Model&)> adjust) { return walk_normal(0.8, 40, std::move(adjust)); }

/// The slow knots' share and timing before the pelvis search (tools/tuning/README.md, "The adult
/// pelvis"); the 1.75 m body's schedule is the table's own.
void earlier_slow_knots(gait::Model& m) {
  for (int i : {0, 1}) {
    m.speed_schedule.stance_abduction_ff[i] = i == 0 ? 0.2159 : 0.33;
    m.speed_schedule.stance_abduction_ff_delay_s[i] = 0.0053;
    m.speed_schedule.stance_abduction_ff_ramp_s[i] = 0.0993;
  }
}

}  // namespace

TEST_CASE("stance abduction: at 0.8 m/s the pelvic obliquity follows adults' curve more closely", "[scenario]") {
  const gait::Summary production = slow_walk([](gait::Model&) {});
  const gait::Summary earlier = slow_walk(earlier_slow_knots);
  for (const gait::Side s : gait::kSides) {
    const gait::SideSummary& now = production.side[s];
    const gait::SideSummary& before = earlier.side[s];
    REQUIRE(now.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(before.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(now.curve_events);
    REQUIRE(before.curve_events);
    INFO(gait::side_name(s) << ": obliquity correlation with adults " << *now.norm_correlation.pelvic_obliquity_deg << " (earlier knots "
         << *before.norm_correlation.pelvic_obliquity_deg << "), its peak at " << now.curve_events->pelvic_obliquity_peak.pct
         << " % (" << before.curve_events->pelvic_obliquity_peak.pct << " %)");
    CHECK(*now.norm_correlation.pelvic_obliquity_deg >= 0.75);
    CHECK(*before.norm_correlation.pelvic_obliquity_deg < 0.6);
  }
}

TEST_CASE("stance abduction: at 1.3 m/s the 28th stop's larger share brings the obliquity nearer adults'", "[scenario]") {
  const gait::Summary production = walk_normal(1.3, 60);
  const gait::Summary earlier =  // the 1.3 knot before
      walk_normal(1.3, 60, [](gait::Model& m) { m.speed_schedule.stance_abduction_ff[2] = 0.58; });
  for (const gait::Side s : gait::kSides) {
    const gait::SideSummary& now = production.side[s];
    const gait::SideSummary& before = earlier.side[s];
    REQUIRE(now.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(before.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(now.norm_correlation.knee_flexion_deg);
    INFO(gait::side_name(s) << ": obliquity correlation with adults " << *now.norm_correlation.pelvic_obliquity_deg
         << " (the share 0.58: " << *before.norm_correlation.pelvic_obliquity_deg << "), knee "
         << *now.norm_correlation.knee_flexion_deg);
    CHECK(*now.norm_correlation.pelvic_obliquity_deg >= 0.65);  // 0.73 measured (0.69 before the fold); issue 15 asks 0.85 (not yet met)
    CHECK(*before.norm_correlation.pelvic_obliquity_deg < *now.norm_correlation.pelvic_obliquity_deg - 0.08);
    CHECK(*now.norm_correlation.knee_flexion_deg >= 0.93);  // issue 15
  }
}

TEST_CASE("stance abduction: at 1.6 m/s the fast knots' softer row and larger share follow adults' pelvis", "[scenario][speed]") {
  // since the 28th stop (docs/controller.md#speed-schedule; tools/tuning/README.md, "The 28th stop"):
  // the swing side drops early in single stance and is lifted back by mid-stance; with the fast knots
  // as before (a stiff row, no anticipatory share) the pelvis sank through single stance
  const gait::Summary production = walk_normal(1.6, 60);
  const gait::Summary earlier = walk_normal(1.6, 60, [](gait::Model& m) {
    for (int i : {3, 4, 5}) {  // the 1.5, 1.6 and 1.8 m/s knots before the 28th stop
      m.speed_schedule.stance_hip_adduction_stiffness_scale[i] = 1;
      m.speed_schedule.stance_abduction_ff[i] = 0;
      m.speed_schedule.stance_abduction_ff_delay_s[i] = 0.0053;
      m.speed_schedule.stance_abduction_ff_ramp_s[i] = 0.0993;
      m.speed_schedule.heel_rocker_rad[i] = 0;  // since the 29th stop
    }
    m.speed_schedule.lateral_offset_m[3] = -0.005;
    m.speed_schedule.lateral_offset_m[4] = 0.005;  // the 1.6 knot, on the line between its neighbours
    m.speed_schedule.lateral_offset_m[5] = 0.025;
  });
  for (const gait::Side s : gait::kSides) {
    const gait::SideSummary& now = production.side[s];
    const gait::SideSummary& before = earlier.side[s];
    REQUIRE(now.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(before.norm_correlation.pelvic_obliquity_deg);
    REQUIRE(now.norm_correlation.hip_adduction_deg);
    REQUIRE(before.norm_correlation.hip_adduction_deg);
    INFO(gait::side_name(s) << ": obliquity correlation with adults " << *now.norm_correlation.pelvic_obliquity_deg
         << " (fast knots before: " << *before.norm_correlation.pelvic_obliquity_deg << "), hip adduction "
         << *now.norm_correlation.hip_adduction_deg << " (" << *before.norm_correlation.hip_adduction_deg << ")");
    CHECK(*now.norm_correlation.pelvic_obliquity_deg >= 0.85);  // 0.91 measured; issue 15 asks 0.85
    CHECK(*before.norm_correlation.pelvic_obliquity_deg < 0.3);  // 0.02
    CHECK(*now.norm_correlation.hip_adduction_deg >= 0.80);      // 0.85 measured; issue 15 asks 0.80
    CHECK(*before.norm_correlation.hip_adduction_deg < 0.6);     // 0.43
  }
}
