// Bottom strip: four plots against 0-100 % of the gait cycle in the clinical layout (left red,
// right green), the normative band shaded behind where the data file has one, toe-off marked, and
// the healthy ghost's curves in grey as the reference for the others.
#include <imgui.h>

#include <algorithm>

#include "analysis/normative_gait.h"
#include "app/overlay_draw.h"
#include "app/panels/panels.h"

namespace gait {

namespace {

using CurveField = CycleStats SideCycleCurves::*;

CyclePlot make_plot(const char* title, const char* unit, CurveField field, const LiveReadouts& r,
                    const LiveReadouts& ghost, double min_span) {
  CyclePlot p;
  p.title = title;
  p.unit = unit;
  p.min_span = min_span;
  for (Side s : kSides) {
    if (r.side[s].curves) p.mean[s] = (*r.side[s].curves.*field).mean;
    p.toe_off_pct[s] = r.side[s].toe_off_pct;
    if (ghost.side[s].curves) p.reference[s] = (*ghost.side[s].curves.*field).mean;
  }
  return p;
}

}  // namespace

void draw_plots_panel(const LiveReadouts& readouts, const LiveReadouts& ghost, AppState& app) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float s = app.ui_scale;
  const float width = std::max(100.0f, display.x - app.left_w - app.right_w);
  const float height = app.plots_h > 0 ? app.plots_h : 210 * s;
  ImGui::SetNextWindowPos({app.left_w, display.y - height}, ImGuiCond_Always);
  ImGui::SetNextWindowSize({width, 210 * s}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSizeConstraints({width, 120 * s}, {width, std::max(120 * s, display.y * 0.6f)});
  ImGui::Begin("Gait cycle: last 4 strides; shaded: normal adults; grey: healthy model (compare)", nullptr,
               kPanelFlags | ImGuiWindowFlags_NoScrollbar);
  app.plots_h = ImGui::GetWindowHeight();

  const CyclePlot plots[4] = {
      [&] {
        CyclePlot p = make_plot("Pelvic obliquity", "deg, side up +", &SideCycleCurves::pelvic_obliquity_deg, readouts,
                                ghost, 8);
        p.band = normative_gait().pelvic_list_deg;
        return p;
      }(),
      make_plot("Hip adduction", "deg, add +", &SideCycleCurves::hip_adduction_deg, readouts, ghost, 10),
      make_plot("Trunk lean", "deg, to side +", &SideCycleCurves::trunk_lean_deg, readouts, ghost, 8),
      make_plot("Hip abductor moment", "Nm/kg", &SideCycleCurves::hip_abductor_moment_Nm_kg, readouts, ghost, 0.5),
  };
  // four in a row when wide enough, else two by two
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const int columns = avail.x > 900 * s ? 4 : 2;
  const int rows = 4 / columns;
  const float gap = 6 * s;
  const ImVec2 cell{(avail.x - gap * (columns - 1)) / columns, (avail.y - gap * (rows - 1)) / rows};
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < 4; ++i) {
    const ImVec2 p0{origin.x + (i % columns) * (cell.x + gap), origin.y + (i / columns) * (cell.y + gap)};
    draw_cycle_plot(dl, p0, cell, plots[i], s);
  }
  ImGui::Dummy(avail);
  ImGui::End();
}

}  // namespace gait
