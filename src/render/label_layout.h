// Where the scene's labels go on screen: beside their anchors, off the walker's bones and the overlay
// lines they name (Scene::keep_clear) and off each other, inside the view, at any camera. Pure
// geometry on projected points, no GL and no ImGui, so that it can be tested.
#pragma once

#include <optional>
#include <vector>

#include "render/camera.h"
#include "scene/scene.h"

namespace gait {

/// A screen rectangle in pixels from the viewport's top-left, x0 <= x1 and y0 <= y1.
struct ScreenRect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  bool overlaps(const ScreenRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

/// Where a label's leader meets its box: the box's point nearest the anchor.
ScreenPoint leader_end(const ScreenRect& box, double anchor_x_px, double anchor_y_px);

/// Whether the leader a-b comes within `radius_px` of the line l0-l1 (screen pixels).
bool leader_crosses(double ax, double ay, double bx, double by, double lx0, double ly0, double lx1, double ly1,
                    double radius_px);

/// The screen rectangle a keep-clear region covers (its segment's end points projected, widened by
/// its radius at their depth), grown by `margin_px`; nullopt when an end lies behind the eye.
std::optional<ScreenRect> keep_clear_rect(const SceneKeepClear& region, const CameraMatrices& camera, int width_px,
                                          int height_px, double margin_px);

/// One label's place: its box (text and backing) and its anchor, both in viewport pixels.
struct PlacedLabel {
  bool visible = false;  ///< false when the anchor is behind the eye
  ScreenRect box;
  double anchor_x_px = 0, anchor_y_px = 0;
};

/// Places scene.labels[i] with a box of box_sizes[i] (width, height in pixels): level with its
/// anchor, on the side its `toward_m` points to on screen (the screen's left where that is unclear),
/// pushed out past every keep-clear region and every label placed before it, with `gap_px` between,
/// its leader crossing no line another label names (SceneKeepClear::names_label);
/// moved up or down, then to the other side, when that would leave the viewport; kept inside it.
struct BoxSize {
  double width_px = 0, height_px = 0;
};
/// `avoid`: more screen rectangles (viewport pixels) to keep off, e.g. read-outs drawn over the view.
std::vector<PlacedLabel> place_labels(const Scene& scene, const CameraMatrices& camera, int width_px, int height_px,
                                      const std::vector<BoxSize>& box_sizes, double gap_px,
                                      const std::vector<ScreenRect>& avoid = {});

}  // namespace gait
