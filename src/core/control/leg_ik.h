// Two-link leg inverse kinematics: hip flexion, adduction and knee flexion that put the ankle at a
// point (pelvis frame, relative to the hip centre), hip rotation held at zero.
#pragma once

#include "math/vec3.h"
#include "side.h"

namespace gait {

struct LegIkSolution {
  double hip_flexion_rad = 0;
  double hip_adduction_rad = 0;
  double knee_flexion_rad = 0;
  bool reached = true;  ///< false when the point was out of reach and was clamped
};

LegIkSolution solve_leg_ik(Side side, const Vec3& ankle_from_hip_m, double thigh_length_m, double shank_length_m);

}  // namespace gait
