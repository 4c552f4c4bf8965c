// Offscreen rendering with a real GL 3.3 context (hidden SDL window; under Xvfb in CI, or SDL's
// offscreen driver): a Scene drawn into a framebuffer object and read back top row first. This is
// the path screenshots and clips take. Hidden ([.gui]): it needs a display or EGL.
#include <catch2/catch.hpp>

#include <SDL.h>

#include <algorithm>

#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/build_scene.h"
#include "scene/scene_colors.h"

using namespace gait;

namespace {

/// A hidden window with a current GL 3.3 core context, for the test's lifetime.
struct GlContext {
  SDL_Window* window = nullptr;
  SDL_GLContext context = nullptr;
  GlContext() {
    REQUIRE(SDL_Init(SDL_INIT_VIDEO) == 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    window = SDL_CreateWindow("gaitsim test", 0, 0, 64, 64, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
    REQUIRE(window != nullptr);
    context = SDL_GL_CreateContext(window);
    REQUIRE(context != nullptr);
  }
  ~GlContext() {
    SDL_GL_DeleteContext(context);
    SDL_DestroyWindow(window);
    SDL_Quit();
  }
};

const std::uint8_t* pixel(const RgbImage& image, int x, int y) {
  return image.rgb.data() + 3 * (static_cast<std::size_t>(y) * image.width + x);
}

}  // namespace

TEST_CASE("a scene drawn offscreen reads back right side up", "[.gui]") {
  GlContext gl;
  // a red sphere above the middle and a green one below, on the background
  Scene scene;
  scene.spheres.push_back({{0, 0, 1.2}, 0.15, {1, 0, 0, 1}, true});
  scene.spheres.push_back({{0, 0, 0.6}, 0.15, {0, 1, 0, 1}, true});
  constexpr int kW = 320, kH = 240;
  SceneRenderer renderer;
  OffscreenTarget target(kW, kH);
  target.bind();
  const CameraMatrices cam = camera_matrices(camera_view(CameraMode::Posterior, {0, 0, 0.9}, {}), kW, kH);
  renderer.draw(scene, cam, {0, 0, kW, kH});
  const RgbImage image = target.read();
  REQUIRE(image.width == kW);
  REQUIRE(image.height == kH);
  REQUIRE(image.rgb.size() == static_cast<std::size_t>(kW * kH * 3));

  const auto top = project(cam, {0, 0, 1.2}, kW, kH), bottom = project(cam, {0, 0, 0.6}, kW, kH);
  const std::uint8_t* red = pixel(image, static_cast<int>(top->x_px), static_cast<int>(top->y_px));
  const std::uint8_t* green = pixel(image, static_cast<int>(bottom->x_px), static_cast<int>(bottom->y_px));
  CHECK(red[0] > 200);
  CHECK(red[1] < 50);
  CHECK(green[1] > 200);
  CHECK(green[0] < 50);
  const std::uint8_t* corner = pixel(image, 2, 2);  // background
  CHECK(corner[0] < 100);
  CHECK(renderer.last_triangle_count() > 0);
}

TEST_CASE("the model's scene renders offscreen with its bones and bands", "[.gui]") {
  GlContext gl;
  const Model model = build_model(ScenarioSpec{});
  Frame f;
  const Pose pelvis{{0, 0, 0.93}, {}};
  f.segment_pose[static_cast<int>(SegmentId::Pelvis)] = pelvis;
  f.segment_pose[static_cast<int>(SegmentId::Hat)] = {pelvis.apply(model.lumbar_joint_m), {}};
  for (Side s : kSides) {
    const Vec3 hip = pelvis.apply(to_side(model.hip_center_m, s));
    f.segment_pose[static_cast<int>(thigh_segment(s))] = {hip, {}};
    f.side[s].knee_center_m = hip - Vec3{0, 0, model.thigh_length_m};
    f.side[s].ankle_center_m = f.side[s].knee_center_m - Vec3{0, 0, model.shank_length_m};
    f.segment_pose[static_cast<int>(s == Side::Left ? SegmentId::ShankL : SegmentId::ShankR)] = {f.side[s].knee_center_m, {}};
    f.segment_pose[static_cast<int>(s == Side::Left ? SegmentId::FootL : SegmentId::FootR)] = {f.side[s].ankle_center_m, {}};
    f.side[s].muscle_strength_frac.fill(s == Side::Left ? 0.0 : 1.0);
  }
  const Scene scene = build_scene(model, f);
  SceneRenderer renderer;
  OffscreenTarget target(640, 480, 4);  // multisampled, resolved on read
  target.bind();
  const CameraMatrices cam = camera_matrices(camera_view(CameraMode::Posterior, scene.focus_m, {}), 640, 480);
  renderer.draw(scene, cam, {0, 0, 640, 480});
  const RgbImage image = target.read();
  // the head (bone colour) is where the camera says it is
  const Pose& hat = f.segment_pose[static_cast<int>(SegmentId::Hat)];
  const auto head = project(cam, hat.apply({0, 0, 0.64 * model.length_scale}), 640, 480);
  REQUIRE(head);
  const std::uint8_t* p = pixel(image, static_cast<int>(head->x_px), static_cast<int>(head->y_px));
  CHECK(p[0] > 120);
  CHECK(p[1] > 110);
  CHECK(renderer.last_triangle_count() > 5000);
  CHECK(renderer.last_triangle_count() < 60000);  // the llvmpipe budget

  // the trunk axis (yellow) shows where it runs over the spine, which is in front of it from behind
  const auto axis = std::find_if(scene.capsules.begin(), scene.capsules.end(),
                                 [](const SceneCapsule& c) { return c.color == kOverlayColor && c.b_m.z > 1.2; });
  REQUIRE(axis != scene.capsules.end());
  const auto mid = project(cam, axis->a_m + (axis->b_m - axis->a_m) * 0.3, 640, 480);
  REQUIRE(mid);
  bool yellow = false;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) {
      const std::uint8_t* q = pixel(image, static_cast<int>(mid->x_px) + dx, static_cast<int>(mid->y_px) + dy);
      yellow = yellow || (q[0] > 200 && q[1] > 160 && q[2] < 90);
    }
  CHECK(yellow);
}
