// Drawing on an ImGui draw list, with no window system: scene labels projected over the 3D view,
// gait-cycle plots with the normative band, the gait-phase bar, and the abductor demand/capacity
// bar. The app's panels use them, and an offscreen recorder can burn the same pictures into clips.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "analysis/normative_gait.h"
#include "analysis/live_readouts.h"
#include "overlay/ui_fonts.h"
#include "render/camera.h"
#include "scene/scene.h"

namespace gait {

ImU32 to_imgui_color(const Rgba& c);
/// Left red, right green (the gait-lab convention).
ImU32 side_imgui_color(Side s, float alpha = 1.0f);

/// The scene's labels inside the rectangle [origin, origin + size) that the 3D view occupies on
/// screen, each on a dark backing beside what it names (place_labels: off the body and the overlay
/// lines), with a leader line to its anchor.
/// `avoid`: rectangles in the same (screen) pixels that labels keep off; returns where each label
/// went (screen pixels: its box, anchor and the end of its leader), for the app's layout report.
struct DrawnLabel {
  bool visible = false;
  ImVec4 box;          ///< x0, y0, x1, y1
  ImVec2 anchor, leader_end;
};
std::vector<DrawnLabel> draw_scene_labels(ImDrawList* dl, const Scene& scene, const CameraMatrices& camera,
                                          ImVec2 origin, ImVec2 size, const UiFonts& fonts,
                                          const std::vector<ImVec4>& avoid = {});

/// One plot against 0-100 % of the gait cycle.
struct CyclePlot {
  const char* title = "";
  const char* unit = "";
  LeftRight<std::optional<CycleCurve>> mean;       ///< left red, right green
  LeftRight<std::optional<double>> toe_off_pct;    ///< dashed vertical marks
  std::optional<NormativeBand> band;               ///< healthy adults, shaded behind
  LeftRight<std::optional<CycleCurve>> reference;  ///< the healthy ghost's curves, thin grey
  double min_span = 10;                            ///< smallest y range shown (unit of the curves)
};

/// A plot's title and unit as they stand in a plot `width` wide: side by side (title left, unit
/// right) when both fit with a gap between, else the unit on a line of its own under the title. A
/// text wider than its own line is cut short with "..." (`elided`; the panel shows it whole in a
/// tooltip). `min_lines` 2 puts the unit under the title even where it would fit beside it, so that
/// plots in one strip keep their plot areas level.
struct PlotHeader {
  std::string title, unit;     ///< as drawn
  ImVec2 title_pos, unit_pos;  ///< top-left corners, from the plot's top-left corner
  ImVec2 title_size, unit_size;
  int lines = 1;
  bool elided = false;
  /// From the plot's top to its plot area's top, for a font of `font_size`.
  float height(float font_size) const { return (lines + 0.5f) * font_size; }
};
PlotHeader layout_plot_header(const ImFont* font, float font_size, const char* title, const char* unit,
                              float width, float scale, int min_lines = 1);

/// Draws `plot` in [p0, p0 + size) with ImGui's current font, its header laid out by
/// layout_plot_header(..., header_lines), and returns that header.
PlotHeader draw_cycle_plot(ImDrawList* dl, ImVec2 p0, ImVec2 size, const CyclePlot& plot, float scale,
                           int header_lines = 1);

/// Perry's eight phases as a bar with their typical widths, the current one filled in the side's
/// colour and a mark at the current % of the cycle.
void draw_phase_bar(ImDrawList* dl, ImVec2 p0, ImVec2 size, Side side, const SideReadout& readout, float scale);

/// Abductor demand against capacity (Nm): the capacity as the bar's scale mark, demand as the
/// fill, red beyond capacity (the deficit that drops the pelvis).
void draw_demand_bar(ImDrawList* dl, ImVec2 p0, ImVec2 size, double demand_Nm, double capacity_Nm, float scale);

}  // namespace gait
