// Hover picking of muscle bands in screen space.
#include "render/picking.h"

#include <algorithm>
#include <cmath>

namespace gait {

PickId pick_at(const Scene& scene, const CameraMatrices& camera, int width_px, int height_px, double x_px,
               double y_px, double min_radius_px) {
  PickId best;
  double best_depth = 2.0;
  for (const SceneCapsule& c : scene.capsules) {
    if (!c.pick.valid()) continue;
    const auto a = project(camera, c.a_m, width_px, height_px);
    const auto b = project(camera, c.b_m, width_px, height_px);
    if (!a || !b) continue;
    // screen radius from the projected offset of a point one radius away at the midpoint
    const Vec3 mid = (c.a_m + c.b_m) * 0.5;
    const auto edge = project(camera, mid + Vec3{0, 0, c.radius_m}, width_px, height_px);
    const auto m = project(camera, mid, width_px, height_px);
    const double r_px = (edge && m) ? std::max(min_radius_px, std::hypot(edge->x_px - m->x_px, edge->y_px - m->y_px))
                                    : min_radius_px;
    const double dx = b->x_px - a->x_px, dy = b->y_px - a->y_px;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((x_px - a->x_px) * dx + (y_px - a->y_px) * dy) / len2, 0.0, 1.0) : 0.0;
    const double d = std::hypot(a->x_px + t * dx - x_px, a->y_px + t * dy - y_px);
    const double depth = a->depth + t * (b->depth - a->depth);
    if (d <= r_px && depth < best_depth) {
      best = c.pick;
      best_depth = depth;
    }
  }
  return best;
}

}  // namespace gait
