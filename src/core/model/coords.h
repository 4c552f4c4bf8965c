// The model's joint coordinates, in the order of the Bullet links that carry them.
#pragma once

#include <array>

#include "side.h"

namespace gait {

/// One-degree-of-freedom coordinates (revolute joints). The hip follows gait2392's order:
/// flexion, then adduction, then rotation (body-fixed); the thigh rides on the rotation link.
/// Positive: lumbar flexion / bending toward the left / twist to the left; hip flexion /
/// adduction / internal rotation; knee flexion; ankle dorsiflexion / inversion.
enum class Coord : int {
  LumbarFlexion = 0,
  LumbarBending,
  LumbarTwist,
  HipFlexionL,
  HipAdductionL,
  HipRotationL,
  KneeL,
  AnkleFlexionL,
  AnkleInversionL,
  HipFlexionR,
  HipAdductionR,
  HipRotationR,
  KneeR,
  AnkleFlexionR,
  AnkleInversionR,
  kCount
};
inline constexpr int kNumCoords = static_cast<int>(Coord::kCount);

template <class T>
using PerCoord = std::array<T, kNumCoords>;

/// The per-leg coordinates, offset by side.
enum class LegCoord : int { HipFlexion = 0, HipAdduction, HipRotation, Knee, AnkleFlexion, AnkleInversion };
inline constexpr int kNumLegCoords = 6;

constexpr int coord_index(Side s, LegCoord c) {
  return (s == Side::Left ? static_cast<int>(Coord::HipFlexionL) : static_cast<int>(Coord::HipFlexionR)) +
         static_cast<int>(c);
}
constexpr int idx(Coord c) { return static_cast<int>(c); }

}  // namespace gait
