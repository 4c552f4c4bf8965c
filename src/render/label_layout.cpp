// Label placement on screen (see label_layout.h).
#include "render/label_layout.h"

#include <algorithm>
#include <cmath>

namespace gait {

namespace {

/// Pixels per metre at a world point (the projection's vertical scale over its distance in front of
/// the eye), or 0 behind the eye.
double px_per_m(const CameraMatrices& camera, const Vec3& p_m, int height_px) {
  const float w = transform(camera.view_projection, p_m).w;
  return w > 1e-6f ? camera.projection.at(1, 1) * 0.5 * height_px / w : 0.0;
}

bool inside(const ScreenRect& r, int width_px, int height_px, double margin_px) {
  return r.x0 >= margin_px && r.y0 >= margin_px && r.x1 <= width_px - margin_px && r.y1 <= height_px - margin_px;
}

/// A line a label names, on screen.
struct NamedLine {
  double ax, ay, bx, by, radius_px;
  int label;
};

double cross(double ax, double ay, double bx, double by) { return ax * by - ay * bx; }

/// Distance between point (px, py) and the segment a-b.
double point_segment_distance(double px, double py, double ax, double ay, double bx, double by) {
  const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
  return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/// Distance between the segments p-q and a-b (0 when they cross).
double segment_distance(double px, double py, double qx, double qy, double ax, double ay, double bx, double by) {
  const double d1 = cross(qx - px, qy - py, ax - px, ay - py), d2 = cross(qx - px, qy - py, bx - px, by - py);
  const double d3 = cross(bx - ax, by - ay, px - ax, py - ay), d4 = cross(bx - ax, by - ay, qx - ax, qy - ay);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return 0;
  return std::min({point_segment_distance(px, py, ax, ay, bx, by), point_segment_distance(qx, qy, ax, ay, bx, by),
                   point_segment_distance(ax, ay, px, py, qx, qy), point_segment_distance(bx, by, px, py, qx, qy)});
}

}  // namespace

ScreenPoint leader_end(const ScreenRect& box, double anchor_x_px, double anchor_y_px) {
  return {std::clamp(anchor_x_px, box.x0, box.x1), std::clamp(anchor_y_px, box.y0, box.y1), 0};
}

bool leader_crosses(double ax, double ay, double bx, double by, double lx0, double ly0, double lx1, double ly1,
                    double radius_px) {
  return segment_distance(ax, ay, bx, by, lx0, ly0, lx1, ly1) < radius_px;
}

std::optional<ScreenRect> keep_clear_rect(const SceneKeepClear& region, const CameraMatrices& camera, int width_px,
                                          int height_px, double margin_px) {
  const auto a = project(camera, region.a_m, width_px, height_px);
  const auto b = project(camera, region.b_m, width_px, height_px);
  if (!a || !b) return std::nullopt;
  const double ra = region.radius_m * px_per_m(camera, region.a_m, height_px) + margin_px;
  const double rb = region.radius_m * px_per_m(camera, region.b_m, height_px) + margin_px;
  return ScreenRect{std::min(a->x_px - ra, b->x_px - rb), std::min(a->y_px - ra, b->y_px - rb),
                    std::max(a->x_px + ra, b->x_px + rb), std::max(a->y_px + ra, b->y_px + rb)};
}

namespace {

/// Everything a box must stay off, grown by the gap: the regions and the `avoid` rectangles (each
/// label is added as it is placed).
std::vector<ScreenRect> initial_obstacles(const Scene& scene, const CameraMatrices& camera, int width_px,
                                          int height_px, double gap_px, const std::vector<ScreenRect>& avoid) {
  std::vector<ScreenRect> obstacles;
  obstacles.reserve(scene.keep_clear.size() + scene.labels.size());
  for (const SceneKeepClear& region : scene.keep_clear)
    if (auto r = keep_clear_rect(region, camera, width_px, height_px, gap_px)) obstacles.push_back(*r);
  for (const ScreenRect& r : avoid) obstacles.push_back({r.x0 - gap_px, r.y0 - gap_px, r.x1 + gap_px, r.y1 + gap_px});
  return obstacles;
}

/// The lines labels name: another label's leader must not cross them (issue 16: the trunk label's
/// leader crossed the pelvis line like a second trunk axis).
std::vector<NamedLine> named_lines(const Scene& scene, const CameraMatrices& camera, int width_px, int height_px,
                                   double gap_px) {
  std::vector<NamedLine> named;
  for (const SceneKeepClear& region : scene.keep_clear) {
    if (region.names_label < 0) continue;
    const auto a = project(camera, region.a_m, width_px, height_px);
    const auto b = project(camera, region.b_m, width_px, height_px);
    if (!a || !b) continue;
    const double r = region.radius_m * std::max(px_per_m(camera, region.a_m, height_px), px_per_m(camera, region.b_m, height_px));
    named.push_back({a->x_px, a->y_px, b->x_px, b->y_px, r + 0.5 * gap_px, region.names_label});
  }
  return named;
}

/// The side `toward_m` points to on screen from the anchor at `p`, if it points there clearly, else
/// the left (-1).
int preferred_side(const SceneLabel& label, const ScreenPoint& p, const CameraMatrices& camera, int width_px,
                   int height_px) {
  int preferred = -1;
  if (norm(label.toward_m) > 1e-9) {
    if (const auto q = project(camera, label.anchor_m + normalized(label.toward_m) * 0.2, width_px, height_px)) {
      const double dx = q->x_px - p.x_px, dy = q->y_px - p.y_px;
      if (std::fabs(dx) >= 4 && std::fabs(dx) >= 0.5 * std::hypot(dx, dy)) preferred = dx > 0 ? 1 : -1;
    }
  }
  return preferred;
}

}  // namespace

std::vector<PlacedLabel> place_labels(const Scene& scene, const CameraMatrices& camera, int width_px, int height_px,
                                      const std::vector<BoxSize>& box_sizes, double gap_px,
                                      const std::vector<ScreenRect>& avoid) {
  std::vector<ScreenRect> obstacles = initial_obstacles(scene, camera, width_px, height_px, gap_px, avoid);
  const std::vector<NamedLine> named = named_lines(scene, camera, width_px, height_px, gap_px);

  std::vector<PlacedLabel> placed(scene.labels.size());
  for (std::size_t i = 0; i < scene.labels.size() && i < box_sizes.size(); ++i) {
    const SceneLabel& label = scene.labels[i];
    const auto p = project(camera, label.anchor_m, width_px, height_px);
    if (!p) continue;
    const double w = box_sizes[i].width_px, h = box_sizes[i].height_px;
    const int preferred = preferred_side(label, *p, camera, width_px, height_px);

    // a box moved along x (dx = -1, 1) or y (dy = -1, 1) until it covers nothing: each push clears
    // one obstacle for good, so there is at most one per obstacle
    const auto clear_of = [&](const ScreenRect& box) {
      return std::find_if(obstacles.begin(), obstacles.end(), [&](const ScreenRect& o) { return o.overlaps(box); });
    };
    const auto push = [&](ScreenRect box, int dx, int dy) {
      for (std::size_t pushes = 0; pushes <= obstacles.size(); ++pushes) {
        const auto hit = clear_of(box);
        if (hit == obstacles.end()) break;
        const double x0 = dx < 0 ? hit->x0 - w : dx > 0 ? hit->x1 : box.x0;
        const double y0 = dy < 0 ? hit->y0 - h : dy > 0 ? hit->y1 : box.y0;
        box = {x0, y0, x0 + w, y0 + h};
      }
      return box;
    };
    const double edge = 0.5 * gap_px;  // between a box and the viewport's edge
    // level with the anchor as far as the viewport allows (an anchor at its top edge keeps its label
    // just below it), or rows above and below that, beside the anchor on `side`
    const double level = std::clamp(p->y_px - h / 2, edge, std::max(edge, height_px - h - edge));
    const auto beside = [&](int side, int row) {
      const double x0 = side < 0 ? p->x_px - gap_px - w : p->x_px + gap_px;
      const double y0 = level + row * (h + gap_px);
      return push({x0, y0, x0 + w, y0 + h}, side, 0);
    };
    // under or over the anchor, leaning toward the preferred side, kept inside the viewport across
    const auto across = [&](int dy) {
      const double x0 = std::clamp(p->x_px - w / 2 + preferred * w / 3, edge, std::max(edge, width_px - w - edge));
      const double y0 = dy > 0 ? p->y_px + gap_px : p->y_px - gap_px - h;
      return push({x0, y0, x0 + w, y0 + h}, 0, dy);
    };
    // in this order: beside on the preferred side, level with the anchor and a row off it; under and
    // over it; further rows; the other side
    struct Try {
      int side, row, across;  ///< side 1 the preferred one, -1 the other; across 1 under, -1 over
    };
    static constexpr Try kOrder[] = {{1, 0, 0},  {1, 1, 0},  {1, -1, 0},  {0, 0, 1},  {0, 0, -1},
                                     {1, 2, 0},  {1, -2, 0}, {1, 3, 0},   {1, -3, 0}, {-1, 0, 0},
                                     {-1, 1, 0}, {-1, -1, 0}, {-1, 2, 0}, {-1, -2, 0}};
    const auto leader_clear = [&](const ScreenRect& box) {
      const ScreenPoint end = leader_end(box, p->x_px, p->y_px);
      return std::none_of(named.begin(), named.end(), [&](const NamedLine& l) {
        return l.label != static_cast<int>(i) &&
               leader_crosses(p->x_px, p->y_px, end.x_px, end.y_px, l.ax, l.ay, l.bx, l.by, l.radius_px);
      });
    };
    std::optional<ScreenRect> chosen;
    for (const Try& t : kOrder) {
      const ScreenRect box = t.across != 0 ? across(t.across) : beside(t.side * preferred, t.row);
      if (inside(box, width_px, height_px, edge) && clear_of(box) == obstacles.end() && leader_clear(box)) {
        chosen = box;
        break;
      }
    }
    if (!chosen) {
      // no room anywhere (a small or zoomed-in view): beside the anchor, kept inside the viewport
      const ScreenRect box = beside(preferred, 0);
      const double x0 = std::clamp(box.x0, edge, std::max(edge, width_px - w - edge));
      const double y0 = std::clamp(box.y0, edge, std::max(edge, height_px - h - edge));
      chosen = ScreenRect{x0, y0, x0 + w, y0 + h};
    }
    placed[i] = {true, *chosen, p->x_px, p->y_px};
    obstacles.push_back({chosen->x0 - gap_px, chosen->y0 - gap_px, chosen->x1 + gap_px, chosen->y1 + gap_px});
  }
  return placed;
}

}  // namespace gait
