// The swing ankle setting (docs/controller.md#swing-ankle): production holds the swing foot level in
// the world, which reads as a strongly dorsiflexed ankle in mid-swing; swing_ankle_neutral = 1 holds
// the ankle near neutral against the shank until the foot turns level for heel strike.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "units.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace {

/// The left ankle's largest dorsiflexion while the left foot is off the ground, after the first 5 s
/// of a 15 s normal walk (deg).
double peak_swing_dorsiflexion_deg(double swing_ankle_neutral) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
  spec.duration_s = 15;
  gait::RunOptions options;
  options.adjust_model = [swing_ankle_neutral](gait::Model& m) { m.control.swing_ankle_neutral = swing_ankle_neutral; };
  const gait::RunResult result = gait::run_scenario(spec, options);
  REQUIRE_FALSE(result.fell);
  double peak_deg = -90;
  for (const gait::Frame& f : result.frames)
    if (f.time_s > 5 && f.side.left.grf_N.z <= 0)
      peak_deg = std::max(peak_deg, gait::rad_to_deg(f.side.left.ankle_dorsiflexion_rad));
  return peak_deg;
}

}  // namespace

TEST_CASE("swing ankle: held toward neutral it no longer points the foot up in swing", "[unit]") {
  const double level_deg = peak_swing_dorsiflexion_deg(0);
  const double neutral_deg = peak_swing_dorsiflexion_deg(1);
  INFO("peak dorsiflexion in swing: foot level " << level_deg << " deg, ankle toward neutral " << neutral_deg << " deg");
  CHECK(level_deg > 25);
  CHECK(neutral_deg < 15);
}
