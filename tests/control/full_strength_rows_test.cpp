// The speed schedule's rows for full-strength walkers only (docs/controller.md#speed-schedule;
// tools/tuning/README.md, "The 24th stop"): full_preswing_extra_s, stance_ankle_stiffness_scale and
// full_stance_knee_extra_rad are weighted by the strength blend, so weak walkers keep the settings they
// were tuned with (a longer double support for every walker at 1.3 m/s let the 1.90 m body's palsies
// fall). In force they are neutral (0, 1, 0 at every knot); these tests give them values.
#include <catch2/catch.hpp>
#include <string>

#include "analysis/summary.h"
#include "control/gait_phase.h"
#include "model/controller_settings.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace {

/// How long pre-swing lasts (s) with the trailing (right) foot loaded, at the given strength weight.
double preswing_window_s(const gait::ControllerParams& p, double full_strength_weight) {
  gait::ControllerState c;
  c.stance = gait::Side::Left;
  c.preswing = true;
  c.preswing_time_s = 0;
  c.full_strength_weight = full_strength_weight;
  gait::BodyReadings r;
  r.contact[gait::Side::Right].force_N = gait::Vec3{0, 0, p.preswing_release_N + 100};  // still loaded
  const double dt_s = 0.001;
  for (int i = 1; i <= 1000; ++i) {
    gait::update_preswing_phase(p, r, dt_s, c);
    if (!c.preswing) return i * dt_s;
  }
  return -1;
}

}  // namespace

TEST_CASE("full-strength rows: the extra double support is the full-strength walker's only", "[control][unit]") {
  gait::ControllerParams p;
  p.preswing_max_s = 0.05;
  p.full_preswing_extra_s = 0.02;
  CHECK(preswing_window_s(p, 0.0) == Approx(0.05).margin(0.0011));   // weak: its own window
  CHECK(preswing_window_s(p, 1.0) == Approx(0.07).margin(0.0011));   // full strength: longer
  CHECK(preswing_window_s(p, 0.5) == Approx(0.06).margin(0.0011));   // halfway through the blend
  CHECK(preswing_window_s(p, -1.0) == Approx(0.05).margin(0.0011));  // blend not yet set: as weak
}

TEST_CASE("full-strength rows: a softer ankle and a longer double support give the healthy walker a push-off",
          "[control][scenario]") {
  // the 24th stop's trial at 1.3 m/s (`gaitsim_probe stance_ankle_stiffness_scale@1.3=0.6667
  // full_preswing_extra_s@1.3=0.021 -adults`): double support 19.6 % (14.9 in force), push-off 14.0 /
  // 14.3 deg below mid stance (9.7 / 9.4), stance 59.9 % (57.5)
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
  spec.duration_s = 60;
  gait::RunOptions trial;
  trial.adjust_model = [](gait::Model& m) {
    m.speed_schedule.stance_ankle_stiffness_scale[2] = 0.6667;  // the 1.3 m/s knot
    m.speed_schedule.full_preswing_extra_s[2] = 0.021;
  };
  const gait::Summary s = gait::summarize(spec, gait::run_scenario(spec, trial));
  REQUIRE_FALSE(s.fell);
  for (const gait::Side side : gait::kSides) {
    INFO(gait::side_name(side));
    const gait::SideSummary& ss = s.side[side];
    REQUIRE(ss.double_support_pct);
    REQUIRE(ss.curve_events);
    INFO("double support " << *ss.double_support_pct << " %, push-off "
                           << ss.curve_events->ankle_push_off_deg << " deg below mid stance");
    CHECK(*ss.double_support_pct >= 18);
    CHECK(ss.curve_events->ankle_push_off_deg >= 12);
  }
}
