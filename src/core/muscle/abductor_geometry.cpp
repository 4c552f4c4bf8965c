// Hip-abductor paths and moment arms from gait2392 geometry (straight lines: gait2392, Delp 1990,
// gives these compartments no via points or wrapping objects).
#include "muscle/abductor_geometry.h"

#include <algorithm>
#include <cmath>

namespace gait {

namespace {

Vec3 hip_center(const Model& m, Side s) { return to_side(m.hip_center_m, s); }

}  // namespace

Mat3 hip_rotation(Side side, const HipAngles& q) {
  const double k = -side_sign(side);
  return rot_y(-q.flexion_rad) * rot_x(k * q.adduction_rad) * rot_z(k * q.rotation_rad);
}

std::array<Vec3, 3> hip_axes(Side side, const HipAngles& q) {
  const double k = -side_sign(side);
  const Mat3 r1 = rot_y(-q.flexion_rad);
  const Mat3 r2 = r1 * rot_x(k * q.adduction_rad);
  return {Vec3{0, -1, 0}, r1 * Vec3{k, 0, 0}, r2 * Vec3{0, 0, k}};
}

double path_length_m(const Model& m, const AbductorParams& a, Side side, const HipAngles& q) {
  const Mat3 r = hip_rotation(side, q);
  const Vec3 c = hip_center(m, side);
  Vec3 prev = to_side(a.origin_m, side);
  Vec3 p = c + r * to_side(a.insertion_m, side);
  double length = norm(p - prev);
  for (int k = 0; k < a.num_distal_points; ++k) {
    prev = p;
    p = c + r * to_side(a.distal_points_m[k], side);
    length += norm(p - prev);
  }
  return length;
}

LineOfAction line_of_action(const Model& m, const AbductorParams& a, Side side, const HipAngles& q) {
  const Vec3 ins = hip_center(m, side) + hip_rotation(side, q) * to_side(a.insertion_m, side);
  return {ins, normalized(to_side(a.origin_m, side) - ins)};
}

Vec3 moment_arms_m(const Model& m, const AbductorParams& a, Side side, const HipAngles& q) {
  // dL/dq_i = -u . (axis_i x (insertion - centre)), u = unit vector insertion -> origin; only the
  // first segment crosses the hip (distal points ride on the femur), so r_i = u . (axis_i x arm)
  const LineOfAction l = line_of_action(m, a, side, q);
  const Vec3 arm = l.insertion_m - hip_center(m, side);
  const auto axes = hip_axes(side, q);
  return {dot(l.direction, cross(axes[0], arm)), dot(l.direction, cross(axes[1], arm)),
          dot(l.direction, cross(axes[2], arm))};
}

double active_force_length(double normalized_fiber_length) {
  const double d = normalized_fiber_length - 1.0;
  return std::exp(-d * d / 0.45);
}

double max_path_force_N(const Model& m, const AbductorParams& a, Side side, const HipAngles& q) {
  const double fiber_along_path = path_length_m(m, a, side, q) - a.tendon_slack_length_m;
  // fibre length with constant fibre thickness: l sin(pen) = l_opt sin(pen_opt)
  const double h = a.optimal_fiber_length_m * std::sin(a.pennation_rad);
  const double fiber = std::sqrt(std::max(fiber_along_path, 1e-4) * std::max(fiber_along_path, 1e-4) + h * h);
  const double cos_pen = std::max(fiber_along_path, 1e-4) / fiber;
  return a.max_isometric_force_N * active_force_length(fiber / a.optimal_fiber_length_m) * cos_pen;
}

double strength_factor(const AbductorStrength& s, const AbductorParams& a) {
  const double muscle = a.group == MuscleGroup::GluteusMedius    ? s.gluteus_medius
                        : a.group == MuscleGroup::GluteusMinimus ? s.gluteus_minimus
                                                                 : s.tensor_fasciae_latae;
  return muscle * s.superior_gluteal_nerve;
}

double abduction_capacity_Nm(const Model& m, Side side, const AbductorStrength& s, const HipAngles& q) {
  double cap = 0;
  for (const AbductorParams& a : m.abductors) {
    const double r_abd = -moment_arms_m(m, a, side, q).y;  // abduction = -adduction moment arm
    if (r_abd > 0) cap += strength_factor(s, a) * max_path_force_N(m, a, side, q) * r_abd;
  }
  return cap;
}

}  // namespace gait
