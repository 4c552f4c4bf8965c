// A chart as a list of shapes in pixels (rectangles, lines, markers, text), drawn the same way as SVG
// text here and as PNG pixels by render/chart_raster.h; core draws nothing itself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gait {

struct ChartColor {
  std::uint8_t r = 0, g = 0, b = 0;
};

struct ChartRect {
  double x = 0, y = 0, w = 0, h = 0;  ///< px, y down
  ChartColor fill;
  double opacity = 1;  ///< 0..1
};

struct ChartLine {
  std::vector<std::pair<double, double>> points;  ///< px, a polyline
  ChartColor color;
  double width = 1;  ///< px
  bool dashed = false;
};

/// A data point: a filled circle, carrying the numbers it stands for as the CSV writes them.
struct ChartMarker {
  double x = 0, y = 0, radius = 5;  ///< px
  ChartColor color;
  std::string series;          ///< e.g. "left"
  std::string x_text, y_text;  ///< the data values, as text
};

enum class TextAnchor { Start, Middle, End };

struct ChartText {
  double x = 0, y = 0;  ///< px: the anchor point on the baseline
  std::string text;     ///< UTF-8
  double size = 20;     ///< px
  TextAnchor anchor = TextAnchor::Start;
  bool vertical = false;  ///< rotated 90 degrees counter-clockwise (reads bottom to top)
  bool bold = false;
  ChartColor color;
};

/// Drawn in this order: rects, lines, markers, texts.
struct ChartDrawing {
  int width = 0, height = 0;  ///< px
  ChartColor background{255, 255, 255};
  std::vector<ChartRect> rects;
  std::vector<ChartLine> lines;
  std::vector<ChartMarker> markers;
  std::vector<ChartText> texts;
};

/// The drawing as a standalone SVG 1.1 document. Each marker is a <circle> with class "point", and
/// data-series, data-x and data-y attributes holding its series and values.
std::string chart_svg(const ChartDrawing& chart);

}  // namespace gait
