#pragma once
// Normal walking (scenarios/normal.toml) at a speed, the model adjusted: the speed schedule's scenario
// tests compare the production knots with a knot put back as it was (docs/controller.md#speed-schedule).
// Also any scenario file run with the model adjusted.
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace gait_test {

/// A scenario file of scenarios/ run for duration_s (asked speed_m_s when given).
inline gait::ScenarioSpec scenario_file(const std::string& file, double duration_s, double speed_m_s = 0) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + file);
  spec.duration_s = duration_s;
  if (speed_m_s > 0) spec.inputs.speed_m_s = speed_m_s;
  return spec;
}

/// `spec` run with the model adjusted before the run.
inline gait::RunResult run_adjusted(const gait::ScenarioSpec& spec, std::function<void(gait::Model&)> adjust) {
  gait::RunOptions options;
  options.adjust_model = std::move(adjust);
  return gait::run_scenario(spec, options);
}

/// A model adjustment that sets every knot of one speed-schedule row to `value` (a row put back as it
/// was, or raised, to show what it moves).
inline std::function<void(gait::Model&)> row_at(gait::SpeedSchedule::Knots gait::SpeedSchedule::*row, double value) {
  return [row, value](gait::Model& m) { (m.speed_schedule.*row).fill(value); };
}

/// One left-leg angle (a SideFrame member, rad) of a scenario file's first 6 s asked 0.8 m/s, the model
/// adjusted, every frame: a speed-schedule row for healthy walkers leaves a palsy's trace bit for bit.
inline std::vector<double> left_trace_rad(const std::string& file, double gait::SideFrame::*angle_rad,
                                          std::function<void(gait::Model&)> adjust) {
  std::vector<double> q;
  for (const gait::Frame& f : run_adjusted(scenario_file(file, 6, 0.8), std::move(adjust)).frames)
    q.push_back(f.side.left.*angle_rad);
  return q;
}

/// normal.toml asked speed_m_s for duration_s, the model adjusted before the run; it must walk.
inline gait::Summary walk_normal(double speed_m_s, double duration_s, std::function<void(gait::Model&)> adjust = {}) {
  const gait::ScenarioSpec spec = scenario_file("normal.toml", duration_s, speed_m_s);
  const gait::RunResult run = run_adjusted(spec, std::move(adjust));
  REQUIRE_FALSE(run.fell);
  return gait::summarize(spec, run);
}

}  // namespace gait_test
