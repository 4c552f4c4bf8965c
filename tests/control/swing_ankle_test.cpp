// The swing ankle settings (docs/controller.md#swing-ankle): with full-strength abductors production
// holds the ankle near neutral against the shank until the foot turns level for heel strike (as
// adults'); the foot held level in the world through the whole swing (the earlier production, and
// still the weak walkers') reads as a strongly dorsiflexed ankle in mid-swing, and weak walkers keep
// it whatever the full-strength values are.
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "normal_walk.h"
#include "units.h"

namespace {

gait::RunResult run_file(const std::string& file, double duration_s, std::function<void(gait::Model&)> adjust) {
  return gait_test::run_adjusted(gait_test::scenario_file(file, duration_s), std::move(adjust));
}

/// The left ankle's largest dorsiflexion while the left foot is off the ground, after the first 5 s
/// of a 15 s normal walk (deg); `adjust` changes the production settings.
double peak_swing_dorsiflexion_deg(std::function<void(gait::Model&)> adjust) {
  const gait::RunResult result = run_file("normal.toml", 15, std::move(adjust));
  REQUIRE_FALSE(result.fell);
  double peak_deg = -90;
  for (const gait::Frame& f : result.frames)
    if (f.time_s > 5 && f.side.left.grf_N.z <= 0)
      peak_deg = std::max(peak_deg, gait::rad_to_deg(f.side.left.ankle_dorsiflexion_rad));
  return peak_deg;
}

/// The full-strength swing foot held level in the world through the whole swing, with the earlier
/// toe-up (the weak walkers' values: docs/controller.md#swing-ankle).
void level_swing_foot(gait::Model& m) {
  m.control.swing_ankle_neutral = 0;
  m.speed_schedule.toe_up_rad.fill(0.08475);  // a speed-schedule row since the 32nd stop
}

}  // namespace

TEST_CASE("swing ankle: held toward neutral it no longer points the foot up in swing", "[unit]") {
  const double level_deg = peak_swing_dorsiflexion_deg(level_swing_foot);
  const double neutral_deg = peak_swing_dorsiflexion_deg([](gait::Model&) {});
  INFO("peak dorsiflexion in swing: foot level " << level_deg << " deg, toward neutral (production) " << neutral_deg
                                                              << " deg");
  CHECK(level_deg > 25);
  CHECK(neutral_deg < 15);
}

TEST_CASE("swing ankle: a complete palsy keeps the foot level in the world", "[unit]") {
  // the weak-abductor values decide a complete palsy's swing ankle: the full-strength ones change
  // nothing in it, bit for bit, while the weak ones do
  auto left_ankle = [](std::function<void(gait::Model&)> adjust) {
    const gait::RunResult r = run_file("left_sgn_palsy.toml", 6, std::move(adjust));
    std::vector<double> q;
    for (const gait::Frame& f : r.frames) q.push_back(f.side.left.ankle_dorsiflexion_rad);
    return q;
  };
  const std::vector<double> production = left_ankle([](gait::Model&) {});
  const std::vector<double> full_changed = left_ankle(level_swing_foot);
  const std::vector<double> weak_changed = left_ankle([](gait::Model& m) { m.control.weak_swing_ankle_neutral = 1; });
  REQUIRE(production.size() > 100);
  CHECK(full_changed == production);
  CHECK(weak_changed != production);
}
