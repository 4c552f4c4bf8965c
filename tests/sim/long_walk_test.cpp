// The long walk (issue 2 acceptance): scenarios/normal.toml, lengthened to 120 simulated seconds, walks
// to the end without falling, diverging or stalling.
#include <catch2/catch.hpp>
#include <string>

#include "analysis/summary.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

TEST_CASE("normal.toml walks 120 s without falling or stalling", "[scenario]") {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
  spec.duration_s = 120.0;  // as --duration 120 would
  const gait::RunResult result = gait::run_scenario(spec);
  const gait::Summary summary = gait::summarize(spec, result);

  INFO("simulated " << result.simulated_s << " s; fell at " << result.fall_time_s.value_or(-1) << " s");
  REQUIRE_FALSE(result.diverged);
  CHECK_FALSE(result.fell);
  CHECK(result.simulated_s == Approx(120.0));
  INFO("speed over the analysed cycles " << summary.speed_m_s.value_or(-1) << " m/s");
  CHECK_FALSE(summary.stalled);
}
