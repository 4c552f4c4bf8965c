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

/// How much wider than an on_top capsule its dark outline is drawn (the renderer draws it; labels
/// keep off the outlined width).
inline constexpr double kOnTopOutlineScale = 1.8;

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

/// Text about a world point, drawn in screen space over the picture: placed beside its anchor, off
/// every Scene::keep_clear region (the line it names and the body), with a leader line to the anchor.
struct SceneLabel {
  Vec3 anchor_m;  ///< the point the label names (e.g. the end of its line)
  std::string text;
  Rgba color;
  bool large = false;  ///< the clinical figures (pelvic obliquity, trunk lean)
  /// World direction the label prefers to sit in from its anchor (e.g. the walker's left); where it
  /// points at or away from the eye the label sits on the screen's left.
  Vec3 toward_m{};
};

/// A part of the picture that labels must not cover: a segment widened by a radius (a bone, an
/// overlay line; a = b for a ball). Labels keep off its screen rectangle.
struct SceneKeepClear {
  Vec3 a_m, b_m;
  double radius_m = 0;
  /// The index in Scene::labels of the label that names this line, or -1 (a bone, or a line no
  /// label names): no other label's box or leader may cross it.
  int names_label = -1;
};

struct Scene {
  std::vector<SceneCapsule> capsules;
  std::vector<SceneSphere> spheres;
  std::vector<SceneBox> boxes;
  std::vector<SceneLine> lines;
  std::vector<SceneArrow> arrows;
  std::vector<SceneLabel> labels;
  std::vector<SceneKeepClear> keep_clear;  ///< the walker's bones and the labelled overlay lines
  /// The point cameras follow (the walker's pelvis, at a steady height), world.
  Vec3 focus_m;
};

}  // namespace gait
