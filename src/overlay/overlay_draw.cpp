// Draw-list pictures shared by the panels and (later) the clip recorder's burned-in overlays.
#include "overlay/overlay_draw.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "render/label_layout.h"
#include "scene/scene_colors.h"

namespace gait {

namespace {

constexpr ImU32 kPlotBackground = IM_COL32(30, 32, 36, 255);
constexpr ImU32 kAxisColor = IM_COL32(140, 140, 140, 255);
constexpr ImU32 kTextColor = IM_COL32(225, 225, 225, 255);
constexpr ImU32 kBandColor = IM_COL32(120, 130, 150, 80);
constexpr ImU32 kReferenceCurveColor = IM_COL32(115, 185, 255, 235);  // the ghost's blue, unlike the grey band

ImVec2 add(ImVec2 a, ImVec2 b) { return {a.x + b.x, a.y + b.y}; }

void dashed_vertical(ImDrawList* dl, float x, float y0, float y1, ImU32 color, float dash, float thickness) {
  for (float y = y0; y < y1; y += 2 * dash) dl->AddLine({x, y}, {x, std::min(y + dash, y1)}, color, thickness);
}

/// A "nice" tick step (1, 2 or 5 times a power of ten) for a span.
double tick_step(double span) {
  const double raw = span / 4;
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0})
    if (m * p >= raw) return m * p;
  return 10 * p;
}

float text_width(const ImFont* font, float font_size, const std::string& text) {
  return font->CalcTextSizeA(font_size, 1e9f, 0, text.c_str()).x;
}

/// `text` whole if it fits in `max_w`, else as much of its start as fits with "..." (nothing if
/// not even that fits).
std::string elide(const ImFont* font, float font_size, const char* text, float max_w) {
  std::string s = text;
  if (text_width(font, font_size, s) <= max_w) return s;
  const float dots = text_width(font, font_size, "...");
  while (!s.empty() &&
         (text_width(font, font_size, s) + dots > max_w || s.back() == ' ' || s.back() == ',')) {
    while (s.size() > 1 && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();  // UTF-8 tail
    s.pop_back();
  }
  return dots <= max_w ? s + "..." : std::string();
}

}  // namespace

PlotHeader layout_plot_header(const ImFont* font, float font_size, const char* title, const char* unit,
                              float width, float scale, int min_lines) {
  PlotHeader h;
  const float pad = std::min(6 * scale, width / 2);  // from the plot's left and right edges
  const float gap = 0.8f * font_size;                // between title and unit on one line
  const float line = std::max(0.0f, width - 2 * pad);
  const float title_w = text_width(font, font_size, title);
  const float unit_w = *unit ? text_width(font, font_size, unit) : 0;
  h.lines = min_lines > 1 || (*unit && title_w + gap + unit_w > line) ? 2 : 1;
  h.title = elide(font, font_size, title, line);
  h.unit = elide(font, font_size, unit, line);
  h.elided = h.title != title || h.unit != unit;
  h.title_size = {text_width(font, font_size, h.title), font_size};
  h.unit_size = {text_width(font, font_size, h.unit), font_size};
  h.title_pos = {pad, 3 * scale};
  h.unit_pos =
      h.lines == 1 ? ImVec2{width - pad - h.unit_size.x, 3 * scale} : ImVec2{pad, 3 * scale + font_size};
  return h;
}

ImU32 to_imgui_color(const Rgba& c) {
  const auto b = [](float v) { return static_cast<int>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
  return IM_COL32(b(c.r), b(c.g), b(c.b), b(c.a));
}

ImU32 side_imgui_color(Side s, float alpha) {
  Rgba c = side_color(s);
  c.a = alpha;
  return to_imgui_color(c);
}

std::vector<DrawnLabel> draw_scene_labels(ImDrawList* dl, const Scene& scene, const CameraMatrices& camera,
                                          ImVec2 origin, ImVec2 size, const UiFonts& fonts,
                                          const std::vector<ImVec4>& avoid) {
  struct Face {
    ImFont* font;
    float size;
    ImVec2 text;
  };
  std::vector<Face> faces;
  std::vector<BoxSize> boxes;
  faces.reserve(scene.labels.size());
  boxes.reserve(scene.labels.size());
  float gap = 0;
  for (const SceneLabel& label : scene.labels) {
    ImFont* font = label.large && fonts.large ? fonts.large : fonts.regular;
    const float font_size = font ? font->FontSize * (label.large ? 0.8f : 1.0f) : ImGui::GetFontSize();
    const ImVec2 text = font ? font->CalcTextSizeA(font_size, 1e9f, 0, label.text.c_str()) : ImVec2{};
    const float pad = font_size * 0.2f;
    faces.push_back({font, font_size, text});
    boxes.push_back({text.x + 2 * pad, text.y + 2 * pad});
    gap = std::max(gap, font_size * 0.3f);
  }
  std::vector<ScreenRect> avoid_px;
  for (const ImVec4& r : avoid) avoid_px.push_back({r.x - origin.x, r.y - origin.y, r.z - origin.x, r.w - origin.y});
  const std::vector<PlacedLabel> placed =
      place_labels(scene, camera, static_cast<int>(size.x), static_cast<int>(size.y), boxes, gap, avoid_px);
  std::vector<DrawnLabel> drawn(placed.size());

  dl->PushClipRect(origin, add(origin, size), true);
  // leader lines first, from each anchor to the nearest point of its box, so no box is crossed by
  // another label's line
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const PlacedLabel& p = placed[i];
    if (!p.visible) continue;
    const ImVec2 anchor{origin.x + static_cast<float>(p.anchor_x_px), origin.y + static_cast<float>(p.anchor_y_px)};
    const ImVec2 near{origin.x + static_cast<float>(std::clamp(p.anchor_x_px, p.box.x0, p.box.x1)),
                      origin.y + static_cast<float>(std::clamp(p.anchor_y_px, p.box.y0, p.box.y1))};
    // dotted, so that it is not taken for an overlay line; none for a box right beside its anchor
    const float length = std::hypot(near.x - anchor.x, near.y - anchor.y);
    if (length < 2.5f * gap) continue;
    const float dot = std::max(1.5f, faces[i].size * 0.12f);
    const ImVec2 step{(near.x - anchor.x) / length, (near.y - anchor.y) / length};
    const ImU32 color = to_imgui_color(scene.labels[i].color);
    for (float t = 0; t < length; t += 2.2f * dot) {
      const ImVec2 c{anchor.x + step.x * t, anchor.y + step.y * t};
      dl->AddRectFilled({c.x - dot, c.y - dot}, {c.x + dot, c.y + dot}, IM_COL32(0, 0, 0, 170));
      dl->AddRectFilled({c.x - 0.5f * dot, c.y - 0.5f * dot}, {c.x + 0.5f * dot, c.y + 0.5f * dot}, color);
    }
  }
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const PlacedLabel& p = placed[i];
    if (!p.visible) continue;
    const SceneLabel& label = scene.labels[i];
    const float pad = faces[i].size * 0.2f;
    const ImVec2 box0{origin.x + static_cast<float>(p.box.x0), origin.y + static_cast<float>(p.box.y0)};
    const ImVec2 box1{origin.x + static_cast<float>(p.box.x1), origin.y + static_cast<float>(p.box.y1)};
    dl->AddRectFilled(box0, box1, IM_COL32(0, 0, 0, 150), pad);
    dl->AddText(faces[i].font, faces[i].size, {box0.x + pad, box0.y + pad}, to_imgui_color(label.color),
                label.text.c_str());
    const ScreenPoint end = leader_end(p.box, p.anchor_x_px, p.anchor_y_px);
    drawn[i] = {true, {box0.x, box0.y, box1.x, box1.y},
                {origin.x + static_cast<float>(p.anchor_x_px), origin.y + static_cast<float>(p.anchor_y_px)},
                {origin.x + static_cast<float>(end.x_px), origin.y + static_cast<float>(end.y_px)}};
  }
  dl->PopClipRect();
  return drawn;
}

namespace {

/// A plot's area on screen and its y range, with the mapping from cycle % and values to pixels.
struct PlotAxes {
  ImVec2 a0, a1;
  double lo = 0, hi = 0;
  float x(double pct) const { return a0.x + static_cast<float>(pct / 100.0) * (a1.x - a0.x); }
  float y(double v) const { return a1.y - static_cast<float>((v - lo) / (hi - lo)) * (a1.y - a0.y); }
};

/// The y range of everything a plot draws, at least its min_span, centred, padded by 8 %.
void fit_y_range(const CyclePlot& plot, PlotAxes& axes) {
  double lo = 1e300, hi = -1e300;
  const auto extend = [&](const CycleCurve& c) {
    for (double v : c) lo = std::min(lo, v), hi = std::max(hi, v);
  };
  for (Side s : kSides) {
    if (plot.mean[s]) extend(*plot.mean[s]);
    if (plot.reference[s]) extend(*plot.reference[s]);
  }
  if (plot.band) extend(plot.band->min), extend(plot.band->max);
  if (lo > hi) lo = -plot.min_span / 2, hi = plot.min_span / 2;
  if (hi - lo < plot.min_span) {
    const double mid = (hi + lo) / 2;
    lo = mid - plot.min_span / 2;
    hi = mid + plot.min_span / 2;
  }
  const double pad = 0.08 * (hi - lo);
  lo -= pad;
  hi += pad;
  axes.lo = lo;
  axes.hi = hi;
}

/// The grid with its value labels, and the cycle's 0 %, 100 % and (where it leaves a gap to both,
/// which a narrow plot has no room for) 50 % under the area; the labels stay within p0.x..p1_x.
void draw_plot_ticks(ImDrawList* dl, const PlotAxes& axes, float p0_x, float p1_x, float font) {
  const ImVec2 a0 = axes.a0, a1 = axes.a1;
  char buf[32];
  const double step = tick_step(axes.hi - axes.lo);
  for (double v = std::ceil(axes.lo / step) * step; v <= axes.hi; v += step) {
    const float y = axes.y(v);
    dl->AddLine({a0.x, y}, {a1.x, y}, std::fabs(v) < 1e-9 ? kAxisColor : IM_COL32(60, 62, 68, 255), 1);
    std::snprintf(buf, sizeof buf, "%g", std::fabs(v) < 1e-9 ? 0.0 : v);
    const ImVec2 ts = ImGui::CalcTextSize(buf);
    dl->AddText({a0.x - ts.x - 0.3f * font, y - ts.y / 2}, kAxisColor, buf);
  }
  float taken[2][2];
  int n_taken = 0;
  for (int pct : {0, 100, 50}) {
    std::snprintf(buf, sizeof buf, "%d%%", pct);
    const ImVec2 ts = ImGui::CalcTextSize(buf);
    const float x = std::clamp(axes.x(pct) - ts.x / 2, p0_x, p1_x - ts.x);
    bool clear = true;
    for (int k = 0; k < n_taken; ++k)
      clear = clear && (x + ts.x + 0.3f * font <= taken[k][0] || x >= taken[k][1] + 0.3f * font);
    if (!clear) continue;
    dl->AddText({x, a1.y + 0.15f * font}, kAxisColor, buf);
    if (n_taken < 2) taken[n_taken][0] = x, taken[n_taken][1] = x + ts.x, ++n_taken;
  }
}

/// Inside the area: the normative band behind everything, the healthy reference curves, each side's
/// toe-off and mean curve.
void draw_plot_curves(ImDrawList* dl, const PlotAxes& axes, const CyclePlot& plot, float scale) {
  const auto X = [&axes](double pct) { return axes.x(pct); };
  const auto Y = [&axes](double v) { return axes.y(v); };
  dl->PushClipRect(axes.a0, axes.a1, true);
  if (plot.band) {
    for (int i = 0; i + 1 < kCyclePoints; ++i)
      dl->AddQuadFilled({X(i), Y(plot.band->max[i])}, {X(i + 1), Y(plot.band->max[i + 1])},
                        {X(i + 1), Y(plot.band->min[i + 1])}, {X(i), Y(plot.band->min[i])}, kBandColor);
  }
  const auto curve = [&](const CycleCurve& c, ImU32 color, float thickness) {
    ImVec2 pts[kCyclePoints];
    for (int i = 0; i < kCyclePoints; ++i) pts[i] = {X(i), Y(c[i])};
    dl->AddPolyline(pts, kCyclePoints, color, 0, thickness);
  };
  for (Side s : kSides)
    if (plot.reference[s]) curve(*plot.reference[s], kReferenceCurveColor, 1.5f * scale);
  for (Side s : kSides) {
    if (plot.toe_off_pct[s])
      dashed_vertical(dl, X(*plot.toe_off_pct[s]), axes.a0.y, axes.a1.y, side_imgui_color(s, 0.8f), 4 * scale,
                      1.2f * scale);
    if (plot.mean[s]) curve(*plot.mean[s], side_imgui_color(s), 2.0f * scale);
  }
  dl->PopClipRect();
}

}  // namespace

PlotHeader draw_cycle_plot(ImDrawList* dl, ImVec2 p0, ImVec2 size, const CyclePlot& plot, float scale,
                           int header_lines) {
  const ImVec2 p1 = add(p0, size);
  dl->AddRectFilled(p0, p1, kPlotBackground, 3 * scale);
  const float font = ImGui::GetFontSize();
  const PlotHeader header =
      layout_plot_header(ImGui::GetFont(), font, plot.title, plot.unit, size.x, scale, header_lines);
  // the header stays inside the plot's own rectangle, however short the strip is made
  dl->PushClipRect(p0, p1, true);
  dl->AddText(add(p0, header.title_pos), kTextColor, header.title.c_str());
  dl->AddText(add(p0, header.unit_pos), kAxisColor, header.unit.c_str());
  dl->PopClipRect();
  // plot area: room for the header above, tick labels left and below
  PlotAxes axes;
  axes.a0 = {p0.x + 3.2f * font, p0.y + header.height(font)};
  axes.a1 = {p1.x - 0.6f * font, p1.y - 1.4f * font};
  if (axes.a1.x - axes.a0.x < 20 || axes.a1.y - axes.a0.y < 20) return header;
  fit_y_range(plot, axes);
  draw_plot_ticks(dl, axes, p0.x, p1.x, font);
  draw_plot_curves(dl, axes, plot, scale);
  dl->AddRect(axes.a0, axes.a1, kAxisColor);
  return header;
}

void draw_phase_bar(ImDrawList* dl, ImVec2 p0, ImVec2 size, Side side, const SideReadout& readout, float scale) {
  const ImVec2 p1 = add(p0, size);
  dl->AddRectFilled(p0, p1, kPlotBackground, 2 * scale);
  for (int i = 0; i < kNumGaitPhases; ++i) {
    const auto phase = static_cast<GaitPhase>(i);
    const double start = gait_phase_start_pct(phase);
    const double end = i + 1 < kNumGaitPhases ? gait_phase_start_pct(static_cast<GaitPhase>(i + 1)) : 100.0;
    const float x0 = p0.x + static_cast<float>(start / 100) * size.x;
    const float x1 = p0.x + static_cast<float>(end / 100) * size.x;
    const bool current = readout.phase && *readout.phase == phase;
    const bool stance = i < static_cast<int>(GaitPhase::InitialSwing);
    dl->AddRectFilled({x0 + 1, p0.y + 1}, {x1 - 1, p1.y - 1},
                      current ? side_imgui_color(side) : stance ? IM_COL32(70, 74, 82, 255) : IM_COL32(50, 53, 60, 255));
    const char* abbr = gait_phase_abbreviation(phase).data();
    const ImVec2 ts = ImGui::CalcTextSize(abbr);
    if (ts.x < x1 - x0 - 2)
      dl->AddText({(x0 + x1 - ts.x) / 2, p0.y + (size.y - ts.y) / 2},
                  current ? IM_COL32(0, 0, 0, 255) : IM_COL32(200, 200, 200, 255), abbr);
  }
  if (readout.cycle_pct) {
    const float x = p0.x + static_cast<float>(*readout.cycle_pct / 100) * size.x;
    dl->AddTriangleFilled({x - 4 * scale, p1.y + 5 * scale}, {x + 4 * scale, p1.y + 5 * scale}, {x, p1.y},
                          IM_COL32(255, 255, 255, 255));
  }
}

void draw_demand_bar(ImDrawList* dl, ImVec2 p0, ImVec2 size, double demand_Nm, double capacity_Nm, float scale) {
  const ImVec2 p1 = add(p0, size);
  dl->AddRectFilled(p0, p1, kPlotBackground, 2 * scale);
  // the bar spans 0 .. 1.5 x capacity (or the demand, if larger)
  const double full = std::max({1.5 * capacity_Nm, demand_Nm, 1.0});
  const auto X = [&](double v) { return p0.x + static_cast<float>(std::clamp(v / full, 0.0, 1.0)) * size.x; };
  const double d = std::max(0.0, demand_Nm);
  dl->AddRectFilled({p0.x, p0.y + 2}, {X(std::min(d, capacity_Nm)), p1.y - 2}, IM_COL32(70, 130, 230, 255));
  if (d > capacity_Nm) dl->AddRectFilled({X(capacity_Nm), p0.y + 2}, {X(d), p1.y - 2}, IM_COL32(235, 60, 40, 255));
  const float xc = X(capacity_Nm);
  dl->AddLine({xc, p0.y - 2 * scale}, {xc, p1.y + 2 * scale}, IM_COL32(255, 255, 255, 255), 2 * scale);
}

}  // namespace gait
