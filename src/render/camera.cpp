// Follow cameras and the projection of world points to the screen (labels, picking).
#include "render/camera.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace gait {

namespace {
constexpr std::array<std::string_view, kNumCameraModes> kNames = {"posterior", "anterior", "left",
                                                                   "right",     "top",      "orbit"};
}

std::string_view camera_mode_name(CameraMode mode) { return kNames[static_cast<int>(mode)]; }

std::optional<CameraMode> parse_camera_mode(std::string_view name) {
  for (int i = 0; i < kNumCameraModes; ++i)
    if (kNames[i] == name) return static_cast<CameraMode>(i);
  return std::nullopt;
}

void OrbitCamera::drag(double dx_px, double dy_px) {
  yaw_rad -= 0.008 * dx_px;
  pitch_rad = std::clamp(pitch_rad + 0.008 * dy_px, -0.2, 1.5);
}

void OrbitCamera::zoom(double steps) { distance_m = std::clamp(distance_m * std::pow(0.9, steps), 1.0, 15.0); }

CameraView camera_view(CameraMode mode, const Vec3& focus_m, const OrbitCamera& orbit) {
  // eye a little above the pelvis, as a clinician standing 3.5 m behind sees it
  constexpr double kDistance_m = 3.5;
  constexpr double kEyeAbove_m = 0.25;
  CameraView v;
  v.target_m = focus_m;
  switch (mode) {
    case CameraMode::Posterior: v.eye_m = focus_m + Vec3{-kDistance_m, 0, kEyeAbove_m}; break;
    case CameraMode::Anterior: v.eye_m = focus_m + Vec3{kDistance_m, 0, kEyeAbove_m}; break;
    case CameraMode::Left: v.eye_m = focus_m + Vec3{0, kDistance_m, kEyeAbove_m}; break;
    case CameraMode::Right: v.eye_m = focus_m + Vec3{0, -kDistance_m, kEyeAbove_m}; break;
    case CameraMode::Top:
      v.eye_m = focus_m + Vec3{0, 0, 1.3 * kDistance_m};
      v.up = {1, 0, 0};  // walking direction up the screen
      break;
    case CameraMode::Orbit: {
      const double c = std::cos(orbit.pitch_rad);
      v.eye_m = focus_m + Vec3{std::cos(orbit.yaw_rad) * c, std::sin(orbit.yaw_rad) * c, std::sin(orbit.pitch_rad)} *
                              orbit.distance_m;
      break;
    }
  }
  return v;
}

CameraMatrices camera_matrices(const CameraView& view, int width_px, int height_px) {
  CameraMatrices c;
  c.view = look_at(view.eye_m, view.target_m, view.up);
  const double aspect = height_px > 0 ? static_cast<double>(width_px) / height_px : 1.0;
  c.projection = perspective(view.fov_y_rad, aspect, 0.05, 100.0);
  c.view_projection = c.projection * c.view;
  c.eye_m = view.eye_m;
  return c;
}

std::optional<ScreenPoint> project(const CameraMatrices& cam, const Vec3& p_m, int width_px, int height_px) {
  const Vec4f clip = transform(cam.view_projection, p_m);
  if (clip.w <= 1e-6f) return std::nullopt;
  const double x = clip.x / clip.w, y = clip.y / clip.w;
  return ScreenPoint{(x * 0.5 + 0.5) * width_px, (0.5 - y * 0.5) * height_px, clip.z / clip.w};
}

}  // namespace gait
