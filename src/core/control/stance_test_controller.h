// The clinical Trendelenburg test (Hardcastle and Nade 1985; docs/controller.md#single-leg-stance-test): stand on one leg with the
// other hip flexed about 30 degrees and its knee about 90 degrees, and hold the pelvis level (the
// lifted side a little raised) for 30 s. Balance comes through the stance ankle; the stance hip holds
// the pelvis through the same capped abductor row as in walking.
#pragma once

#include "control/walking_controller.h"

namespace gait {

/// Commands for the next step of the single-leg-stance test; `c.stance` is the standing leg.
ControlOutput compute_stance_test_control(const Model& m, const Inputs& in, const BodyReadings& r,
                                          const LeftRight<HipAbductors>& abductors, ControllerState& c);

/// Initial posture: already on one leg, the stance foot under the centre of mass.
InitialPose initial_stance_test_pose(const Model& m, Side stance);

}  // namespace gait
