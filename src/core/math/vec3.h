// Small value types for 3D math in the core (no Bullet types outside core/physics).
#pragma once

#include <cmath>

namespace gait {

struct Vec3 {
  double x = 0, y = 0, z = 0;

  constexpr Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
  constexpr Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
  constexpr Vec3 operator-() const { return {-x, -y, -z}; }
  constexpr Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
  constexpr Vec3 operator/(double s) const { return {x / s, y / s, z / s}; }
  constexpr Vec3& operator+=(const Vec3& o) { x += o.x; y += o.y; z += o.z; return *this; }
  constexpr Vec3& operator-=(const Vec3& o) { x -= o.x; y -= o.y; z -= o.z; return *this; }
  constexpr Vec3& operator*=(double s) { x *= s; y *= s; z *= s; return *this; }
  constexpr bool operator==(const Vec3&) const = default;
};

constexpr Vec3 operator*(double s, const Vec3& v) { return v * s; }
constexpr double dot(const Vec3& a, const Vec3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
constexpr Vec3 cross(const Vec3& a, const Vec3& b) {
  return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
inline double norm(const Vec3& v) { return std::sqrt(dot(v, v)); }
inline Vec3 normalized(const Vec3& v) {
  const double n = norm(v);
  return n > 0 ? v / n : Vec3{};
}

/// Unit quaternion (w, x, y, z) for orientations: rotates body-frame vectors into the world.
struct Quat {
  double w = 1, x = 0, y = 0, z = 0;
  constexpr bool operator==(const Quat&) const = default;
};

inline Quat quat_from_axis_angle(const Vec3& axis, double angle_rad) {
  const Vec3 a = normalized(axis);
  const double s = std::sin(angle_rad / 2);
  return {std::cos(angle_rad / 2), a.x * s, a.y * s, a.z * s};
}
constexpr Quat operator*(const Quat& a, const Quat& b) {
  return {a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z, a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
          a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x, a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w};
}
constexpr Quat conjugate(const Quat& q) { return {q.w, -q.x, -q.y, -q.z}; }
constexpr Vec3 rotate(const Quat& q, const Vec3& v) {
  // v' = v + 2 w (u x v) + 2 u x (u x v), u = vector part
  const Vec3 u{q.x, q.y, q.z};
  const Vec3 t = cross(u, v) * 2.0;
  return v + t * q.w + cross(u, t);
}

/// A rigid transform: position of the frame origin and its orientation, in the world.
struct Pose {
  Vec3 position_m;
  Quat orientation;
  constexpr Vec3 apply(const Vec3& local) const { return position_m + rotate(orientation, local); }
  constexpr bool operator==(const Pose&) const = default;
};

}  // namespace gait
