// Clinical overlays: the line through the iliac crests against the horizontal with the pelvic
// obliquity in degrees, the trunk axis against the vertical with the trunk lean, ground reaction
// force arrows at the centres of pressure, and the centre of mass over the base of support.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "scene/scene_parts.h"
#include "units.h"

namespace gait::scene_detail {

namespace {

/// Forces below this (N) count as no contact for drawing (gait events use 10-30 N:
/// docs/metrics.md#gait-events).
constexpr double kDrawnContact_N = 20;

std::string degrees_text(const char* what, double angle_deg, const char* positive, const char* negative) {
  char buf[96];
  // two lines, so the label stays narrow beside the walker
  std::snprintf(buf, sizeof buf, "%s %.1f\xc2\xb0\n%s", what, std::fabs(angle_deg),
                std::fabs(angle_deg) < 0.05 ? "" : angle_deg > 0 ? positive : negative);
  return buf;
}

/// Convex hull of ground points (x, y), counter-clockwise (Andrew's monotone chain).
std::vector<Vec3> convex_hull(std::vector<Vec3> p) {
  std::sort(p.begin(), p.end(), [](const Vec3& a, const Vec3& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  if (p.size() < 3) return p;
  const auto turn = [](const Vec3& o, const Vec3& a, const Vec3& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  };
  std::vector<Vec3> h(2 * p.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    while (k >= 2 && turn(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = p.size() - 1, t = k + 1; i > 0; --i) {
    while (k >= t && turn(h[k - 2], h[k - 1], p[i - 1]) <= 0) --k;
    h[k++] = p[i - 1];
  }
  h.resize(k - 1);
  return h;
}

bool inside_convex(const std::vector<Vec3>& hull, const Vec3& q) {
  if (hull.size() < 3) return false;
  for (std::size_t i = 0; i < hull.size(); ++i) {
    const Vec3& a = hull[i];
    const Vec3& b = hull[(i + 1) % hull.size()];
    if ((b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x) < 0) return false;
  }
  return true;
}

/// An overlay line drawn over the bones (SceneCapsule::on_top) that labels keep off.
void add_overlay_line(Scene& scene, const Vec3& a, const Vec3& b, double radius_m, const Rgba& color) {
  scene.capsules.push_back({a, b, radius_m, color, 0, true, {}, true});
  // labels keep off the line with its dark outline
  scene.keep_clear.push_back({a, b, kOnTopOutlineScale * radius_m});
}

void add_pelvis_line(Scene& scene, const Model& model, const Frame& frame, const Vec3& lateral) {
  const Vec3 left = iliac_crest_m(model, frame, Side::Left);
  const Vec3 right = iliac_crest_m(model, frame, Side::Right);
  const Vec3 mid = (left + right) * 0.5;
  const Vec3 half = (left - right) * 1.6;  // well beyond both crests, so the angle reads at a glance
  const double r = 0.006 * model.length_scale;
  // the horizontal through the crests' midpoint, as long as the line (first: the line goes over it)
  const Vec3 level = lateral * norm(half);
  add_overlay_line(scene, mid - level, mid + level, 0.5 * r, kReferenceColor);
  add_overlay_line(scene, mid - half, mid + half, r, kOverlayColor);
  const double obliquity_deg = rad_to_deg(frame.pelvic_obliquity_rad);
  // named at the line's end beyond the left crest, and placed off it toward the walker's left (clear
  // of the ghost, which walks on the right)
  scene.labels.push_back({mid + half, degrees_text("Pelvis", obliquity_deg, "right side low", "left side low"),
                          kOverlayColor, true, lateral});
}

void add_trunk_axis(Scene& scene, const Model& model, const Frame& frame, const Vec3& lateral) {
  const Pose& hat = segment_pose(frame, SegmentId::Hat);
  const Vec3 lumbar = hat.position_m;
  const Vec3 com = hat.apply(model.hat.com_m);
  // from L5/S1 along the lean to about the top of the head (the follow cameras frame the walker up
  // to there)
  const double length = 0.74 * model.length_scale;
  const Vec3 top = lumbar + normalized(com - lumbar) * length;
  const double r = 0.006 * model.length_scale;
  add_overlay_line(scene, lumbar, lumbar + Vec3{0, 0, length}, 0.5 * r, kReferenceColor);
  add_overlay_line(scene, lumbar, top, r, kOverlayColor);
  // named at chest height, beside the thorax: the top of the view is where clips burn in their titles
  scene.labels.push_back({lumbar + (top - lumbar) * 0.55,
                          degrees_text("Trunk", rad_to_deg(frame.trunk_lean_rad), "toward left", "toward right"),
                          kOverlayColor, true, lateral});
}

void add_forces(Scene& scene, const Model& model, const Frame& frame) {
  const double m_per_N = 0.6 / (model.total_mass_kg * kGravity_m_s2);  // one body weight = 0.6 m
  for (Side s : kSides) {
    const SideFrame& sf = frame.side[s];
    if (sf.grf_N.z < kDrawnContact_N) continue;
    const Vec3 cop{sf.cop_m.x, sf.cop_m.y, 0.002};
    scene.arrows.push_back({cop, cop + sf.grf_N * m_per_N, 0.008 * model.length_scale, side_color(s)});
    scene.spheres.push_back({cop, 0.012 * model.length_scale, side_color(s), true});
  }
}

void add_com(Scene& scene, const Model& model, const Frame& frame) {
  // base of support: the convex hull of the contact spheres of the loaded feet, on the ground
  std::vector<Vec3> points;
  for (Side s : kSides) {
    if (frame.side[s].grf_N.z < kDrawnContact_N) continue;
    const Pose& foot = segment_pose(frame, s == Side::Left ? SegmentId::FootL : SegmentId::FootR);
    for (const Vec3& c : model.foot_contacts_m) {
      const Vec3 p = foot.apply(to_side(c, s));
      points.push_back({p.x, p.y, 0.003});
    }
  }
  const std::vector<Vec3> hull = convex_hull(points);
  const Vec3 ground{frame.com_m.x, frame.com_m.y, 0.003};
  const bool over_base = inside_convex(hull, ground);
  const Rgba base_color{0.3f, 0.9f, 1.0f, 1.0f};
  for (std::size_t i = 0; i < hull.size() && hull.size() > 1; ++i)
    scene.lines.push_back({hull[i], hull[(i + 1) % hull.size()], base_color});
  const Rgba com_color = over_base ? Rgba{0.3f, 0.9f, 1.0f, 1.0f} : Rgba{1.0f, 0.55f, 0.1f, 1.0f};
  const double r = 0.022 * model.length_scale;
  scene.spheres.push_back({frame.com_m, r, com_color, false});
  scene.lines.push_back({frame.com_m, ground, com_color});
  scene.spheres.push_back({ground, 0.4 * r, com_color, true});
}

}  // namespace

void add_overlays(Scene& scene, const Model& model, const Frame& frame, const ViewOptions& view) {
  const Vec3 lateral{-std::sin(frame.heading_rad), std::cos(frame.heading_rad), 0};
  if (view.show_pelvis_line) add_pelvis_line(scene, model, frame, lateral);
  if (view.show_trunk_axis) add_trunk_axis(scene, model, frame, lateral);
  if (view.show_forces) add_forces(scene, model, frame);
  if (view.show_com) add_com(scene, model, frame);
}

void add_ground(Scene& scene, const Vec3& focus_m) {
  // a plane, a grid every 0.5 m around the walker (snapped, so it does not slide) and the walkway
  constexpr double kSpacing_m = 0.5;
  constexpr int kHalfLines = 14;
  const double cx = std::round(focus_m.x / kSpacing_m) * kSpacing_m;
  const double cy = std::round(focus_m.y / kSpacing_m) * kSpacing_m;
  const double extent = kHalfLines * kSpacing_m;
  scene.boxes.push_back({Pose{{cx, cy, -0.01}, {}}, {40, 40, 0.01}, Rgba{0.32f, 0.34f, 0.37f, 1.0f}});
  scene.boxes.push_back({Pose{{cx, 0, 0.0}, {}}, {extent + 8, 0.45, 0.001}, Rgba{0.42f, 0.40f, 0.36f, 1.0f}});
  const Rgba grid{0.55f, 0.57f, 0.60f, 1.0f};
  for (int i = -kHalfLines; i <= kHalfLines; ++i) {
    const double d = i * kSpacing_m;
    scene.lines.push_back({{cx + d, cy - extent, 0.002}, {cx + d, cy + extent, 0.002}, grid});
    scene.lines.push_back({{cx - extent, cy + d, 0.002}, {cx + extent, cy + d, 0.002}, grid});
  }
}

}  // namespace gait::scene_detail
