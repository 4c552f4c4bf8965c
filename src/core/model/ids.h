// The ids of the body's parts, the ground floor every folder above the model shares: the rigid
// segments, the seven hip-abductor compartments per side, and the joint coordinates in the order of
// the Bullet links that carry them.
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

/// Rigid segments in a fixed order (the scene and the CSV use it).
enum class SegmentId : int { Pelvis = 0, Hat, ThighL, ShankL, FootL, ThighR, ShankR, FootR, kCount };
inline constexpr int kNumSegments = static_cast<int>(SegmentId::kCount);

constexpr SegmentId thigh_segment(Side s) { return s == Side::Left ? SegmentId::ThighL : SegmentId::ThighR; }
constexpr SegmentId shank_segment(Side s) { return s == Side::Left ? SegmentId::ShankL : SegmentId::ShankR; }
constexpr SegmentId foot_segment(Side s) { return s == Side::Left ? SegmentId::FootL : SegmentId::FootR; }
/// Index of a segment in Frame::segment_pose and the physics readings.
constexpr int segment_index(SegmentId id) { return static_cast<int>(id); }
/// The same for a side's thigh, shank and foot.
constexpr int thigh_index(Side s) { return segment_index(thigh_segment(s)); }
constexpr int shank_index(Side s) { return segment_index(shank_segment(s)); }
constexpr int foot_index(Side s) { return segment_index(foot_segment(s)); }

/// The seven hip-abductor compartments on each side, in the order of docs/model.md#abductors.
enum class AbductorId : int {
  GluteusMediusAnterior = 0,
  GluteusMediusMiddle,
  GluteusMediusPosterior,
  GluteusMinimusAnterior,
  GluteusMinimusMiddle,
  GluteusMinimusPosterior,
  TensorFasciaeLatae,
  kCount
};
inline constexpr int kNumAbductors = static_cast<int>(AbductorId::kCount);

/// The muscles whose strength a scenario sets (docs/model.md#abductors): each compartment belongs to one.
enum class MuscleGroup : int { GluteusMedius = 0, GluteusMinimus, TensorFasciaeLatae };

}  // namespace gait
