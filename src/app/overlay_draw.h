// Drawing on an ImGui draw list, with no window system: scene labels projected over the 3D view,
// gait-cycle plots with the normative band, the gait-phase bar, and the abductor demand/capacity
// bar. The app's panels use them, and an offscreen recorder can burn the same pictures into clips.
#pragma once

#include <imgui.h>

#include <optional>

#include "analysis/normative_gait.h"
#include "app/live_readouts.h"
#include "app/ui_fonts.h"
#include "render/camera.h"
#include "scene/scene.h"

namespace gait {

ImU32 to_imgui_color(const Rgba& c);
/// Left red, right green (the gait-lab convention).
ImU32 side_imgui_color(Side s, float alpha = 1.0f);

/// The scene's labels inside the rectangle [origin, origin + size) that the 3D view occupies on
/// screen, each on a dark backing beside what it names (place_labels: off the body and the overlay
/// lines), with a leader line to its anchor.
void draw_scene_labels(ImDrawList* dl, const Scene& scene, const CameraMatrices& camera, ImVec2 origin, ImVec2 size,
                       const UiFonts& fonts);

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
void draw_cycle_plot(ImDrawList* dl, ImVec2 p0, ImVec2 size, const CyclePlot& plot, float scale);

/// Perry's eight phases as a bar with their typical widths, the current one filled in the side's
/// colour and a mark at the current % of the cycle.
void draw_phase_bar(ImDrawList* dl, ImVec2 p0, ImVec2 size, Side side, const SideReadout& readout, float scale);

/// Abductor demand against capacity (Nm): the capacity as the bar's scale mark, demand as the
/// fill, red beyond capacity (the deficit that drops the pelvis).
void draw_demand_bar(ImDrawList* dl, ImVec2 p0, ImVec2 size, double demand_Nm, double capacity_Nm, float scale);

}  // namespace gait
