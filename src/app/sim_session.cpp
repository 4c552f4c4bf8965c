// SimSession: model + ghost in lockstep, inputs between steps, a bounded Frame history.
#include "app/sim_session.h"

#include <algorithm>
#include <cmath>

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

SimSession::SimSession(ScenarioSpec spec)
    : model_(build_model(spec)),
      state_(make_state(model_)),
      ghost_model_(build_model(healthy_spec(spec))),
      ghost_state_(make_state(ghost_model_)) {
  restart();
}

SimSession SimSession::from_file(const std::string& path, const ScenarioOverrides& overrides) {
  return SimSession(load_scenario(path, overrides));
}

void SimSession::restart() {
  steps_per_sample_ = std::max(1, static_cast<int>(std::lround(1.0 / (kHistoryRate_Hz * model_.dt_s))));
  frame_ = observe(model_, state_);
  ghost_frame_ = observe(ghost_model_, ghost_state_);
  history_.assign(1, frame_);
  ghost_history_.assign(1, ghost_frame_);
  ++generation_;
}

void SimSession::set_ghost_active(bool on) {
  if (on == ghost_active_) return;
  ghost_active_ = on;
  if (!on) return;
  ghost_state_ = make_state(ghost_model_);
  ghost_state_.inputs.speed_m_s = state_.inputs.speed_m_s;
  ghost_frame_ = observe(ghost_model_, ghost_state_);
  ghost_history_.assign(1, ghost_frame_);
}

void SimSession::reset() {
  state_ = make_state(model_);
  ghost_state_ = make_state(ghost_model_);
  restart();
}

void SimSession::rebuild_body(double mass_kg, double height_m) {
  ScenarioSpec spec = model_.spec;
  spec.mass_kg = mass_kg;
  spec.height_m = height_m;
  spec.inputs = state_.inputs;  // the sliders as they are now
  spec.changes.clear();
  model_ = build_model(spec);
  ghost_model_ = build_model(healthy_spec(spec));
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
