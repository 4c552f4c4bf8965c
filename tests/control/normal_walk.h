#pragma once
// Normal walking (scenarios/normal.toml) at a speed, the model adjusted: the speed schedule's scenario
// tests compare the production knots with a knot put back as it was (docs/controller.md#speed-schedule).
#include <catch2/catch.hpp>
#include <functional>
#include <string>

#include "analysis/summary.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace gait_test {

/// normal.toml asked speed_m_s for duration_s, the model adjusted before the run; it must walk.
inline gait::Summary walk_normal(double speed_m_s, double duration_s, std::function<void(gait::Model&)> adjust = {}) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
  spec.duration_s = duration_s;
  spec.inputs.speed_m_s = speed_m_s;
  gait::RunOptions options;
  options.adjust_model = std::move(adjust);
  const gait::RunResult run = gait::run_scenario(spec, options);
  REQUIRE_FALSE(run.fell);
  return gait::summarize(spec, run);
}

}  // namespace gait_test
