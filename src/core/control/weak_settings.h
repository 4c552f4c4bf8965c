// The walker's strength: the weakness ramp at the start, the strength fraction, and the blend
// between the controller's full-strength and weak-abductor settings
// (docs/controller.md#weakness-ramp, docs/controller.md#weak-abductor-settings).
#pragma once

#include "control/walking_step.h"

namespace gait {

/// The strengths in force at `time_s`: the scenario's weakness blends in from full strength over
/// the weakness ramp (ControllerParams) so that every run starts from the same normal gait.
AbductorStrength effective_strength(const Model& m, const AbductorStrength& s, double time_s);

/// The weaker side's abductor capacity at neutral posture as a fraction of its full-strength
/// capacity (the seven compartments; the inputs' strengths), 0..1.
double abductor_strength_fraction(const Model& m, const Inputs& in);

/// How far the controller's full-strength settings apply (1) rather than its weak-abductor ones (0):
/// from the weaker side's strength fraction (ControllerParams::weak_strength_lo/hi), moving at a
/// limited rate after a change. Call once per control step.
double full_strength_weight(const Model& m, const Inputs& in, ControllerState& c);

/// Row gains blended by mix: `full` at w = 1, `weak` at w = 0.
JointGains blend(const JointGains& weak, const JointGains& full, double w);

}  // namespace gait
