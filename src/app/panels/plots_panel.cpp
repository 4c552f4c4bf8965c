// Bottom strip: four plots against 0-100 % of the gait cycle in the clinical layout (left red,
// right green), the healthy adults' band at the walk's speed shaded behind where there is one, toe-off
// marked, and the healthy ghost's curves in blue as the reference for the others. Right-click a plot
// to choose what it shows.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

#include "analysis/adult_norms.h"
#include "analysis/norm_comparison.h"
#include "analysis/normative_gait.h"
#include "overlay/overlay_draw.h"
#include "app/column_layout.h"
#include "app/panels/panels.h"

namespace gait {

namespace {

using CurveField = CycleStats SideCycleCurves::*;

/// Where a plot's shaded band comes from.
enum class BandSource {
  None,      ///< no comparable adult curve (pelvic tilt, trunk lean)
  Adults,    ///< the adult class at the walk's speed, mean +- 1 SD, its level as published
  AdultShape,///< the same moved onto the walk's mean level: its level is protocol-bound
  Force,     ///< the natural-speed vertical force band (assets/normative_gait.csv)
};

/// One curve a plot can show (right-click a plot to choose).
struct PlotChoice {
  const char* title;
  const char* unit;
  CurveField field;
  double min_span;
  BandSource band;
  AdultBand AdultSpeedClass::*adult = nullptr;
};

constexpr PlotChoice kPlotChoices[] = {
    {"Pelvic obliquity", "deg, side up +", &SideCycleCurves::pelvic_obliquity_deg, 8, BandSource::Adults,
     &AdultSpeedClass::pelvic_obliquity_deg},
    {"Pelvic tilt", "deg, anterior +", &SideCycleCurves::pelvic_tilt_deg, 8, BandSource::None},
    {"Pelvic rotation", "deg, side fwd +", &SideCycleCurves::pelvic_rotation_deg, 10, BandSource::Adults,
     &AdultSpeedClass::pelvic_rotation_deg},
    {"Hip flexion", "deg, flex +, shape", &SideCycleCurves::hip_flexion_deg, 20, BandSource::AdultShape,
     &AdultSpeedClass::hip_flexion_deg},
    {"Hip adduction", "deg, add +", &SideCycleCurves::hip_adduction_deg, 10, BandSource::Adults,
     &AdultSpeedClass::hip_adduction_deg},
    {"Hip rotation", "deg, int +, shape", &SideCycleCurves::hip_rotation_deg, 10, BandSource::AdultShape,
     &AdultSpeedClass::hip_rotation_deg},
    {"Knee flexion", "deg, flex +, shape", &SideCycleCurves::knee_flexion_deg, 20, BandSource::AdultShape,
     &AdultSpeedClass::knee_flexion_deg},
    {"Ankle", "deg, dorsi +, shape", &SideCycleCurves::ankle_dorsiflexion_deg, 15, BandSource::AdultShape,
     &AdultSpeedClass::ankle_dorsiflexion_deg},
    {"Trunk lean", "deg, to side +", &SideCycleCurves::trunk_lean_deg, 8, BandSource::None},
    {"Hip abductor moment", "Nm/kg", &SideCycleCurves::hip_abductor_moment_Nm_kg, 0.5, BandSource::Adults,
     &AdultSpeedClass::hip_abductor_moment_Nm_kg},
    {"Vertical GRF", "BW", &SideCycleCurves::grf_vertical_bw, 1.0, BandSource::Force},
};
constexpr int kNumPlotChoices = static_cast<int>(std::size(kPlotChoices));

CyclePlot make_plot(const PlotChoice& choice, const LiveReadouts& r, const LiveReadouts& ghost, double height_m) {
  CyclePlot p;
  p.title = choice.title;
  p.unit = choice.unit;
  p.min_span = choice.min_span;
  double level_sum = 0;
  int level_n = 0;
  for (Side s : kSides) {
    if (r.side[s].curves) {
      p.mean[s] = (*r.side[s].curves.*choice.field).mean;
      level_sum += curve_mean(*p.mean[s]);
      ++level_n;
    }
    p.toe_off_pct[s] = r.side[s].toe_off_pct;
    if (ghost.side[s].curves) p.reference[s] = (*ghost.side[s].curves.*choice.field).mean;
  }
  // the adults at the walk's speed (docs/metrics.md#adult-reference-curves)
  if (choice.band == BandSource::Force) p.band = normative_gait().grf_vertical_bw;
  if ((choice.band == BandSource::Adults || choice.band == BandSource::AdultShape) && r.speed_m_s && height_m > 0) {
    const AdultBand& adults = adult_class_for(*r.speed_m_s, height_m).*choice.adult;
    if (choice.band == BandSource::Adults) p.band = adult_plot_band(adults);
    else if (level_n > 0) p.band = adult_plot_band(adults, level_sum / level_n);
  }
  return p;
}

}  // namespace

PlotsCaption plots_caption(const ImFont* font, float font_size, float title_width) {
  // "Gait cycle: last 4 strides; shaded: normal adults; blue: healthy model (compare)", in clauses
  static constexpr const char* kClauses[] = {"Gait cycle", "last 4 strides", "shaded: normal adults",
                                             "blue: healthy model (compare)"};
  PlotsCaption c;
  c.title = kClauses[0];
  std::size_t i = 1;
  for (; i < std::size(kClauses); ++i) {
    const std::string longer = c.title + (i == 1 ? ": " : "; ") + kClauses[i];
    if (font->CalcTextSizeA(font_size, 1e9f, 0, longer.c_str()).x > title_width) break;
    c.title = longer;
  }
  for (; i < std::size(kClauses); ++i) c.legend += (c.legend.empty() ? "" : "; ") + std::string(kClauses[i]);
  return c;
}

namespace {

/// The four plots of the strip: the user's choices (right-click), by default in the clinical order.
std::array<CyclePlot, 4> cycle_plots(const LiveReadouts& readouts, const LiveReadouts& ghost, const AppState& app) {
  std::array<CyclePlot, 4> plots;
  for (std::size_t i = 0; i < plots.size(); ++i)
    plots[i] = make_plot(kPlotChoices[std::clamp(app.plot_choice[i], 0, kNumPlotChoices - 1)], readouts, ghost,
                         app.body_height_m);
  return plots;
}

}  // namespace

void draw_plot_grid(const LiveReadouts& readouts, const LiveReadouts& ghost, AppState& app, int columns) {
  const float s = app.ui_scale;
  const float font = ImGui::GetFontSize();
  const std::array<CyclePlot, 4> plots = cycle_plots(readouts, ghost, app);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("Gait cycle, mean of the last 4 strides; shaded: normal adults; blue: healthy model");
  ImGui::PopStyleColor();
  const float w = ImGui::GetContentRegionAvail().x;
  const float gap = 6 * s;
  const float cell_w = (w - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const ImVec2 cell{cell_w, std::max(120 * s, 0.6f * cell_w)};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < 4; ++i) {
    if (i % columns != 0) ImGui::SameLine(0, gap);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const PlotHeader header = draw_cycle_plot(dl, p0, cell, plots[static_cast<std::size_t>(i)], s, 1);
    ImGui::Dummy(cell);
    if (header.elided && ImGui::IsItemHovered())
      ImGui::SetTooltip("%s (%s)", plots[static_cast<std::size_t>(i)].title, plots[static_cast<std::size_t>(i)].unit);
  }
  (void)font;
}

namespace {

/// Four plots in a row when wide enough, else two by two; every plot's header as tall as the
/// tallest, so that the plot areas stay level.
struct PlotGrid {
  int columns = 2;
  float gap = 0;
  float cell_w = 0;
  int header_lines = 1;
};

PlotGrid plot_grid(const std::array<CyclePlot, 4>& plots, float content_w, float s, float font) {
  PlotGrid g;
  g.columns = content_w > 900 * s ? 4 : 2;
  g.gap = 6 * s;
  g.cell_w = (content_w - g.gap * (g.columns - 1)) / g.columns;
  for (const CyclePlot& p : plots)
    g.header_lines = std::max(
        g.header_lines, layout_plot_header(ImGui::GetFont(), font, p.title, p.unit, g.cell_w, s).lines);
  return g;
}

/// The four plots in `grid` over the space `avail`, their headers' tooltips and the right-click
/// choice of what each shows.
void draw_plot_cells(const std::array<CyclePlot, 4>& plots, const PlotGrid& grid, ImVec2 avail, float s, float font,
                     AppState& app) {
  const int rows = 4 / grid.columns;
  const ImVec2 cell{grid.cell_w, (avail.y - grid.gap * (rows - 1)) / rows};
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool hovered = ImGui::IsWindowHovered();
  for (int i = 0; i < 4; ++i) {
    const ImVec2 p0{origin.x + (i % grid.columns) * (cell.x + grid.gap),
                    origin.y + (i / grid.columns) * (cell.y + grid.gap)};
    const PlotHeader header = draw_cycle_plot(dl, p0, cell, plots[static_cast<std::size_t>(i)], s, grid.header_lines);
    // a title or unit cut short: whole in a tooltip over the plot's header
    if (header.elided && hovered &&
        ImGui::IsMouseHoveringRect(p0, {p0.x + cell.x, p0.y + std::min(cell.y, header.height(font))}))
      ImGui::SetTooltip("%s (%s)", plots[static_cast<std::size_t>(i)].title, plots[static_cast<std::size_t>(i)].unit);
    // right-click: choose what this plot shows
    if (hovered && ImGui::IsMouseHoveringRect(p0, {p0.x + cell.x, p0.y + cell.y}) &&
        ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
      app.plot_choosing = i;
      ImGui::OpenPopup("plot_choice");
    }
  }
  if (ImGui::BeginPopup("plot_choice")) {
    ImGui::TextDisabled("Show in this plot");
    int& choice = app.plot_choice[static_cast<std::size_t>(std::clamp(app.plot_choosing, 0, 3))];
    for (int c = 0; c < kNumPlotChoices; ++c)
      if (ImGui::Selectable(kPlotChoices[c].title, choice == c)) choice = c;
    ImGui::EndPopup();
  }
}

}  // namespace

void draw_plots_panel(const LiveReadouts& readouts, const LiveReadouts& ghost, AppState& app) {
  if (app.tier != LayoutTier::Full) {
    app.plots_h = 0;  // the plots are a tab of a column
    return;
  }
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float s = app.ui_scale;
  const float font = ImGui::GetFontSize();
  const float width = std::max(100.0f, display.x - app.left_w - app.right_w);

  const std::array<CyclePlot, 4> plots = cycle_plots(readouts, ghost, app);
  const auto grid_for = [&](float content_w) { return plot_grid(plots, content_w, s, font); };

  // the caption: as much as fits in the title bar, the rest wrapped on the panel's first line(s)
  const PlotsCaption caption = plots_caption(ImGui::GetFont(), font, width - 2 * style.FramePadding.x);
  const std::string window_name = caption.title + "###gait_cycle_plots";
  // by default tall enough that the plot areas keep their size when the legend or a second header
  // line takes room (the user can still drag it shorter or taller)
  const float content_w = width - 2 * style.WindowPadding.x;
  const PlotGrid expected = grid_for(content_w);
  const float legend_h =
      caption.legend.empty()
          ? 0
          : ImGui::CalcTextSize(caption.legend.c_str(), nullptr, false, content_w).y + style.ItemSpacing.y;
  // the view keeps kViewMinShare of the window (issue 16)
  const float max_h = std::min(std::max(120 * s, display.y * 0.6f),
                               max_plots_height(display.x, display.y, width, app.menu_h));
  const float default_h =
      std::min(max_h, 210 * s + legend_h +
                          static_cast<float>(4 / expected.columns * (expected.header_lines - 1)) * font);
  const float height = std::min(app.plots_h > 0 ? app.plots_h : default_h, max_h);
  ImGui::SetNextWindowPos({app.left_w, display.y - height}, ImGuiCond_Always);
  ImGui::SetNextWindowSize({width, std::min(default_h, max_h)}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSizeConstraints({width, std::min(120 * s, max_h)}, {width, max_h});
  ImGui::Begin(window_name.c_str(), nullptr, kPanelFlags | ImGuiWindowFlags_NoScrollbar);
  app.plots_h = ImGui::GetWindowHeight();
  if (!caption.legend.empty()) ImGui::TextWrapped("%s", caption.legend.c_str());

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  draw_plot_cells(plots, grid_for(avail.x), avail, s, font, app);
  ImGui::Dummy(avail);
  ImGui::End();
}

}  // namespace gait
