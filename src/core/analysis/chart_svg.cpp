// ChartDrawing -> SVG text.
#include <cstdio>

#include "analysis/chart_drawing.h"

namespace gait {
namespace {

std::string color_text(const ChartColor& c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string chart_svg(const ChartDrawing& chart) {
  std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                  "version=\"1.1\" width=\"" +
                  std::to_string(chart.width) + "\" height=\"" + std::to_string(chart.height) + "\" viewBox=\"0 0 " +
                  std::to_string(chart.width) + " " + std::to_string(chart.height) +
                  "\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n";
  s += "<rect x=\"0\" y=\"0\" width=\"" + std::to_string(chart.width) + "\" height=\"" +
       std::to_string(chart.height) + "\" fill=\"" + color_text(chart.background) + "\"/>\n";
  for (const ChartRect& r : chart.rects)
    s += "<rect x=\"" + num(r.x) + "\" y=\"" + num(r.y) + "\" width=\"" + num(r.w) + "\" height=\"" + num(r.h) +
         "\" fill=\"" + color_text(r.fill) + "\" fill-opacity=\"" + num(r.opacity) + "\"/>\n";
  for (const ChartLine& l : chart.lines) {
    s += "<polyline fill=\"none\" stroke=\"" + color_text(l.color) + "\" stroke-width=\"" + num(l.width) +
         "\" stroke-linejoin=\"round\" stroke-linecap=\"round\"" +
         (l.dashed ? " stroke-dasharray=\"" + num(3 * l.width) + " " + num(2 * l.width) + "\"" : "") +
         " points=\"";
    for (std::size_t i = 0; i < l.points.size(); ++i)
      s += (i ? " " : "") + num(l.points[i].first) + "," + num(l.points[i].second);
    s += "\"/>\n";
  }
  for (const ChartMarker& m : chart.markers)
    s += "<circle class=\"point\" cx=\"" + num(m.x) + "\" cy=\"" + num(m.y) + "\" r=\"" + num(m.radius) +
         "\" fill=\"" + color_text(m.color) + "\" data-series=\"" + escaped(m.series) + "\" data-x=\"" +
         escaped(m.x_text) + "\" data-y=\"" + escaped(m.y_text) + "\"/>\n";
  for (const ChartText& t : chart.texts) {
    const char* anchor = t.anchor == TextAnchor::Start ? "start" : t.anchor == TextAnchor::Middle ? "middle" : "end";
    s += "<text x=\"" + num(t.x) + "\" y=\"" + num(t.y) + "\" font-size=\"" + num(t.size) + "\" text-anchor=\"" +
         anchor + "\" fill=\"" + color_text(t.color) + "\"" + (t.bold ? " font-weight=\"bold\"" : "") +
         (t.vertical ? " transform=\"rotate(-90 " + num(t.x) + " " + num(t.y) + ")\"" : "") + ">" +
         escaped(t.text) + "</text>\n";
  }
  s += "</svg>\n";
  return s;
}

}  // namespace gait
