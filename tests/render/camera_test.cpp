// Camera math without GL: every view looks at the walker, the posterior one from behind, and
// projection puts the focus at the viewport's centre.
#include <catch2/catch.hpp>

#include "render/camera.h"

using namespace gait;

TEST_CASE("cameras follow the focus from their side", "[unit][render]") {
  const Vec3 focus{12.0, -0.3, 0.85};
  const OrbitCamera orbit;
  const CameraView posterior = camera_view(CameraMode::Posterior, focus, orbit);
  CHECK(posterior.eye_m.x < focus.x - 2);  // behind: the walker walks along +x
  CHECK(posterior.eye_m.y == Approx(focus.y));
  CHECK(camera_view(CameraMode::Anterior, focus, orbit).eye_m.x > focus.x + 2);
  CHECK(camera_view(CameraMode::Left, focus, orbit).eye_m.y > focus.y + 2);
  CHECK(camera_view(CameraMode::Right, focus, orbit).eye_m.y < focus.y - 2);
  CHECK(camera_view(CameraMode::Top, focus, orbit).eye_m.z > focus.z + 2);
  for (int m = 0; m < kNumCameraModes; ++m) {
    const CameraView v = camera_view(static_cast<CameraMode>(m), focus, orbit);
    CHECK(v.target_m == focus);
    const auto p = project(camera_matrices(v, 800, 600), focus, 800, 600);
    REQUIRE(p);
    CHECK(p->x_px == Approx(400).margin(0.01));
    CHECK(p->y_px == Approx(300).margin(0.01));
  }
  // the default orbit starts behind the walker, like the posterior view
  CHECK(camera_view(CameraMode::Orbit, focus, orbit).eye_m.x < focus.x - 2);
}

TEST_CASE("posterior view: the walker's left is on the screen's left, up is up", "[unit][render]") {
  const Vec3 focus{0, 0, 0.9};
  const CameraMatrices cam = camera_matrices(camera_view(CameraMode::Posterior, focus, {}), 640, 480);
  const auto left = project(cam, focus + Vec3{0, 0.2, 0}, 640, 480);
  const auto up = project(cam, focus + Vec3{0, 0, 0.2}, 640, 480);
  const auto behind = project(cam, focus + Vec3{-10, 0, 0}, 640, 480);
  REQUIRE(left);
  REQUIRE(up);
  CHECK(left->x_px < 320);
  CHECK(up->y_px < 240);
  CHECK_FALSE(behind);  // behind the eye
}

TEST_CASE("camera names round-trip and orbit drag and zoom stay in range", "[unit][render]") {
  for (int m = 0; m < kNumCameraModes; ++m)
    CHECK(parse_camera_mode(camera_mode_name(static_cast<CameraMode>(m))) == static_cast<CameraMode>(m));
  CHECK_FALSE(parse_camera_mode("sideways"));
  OrbitCamera o;
  o.drag(0, 10000);
  CHECK(o.pitch_rad == Approx(1.5));
  o.zoom(100);
  CHECK(o.distance_m == Approx(1.0));
  o.zoom(-100);
  CHECK(o.distance_m == Approx(15.0));
}
