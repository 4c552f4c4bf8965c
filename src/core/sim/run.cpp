// stream_scenario / run_scenario: the headless loop shared by the command line, sweeps and tests.
#include "sim/run.h"

#include <cmath>

#include "interrupt.h"
#include "sim/simulation.h"

namespace gait {

RunOutcome stream_scenario(const ScenarioSpec& spec, const FrameSink& sink, const RunOptions& options) {
  Model model = build_model(spec);
  if (options.adjust_model) options.adjust_model(model);
  State state = make_state(model, timeline_of(spec));
  RunOutcome result;
  const auto steps_per_sample =
      std::max<std::int64_t>(1, std::llround(1.0 / (options.sample_rate_Hz * model.dt_s)));
  const auto total_steps = static_cast<std::int64_t>(std::llround(spec.duration_s / model.dt_s));
  sink(observe(model, state));
  const std::int64_t progress_every = std::llround(1.0 / model.dt_s);
  while (state.step_index < total_steps) {
    throw_if_stop_requested();
    step(model, state);
    if (state.diverged) {
      result.diverged = true;
      result.divergence_time_s = state.time_s;
      break;
    }
    if (state.step_index % steps_per_sample == 0 || state.fell) sink(observe(model, state));
    if (state.fell) {
      result.fell = true;
      result.fall_time_s = state.fall_time_s;
      break;
    }
    if (options.progress && state.step_index % progress_every == 0) options.progress(state.time_s, spec.duration_s);
  }
  result.simulated_s = state.time_s;
  return result;
}

RunResult run_scenario(const ScenarioSpec& spec, const RunOptions& options) {
  RunResult result;
  result.frames.reserve(static_cast<std::size_t>(spec.duration_s * options.sample_rate_Hz + 2));
  static_cast<RunOutcome&>(result) = stream_scenario(
      spec, [&result](const Frame& f) { result.frames.push_back(f); }, options);
  return result;
}

}  // namespace gait
