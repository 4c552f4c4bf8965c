// 3x3 rotation matrices and the Euler decompositions the joints use (body-fixed sequences).
#pragma once

#include <array>
#include <algorithm>
#include <cmath>

#include "math/vec3.h"

namespace gait {

struct Mat3 {
  std::array<std::array<double, 3>, 3> m{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

  constexpr Vec3 operator*(const Vec3& v) const {
    return {m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z, m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z,
            m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z};
  }
  constexpr Mat3 operator*(const Mat3& o) const {
    Mat3 r;
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) r.m[i][j] = m[i][0] * o.m[0][j] + m[i][1] * o.m[1][j] + m[i][2] * o.m[2][j];
    return r;
  }
  constexpr Mat3 transposed() const {
    Mat3 r;
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) r.m[i][j] = m[j][i];
    return r;
  }
  constexpr Vec3 column(int j) const { return {m[0][j], m[1][j], m[2][j]}; }
};

inline Mat3 rot_x(double a) {
  const double c = std::cos(a), s = std::sin(a);
  return Mat3{{{{1, 0, 0}, {0, c, -s}, {0, s, c}}}};
}
inline Mat3 rot_y(double a) {
  const double c = std::cos(a), s = std::sin(a);
  return Mat3{{{{c, 0, s}, {0, 1, 0}, {-s, 0, c}}}};
}
inline Mat3 rot_z(double a) {
  const double c = std::cos(a), s = std::sin(a);
  return Mat3{{{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}}};
}

inline Mat3 to_mat3(const Quat& q) {
  const double w = q.w, x = q.x, y = q.y, z = q.z;
  return Mat3{{{{1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)},
                {2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)},
                {2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)}}}};
}

inline Quat to_quat(const Mat3& r) {
  const auto& m = r.m;
  const double tr = m[0][0] + m[1][1] + m[2][2];
  Quat q;
  if (tr > 0) {
    const double s = std::sqrt(tr + 1.0) * 2;
    q = {0.25 * s, (m[2][1] - m[1][2]) / s, (m[0][2] - m[2][0]) / s, (m[1][0] - m[0][1]) / s};
  } else if (m[0][0] > m[1][1] && m[0][0] > m[2][2]) {
    const double s = std::sqrt(1.0 + m[0][0] - m[1][1] - m[2][2]) * 2;
    q = {(m[2][1] - m[1][2]) / s, 0.25 * s, (m[0][1] + m[1][0]) / s, (m[0][2] + m[2][0]) / s};
  } else if (m[1][1] > m[2][2]) {
    const double s = std::sqrt(1.0 + m[1][1] - m[0][0] - m[2][2]) * 2;
    q = {(m[0][2] - m[2][0]) / s, (m[0][1] + m[1][0]) / s, 0.25 * s, (m[1][2] + m[2][1]) / s};
  } else {
    const double s = std::sqrt(1.0 + m[2][2] - m[0][0] - m[1][1]) * 2;
    q = {(m[1][0] - m[0][1]) / s, (m[0][2] + m[2][0]) / s, (m[1][2] + m[2][1]) / s, 0.25 * s};
  }
  return q;
}

/// Angles (a, b, c) with R = rot_y(a) * rot_x(b) * rot_z(c): the body-fixed Y-X-Z sequence that the
/// hip (flexion, adduction, rotation) and lumbar joints use, up to the sign of each axis.
struct EulerYXZ {
  double a = 0, b = 0, c = 0;
};
inline EulerYXZ decompose_yxz(const Mat3& r) {
  const auto& m = r.m;
  const double sb = std::clamp(-m[1][2], -1.0, 1.0);
  return {std::atan2(m[0][2], m[2][2]), std::asin(sb), std::atan2(m[1][0], m[1][1])};
}

/// Yaw of a frame about world z: the angle of its x axis projected on the ground.
inline double yaw_of(const Mat3& r) { return std::atan2(r.m[1][0], r.m[0][0]); }

}  // namespace gait
