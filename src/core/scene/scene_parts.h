// Internal pieces of build_scene (not for use outside core/scene): a painter that places
// primitives with an optional tint and offset (the ghost), and the per-part builders.
#pragma once

#include <algorithm>
#include <optional>

#include "scene/build_scene.h"
#include "scene/scene_colors.h"

namespace gait::scene_detail {

/// Adds primitives to a scene, moved by `offset_m` and, when `tint` is set, all in that colour;
/// with `labels_avoid`, each is also a region the labels keep off (the walker, not its ghost).
struct Painter {
  Scene& scene;
  Vec3 offset_m{};
  std::optional<Rgba> tint{};
  bool labels_avoid = false;

  Rgba color(Rgba c) const { return tint ? *tint : c; }
  void capsule(const Vec3& a, const Vec3& b, double radius_m, Rgba c) const {
    scene.capsules.push_back({a + offset_m, b + offset_m, radius_m, color(c), 0.0f, false, {}});
    if (labels_avoid) scene.keep_clear.push_back({a + offset_m, b + offset_m, radius_m});
  }
  void sphere(const Vec3& p, double radius_m, Rgba c) const {
    scene.spheres.push_back({p + offset_m, radius_m, color(c), false});
    if (labels_avoid) scene.keep_clear.push_back({p + offset_m, p + offset_m, radius_m});
  }
  /// Keeps labels off a box by the segment along its own z axis, widened to its larger other half
  /// extent.
  void box(const Pose& pose, const Vec3& half_extents_m, Rgba c) const {
    scene.boxes.push_back({Pose{pose.position_m + offset_m, pose.orientation}, half_extents_m, color(c)});
    if (labels_avoid) {
      const Vec3 axis = rotate(pose.orientation, Vec3{0, 0, half_extents_m.z});
      scene.keep_clear.push_back({pose.position_m + offset_m - axis, pose.position_m + offset_m + axis,
                                  std::max(half_extents_m.x, half_extents_m.y)});
    }
  }
};

/// Bones of the whole body: pelvis, sacrum, trunk, head and arms, femurs, shanks, feet.
void add_skeleton(const Painter& paint, const Model& model, const Frame& frame);

/// The seven abductor compartments per side as bands.
void add_muscle_bands(Scene& scene, const Model& model, const Frame& frame, PickId highlight);

/// Pelvis line, trunk axis, ground forces, centre of mass over the base of support.
void add_overlays(Scene& scene, const Model& model, const Frame& frame, const ViewOptions& view);

/// Ground plane, grid and walkway around `focus_m`.
void add_ground(Scene& scene, const Vec3& focus_m);

/// A point given in an OpenSim body frame (X anterior, Y up, Z right; gait2392 size, m) in our
/// segment frame for `side`, scaled to the model.
Vec3 landmark(const Model& model, Side side, const Vec3& opensim_m);

}  // namespace gait::scene_detail
