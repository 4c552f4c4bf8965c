// Small float matrix math for the renderer: column-major 4x4 (OpenGL's layout), look-at and
// perspective projection. Camera math stays here, testable without a GL context.
#pragma once

#include <array>
#include <cmath>

#include "math/vec3.h"

namespace gait {

/// Column-major 4x4 matrix: m[column * 4 + row].
struct Mat4 {
  std::array<float, 16> m{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
  float& at(int row, int col) { return m[col * 4 + row]; }
  float at(int row, int col) const { return m[col * 4 + row]; }
};

inline Mat4 operator*(const Mat4& a, const Mat4& b) {
  Mat4 r;
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) {
      float s = 0;
      for (int k = 0; k < 4; ++k) s += a.at(i, k) * b.at(k, j);
      r.at(i, j) = s;
    }
  return r;
}

/// Homogeneous transform of a point: (x, y, z, w) = M * (p, 1).
struct Vec4f {
  float x = 0, y = 0, z = 0, w = 0;
};
inline Vec4f transform(const Mat4& a, const Vec3& p) {
  const float x = static_cast<float>(p.x), y = static_cast<float>(p.y), z = static_cast<float>(p.z);
  return {a.at(0, 0) * x + a.at(0, 1) * y + a.at(0, 2) * z + a.at(0, 3),
          a.at(1, 0) * x + a.at(1, 1) * y + a.at(1, 2) * z + a.at(1, 3),
          a.at(2, 0) * x + a.at(2, 1) * y + a.at(2, 2) * z + a.at(2, 3),
          a.at(3, 0) * x + a.at(3, 1) * y + a.at(3, 2) * z + a.at(3, 3)};
}

/// View matrix of an eye at `eye` looking at `target` with `up` roughly up (gluLookAt).
inline Mat4 look_at(const Vec3& eye, const Vec3& target, const Vec3& up) {
  const Vec3 f = normalized(target - eye);
  const Vec3 s = normalized(cross(f, up));
  const Vec3 u = cross(s, f);
  Mat4 r;
  const Vec3 rows[3] = {s, u, -f};
  for (int i = 0; i < 3; ++i) {
    r.at(i, 0) = static_cast<float>(rows[i].x);
    r.at(i, 1) = static_cast<float>(rows[i].y);
    r.at(i, 2) = static_cast<float>(rows[i].z);
    r.at(i, 3) = static_cast<float>(-dot(rows[i], eye));
  }
  return r;
}

/// Perspective projection (gluPerspective): vertical field of view in radians, width / height.
inline Mat4 perspective(double fov_y_rad, double aspect, double near_m, double far_m) {
  const double f = 1.0 / std::tan(fov_y_rad / 2);
  Mat4 r;
  r.m.fill(0);
  r.at(0, 0) = static_cast<float>(f / aspect);
  r.at(1, 1) = static_cast<float>(f);
  r.at(2, 2) = static_cast<float>((far_m + near_m) / (near_m - far_m));
  r.at(2, 3) = static_cast<float>(2 * far_m * near_m / (near_m - far_m));
  r.at(3, 2) = -1;
  return r;
}

}  // namespace gait
