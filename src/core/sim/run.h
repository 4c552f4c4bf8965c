// Running a scenario headless from start to end: the loop the CLI, sweep and tests share.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "model/model.h"
#include "scenario/scenario_spec.h"
#include "sim/frame.h"

namespace gait {

struct RunOptions {
  double sample_rate_Hz = 100.0;  ///< Frames kept per simulated second (the CSV rate)
  /// Called now and then with (simulated time, duration); for progress bars. May be empty.
  std::function<void(double, double)> progress;
  /// Changes the model built from the scenario before the run (the accuracy reference's step and
  /// iterations, analysis/accuracy.h). May be empty.
  std::function<void(Model&)> adjust_model;
};

/// How a run ended.
struct RunOutcome {
  double simulated_s = 0;  ///< how far the run got (== duration unless it fell or diverged)
  bool fell = false;
  std::optional<double> fall_time_s;
  bool diverged = false;  ///< non-finite state: exit code 1
  std::optional<double> divergence_time_s;
};

struct RunResult : RunOutcome {
  std::vector<Frame> frames;  ///< sampled at sample_rate_Hz, from t = 0
};

/// Receives each sampled Frame of a run as it is made.
using FrameSink = std::function<void(const Frame&)>;

/// Builds the model from `spec` and the state from its timeline (timeline_of), applies its timed changes at their times, and steps until
/// spec.duration_s, a fall or a divergence, handing each Frame (sample_rate_Hz from t = 0, and the
/// instant of a fall) to `sink` instead of keeping it, so memory does not grow with the duration.
/// Deterministic: same spec, same Frames, bit for bit. Throws Interrupted (interrupt.h) when a
/// stop is requested.
RunOutcome stream_scenario(const ScenarioSpec& spec, const FrameSink& sink, const RunOptions& options = {});

/// stream_scenario, keeping every Frame.
RunResult run_scenario(const ScenarioSpec& spec, const RunOptions& options = {});

}  // namespace gait
