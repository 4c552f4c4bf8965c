// SimSession: the running simulation the app shows, without any window: the Model and State of the
// scenario, a healthy ghost stepped in lockstep while it is shown (physics runs at about 6x real
// time, so the ghost costs a sixth of a core), and a 100 Hz history of Frames for plots and
// read-outs. The app is its only writer; inputs change between steps
// (docs/architecture.md#the-simulation-api).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "scenario/parse_scenario.h"
#include "sim/frame.h"
#include "sim/state.h"

namespace gait {

/// Frames kept per simulated second (the CLI's CSV rate) and how many seconds of them.
inline constexpr double kHistoryRate_Hz = 100.0;
inline constexpr double kHistoryLength_s = 30.0;
/// Seconds before t = 0 of the warm-up (Model::warmup_s) the history starts with: more than the
/// plotted cycles (live_readouts.h, 4 x about 1.1 s) and a single stance of each side, so the
/// read-outs, plots and ghost show the scenario's gait from the first frame (issue 16).
inline constexpr double kWarmupHistory_s = 5.0;

class SimSession {
 public:
  /// A session on `spec` (builds the model, the state and the healthy ghost); `adjust_model`, when
  /// given, changes both models after they are built (as RunOptions::adjust_model does, for tests).
  explicit SimSession(ScenarioSpec spec, std::function<void(Model&)> adjust_model = {});

  /// Loads a scenario file with command-line overrides; throws InputError, leaving `*this` as it was.
  static SimSession from_file(const std::string& path, const ScenarioOverrides& overrides = {});

  /// Back to t = 0 with the scenario's own inputs (Reset: rebuilds the State, not the Model).
  void reset();
  /// A new body size: rebuilds Model and State (and the ghost), keeping the current inputs.
  void rebuild_body(double mass_kg, double height_m);
  /// Writes a changeable input (the `--change` keys: "left.gluteus_medius", "gait.speed_m_s", ...)
  /// into the running State; it acts from the next step. False for an unknown or fixed key.
  bool set_input(std::string_view key, double value);

  /// Whether the ghost is stepped (default on). Off, it stands still and costs nothing; on again,
  /// it walks on from where it stopped, at once (its own time and history lag the patient's by the
  /// hidden time, which the app's in-phase ghost does not use: ghost_phase.h).
  void set_ghost_active(bool on);
  bool ghost_active() const { return ghost_active_; }

  /// One fixed step of the model (and of the ghost, when active).
  void step();
  /// Steps until simulated time reaches `target_time_s`, at most `max_steps`; returns the steps taken.
  int step_until(double target_time_s, int max_steps);

  /// The scenario the session runs: its body, and the timeline a Reset starts again.
  const ScenarioSpec& spec() const { return spec_; }
  const Model& model() const { return model_; }
  const Model& ghost_model() const { return ghost_model_; }
  const Inputs& inputs() const { return state_.inputs; }
  double time_s() const { return state_.time_s; }
  bool stopped() const { return state_.fell || state_.diverged; }
  const Frame& frame() const { return frame_; }
  const Frame& ghost_frame() const { return ghost_frame_; }
  /// Frames at kHistoryRate_Hz over the last kHistoryLength_s (or since kWarmupHistory_s before
  /// t = 0, or since the start when there is no warm-up), oldest first.
  const std::vector<Frame>& history() const { return history_; }
  const std::vector<Frame>& ghost_history() const { return ghost_history_; }
  /// Incremented whenever the history restarts (reset, rebuild), so caches can tell.
  int generation() const { return generation_; }

 private:
  void restart();
  void record(std::vector<Frame>& history, const Frame& f);

  // the histories first: the states are made (with their warm-up Frames) in the initialiser list
  std::vector<Frame> history_, ghost_history_;
  std::function<void(Model&)> adjust_model_;
  ScenarioSpec spec_;
  Model model_;
  State state_;
  Model ghost_model_;
  State ghost_state_;
  bool ghost_active_ = true;
  Frame frame_, ghost_frame_;
  int steps_per_sample_ = 10;
  int generation_ = 0;
};

/// The healthy twin of a scenario: every strength and nerve 1, no compensation, no timed changes.
ScenarioSpec healthy_spec(const ScenarioSpec& spec);

}  // namespace gait
