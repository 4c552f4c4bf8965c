// The simulation API (docs/architecture.md#the-simulation-api): build_model, make_state, step, observe. step has no I/O, clock,
// globals or randomness: the same scenario gives the same Frames, bit for bit.
#pragma once

#include <functional>
#include <string>

#include "model/model.h"
#include "sim/frame.h"
#include "sim/state.h"

namespace gait {

/// Called with the state after each step of the warm-up (times < 0, Model::warmup_s), for a caller
/// that shows the gait before time 0 (the app's and clips' read-outs, sim/sim_session.h).
using WarmupObserver = std::function<void(const State&)>;

/// The state at time 0 of a run with this timeline (its initial inputs; its timed changes, kept in
/// the State): the initial pose, walked through the model's warm-up when it has one.
State make_state(const Model& model, Timeline timeline, const WarmupObserver& during_warmup = {});

/// Advances one fixed step (model.dt_s): applies the State's due input changes, controller, physics,
/// checks.
void step(const Model& model, State& state);

/// A pure read of the state.
Frame observe(const Model& model, const State& state);

}  // namespace gait
