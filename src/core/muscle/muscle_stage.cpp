// The muscle stage (docs/model.md#muscle-stage).
#include "muscle/muscle_stage.h"

namespace gait {

void update_abductor_geometry(const Model& m, Side side, const HipAngles& q, HipAbductors& hip) {
  for (int i = 0; i < kNumAbductors; ++i) {
    const AbductorParams& a = m.abductors[i];
    CompartmentState& c = hip[i];
    c.abduction_arm_m = -moment_arms_m(m, a, side, q).y;  // abduction = -adduction moment arm
    c.max_force_N = max_path_force_N(m, a, side, q);
    c.direction = line_of_action(m, a, side, q).direction;
  }
}

double stored_abduction_capacity_Nm(const Model& m, const HipAbductors& hip, const AbductorStrength& s) {
  double cap = 0;
  for (int i = 0; i < kNumAbductors; ++i) {
    const CompartmentState& c = hip[i];
    if (c.abduction_arm_m > 0) cap += strength_factor(s, m.abductors[i]) * c.max_force_N * c.abduction_arm_m;
  }
  return cap;
}

void update_abductor_forces(const Model& m, const AbductorStrength& s, double activation, HipAbductors& hip) {
  for (int i = 0; i < kNumAbductors; ++i) {
    CompartmentState& c = hip[i];
    c.strength_frac = strength_factor(s, m.abductors[i]);
    c.force_N = c.abduction_arm_m > 0 ? activation * c.strength_frac * c.max_force_N : 0.0;
  }
}

}  // namespace gait
