// Running a scenario headless from start to end: the loop the CLI, sweep and tests share.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "scenario/scenario_spec.h"
#include "sim/frame.h"

namespace gait {

struct RunOptions {
  double sample_rate_Hz = 100.0;  ///< Frames kept per simulated second (the CSV rate)
  /// Called now and then with (simulated time, duration); for progress bars. May be empty.
  std::function<void(double, double)> progress;
};

struct RunResult {
  std::vector<Frame> frames;  ///< sampled at sample_rate_Hz, from t = 0
  double simulated_s = 0;     ///< how far the run got (== duration unless it fell or diverged)
  bool fell = false;
  std::optional<double> fall_time_s;
  bool diverged = false;      ///< non-finite state: exit code 1
  std::optional<double> divergence_time_s;
};

/// Builds the model and state from `spec`, applies spec.changes at their times, and steps until
/// spec.duration_s, a fall or a divergence. Deterministic: same spec, same frames, bit for bit.
RunResult run_scenario(const ScenarioSpec& spec, const RunOptions& options = {});

}  // namespace gait
