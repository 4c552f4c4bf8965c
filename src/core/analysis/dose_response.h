// The dose-response chart (README "The dose-response chart"): one summary figure per side against
// the key a sweep varied, with the healthy band and the Trendelenburg threshold, as a ChartDrawing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/chart_drawing.h"
#include "analysis/sweep_report.h"
#include "side.h"

namespace gait {

/// A figure the chart can draw: a per-side column of the sweep CSV.
struct ChartFigure {
  const char* name;   ///< the CSV column without its side, e.g. "pelvic_drop_deg"
  const char* title;  ///< e.g. "Pelvic drop in single stance"
  const char* unit;   ///< e.g. "deg"
  std::optional<double> healthy_lo, healthy_hi;  ///< the healthy band, when the project defines one
  std::optional<double> threshold;               ///< a classification threshold, when there is one
  const char* threshold_label;
};

/// The figure named `name`, or nullptr. The names are those of sweep_csv's per-side columns.
const ChartFigure* find_chart_figure(const std::string& name);
/// "pelvic_drop_deg, trunk_lean_deg, ...": the names find_chart_figure knows.
std::string chart_figure_names();

/// One plotted point: the varied key's value and the figure, with both as the sweep CSV writes them.
struct ChartPoint {
  double x = 0, y = 0;
  std::string x_text, y_text;
};

/// The points the chart draws per side: (row.value, that side's figure) for every row whose figure
/// exists, in row order.
LeftRight<std::vector<ChartPoint>> dose_response_points(const std::vector<SweepRow>& rows, const ChartFigure& figure);

/// What the chart says around its points.
struct DoseResponseLabels {
  std::string key;       ///< the varied key, e.g. "left.superior_gluteal_nerve"
  std::string key_unit;  ///< its unit; "" for a fraction
  std::string scenario;  ///< the scenario's name, for the subtitle
  double duration_s = 0;
};

/// The chart, 1600 x 1000 px (readable on a slide): the title, axes with units, the healthy band
/// shaded, the threshold dashed, one line with markers per side, and a legend.
ChartDrawing dose_response_chart(const LeftRight<std::vector<ChartPoint>>& points, const ChartFigure& figure,
                                 const DoseResponseLabels& labels);

}  // namespace gait
