// SimSession: model + ghost in lockstep, inputs between steps, a bounded Frame history.
#include "sim/sim_session.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include "scenario/scenario_keys.h"
#include "sim/simulation.h"

namespace gait {

ScenarioSpec healthy_spec(const ScenarioSpec& spec) {
  ScenarioSpec h = spec;
  h.inputs.compensation = 0;
  h.inputs.strength = {};
  h.changes.clear();
  return h;
}

namespace {

int steps_per_sample(const Model& model) {
  return std::max(1, static_cast<int>(std::lround(1.0 / (kHistoryRate_Hz * model.dt_s))));
}

Model adjusted(Model model, const std::function<void(Model&)>& adjust) {
  if (adjust) adjust(model);
  return model;
}

/// The state at t = 0 of `timeline` (after the model's warm-up), `history` set to its Frames from
/// kWarmupHistory_s before t = 0 to t = 0, at the history's rate.
State start(const Model& model, Timeline timeline, std::vector<Frame>& history) {
  history.clear();
  const int every = steps_per_sample(model);
  const auto first_step = -static_cast<std::int64_t>(std::llround(kWarmupHistory_s / model.dt_s));
  State s = make_state(model, std::move(timeline), [&](const State& warm) {
    if (warm.step_index >= first_step && warm.step_index % every == 0) history.push_back(observe(model, warm));
  });
  history.push_back(observe(model, s));
  return s;
}

}  // namespace

SimSession::SimSession(ScenarioSpec spec, std::function<void(Model&)> adjust_model)
    : adjust_model_(std::move(adjust_model)),
      spec_(std::move(spec)),
      model_(adjusted(build_model(spec_), adjust_model_)),
      state_(start(model_, timeline_of(spec_), history_)),
      ghost_model_(adjusted(build_model(healthy_spec(spec_)), adjust_model_)),
      ghost_state_(start(ghost_model_, timeline_of(healthy_spec(spec_)), ghost_history_)) {
  restart();
}

SimSession SimSession::from_file(const std::string& path, const ScenarioOverrides& overrides) {
  return SimSession(load_scenario(path, overrides));
}

void SimSession::restart() {
  steps_per_sample_ = steps_per_sample(model_);
  frame_ = history_.back();
  ghost_frame_ = ghost_history_.back();
  ++generation_;
}

void SimSession::set_ghost_active(bool on) {
  // not restarted when shown again: a restart walks the 10 s warm-up, a pause the user would see
  ghost_active_ = on;
}

void SimSession::reset() {
  state_ = start(model_, timeline_of(spec_), history_);
  ghost_state_ = start(ghost_model_, timeline_of(healthy_spec(spec_)), ghost_history_);
  restart();
}

void SimSession::rebuild_body(double mass_kg, double height_m) {
  spec_.mass_kg = mass_kg;
  spec_.height_m = height_m;
  spec_.inputs = state_.inputs;  // the sliders as they are now
  spec_.changes.clear();
  model_ = adjusted(build_model(spec_), adjust_model_);
  ghost_model_ = adjusted(build_model(healthy_spec(spec_)), adjust_model_);
  reset();
}

bool SimSession::set_input(std::string_view key, double value) {
  // the ghost follows the walking speed, so the two stay in step
  if (key == "gait.speed_m_s") gait::set_input(ghost_state_.inputs, key, value);
  return gait::set_input(state_.inputs, key, value);
}

void SimSession::record(std::vector<Frame>& history, const Frame& f) {
  const std::size_t limit = static_cast<std::size_t>(kHistoryLength_s * kHistoryRate_Hz);
  // drop the oldest in chunks, so appending stays cheap on average
  if (history.size() >= limit + limit / 4) history.erase(history.begin(), history.begin() + (history.size() - limit));
  history.push_back(f);
}

void SimSession::step() {
  gait::step(model_, state_);
  const bool sample = state_.step_index % steps_per_sample_ == 0;
  if (ghost_active_) {
    gait::step(ghost_model_, ghost_state_);
    if (sample) {
      ghost_frame_ = observe(ghost_model_, ghost_state_);
      record(ghost_history_, ghost_frame_);
    }
  }
  if (sample || stopped()) {
    frame_ = observe(model_, state_);
    record(history_, frame_);
  }
}

int SimSession::step_until(double target_time_s, int max_steps) {
  int n = 0;
  while (n < max_steps && state_.time_s + 0.5 * model_.dt_s < target_time_s && !stopped()) {
    step();
    ++n;
  }
  if (n > 0) frame_ = observe(model_, state_);
  return n;
}

}  // namespace gait
