// Label placement: at every camera the pelvis and trunk labels sit inside the view, beside the
// overlay lines they name without covering them, off the walker's bones and off each other.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "math/mat3.h"
#include "render/label_layout.h"
#include "scene/build_scene.h"
#include "scene/scene_colors.h"
#include "units.h"

using namespace gait;

namespace {

constexpr int kW = 620, kH = 488;  // the app's 3D view at 1280x720

/// The walker standing with its pelvis rolled (left side up) and its trunk leaning right.
Frame leaning_frame(const Model& m) {
  Frame f;
  const Pose pelvis{{0, 0, 0.93}, quat_from_axis_angle({1, 0, 0}, deg_to_rad(7.0))};  // left side up
  f.pelvis_position_m = pelvis.position_m;
  f.pelvic_obliquity_rad = deg_to_rad(7.0);
  f.trunk_lean_rad = deg_to_rad(-5.0);
  f.segment_pose[static_cast<int>(SegmentId::Pelvis)] = pelvis;
  f.segment_pose[static_cast<int>(SegmentId::Hat)] = {pelvis.apply(m.lumbar_joint_m),
                                                       quat_from_axis_angle({1, 0, 0}, deg_to_rad(5.0))};
  for (Side s : kSides) {
    const Vec3 hip = pelvis.apply(to_side(m.hip_center_m, s));
    f.segment_pose[static_cast<int>(thigh_segment(s))] = {hip, {}};
    f.side[s].hip_center_m = hip;
    f.side[s].knee_center_m = hip - Vec3{0, 0, m.thigh_length_m};
    f.side[s].ankle_center_m = f.side[s].knee_center_m - Vec3{0, 0, m.shank_length_m};
    f.segment_pose[static_cast<int>(s == Side::Left ? SegmentId::ShankL : SegmentId::ShankR)] = {f.side[s].knee_center_m, {}};
    f.segment_pose[static_cast<int>(s == Side::Left ? SegmentId::FootL : SegmentId::FootR)] = {f.side[s].ankle_center_m, {}};
    f.side[s].muscle_strength_frac.fill(1.0);
  }
  return f;
}

/// Whether a box covers any point of a capsule's screen image (its axis sampled every few pixels,
/// widened by its radius there).
bool covers(const ScreenRect& box, const CameraMatrices& cam, const SceneCapsule& c) {
  for (int i = 0; i <= 40; ++i) {
    const Vec3 p = c.a_m + (c.b_m - c.a_m) * (i / 40.0);
    const auto s = project(cam, p, kW, kH);
    const auto e = project(cam, p + Vec3{0, 0, c.radius_m}, kW, kH);
    if (!s || !e) continue;
    const double r = std::hypot(e->x_px - s->x_px, e->y_px - s->y_px);
    if (s->x_px + r > box.x0 && s->x_px - r < box.x1 && s->y_px + r > box.y0 && s->y_px - r < box.y1) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("labels sit beside what they name, off the body and the overlay lines, at every camera",
          "[unit][render]") {
  const Model m = build_model(ScenarioSpec{});
  const Scene scene = build_scene(m, leaning_frame(m));
  REQUIRE(scene.labels.size() == 2);
  const std::vector<BoxSize> sizes{{150, 58}, {150, 58}};  // two lines of the large face at scale 1
  for (int mode = 0; mode < kNumCameraModes; ++mode) {
    CAPTURE(camera_mode_name(static_cast<CameraMode>(mode)));
    const CameraMatrices cam = camera_matrices(camera_view(static_cast<CameraMode>(mode), scene.focus_m, {}), kW, kH);
    const std::vector<PlacedLabel> placed = place_labels(scene, cam, kW, kH, sizes, 6);
    REQUIRE(placed.size() == 2);
    for (const PlacedLabel& p : placed) {
      REQUIRE(p.visible);
      CHECK(p.box.width() == Approx(150));
      CHECK(p.box.x0 >= 0);
      CHECK(p.box.y0 >= 0);
      CHECK(p.box.x1 <= kW);
      CHECK(p.box.y1 <= kH);
      // no overlay line (pelvis line, trunk axis, their references) and no bone under a label
      for (const SceneCapsule& c : scene.capsules)
        if (c.on_top || c.color == kBoneColor) CHECK_FALSE(covers(p.box, cam, c));
      for (const SceneSphere& s : scene.spheres)
        if (s.color == kBoneColor || s.color == kJointColor)
          CHECK_FALSE(covers(p.box, cam, SceneCapsule{s.center_m, s.center_m, s.radius_m, {}, 0, false, {}}));
    }
    CHECK_FALSE(placed[0].box.overlaps(placed[1].box));
  }

  // seen from behind the labels stand on the walker's left (the screen's left), clear of the ghost
  // on its right; from the front, on the screen's right
  const auto placed_from = [&](CameraMode mode) {
    const CameraMatrices cam = camera_matrices(camera_view(mode, scene.focus_m, {}), kW, kH);
    return place_labels(scene, cam, kW, kH, sizes, 6);
  };
  for (const PlacedLabel& p : placed_from(CameraMode::Posterior)) CHECK(p.box.x1 <= p.anchor_x_px);
  for (const PlacedLabel& p : placed_from(CameraMode::Anterior)) CHECK(p.box.x0 >= p.anchor_x_px);
}

TEST_CASE("a keep-clear region covers its segment's ends widened by its radius on screen", "[unit][render]") {
  const CameraMatrices cam = camera_matrices(camera_view(CameraMode::Posterior, {0, 0, 0.9}, {}), kW, kH);
  const SceneKeepClear head{{0, 0, 1.5}, {0, 0, 1.5}, 0.1};
  const auto r = keep_clear_rect(head, cam, kW, kH, 2);
  REQUIRE(r);
  const auto centre = project(cam, {0, 0, 1.5}, kW, kH);
  const auto top = project(cam, {0, 0, 1.6}, kW, kH);
  CHECK(r->y0 == Approx(top->y_px - 2).margin(0.5));
  CHECK(r->x1 - centre->x_px == Approx(centre->y_px - top->y_px + 2).margin(0.5));
  CHECK_FALSE(keep_clear_rect({{-10, 0, 1}, {0, 0, 1}, 0.1}, cam, kW, kH, 2));  // behind the eye
}
