// Offscreen clip frames: scene, camera, renderer, and the burned-in overlays through an ImGui
// context of the clip's own (its fonts sized from the clip's height).
#include "overlay/clip_frame.h"

#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/trendelenburg.h"
#include "analysis/ghost_phase.h"
#include "analysis/live_readouts.h"
#include "overlay/overlay_draw.h"

namespace gait {

namespace {

constexpr double kPlotSpan_s = 4.0;  ///< seconds of pelvic obliquity in the plot
constexpr ImU32 kText = IM_COL32(235, 235, 235, 255);
constexpr ImU32 kBacking = IM_COL32(20, 22, 26, 190);

/// Makes `context` current for its lifetime and restores the caller's.
class ContextSwitch {
 public:
  explicit ContextSwitch(ImGuiContext* context) : previous_(ImGui::GetCurrentContext()) {
    ImGui::SetCurrentContext(context);
  }
  ~ContextSwitch() { ImGui::SetCurrentContext(previous_); }
  ContextSwitch(const ContextSwitch&) = delete;
  ContextSwitch& operator=(const ContextSwitch&) = delete;

 private:
  ImGuiContext* previous_;
};

ImVec2 text_size(ImFont* font, float size, const std::string& s) { return font->CalcTextSizeA(size, 1e9f, 0, s.c_str()); }

void text_backed(ImDrawList* dl, ImFont* font, float size, ImVec2 p, ImU32 color, const std::string& s, float pad) {
  const ImVec2 ext = text_size(font, size, s);
  dl->AddRectFilled({p.x - pad, p.y - pad}, {p.x + ext.x + pad, p.y + ext.y + pad}, kBacking, 3 * pad);
  dl->AddText(font, size, p, color, s.c_str());
}

std::string strength_text(const AbductorStrength& s) {
  std::string out;
  auto add = [&out](const char* name, double v) {
    if (v >= 0.999) return;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%s %.0f%%", out.empty() ? "" : ", ", name, 100 * v);
    out += buf;
  };
  add("glut. medius", s.gluteus_medius);
  add("glut. minimus", s.gluteus_minimus);
  add("TFL", s.tensor_fasciae_latae);
  add("sup. gluteal nerve", s.superior_gluteal_nerve);
  return out;
}

/// A column of text lines, each on its backing, at the left or right edge.
struct TextBlock {
  struct Line {
    ImFont* font;
    float size;
    ImU32 color;
    std::string text;
  };
  std::vector<Line> lines;
  float width() const {
    float w = 0;
    for (const Line& l : lines) w = std::max(w, text_size(l.font, l.size, l.text).x);
    return w;
  }
};

/// Top left: the scenario, the time and the weakened muscles.
TextBlock title_block(const SimSession& session, const ClipLook& look, const UiFonts& f) {
  const OverlaySet& o = look.overlays;
  const float regular = f.regular->FontSize, large = f.large->FontSize;
  TextBlock left;
  if (o.name) {
    left.lines.push_back({f.large, large, kText, session.spec().name});
    char buf[96];
    std::snprintf(buf, sizeof buf, "t = %.2f s", session.time_s());
    std::string t = buf;
    if (look.slow_motion != 1) {
      std::snprintf(buf, sizeof buf, "   slow motion x%g", look.slow_motion);
      t += buf;
    }
    if (look.compare) t += "   blue: healthy model";
    left.lines.push_back({f.regular, regular, kText, t});
  }
  if (o.muscles)
    for (Side side : kSides) {
      const std::string text = strength_text(session.inputs().strength[side]);
      if (!text.empty())
        left.lines.push_back({f.regular, regular, side_imgui_color(side),
                              std::string(side == Side::Left ? "Left: " : "Right: ") + text});
    }
  return left;
}

/// Bottom right: pelvic obliquity over the last kPlotSpan_s, in a box at `p0` of `size`.
void draw_obliquity_plot(ImDrawList* dl, const SimSession& session, const UiFonts& f, const char* title, ImVec2 p0,
                         ImVec2 size, float s, float pad) {
  const float regular = f.regular->FontSize;
  dl->AddRectFilled({p0.x - pad, p0.y - pad}, {p0.x + size.x + pad, p0.y + size.y + pad}, kBacking, 3 * pad);
  dl->AddText(f.regular, regular, {p0.x, p0.y}, kText, title);
  const float top = p0.y + regular + 4 * s, bottom = p0.y + size.y;
  constexpr double kRange_deg = 20;  // an uncompensated palsy drops 15 deg
  const float mid = 0.5f * (top + bottom);
  auto to_y = [&](double deg) {
    return mid - static_cast<float>(std::clamp(deg / kRange_deg, -1.0, 1.0)) * 0.5f * (bottom - top);
  };
  dl->AddLine({p0.x, mid}, {p0.x + size.x, mid}, IM_COL32(140, 140, 140, 255), 1.0f * s);
  for (double d : {-10.0, 10.0}) {
    dl->AddLine({p0.x, to_y(d)}, {p0.x + size.x, to_y(d)}, IM_COL32(90, 90, 90, 255), 1.0f);
    char tick[16];
    std::snprintf(tick, sizeof tick, "%+.0f\xC2\xB0", d);
    dl->AddText(f.regular, 0.8f * regular, {p0.x + 2 * s, to_y(d) - 0.8f * regular}, IM_COL32(150, 150, 150, 255), tick);
  }
  const auto& hist = session.history();
  const double now = session.time_s();
  std::vector<ImVec2> points;
  for (auto it = hist.rbegin(); it != hist.rend() && now - it->time_s <= kPlotSpan_s; ++it) {
    const float x = p0.x + size.x * static_cast<float>(1.0 - (now - it->time_s) / kPlotSpan_s);
    points.push_back({x, to_y(it->pelvic_obliquity_rad * 180.0 / 3.14159265358979)});
  }
  if (points.size() >= 2)
    dl->AddPolyline(points.data(), static_cast<int>(points.size()), IM_COL32(250, 210, 90, 255), 0, 2.0f * s);
}

}  // namespace

std::string last_stance_line(Side side, const SideReadout& r) {
  const char* name = side == Side::Left ? "Left" : "Right";
  char buf[96];
  if (r.pelvic_drop_deg)
    std::snprintf(buf, sizeof buf, "%s %.1f\xC2\xB0  %s", name, *r.pelvic_drop_deg,
                  r.sign ? trendelenburg_name(*r.sign).data() : "-");
  else
    std::snprintf(buf, sizeof buf, "%s -", name);
  return buf;
}

float clip_overlay_scale(int height_px) {
  // regular text is 15 px at scale 1 (ui_fonts.cpp): 3 % of the height, above issue 16's 2.5 %
  return std::max(0.3f, 0.03f * static_cast<float>(height_px) / 15.0f);
}

void fit_view_to_camera(ViewOptions& view, CameraMode camera) {
  switch (camera) {
    case CameraMode::Left: view.angles = AngleLabels::Sagittal, view.near_side = Side::Left; break;
    case CameraMode::Right: view.angles = AngleLabels::Sagittal, view.near_side = Side::Right; break;
    case CameraMode::Top: view.angles = AngleLabels::None; break;
    default: view.angles = AngleLabels::Frontal; break;
  }
}

Vec3 ghost_offset_m(const Frame& patient, const Frame& ghost, bool overlaid, CameraMode camera) {
  const Vec3 here = patient.pelvis_position_m, there = ghost.pelvis_position_m;
  const double side_m = overlaid ? 0.0 : camera == CameraMode::Right ? -kGhostSide_m : kGhostSide_m;
  // the walkway runs along x: the walker's right is -y (not its pelvis yaw, which sways each step)
  return {here.x - there.x, here.y - there.y - side_m, 0};
}

Scene clip_scene(const SimSession& session, const ClipLook& look, const Frame* ghost) {
  ViewOptions view = look.view;
  view.highlight = {};
  fit_view_to_camera(view, look.camera);
  Scene scene = build_scene(session.model(), session.frame(), view);
  if (look.compare && ghost) add_ghost(scene, session.ghost_model(), *ghost, ghost_offset_m(session.frame(), *ghost, look.ghost_overlaid, look.camera));
  return scene;
}

ClipFrameRenderer::ClipFrameRenderer(int width, int height, int samples, const OverlaySet& overlays)
    : target_(width, height, samples) {
  if (!overlays.any()) return;
  ImGuiContext* previous = ImGui::GetCurrentContext();
  context_ = ImGui::CreateContext();
  const ContextSwitch use(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  scale_ = clip_overlay_scale(height);
  fonts_ = load_fonts(scale_);
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
    ImGui::DestroyContext(context_);
    ImGui::SetCurrentContext(previous);
    throw std::runtime_error("cannot start the overlay renderer");
  }
}

ClipFrameRenderer::~ClipFrameRenderer() {
  if (!context_) return;
  {
    const ContextSwitch use(context_);
    ImGui_ImplOpenGL3_Shutdown();
  }
  ImGui::DestroyContext(context_);
}

RgbImage ClipFrameRenderer::render(const SimSession& session, const ClipLook& look) {
  const int w = target_.width(), h = target_.height();
  // the ghost in phase with the patient (ghost_phase.h)
  const Frame* ghost = nullptr;
  if (look.compare) {
    const LiveReadouts patient = compute_live_readouts(session.history(), session.model().total_mass_kg);
    const LiveReadouts reference = compute_live_readouts(session.ghost_history(), session.ghost_model().total_mass_kg);
    ghost = &ghost_frame_in_phase(session.ghost_history(), reference, patient_cycle_fraction(patient, session.time_s()),
                                  session.ghost_frame());
  }
  const Scene scene = clip_scene(session, look, ghost);
  const CameraMatrices camera = camera_matrices(camera_view(look.camera, scene.focus_m, look.orbit), w, h);
  target_.bind();
  renderer_.draw(scene, camera, Viewport{0, 0, w, h});
  if (context_) {
    const ContextSwitch use(context_);
    ImGui::GetIO().DeltaTime = 1.0f / 30.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    draw_overlays(ImGui::GetForegroundDrawList(), session, scene, camera, look);
    ImGui::Render();
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  }
  return target_.read();
}

void ClipFrameRenderer::draw_overlays(ImDrawList* dl, const SimSession& session, const Scene& scene,
                                      const CameraMatrices& camera, const ClipLook& look) {
  const float s = scale_;
  const UiFonts& f = fonts_;
  const OverlaySet& o = look.overlays;
  const float W = static_cast<float>(target_.width()), H = static_cast<float>(target_.height());
  const float margin = 14 * s, pad = 5 * s, line_gap = 2 * pad + 4 * s;
  const float regular = f.regular->FontSize;

  const TextBlock left = title_block(session, look, f);

  LiveReadouts readouts;
  if (o.drop || o.phase) readouts = compute_live_readouts(session.history(), session.model().total_mass_kg);

  // top right: each side's last stance, its pelvic drop (the peak, so "peak") and its
  // Trendelenburg sign, narrow enough to stay right of the walker; the labels give the angles now
  TextBlock right;
  if (o.drop) {
    right.lines.push_back({f.regular, regular, IM_COL32(200, 200, 200, 255), "Last stance: peak pelvic drop, sign"});
    for (Side side : kSides)
      right.lines.push_back({f.regular, regular, side_imgui_color(side), last_stance_line(side, readouts.side[side])});
  }

  // where each block goes: the title block top left; the drops top right beside it when both fit
  // across the picture, else under it; the phase bars bottom left; the plot bottom right
  float left_h = 0;
  for (const TextBlock::Line& l : left.lines) left_h += l.size + line_gap;
  const float right_y = left.width() + right.width() + 2 * margin + 4 * pad <= W ? margin : margin + left_h;
  float right_h = 0;
  for (const TextBlock::Line& l : right.lines) right_h += l.size + line_gap;
  const ImVec2 phase_size{std::min(360 * s, 0.45f * W), 1.5f * regular};
  const float phase_y = H - margin - 2 * phase_size.y - 8 * s;
  const char* plot_title = "Pelvic obliquity now, + left up";
  const ImVec2 plot_size{std::max(std::min(300 * s, 0.4f * W), text_size(f.regular, regular, plot_title).x),
                         std::min(110 * s, 0.3f * H)};
  const ImVec2 plot_p0{W - margin - plot_size.x, H - margin - plot_size.y};

  // the view's labels first, kept off every block (the blocks are drawn over them)
  if (o.labels) {
    std::vector<ImVec4> blocks;
    if (!left.lines.empty()) blocks.push_back({margin - pad, margin - pad, margin + left.width() + pad, margin + left_h});
    if (!right.lines.empty())
      blocks.push_back({W - margin - right.width() - pad, right_y - pad, W - margin + pad, right_y + right_h});
    if (o.phase) blocks.push_back({margin - pad, phase_y - pad, margin + phase_size.x + pad, H - margin + pad});
    if (o.plot) blocks.push_back({plot_p0.x - pad, plot_p0.y - pad, W - margin + pad, H - margin + pad});
    draw_scene_labels(dl, scene, camera, {0, 0}, {W, H}, f, blocks);
  }

  float y = margin;
  for (const TextBlock::Line& l : left.lines) {
    text_backed(dl, l.font, l.size, {margin, y}, l.color, l.text, pad);
    y += l.size + line_gap;
  }
  // the drops as one block, its lines aligned left
  if (!right.lines.empty()) {
    const float x = std::max(margin, W - margin - right.width());
    dl->AddRectFilled({x - pad, right_y - pad}, {W - margin + pad, right_y + right_h - line_gap + pad}, kBacking,
                      3 * pad);
    float ry = right_y;
    for (const TextBlock::Line& l : right.lines) {
      dl->AddText(l.font, l.size, {x, ry}, l.color, l.text.c_str());
      ry += l.size + line_gap;
    }
  }

  // bottom left: the phase bars
  if (o.phase) {
    const ImVec2 size = phase_size;
    float by = phase_y;
    for (Side side : kSides) {
      dl->AddRectFilled({margin - pad, by - pad}, {margin + size.x + pad, by + size.y + pad}, kBacking, 3 * pad);
      draw_phase_bar(dl, {margin, by}, size, side, readouts.side[side], s);
      by += size.y + 8 * s;
    }
  }

  // bottom right: pelvic obliquity over the last seconds
  if (o.plot) draw_obliquity_plot(dl, session, f, plot_title, plot_p0, plot_size, s, pad);
}

}  // namespace gait
