// Hover picking: the band under the pointer, the nearer one when two overlap, none off the bands.
#include <catch2/catch.hpp>

#include "render/picking.h"

using namespace gait;

TEST_CASE("picking finds the muscle band under the pointer", "[unit][render]") {
  Scene scene;
  const PickId near_band{0, 1}, far_band{1, 6};
  scene.capsules.push_back({{0, 0, 0.7}, {0, 0, 1.1}, 0.01, {}, 0, false, far_band});
  scene.capsules.push_back({{-1, 0, 0.7}, {-1, 0, 1.1}, 0.01, {}, 0, false, near_band});  // nearer the eye
  scene.capsules.push_back({{0, 0.5, 0.7}, {0, 0.5, 1.1}, 0.01, {}, 0, false, {}});     // a bone: not pickable
  const CameraMatrices cam = camera_matrices(camera_view(CameraMode::Posterior, {0, 0, 0.9}, {}), 800, 600);
  const auto mid = project(cam, {0, 0, 0.9}, 800, 600);
  REQUIRE(mid);
  CHECK(pick_at(scene, cam, 800, 600, mid->x_px, mid->y_px) == near_band);
  scene.capsules.pop_back();
  scene.capsules.pop_back();
  CHECK(pick_at(scene, cam, 800, 600, mid->x_px + 2, mid->y_px) == far_band);
  CHECK_FALSE(pick_at(scene, cam, 800, 600, mid->x_px + 100, mid->y_px).valid());
  const auto bone = project(cam, {0, 0.5, 0.9}, 800, 600);
  CHECK_FALSE(pick_at(scene, cam, 800, 600, bone->x_px, bone->y_px).valid());
}
