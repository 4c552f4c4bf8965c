// Dose-response chart: points from sweep rows, axes with round ticks, band, threshold, legend.
#include "analysis/dose_response.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/number_text.h"
#include "analysis/trendelenburg.h"
#include "scenario/scenario_keys.h"

namespace gait {
namespace {

// The healthy pelvic drop is normal.toml's [expect] range (README "healthy target"); the thresholds
// are the classification's own (analysis/trendelenburg.h, README "Output figures").
const ChartFigure kFigures[] = {
    {"pelvic_drop_deg", "Pelvic drop in single stance", "deg", 2.0, 7.0, kTrendelenburgDrop_deg,
     "Trendelenburg sign"},
    {"trunk_lean_deg", "Trunk lean toward the stance side", "deg", std::nullopt, std::nullopt,
     kCompensatingLean_deg, "compensating lean"},
    {"hip_adduction_peak_deg", "Hip adduction peak in stance", "deg", std::nullopt, std::nullopt, std::nullopt, ""},
    {"hip_abductor_moment_peak_Nm_kg", "Hip abductor moment peak", "Nm/kg", std::nullopt, std::nullopt,
     std::nullopt, ""},
    {"abductor_activation_peak", "Hip abductor activation peak", "0-1", std::nullopt, std::nullopt, std::nullopt,
     ""},
    {"hip_contact_force_peak_bw", "Hip contact force peak", "body weights", std::nullopt, std::nullopt,
     std::nullopt, ""},
};

std::optional<double> side_figure(const SideSummary& s, const std::string& name) {
  if (name == "pelvic_drop_deg") return s.pelvic_drop_deg;
  if (name == "trunk_lean_deg") return s.trunk_lean_deg;
  if (name == "hip_adduction_peak_deg") return s.hip_adduction_peak_deg;
  if (name == "hip_abductor_moment_peak_Nm_kg") return s.hip_abductor_moment_peak_Nm_kg;
  if (name == "abductor_activation_peak") return s.abductor_activation_peak;
  if (name == "hip_contact_force_peak_bw") return s.hip_contact_force_peak_bw;
  return std::nullopt;
}

constexpr ChartColor kInk{30, 30, 30};
constexpr ChartColor kGrid{225, 225, 225};
constexpr ChartColor kSideColor[2] = {{31, 100, 180}, {214, 96, 20}};  // left blue, right orange
constexpr ChartColor kBand{120, 190, 120};
constexpr ChartColor kThreshold{200, 30, 30};

/// Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten, about `n` of them.
std::vector<double> nice_ticks(double lo, double hi, int n) {
  const double raw = (hi - lo) / n;
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  double step = p;
  for (const double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= raw) {
      step = m * p;
      break;
    }
  std::vector<double> ticks;
  for (double t = std::ceil(lo / step - 1e-9) * step; t <= hi + 1e-9 * step; t += step)
    ticks.push_back(std::abs(t) < 1e-12 ? 0.0 : t);
  return ticks;
}

std::string tick_text(double v) {
  std::string s;
  append_number(s, v, 6);
  return s;
}

}  // namespace

const ChartFigure* find_chart_figure(const std::string& name) {
  for (const ChartFigure& f : kFigures)
    if (name == f.name) return &f;
  return nullptr;
}

std::string chart_figure_names() {
  std::string s;
  for (const ChartFigure& f : kFigures) s += (s.empty() ? "" : ", ") + std::string(f.name);
  return s;
}

LeftRight<std::vector<ChartPoint>> dose_response_points(const std::vector<SweepRow>& rows,
                                                        const ChartFigure& figure) {
  LeftRight<std::vector<ChartPoint>> points;
  for (const SweepRow& row : rows) {
    for (const Side side : kSides) {
      const std::optional<double> y = side_figure(row.summary.side[side], figure.name);
      if (!y) continue;
      ChartPoint p{row.value, *y, {}, {}};
      // the texts the sweep CSV writes for these numbers (append_sweep_csv_row)
      append_number(p.x_text, row.value, 12);
      append_number(p.y_text, *y);
      points[side].push_back(std::move(p));
    }
  }
  return points;
}

namespace {

/// The plot area (px) and the data ranges it shows, with the mapping between them.
struct PlotArea {
  double x0 = 170, x1 = 1290, y0 = 130, y1 = 850;  // the plot area, px
  double xmin = INFINITY, xmax = -INFINITY, ymin = 0, ymax = -INFINITY;
  double px(double x) const { return x0 + (x - xmin) / (xmax - xmin) * (x1 - x0); }
  double py(double y) const { return y1 - (y - ymin) / (ymax - ymin) * (y1 - y0); }
};

/// The data ranges: the y axis holds the points, the band and the threshold, and starts at 0 when it can.
PlotArea plot_area(const LeftRight<std::vector<ChartPoint>>& points, const ChartFigure& figure) {
  PlotArea a;
  double& xmin = a.xmin;
  double& xmax = a.xmax;
  double& ymin = a.ymin;
  double& ymax = a.ymax;
  for (const Side side : kSides)
    for (const ChartPoint& p : points[side]) {
      xmin = std::min(xmin, p.x);
      xmax = std::max(xmax, p.x);
      ymin = std::min(ymin, p.y);
      ymax = std::max(ymax, p.y);
    }
  if (!(xmin <= xmax)) xmin = 0, xmax = 1;
  if (xmax - xmin < 1e-12) xmin -= 0.5, xmax += 0.5;
  for (const std::optional<double> v : {figure.healthy_hi, figure.threshold})
    if (v) ymax = std::max(ymax, *v);
  if (!(ymax > ymin)) ymax = ymin + 1;
  const double xpad = 0.04 * (xmax - xmin);
  xmin -= xpad;
  xmax += xpad;
  ymax += 0.12 * (ymax - ymin);
  return a;
}

/// The healthy band, the grid with its ticks, the threshold and the axes, under the data.
void draw_axes(ChartDrawing& c, const PlotArea& a, const ChartFigure& figure) {
  if (figure.healthy_lo && figure.healthy_hi) {
    const double top = a.py(*figure.healthy_hi), bottom = a.py(*figure.healthy_lo);
    c.rects.push_back({a.x0, top, a.x1 - a.x0, bottom - top, kBand, 0.3});
    c.texts.push_back({a.x1 - 12, top + 30, "healthy " + tick_text(*figure.healthy_lo) + "\u2013" +
                                                 tick_text(*figure.healthy_hi) + " " + figure.unit,
                       24, TextAnchor::End, false, false, {40, 110, 40}});
  }
  for (const double t : nice_ticks(a.ymin, a.ymax, 8)) {
    c.lines.push_back({{{a.x0, a.py(t)}, {a.x1, a.py(t)}}, kGrid, 1.5, false});
    c.texts.push_back({a.x0 - 14, a.py(t) + 9, tick_text(t), 26, TextAnchor::End, false, false, kInk});
  }
  for (const double t : nice_ticks(a.xmin, a.xmax, 8)) {
    c.lines.push_back({{{a.px(t), a.y1}, {a.px(t), a.y1 + 10}}, kInk, 2, false});
    c.texts.push_back({a.px(t), a.y1 + 42, tick_text(t), 26, TextAnchor::Middle, false, false, kInk});
  }
  if (figure.threshold) {
    const double y = a.py(*figure.threshold);
    c.lines.push_back({{{a.x0, y}, {a.x1, y}}, kThreshold, 3, true});
    c.texts.push_back({a.x0 + 12, y - 12,
                       std::string(figure.threshold_label) + " \u2265 " + tick_text(*figure.threshold) + " " +
                           figure.unit,
                       24, TextAnchor::Start, false, false, kThreshold});
  }
  c.lines.push_back({{{a.x0, a.y0}, {a.x0, a.y1}, {a.x1, a.y1}}, kInk, 2.5, false});
}

/// The data: a line per side through its points in x order, then the points.
void draw_points(ChartDrawing& c, const PlotArea& a, const LeftRight<std::vector<ChartPoint>>& points) {
  for (const Side side : kSides) {
    std::vector<ChartPoint> sorted = points[side];
    std::stable_sort(sorted.begin(), sorted.end(), [](const ChartPoint& p, const ChartPoint& q) { return p.x < q.x; });
    ChartLine line{{}, kSideColor[side == Side::Left ? 0 : 1], 4, false};
    for (const ChartPoint& p : sorted) line.points.push_back({a.px(p.x), a.py(p.y)});
    if (line.points.size() > 1) c.lines.push_back(std::move(line));
    for (const ChartPoint& p : points[side])
      c.markers.push_back({a.px(p.x), a.py(p.y), 8, kSideColor[side == Side::Left ? 0 : 1],
                           std::string(side_name(side)), p.x_text, p.y_text});
  }
}

/// The legend, right of the plot.
void draw_legend(ChartDrawing& c, const PlotArea& a) {
  double ly = a.y0 + 30;
  c.texts.push_back({a.x1 + 40, ly, "Side", 26, TextAnchor::Start, false, true, kInk});
  for (const Side side : kSides) {
    ly += 46;
    const ChartColor col = kSideColor[side == Side::Left ? 0 : 1];
    c.lines.push_back({{{a.x1 + 40, ly - 9}, {a.x1 + 100, ly - 9}}, col, 4, false});
    c.markers.push_back({a.x1 + 70, ly - 9, 8, col, "legend", "", ""});
    c.texts.push_back({a.x1 + 115, ly, side == Side::Left ? "left" : "right", 26, TextAnchor::Start, false, false, kInk});
  }
  c.texts.push_back({a.x1 + 40, ly + 56, "each point: one run", 20, TextAnchor::Start, false, false, {90, 90, 90}});
}

/// The title, the subtitle and the axis labels.
void draw_titles(ChartDrawing& c, const PlotArea& a, const ChartFigure& figure, const DoseResponseLabels& labels) {
  c.texts.push_back({c.width / 2.0, 58, std::string(figure.title) + " against " + labels.key, 40,
                     TextAnchor::Middle, false, true, kInk});
  char sub[256];
  std::snprintf(sub, sizeof sub, "%s, %s s per run", labels.scenario.c_str(), format_number(labels.duration_s).c_str());
  c.texts.push_back({c.width / 2.0, 100, sub, 26, TextAnchor::Middle, false, false, {90, 90, 90}});
  const std::string x_unit = labels.key_unit.empty() ? "fraction of normal, 0\u20131" : labels.key_unit;
  c.texts.push_back({(a.x0 + a.x1) / 2, a.y1 + 100, labels.key + " (" + x_unit + ")", 30, TextAnchor::Middle, false,
                     false, kInk});
  c.texts.push_back({62, (a.y0 + a.y1) / 2, std::string(figure.title) + " (" + figure.unit + ")", 30,
                     TextAnchor::Middle, true, false, kInk});
}

}  // namespace

ChartDrawing dose_response_chart(const LeftRight<std::vector<ChartPoint>>& points, const ChartFigure& figure,
                                 const DoseResponseLabels& labels) {
  ChartDrawing c;
  c.width = 1600;
  c.height = 1000;
  const PlotArea area = plot_area(points, figure);
  draw_axes(c, area, figure);
  draw_points(c, area, points);
  draw_legend(c, area);
  draw_titles(c, area, figure, labels);
  return c;
}

}  // namespace gait
