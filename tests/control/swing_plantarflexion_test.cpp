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

struct AnkleFigures {
  gait::LeftRight<double> push_off_deg{};
  gait::LeftRight<double> push_off_at_pct{};
  gait::LeftRight<double> mid_swing_deg{};
  gait::LeftRight<double> ankle_correlation{};
  gait::LeftRight<double> double_support_pct{};
  gait::LeftRight<double> grf_peak_bw{};
};

/// normal.toml asked 0.8 m/s over 60 s with `adjust` applied to the model.
AnkleFigures slow_walk(std::function<void(gait::Model&)> adjust) {
  const gait::Summary s = gait_test::walk_normal(0.8, 60, std::move(adjust));
  AnkleFigures out;
  for (const gait::Side side : gait::kSides) {
    REQUIRE(s.side[side].curve_events);
    REQUIRE(s.side[side].norm_correlation.ankle_dorsiflexion_deg);
    REQUIRE(s.side[side].double_support_pct);
    REQUIRE(s.side[side].grf_vertical_peak_bw);
    const gait::GaitCurveEvents& e = *s.side[side].curve_events;
    out.push_off_deg[side] = e.ankle_push_off_deg;
    out.push_off_at_pct[side] = e.ankle_plantarflexion_peak.pct;
    out.mid_swing_deg[side] = e.ankle_mid_swing_deg;
    out.ankle_correlation[side] = *s.side[side].norm_correlation.ankle_dorsiflexion_deg;
    out.double_support_pct[side] = *s.side[side].double_support_pct;
    out.grf_peak_bw[side] = *s.side[side].grf_vertical_peak_bw;
  }
  return out;
}

/// The left ankle over a scenario's first 6 s asked 0.8 m/s, the model adjusted (rad, every frame).
std::vector<double> left_ankle_rad(const std::string& file, std::function<void(gait::Model&)> adjust) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + file);
  spec.duration_s = 6;
  spec.inputs.speed_m_s = 0.8;
  gait::RunOptions options;
  options.adjust_model = std::move(adjust);
  std::vector<double> q;
  for (const gait::Frame& f : gait::run_scenario(spec, options).frames) q.push_back(f.side.left.ankle_dorsiflexion_rad);
  return q;
}

void without_row(gait::Model& m) {
  for (double& knot : m.speed_schedule.full_swing_plantarflexion_rad) knot = 0;
}

}  // namespace

TEST_CASE("swing plantarflexion: a complete palsy's ankle is bit for bit as without it", "[control][unit]") {
  // the row is weighted by the strength (docs/controller.md#swing-ankle): the complete palsy walks at its
  // own target (between the 0.9 and 1.3 knots, where the row is not 0) and never takes any of it, while
  // the healthy walker's ankle changes
  const std::vector<double> palsy = left_ankle_rad("left_sgn_palsy.toml", [](gait::Model&) {});
  REQUIRE(palsy.size() > 100);
  CHECK(left_ankle_rad("left_sgn_palsy.toml", without_row) == palsy);
  CHECK(left_ankle_rad("left_sgn_palsy.toml", [](gait::Model& m) {
          for (double& knot : m.speed_schedule.full_swing_plantarflexion_rad) knot = 0.6;
        }) == palsy);
  CHECK(left_ankle_rad("normal.toml", without_row) != left_ankle_rad("normal.toml", [](gait::Model&) {}));
}

TEST_CASE("swing plantarflexion: at 0.8 m/s the ankle pushes off 10 deg below mid-stance, double support 18 %",
          "[control][scenario]") {
  const AnkleFigures production = slow_walk([](gait::Model&) {});
  const AnkleFigures without = slow_walk(without_row);
  for (const gait::Side side : gait::kSides) {
    INFO(gait::side_name(side) << ": push-off " << production.push_off_deg[side] << " deg below mid-stance at "
         << production.push_off_at_pct[side] << " % (without " << without.push_off_deg[side] << " at "
         << without.push_off_at_pct[side] << "); mid-swing " << production.mid_swing_deg[side]
         << " deg; ankle correlation " << production.ankle_correlation[side] << " (without "
         << without.ankle_correlation[side] << "); double support " << production.double_support_pct[side]
         << " % (without " << without.double_support_pct[side] << "); GRF peak " << production.grf_peak_bw[side]
         << " BW");
    // issue 15: at least 10 deg below mid-stance at 55-68 % of the cycle (15.1 / 15.3 at 65 % measured)
    CHECK(production.push_off_deg[side] >= 10);
    CHECK(production.push_off_at_pct[side] >= 55);
    CHECK(production.push_off_at_pct[side] <= 68);
    CHECK(std::abs(production.mid_swing_deg[side]) <= 8);  // issue 15: within 8 deg of neutral
    CHECK(production.double_support_pct[side] >= 18);     // issue 15: 18-28 % (18.7 measured)
    CHECK(production.grf_peak_bw[side] <= 1.3);           // issue 15: 1.0-1.3 BW (1.21 / 1.23 measured)
    // without it: 6.3 deg, 17.2 %, the ankle's correlation 0.53 (0.69 with it)
    CHECK(without.push_off_deg[side] < 10);
    CHECK(without.double_support_pct[side] < 18);
    CHECK(without.ankle_correlation[side] < production.ankle_correlation[side] - 0.1);
  }
}
