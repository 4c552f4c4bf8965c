// Which muscle band is under the mouse: the bands of a Scene projected to the screen (no GL).
#pragma once

#include "render/camera.h"
#include "scene/scene.h"

namespace gait {

/// The pickable capsule nearest the eye whose projected centre line passes within its projected
/// radius (at least `min_radius_px`) of (x_px, y_px), pixels from the viewport's top-left.
PickId pick_at(const Scene& scene, const CameraMatrices& camera, int width_px, int height_px, double x_px,
               double y_px, double min_radius_px = 4.0);

}  // namespace gait
