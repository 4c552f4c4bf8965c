// Scene: what one instant looks like, as plain primitives with colours (capsules, spheres, boxes,
// lines, arrows, labels) in world coordinates (m, z up). Built from Model + Frame by build_scene();
// drawn by src/render (OpenGL) or anything else that can draw capsules. No OpenGL here.
#pragma once

#include <string>
#include <vector>

#include "math/vec3.h"
#include "side.h"

namespace gait {

/// Colour with opacity, each channel 0..1 (linear, not premultiplied).
struct Rgba {
  float r = 1, g = 1, b = 1, a = 1;
  constexpr bool operator==(const Rgba&) const = default;
};

/// What a primitive stands for, so a pointer over it can be told apart: a muscle compartment of a
/// side (muscle = AbductorId index), or nothing.
struct PickId {
  int side = -1;    ///< static_cast<int>(Side), or -1 for none
  int muscle = -1;  ///< static_cast<int>(AbductorId), or -1 for none
  constexpr bool valid() const { return side >= 0 && muscle >= 0; }
  constexpr bool operator==(const PickId&) const = default;
};

/// A cylinder with hemispherical ends from a_m to b_m: bones, muscle bands, thick overlay lines.
struct SceneCapsule {
  Vec3 a_m, b_m;
  double radius_m = 0.01;
  Rgba color;
  /// Share (0..1) of the length drawn as pale stripes: a muscle's lost strength (hatching).
  float hatch_frac = 0;
  bool unlit = false;  ///< flat colour, no shading (overlays)
  PickId pick;
  /// Drawn over everything else with a dark outline, so it shows through the bones and reads on
  /// bone and sky alike (the clinical overlay lines).
  bool on_top = false;
};

struct SceneSphere {
  Vec3 center_m;
  double radius_m = 0.01;
  Rgba color;
  bool unlit = false;
};

/// An oriented box (ground, walkway, thorax).
struct SceneBox {
  Pose pose;              ///< centre and orientation in the world
  Vec3 half_extents_m;    ///< along the box's own x, y, z
  Rgba color;
};

/// A one-pixel line (grid, reference lines).
struct SceneLine {
  Vec3 a_m, b_m;
  Rgba color;
};

/// A force or direction arrow: a shaft and a cone head ending at head_m.
struct SceneArrow {
  Vec3 tail_m, head_m;
  double radius_m = 0.008;  ///< shaft radius; the head is about 2.5 times wider
  Rgba color;
};

/// Text anchored at a world point; drawn in screen space over the picture.
struct SceneLabel {
  Vec3 anchor_m;
  std::string text;
  Rgba color;
  bool large = false;  ///< the clinical figures (pelvic obliquity, trunk lean)
};

struct Scene {
  std::vector<SceneCapsule> capsules;
  std::vector<SceneSphere> spheres;
  std::vector<SceneBox> boxes;
  std::vector<SceneLine> lines;
  std::vector<SceneArrow> arrows;
  std::vector<SceneLabel> labels;
  /// The point cameras follow (the walker's pelvis, at a steady height), world.
  Vec3 focus_m;
};

}  // namespace gait
