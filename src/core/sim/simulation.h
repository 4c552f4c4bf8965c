// The simulation API (docs/architecture.md#the-simulation-api): build_model, make_state, step, observe. step has no I/O, clock,
// globals or randomness: the same scenario gives the same Frames, bit for bit.
#pragma once

#include <string>

#include "model/model.h"
#include "sim/frame.h"
#include "sim/state.h"

namespace gait {

State make_state(const Model& model);

/// Advances one fixed step (model.dt_s): applies due input changes, controller, physics, checks.
void step(const Model& model, State& state);

/// A pure read of the state.
Frame observe(const Model& model, const State& state);

}  // namespace gait
