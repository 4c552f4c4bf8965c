// Cameras that follow the walker: posterior (the clinician's view of the Trendelenburg sign and the
// default), anterior, left, right, top, and a free orbit (drag to rotate, wheel to zoom).
#pragma once

#include <optional>
#include <string_view>

#include "render/mat4.h"

namespace gait {

enum class CameraMode { Posterior = 0, Anterior, Left, Right, Top, Orbit };
inline constexpr int kNumCameraModes = 6;

/// "posterior", "anterior", "left", "right", "top", "orbit" (the scenario's [view] camera words).
std::string_view camera_mode_name(CameraMode mode);
std::optional<CameraMode> parse_camera_mode(std::string_view name);

/// The free orbit's state; also the starting point when switching from a fixed view to the orbit.
struct OrbitCamera {
  double yaw_rad = 3.1416;   ///< 0 = looking from the front (anterior), pi = from behind
  double pitch_rad = 0.15;   ///< elevation of the eye above the focus
  double distance_m = 3.5;
  /// Drag by (dx, dy) pixels: 0.008 rad per pixel, pitch kept between -0.2 and 1.5 rad.
  void drag(double dx_px, double dy_px);
  /// Wheel steps (positive = in): 10 % per step, 1..15 m.
  void zoom(double steps);
};

/// Where the eye is and what it looks at; world coordinates (m).
struct CameraView {
  Vec3 eye_m, target_m, up{0, 0, 1};
  double fov_y_rad = 0.55;  ///< about 31 degrees
};

/// The view of `mode` following `focus_m` (the walker's pelvis; the walkway runs along +x).
CameraView camera_view(CameraMode mode, const Vec3& focus_m, const OrbitCamera& orbit);

/// View and projection matrices for a viewport of `width` x `height` pixels.
struct CameraMatrices {
  Mat4 view, projection, view_projection;
  Vec3 eye_m;
};
CameraMatrices camera_matrices(const CameraView& view, int width_px, int height_px);

/// Screen position (pixels from the viewport's top-left) of a world point; nullopt behind the eye.
struct ScreenPoint {
  double x_px = 0, y_px = 0;
  double depth = 0;  ///< normalised device depth, -1 (near) .. 1 (far)
};
std::optional<ScreenPoint> project(const CameraMatrices& cam, const Vec3& p_m, int width_px, int height_px);

}  // namespace gait
