// The lateral ankle strategy since the 39th stop (docs/controller.md#stance-leg; tools/tuning/README.md,
// "The 39th stop"): in single stance a full-strength walker's stance ankle inverts when the capture point
// comes near or outside the stance ankle. The rule against hand-computed answers, then the speed changes
// whose recoveries crossed their steps without it (tools/tuning/speed_change_widths.sh).
#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>

#include "analysis/gait_events.h"
#include "analysis/spatiotemporal.h"
#include "control/stance_leg.h"
#include "normal_walk.h"

namespace {

gait::ControllerParams strategy_params() {
  gait::ControllerParams p;
  p.lateral_ankle_gain_rad_m = 20;
  p.lateral_ankle_margin_m = -0.0125;
  p.lateral_ankle_max_rad = 0.3;
  return p;
}

/// The least step width (m) of the steps that land after `after_s`: at each initial contact, the landing
/// ankle centre's distance outside the other ankle centre across the walkway (negative: the steps crossed),
/// read as the summary's spatiotemporal figures read them (analysis/spatiotemporal.h, positions_at).
double least_step_width_m(const gait::RunResult& run, double after_s) {
  std::optional<double> least;
  for (const gait::GaitEvent& e : gait::detect_gait_events(run.frames)) {
    if (e.kind != gait::GaitEvent::Kind::InitialContact || e.time_s <= after_s) continue;
    const double landing_y = gait::positions_at(run.frames, e.side, e.time_s).ankle_m.y;
    const double other_y = gait::positions_at(run.frames, gait::other(e.side), e.time_s).ankle_m.y;
    const double width_m = gait::side_sign(e.side) * (landing_y - other_y);
    least = least ? std::min(*least, width_m) : width_m;
  }
  REQUIRE(least);
  return *least;
}

}  // namespace

TEST_CASE("lateral ankle strategy: the inversion target rises with the capture point past the margin",
          "[unit][control]") {
  const gait::ControllerParams p = strategy_params();
  CHECK(gait::lateral_ankle_inversion_rad(p, -0.05, 1) == 0.0);              // well inside: nothing
  CHECK(gait::lateral_ankle_inversion_rad(p, -0.0125, 1) == 0.0);            // at the margin
  CHECK(gait::lateral_ankle_inversion_rad(p, -0.0025, 1) == Approx(0.2));    // 1 cm past it: 20 x 0.01
  CHECK(gait::lateral_ankle_inversion_rad(p, 0.05, 1) == Approx(0.3));       // bounded
  CHECK(gait::lateral_ankle_inversion_rad(p, -0.0025, 0.5) == Approx(0.1));  // blended by strength
  CHECK(gait::lateral_ankle_inversion_rad(p, 0.05, 0) == 0.0);               // weak walkers: none
  gait::ControllerParams off = p;
  off.lateral_ankle_gain_rad_m = 0;
  CHECK(gait::lateral_ankle_inversion_rad(off, 0.05, 1) == 0.0);
}

TEST_CASE("lateral ankle strategy: the recoveries from a speed change cross their steps far less",
          "[scenario][speed]") {
  // tools/tuning/speed_change_widths.sh: without the strategy 35 of its 40 speed changes crossed a step, the
  // worst of them by 8.4-11.5 cm; with it 8, by at most 2.1 cm. These three are among the worst without it;
  // read here at the contacts the gait events find: +0.2, -0.3 and +1.4 cm with it, -11.4, -9.1 and -8.2
  // cm without
  const auto without = [](gait::Model& m) { m.control.lateral_ankle_gain_rad_m = 0; };
  struct Change {
    double from_m_s, to_m_s, at_s;
  };
  for (const Change c : {Change{1.5, 0.7, 18}, Change{0.9, 1.5, 21}, Change{1.8, 0.6, 18}}) {
    gait::ScenarioSpec spec = gait_test::scenario_file("normal.toml", c.at_s + 40, c.from_m_s);
    spec.changes.push_back({c.at_s, "gait.speed_m_s", c.to_m_s});
    spec.changes.push_back({c.at_s + 20, "gait.speed_m_s", c.from_m_s});
    const gait::RunResult with_run = gait::run_scenario(spec);
    const gait::RunResult without_run = gait_test::run_adjusted(spec, without);
    REQUIRE_FALSE(with_run.fell);
    const double with_m = least_step_width_m(with_run, c.at_s);
    const double without_m = least_step_width_m(without_run, c.at_s);
    INFO(c.from_m_s << " > " << c.to_m_s << " > " << c.from_m_s << " m/s at " << c.at_s << " s: least width "
                    << with_m << " m, without the strategy " << without_m);
    CHECK(with_m > -0.02);     // at most a small overlap of the two ankles
    CHECK(without_m < -0.05);  // a step across the stance foot
  }
}
