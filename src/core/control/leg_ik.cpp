// Closed-form two-link IK matching the hip rotation order of muscle/abductor_geometry (flexion about
// -y, then adduction about -/+x), with rotation 0 so the shank stays in the thigh's sagittal plane.
#include "control/leg_ik.h"

#include <algorithm>
#include <cmath>

namespace gait {

LegIkSolution solve_leg_ik(Side side, const Vec3& p, double l1, double l2) {
  LegIkSolution s;
  const double d_max = (l1 + l2) * 0.9995;
  const double d_min = std::abs(l1 - l2) + 0.05;
  double d = norm(p);
  Vec3 target = p;
  if (d > d_max || d < d_min) {
    s.reached = false;
    const double dc = std::clamp(d, d_min, d_max);
    target = d > 1e-9 ? p * (dc / d) : Vec3{0, 0, -dc};
    d = dc;
  }
  // knee: law of cosines; the shank swings back (flexion about +y)
  const double cos_inner = std::clamp((l1 * l1 + l2 * l2 - d * d) / (2 * l1 * l2), -1.0, 1.0);
  const double knee = 3.14159265358979323846 - std::acos(cos_inner);
  s.knee_flexion_rad = knee;
  // ankle in the thigh frame with hip angles zero: a = (-l2 sin k, 0, -l1 - l2 cos k)
  const double ax = -l2 * std::sin(knee);
  const double az = -l1 - l2 * std::cos(knee);
  // R = rot_y(alpha) rot_x(beta): p_y = -sin(beta) az
  const double beta = std::asin(std::clamp(-target.y / az, -1.0, 1.0));
  const double w = std::cos(beta) * az;
  // (p_x, p_z) is (ax, w) turned by -alpha in the x-z plane
  const double alpha = std::atan2(w, ax) - std::atan2(target.z, target.x);
  const double k = -side_sign(side);
  s.hip_flexion_rad = std::remainder(-alpha, 2 * 3.14159265358979323846);
  s.hip_adduction_rad = k * beta;
  return s;
}

}  // namespace gait
