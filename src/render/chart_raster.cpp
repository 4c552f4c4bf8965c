// CPU rasteriser for ChartDrawing: coverage from the distance to each shape (about one pixel of
// anti-aliasing), glyphs from stb_truetype.
#include "render/chart_raster.h"

#include <stb_truetype.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace gait {
namespace {

constexpr const char* kRegularFonts[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                         "/usr/share/fonts/TTF/DejaVuSans.ttf",
                                         "/usr/share/fonts/dejavu/DejaVuSans.ttf"};
constexpr const char* kBoldFonts[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                                      "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
                                      "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"};

template <std::size_t N>
std::vector<unsigned char> read_font(const char* const (&paths)[N]) {
  for (const char* p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (in) return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  throw std::runtime_error("no DejaVu Sans font found (install fonts-dejavu-core); cannot draw the chart's text");
}

struct Font {
  std::vector<unsigned char> data;
  stbtt_fontinfo info{};
  explicit Font(std::vector<unsigned char> bytes) : data(std::move(bytes)) {
    if (!stbtt_InitFont(&info, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0)))
      throw std::runtime_error("cannot read the DejaVu Sans font file");
  }
};

/// A grey-level mask, 0..1 per pixel.
struct Mask {
  int w = 0, h = 0;
  std::vector<float> a;
};

class Canvas {
 public:
  Canvas(int w, int h, ChartColor bg) : img_{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 3)} {
    for (std::size_t i = 0; i < img_.rgb.size(); i += 3) {
      img_.rgb[i] = bg.r;
      img_.rgb[i + 1] = bg.g;
      img_.rgb[i + 2] = bg.b;
    }
  }
  void blend(int x, int y, ChartColor c, double alpha) {
    if (x < 0 || y < 0 || x >= img_.width || y >= img_.height || alpha <= 0) return;
    alpha = std::min(alpha, 1.0);
    std::uint8_t* p = &img_.rgb[(static_cast<std::size_t>(y) * img_.width + x) * 3];
    const std::uint8_t src[3] = {c.r, c.g, c.b};
    for (int k = 0; k < 3; ++k) p[k] = static_cast<std::uint8_t>(std::lround(p[k] + (src[k] - p[k]) * alpha));
  }
  RgbImage take() { return std::move(img_); }
  int width() const { return img_.width; }
  int height() const { return img_.height; }

 private:
  RgbImage img_;
};

double distance_to_segment(double x, double y, double ax, double ay, double bx, double by) {
  const double dx = bx - ax, dy = by - ay;
  const double len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((x - ax) * dx + (y - ay) * dy) / len2, 0.0, 1.0) : 0.0;
  return std::hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/// A polyline's coverage, each pixel once (overlapping segments would darken the joints otherwise).
void draw_line(Canvas& cv, const ChartLine& line) {
  if (line.points.empty()) return;
  std::vector<std::pair<double, double>> pts = line.points;
  std::vector<std::array<double, 4>> segments;
  const double dash = 3 * line.width, gap = 2 * line.width;
  for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
    const auto [ax, ay] = pts[i];
    const auto [bx, by] = pts[i + 1];
    if (!line.dashed) {
      segments.push_back({ax, ay, bx, by});
      continue;
    }
    const double len = std::hypot(bx - ax, by - ay);
    for (double s = 0; s < len; s += dash + gap) {
      const double e = std::min(s + dash, len);
      segments.push_back({ax + (bx - ax) * s / len, ay + (by - ay) * s / len, ax + (bx - ax) * e / len,
                          ay + (by - ay) * e / len});
    }
  }
  if (segments.empty()) return;
  const double r = line.width / 2;
  double minx = 1e18, miny = 1e18, maxx = -1e18, maxy = -1e18;
  for (const auto& s : segments) {
    minx = std::min({minx, s[0], s[2]});
    maxx = std::max({maxx, s[0], s[2]});
    miny = std::min({miny, s[1], s[3]});
    maxy = std::max({maxy, s[1], s[3]});
  }
  const int x_lo = std::max(0, static_cast<int>(std::floor(minx - r - 1)));
  const int x_hi = std::min(cv.width() - 1, static_cast<int>(std::ceil(maxx + r + 1)));
  const int y_lo = std::max(0, static_cast<int>(std::floor(miny - r - 1)));
  const int y_hi = std::min(cv.height() - 1, static_cast<int>(std::ceil(maxy + r + 1)));
  for (int y = y_lo; y <= y_hi; ++y)
    for (int x = x_lo; x <= x_hi; ++x) {
      double d = 1e18;
      for (const auto& s : segments) d = std::min(d, distance_to_segment(x + 0.5, y + 0.5, s[0], s[1], s[2], s[3]));
      cv.blend(x, y, line.color, std::clamp(r + 0.5 - d, 0.0, 1.0));
    }
}

void draw_rect(Canvas& cv, const ChartRect& r) {
  for (int y = std::max(0, static_cast<int>(std::floor(r.y))); y < std::min<double>(cv.height(), r.y + r.h); ++y)
    for (int x = std::max(0, static_cast<int>(std::floor(r.x))); x < std::min<double>(cv.width(), r.x + r.w); ++x) {
      // the fraction of the pixel inside the rectangle, per axis
      const double fx = std::clamp(std::min(x + 1.0, r.x + r.w) - std::max<double>(x, r.x), 0.0, 1.0);
      const double fy = std::clamp(std::min(y + 1.0, r.y + r.h) - std::max<double>(y, r.y), 0.0, 1.0);
      cv.blend(x, y, r.fill, r.opacity * fx * fy);
    }
}

void draw_marker(Canvas& cv, const ChartMarker& m) {
  for (int y = static_cast<int>(m.y - m.radius - 2); y <= static_cast<int>(m.y + m.radius + 2); ++y)
    for (int x = static_cast<int>(m.x - m.radius - 2); x <= static_cast<int>(m.x + m.radius + 2); ++x) {
      const double d = std::hypot(x + 0.5 - m.x, y + 0.5 - m.y);
      // a white ring keeps overlapping points apart
      cv.blend(x, y, {255, 255, 255}, std::clamp(m.radius + 2.5 - d, 0.0, 1.0));
      cv.blend(x, y, m.color, std::clamp(m.radius + 0.5 - d, 0.0, 1.0));
    }
}

/// UTF-8 -> code points (invalid bytes become '?').
std::vector<int> code_points(const std::string& s) {
  std::vector<int> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0 || i + static_cast<std::size_t>(n) >= s.size()) {
      out.push_back('?');
      ++i;
      continue;
    }
    int cp = n == 0 ? c : c & (0x3f >> n);
    for (int k = 1; k <= n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3f);
    out.push_back(cp);
    i += static_cast<std::size_t>(n) + 1;
  }
  return out;
}

/// The text as a horizontal mask, and where its baseline's start lies in it.
Mask text_mask(const Font& font, const std::string& text, double size_px, int& baseline_y) {
  const float scale = stbtt_ScaleForPixelHeight(&font.info, static_cast<float>(size_px));
  int ascent = 0, descent = 0, gap = 0;
  stbtt_GetFontVMetrics(&font.info, &ascent, &descent, &gap);
  const std::vector<int> cps = code_points(text);
  double width = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    int advance = 0, lsb = 0;
    stbtt_GetCodepointHMetrics(&font.info, cps[i], &advance, &lsb);
    width += advance * scale;
    if (i + 1 < cps.size()) width += stbtt_GetCodepointKernAdvance(&font.info, cps[i], cps[i + 1]) * scale;
  }
  Mask m;
  m.w = static_cast<int>(std::ceil(width)) + 2;
  baseline_y = static_cast<int>(std::ceil(ascent * scale));
  m.h = baseline_y + static_cast<int>(std::ceil(-descent * scale)) + 2;
  m.a.assign(static_cast<std::size_t>(m.w) * m.h, 0.0f);
  double pen = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    int gw = 0, gh = 0, xoff = 0, yoff = 0;
    unsigned char* bmp = stbtt_GetCodepointBitmapSubpixel(&font.info, scale, scale,
                                                          static_cast<float>(pen - std::floor(pen)), 0.0f,
                                                          cps[i], &gw, &gh, &xoff, &yoff);
    for (int y = 0; y < gh; ++y)
      for (int x = 0; x < gw; ++x) {
        const int mx = static_cast<int>(std::floor(pen)) + xoff + x, my = baseline_y + yoff + y;
        if (mx < 0 || my < 0 || mx >= m.w || my >= m.h) continue;
        float& a = m.a[static_cast<std::size_t>(my) * m.w + mx];
        a = std::min(1.0f, a + bmp[y * gw + x] / 255.0f);
      }
    stbtt_FreeBitmap(bmp, nullptr);
    int advance = 0, lsb = 0;
    stbtt_GetCodepointHMetrics(&font.info, cps[i], &advance, &lsb);
    pen += advance * scale;
    if (i + 1 < cps.size()) pen += stbtt_GetCodepointKernAdvance(&font.info, cps[i], cps[i + 1]) * scale;
  }
  return m;
}

void draw_text(Canvas& cv, const Font& font, const ChartText& t) {
  int baseline = 0;
  const Mask m = text_mask(font, t.text, t.size, baseline);
  const double shift = t.anchor == TextAnchor::Start ? 0 : t.anchor == TextAnchor::Middle ? m.w / 2.0 : m.w;
  for (int y = 0; y < m.h; ++y)
    for (int x = 0; x < m.w; ++x) {
      const float a = m.a[static_cast<std::size_t>(y) * m.w + x];
      if (a <= 0) continue;
      // along the text u, across it v (down from the baseline); vertical text reads bottom to top
      const double u = x - shift, v = y - baseline;
      const int px = static_cast<int>(std::lround(t.vertical ? t.x + v : t.x + u));
      const int py = static_cast<int>(std::lround(t.vertical ? t.y - u : t.y + v));
      cv.blend(px, py, t.color, a);
    }
}

}  // namespace

RgbImage rasterize_chart(const ChartDrawing& chart) {
  const Font regular(read_font(kRegularFonts));
  const Font bold(read_font(kBoldFonts));
  Canvas cv(chart.width, chart.height, chart.background);
  for (const ChartRect& r : chart.rects) draw_rect(cv, r);
  for (const ChartLine& l : chart.lines) draw_line(cv, l);
  for (const ChartMarker& m : chart.markers) draw_marker(cv, m);
  for (const ChartText& t : chart.texts) draw_text(cv, t.bold ? bold : regular, t);
  return cv.take();
}

}  // namespace gait
