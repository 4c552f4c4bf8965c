// build_scene: ground, bones, muscle bands and overlays of one Frame; the healthy ghost.
#include "scene/build_scene.h"

#include "scene/scene_parts.h"

namespace gait {

using namespace scene_detail;

const Pose& segment_pose(const Frame& frame, SegmentId id) { return frame.segment_pose[segment_index(id)]; }


Vec3 iliac_crest_m(const Model& model, const Frame& frame, Side side) {
  // the highest point of the crest drawn by add_skeleton (iliac tubercle region)
  return segment_pose(frame, SegmentId::Pelvis).apply(landmark(model, side, {-0.066, 0.074, 0.126}));
}

Scene build_scene(const Model& model, const Frame& frame, const ViewOptions& view) {
  Scene scene;
  // follow the pelvis over the ground, at a steady height (no bobbing camera)
  scene.focus_m = {frame.pelvis_position_m.x, frame.pelvis_position_m.y, 0.9 * model.standing_pelvis_height_m};
  if (view.show_ground) add_ground(scene, scene.focus_m);
  add_skeleton(Painter{scene, {}, {}, true}, model, frame);
  if (view.show_muscles) add_muscle_bands(scene, model, frame, view.highlight);
  add_overlays(scene, model, frame, view);
  return scene;
}

void add_ghost(Scene& scene, const Model& model, const Frame& ghost, const Vec3& offset_m) {
  add_skeleton(Painter{scene, offset_m, kGhostColor}, model, ghost);
}

}  // namespace gait
