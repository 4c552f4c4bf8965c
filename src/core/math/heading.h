// The heading frame: the pelvis yaw and the horizontal axes along it and to its left; the walkway
// runs along world +x (docs/model.md#frames-and-signs). The controller and observe() both read it.
#pragma once

#include <cmath>

#include "math/mat3.h"
#include "math/vec3.h"

namespace gait {

struct HeadingAxes {
  double yaw_rad = 0;
  Vec3 fwd;  ///< forward along the heading (world, horizontal)
  Vec3 lat;  ///< to the left of the heading
};

/// The heading frame of a pelvis orientation (world).
inline HeadingAxes heading_axes(const Mat3& r_pelvis) {
  const double yaw = yaw_of(r_pelvis);
  return {yaw, {std::cos(yaw), std::sin(yaw), 0}, {-std::sin(yaw), std::cos(yaw), 0}};
}

}  // namespace gait
