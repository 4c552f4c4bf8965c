// The walker's strength: the weakness ramp at the start, the strength fraction, and the blend of
// the full-strength and weak-abductor settings (docs/controller.md#weakness-ramp,
// docs/controller.md#weak-abductor-settings).
#include "control/weak_settings.h"

#include <algorithm>

#include "muscle/abductor_geometry.h"

namespace gait {

AbductorStrength effective_strength(const Model& m, const AbductorStrength& s, double time_s) {
  // the walker starts from a normal gait and the weakness blends in (docs/controller.md#weakness-ramp:
  // a palsy present from the first step falls in the start transient), or within a warm-up
  const ControllerParams& p = m.control;
  // the ramp's times count from the start of the walk, which is the warm-up's start (-warmup_s)
  const double walk_time_s = time_s + m.warmup_s;
  const double w = std::clamp(
      (walk_time_s - p.weakness_ramp_start_s) / (p.weakness_ramp_end_s - p.weakness_ramp_start_s), 0.0, 1.0);
  auto blend = [w](double v) { return 1 - w * (1 - v); };
  return {blend(s.gluteus_medius), blend(s.gluteus_minimus), blend(s.tensor_fasciae_latae),
          blend(s.superior_gluteal_nerve)};
}

double abductor_strength_fraction(const Model& m, const Inputs& in) {
  const HipAngles neutral{};
  double fraction = 1;
  for (Side s : kSides) {
    const double full = abduction_capacity_Nm(m, s, AbductorStrength{}, neutral);
    const double now = abduction_capacity_Nm(m, s, in.strength[s], neutral);
    if (full > 0) fraction = std::min(fraction, now / full);
  }
  return fraction;
}

// The walker knows its own strength, as a patient does: from the scenario's strengths, not the
// start's blend toward them (a bilateral palsy whose base narrowed during that blend fell at 6 s;
// one narrow from the first step walks).
double full_strength_weight(const Model& m, const Inputs& in, ControllerState& c) {
  const ControllerParams& p = m.control;
  if (!(c.fraction_of.left == in.strength.left && c.fraction_of.right == in.strength.right)) {
    c.strength_fraction = abductor_strength_fraction(m, in);
    c.fraction_of = in.strength;
  }
  const double target =
      smoothstep((c.strength_fraction - p.weak_strength_lo) / (p.weak_strength_hi - p.weak_strength_lo));
  // a change of strength during a run (a nerve block, a slider) reaches the settings at a limited rate
  if (c.full_strength_weight < 0) c.full_strength_weight = target;
  const double step = p.weak_settings_rate_1_s * m.dt_s;
  c.full_strength_weight += std::clamp(target - c.full_strength_weight, -step, step);
  return c.full_strength_weight;
}

JointGains blend(const JointGains& weak, const JointGains& full, double w) {
  return {mix(weak.stiffness_Nm_rad, full.stiffness_Nm_rad, w),
          mix(weak.damping_Nms_rad, full.damping_Nms_rad, w), mix(weak.max_torque_Nm, full.max_torque_Nm, w)};
}

}  // namespace gait
