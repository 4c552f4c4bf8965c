// The knee's rows the 26th stop searched for full-strength walkers (docs/controller.md#pre-swing and
// #swing-and-placement; tools/tuning/README.md, "The 26th stop"), kept with the production values
// neutral so the logged draws re-run: an earlier, higher early-swing lift flexes the healthy knee in
// early swing as adults' and a pre-swing hip drive flexes it into toe-off, while the weak walkers keep
// their own lift, so the palsies' knees move as before, bit for bit. Neither is in force: the lift
// raised normal walking's hip contact force to 3.62 BW (normal.toml allows 3.5), the drive the
// converged physics' GRF 5-9 % above production's (issue 13 allows 5).
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "analysis/cycles.h"
#include "analysis/gait_cycles.h"
#include "analysis/summary.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace {

gait::ScenarioSpec scenario(const std::string& file, double duration_s) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + file);
  spec.duration_s = duration_s;
  return spec;
}

gait::RunOptions adjusted(std::function<void(gait::Model&)> adjust) {
  gait::RunOptions options;
  options.adjust_model = std::move(adjust);
  return options;
}

/// The full-strength lift of the 26th stop's draws (tools/tuning/knee_draws.py preswing2's best), for
/// the tuned body (normal.toml's 1.75 m, which body scaling leaves as it is: docs/controller.md#body-scaling).
void searched_lift(gait::Model& m) {
  m.control.early_lift_m = 0.1663;
  m.control.early_lift_phase = 0.1365;
}

/// ... with the pre-swing hip drive at the 1.3 m/s knot.
void searched_lift_and_drive(gait::Model& m) {
  searched_lift(m);
  m.speed_schedule.full_preswing_hip_scale[2] = 1.2677;
}

struct KneeFigures {
  double correlation = 0;
  double at_64_pct_deg = 0;  ///< the mean cycle's knee flexion at 64 % (early swing; adults 50 deg)
  double at_toe_off_deg = 0;
};

/// Both sides' knee figures of 60 s of normal walking with `adjust` applied.
gait::LeftRight<KneeFigures> normal_knee(std::function<void(gait::Model&)> adjust) {
  const gait::ScenarioSpec spec = scenario("normal.toml", 60);
  const gait::RunResult run = gait::run_scenario(spec, adjusted(std::move(adjust)));
  const gait::Summary s = gait::summarize(spec, run);
  REQUIRE_FALSE(s.fell);
  const gait::CycleCurves curves =
      gait::compute_cycle_curves(run.frames, gait::find_gait_cycles(run.frames).analysed, spec.mass_kg);
  gait::LeftRight<KneeFigures> out;
  for (const gait::Side side : gait::kSides) {
    REQUIRE(s.side[side].norm_correlation.knee_flexion_deg);
    REQUIRE(s.side[side].curve_events);
    REQUIRE(curves.side[side]);
    out[side].correlation = *s.side[side].norm_correlation.knee_flexion_deg;
    out[side].at_64_pct_deg = curves.side[side]->knee_flexion_deg.mean[64];
    out[side].at_toe_off_deg = s.side[side].curve_events->knee_toe_off_deg;
  }
  return out;
}

}  // namespace

TEST_CASE("knee rows searched: the early lift flexes the knee in early swing, the hip drive into toe-off",
          "[control][scenario]") {
  const gait::LeftRight<KneeFigures> production = normal_knee([](gait::Model&) {});
  const gait::LeftRight<KneeFigures> lift = normal_knee(searched_lift);
  const gait::LeftRight<KneeFigures> drive = normal_knee(searched_lift_and_drive);
  for (const gait::Side side : gait::kSides) {
    INFO(gait::side_name(side));
    const KneeFigures& a = production[side];
    const KneeFigures& b = lift[side];
    const KneeFigures& c = drive[side];
    INFO("knee correlation " << a.correlation << ", with the lift " << b.correlation << "; at 64 % " << a.at_64_pct_deg
                             << " deg, " << b.at_64_pct_deg << "; at toe-off with the lift " << b.at_toe_off_deg
                             << ", with the drive too " << c.at_toe_off_deg);
    CHECK(b.correlation >= 0.93);  // issue 15: at least 0.93 (0.93 / 0.94 measured; production 0.88)
    CHECK(a.correlation < b.correlation - 0.03);
    CHECK(b.at_64_pct_deg >= 38);  // 42.7 / 43.9 measured (production 25.6 / 26.9); adults 50
    CHECK(a.at_64_pct_deg < b.at_64_pct_deg - 10);
    CHECK(c.at_toe_off_deg >= 18);  // 23.3 measured (11.8 without the drive); issue 15 asks 30
    CHECK(b.at_toe_off_deg < c.at_toe_off_deg - 8);
  }
}

TEST_CASE("knee rows searched: a complete palsy's knee moves as before, whatever the full-strength lift",
          "[control][scenario]") {
  auto left_knee = [](std::function<void(gait::Model&)> adjust) {
    const gait::ScenarioSpec spec = scenario("left_sgn_palsy.toml", 6);
    const gait::RunResult r = gait::run_scenario(spec, adjusted(std::move(adjust)));
    std::vector<double> q;
    for (const gait::Frame& f : r.frames) q.push_back(f.side.left.knee_flexion_rad);
    return q;
  };
  const std::vector<double> production = left_knee([](gait::Model&) {});
  const std::vector<double> full_changed = left_knee(searched_lift);
  const std::vector<double> weak_changed = left_knee([](gait::Model& m) { m.control.weak_early_lift_m *= 0.5; });
  REQUIRE(production.size() > 100);
  CHECK(full_changed == production);
  CHECK(weak_changed != production);
}
