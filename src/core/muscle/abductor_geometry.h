// Pure muscle math for the hip abductors: straight-line paths, moment arms (-dL/dq), force-length,
// and the abduction capacity M_cap of docs/model.md#abductor-capacity. No physics engine.
#pragma once

#include "math/mat3.h"
#include "model/model.h"

namespace gait {

/// Hip coordinates in gait2392's order (rad): flexion, adduction, internal rotation.
struct HipAngles {
  double flexion_rad = 0;
  double adduction_rad = 0;
  double rotation_rad = 0;
};

/// Orientation of the femur in the pelvis frame for the given side's hip angles
/// (body-fixed flexion about -y, adduction about -/+x, rotation about -/+z for left/right).
Mat3 hip_rotation(Side side, const HipAngles& q);

/// Joint axes of the three hip coordinates in the pelvis frame at `q` (flexion, adduction, rotation).
std::array<Vec3, 3> hip_axes(Side side, const HipAngles& q);

/// Path length of a compartment (m): origin -> insertion (-> distal points), side mirrored.
double path_length_m(const Model& m, const AbductorParams& a, Side side, const HipAngles& q);

/// Moment arms r = -dL/dq (m) about flexion, adduction and internal rotation, from the geometry
/// (analytic: the path direction against each axis's point velocity).
Vec3 moment_arms_m(const Model& m, const AbductorParams& a, Side side, const HipAngles& q);

/// Thelen 2003 active force-length multiplier, exp(-(l/l_opt - 1)^2 / 0.45).
double active_force_length(double normalized_fiber_length);

/// Largest force the compartment can exert along its path at full activation and strength (N):
/// F_max * f_L(l) * cos(pennation), with a rigid tendon at slack length.
double max_path_force_N(const Model& m, const AbductorParams& a, Side side, const HipAngles& q);

/// Strength factor of a compartment: its group's strength times the nerve function.
double strength_factor(const AbductorStrength& s, const AbductorParams& a);

/// M_cap (Nm): sum over the seven compartments of strength * nerve * F_max * f_L * cos(pen) * r_abd.
/// Compartments whose abduction moment arm is negative (they adduct at this posture) add nothing.
double abduction_capacity_Nm(const Model& m, Side side, const AbductorStrength& s, const HipAngles& q);

/// Unit vector along the compartment's line of action at the femur (from insertion toward the
/// origin), pelvis frame, and the insertion point (pelvis frame).
struct LineOfAction {
  Vec3 insertion_m;
  Vec3 direction;
};
LineOfAction line_of_action(const Model& m, const AbductorParams& a, Side side, const HipAngles& q);

}  // namespace gait
