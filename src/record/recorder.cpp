// Offscreen recording: SimSession -> Scene -> SceneRenderer into an OffscreenTarget, overlays
// through Dear ImGui's OpenGL 3 back end, then VideoEncoder or write_png.
#include "record/recorder.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

#include "analysis/trendelenburg.h"
#include "app/live_readouts.h"
#include "app/overlay_draw.h"
#include "app/sim_session.h"
#include "app/ui_fonts.h"
#include "input_error.h"
#include "interrupt.h"
#include "record/clip_schedule.h"
#include "record/clip_writer.h"
#include "record/headless_gl.h"
#include "render/offscreen.h"
#include "render/png_writer.h"
#include "render/renderer.h"
#include "scene/build_scene.h"

namespace gait {

namespace {

constexpr double kGhostSide_m = 0.7;  ///< the ghost walks this far to the walker's right (as in the app)
constexpr double kPlotSpan_s = 4.0;   ///< seconds of pelvic obliquity in the plot

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// Dear ImGui with no platform window: a context of the clip's size, fonts for its height, and the
/// OpenGL 3 back end drawing into whatever framebuffer is bound.
class OverlayPainter {
 public:
  OverlayPainter(int width, int height) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    scale_ = std::clamp(static_cast<float>(height) / 720.0f, 0.5f, 3.0f);
    fonts_ = load_fonts(scale_);
    if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
      ImGui::DestroyContext(context_);
      throw std::runtime_error("cannot start the overlay renderer");
    }
  }
  ~OverlayPainter() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(context_);
  }
  OverlayPainter(const OverlayPainter&) = delete;
  OverlayPainter& operator=(const OverlayPainter&) = delete;

  ImDrawList* begin() {
    ImGui::GetIO().DeltaTime = 1.0f / 30.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    return ImGui::GetForegroundDrawList();
  }
  void end() {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  }
  float scale() const { return scale_; }
  const UiFonts& fonts() const { return fonts_; }

 private:
  ImGuiContext* context_ = nullptr;
  UiFonts fonts_;
  float scale_ = 1;
};

constexpr ImU32 kText = IM_COL32(235, 235, 235, 255);
constexpr ImU32 kBacking = IM_COL32(20, 22, 26, 190);

void text_backed(ImDrawList* dl, ImFont* font, float size, ImVec2 p, ImU32 color, const std::string& s, float pad) {
  const ImVec2 ext = font->CalcTextSizeA(size, 1e9f, 0, s.c_str());
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

void draw_overlays(ImDrawList* dl, const OverlayPainter& painter, const SimSession& session, const Scene& scene,
                   const CameraMatrices& camera, const RecordOptions& opt, bool compare) {
  const float s = painter.scale();
  const UiFonts& f = painter.fonts();
  const float W = static_cast<float>(opt.width), H = static_cast<float>(opt.height);
  const float margin = 14 * s, pad = 5 * s;
  const float regular = f.regular->FontSize, large = f.large->FontSize;
  if (opt.overlays.labels)
    draw_scene_labels(dl, scene, camera, {0, 0}, {W, H}, f);

  // top left: the scenario, the time and the weakened muscles
  float y = margin;
  if (opt.overlays.name) {
    text_backed(dl, f.large, large, {margin, y}, kText, session.spec().name, pad);
    y += large + 2 * pad + 4 * s;
    char buf[96];
    std::snprintf(buf, sizeof buf, "t = %.2f s%s%s", session.time_s(),
                  opt.slow_motion != 1 ? "   slow motion" : "", compare ? "   grey: healthy" : "");
    std::string t = buf;
    if (opt.slow_motion != 1) {
      std::snprintf(buf, sizeof buf, " x%g", opt.slow_motion);
      t.insert(t.find("slow motion") + 11, buf);
    }
    text_backed(dl, f.regular, regular, {margin, y}, kText, t, pad);
    y += regular + 2 * pad + 4 * s;
  }
  if (opt.overlays.muscles) {
    for (Side side : kSides) {
      const std::string text = strength_text(session.inputs().strength[side]);
      if (text.empty()) continue;
      text_backed(dl, f.regular, regular, {margin, y}, side_imgui_color(side),
                  std::string(side == Side::Left ? "Left: " : "Right: ") + text, pad);
      y += regular + 2 * pad + 4 * s;
    }
  }

  const bool need_readouts = opt.overlays.drop || opt.overlays.phase;
  LiveReadouts readouts;
  if (need_readouts) readouts = compute_live_readouts(session.history(), session.model().total_mass_kg);

  // top right: pelvic drop and the sign, per side
  if (opt.overlays.drop) {
    float ry = margin;
    for (Side side : kSides) {
      const SideReadout& r = readouts.side[side];
      char buf[128];
      if (r.pelvic_drop_deg)
        std::snprintf(buf, sizeof buf, "%s stance: pelvic drop %.1f\xC2\xB0  Trendelenburg %s",
                      side == Side::Left ? "Left" : "Right", *r.pelvic_drop_deg,
                      r.sign ? trendelenburg_name(*r.sign).data() : "-");
      else
        std::snprintf(buf, sizeof buf, "%s stance: pelvic drop -", side == Side::Left ? "Left" : "Right");
      const ImVec2 ext = f.regular->CalcTextSizeA(regular, 1e9f, 0, buf);
      text_backed(dl, f.regular, regular, {W - margin - ext.x, ry}, side_imgui_color(side), buf, pad);
      ry += regular + 2 * pad + 4 * s;
    }
  }

  // bottom left: the phase bars
  if (opt.overlays.phase) {
    const ImVec2 size{std::min(360 * s, 0.4f * W), 22 * s};
    float by = H - margin - 2 * size.y - 8 * s;
    for (Side side : kSides) {
      dl->AddRectFilled({margin - pad, by - pad}, {margin + size.x + pad, by + size.y + pad}, kBacking, 3 * pad);
      draw_phase_bar(dl, {margin, by}, size, side, readouts.side[side], s);
      by += size.y + 8 * s;
    }
  }

  // bottom right: pelvic obliquity over the last seconds
  if (opt.overlays.plot) {
    const ImVec2 size{std::min(300 * s, 0.35f * W), 110 * s};
    const ImVec2 p0{W - margin - size.x, H - margin - size.y};
    dl->AddRectFilled({p0.x - pad, p0.y - pad}, {p0.x + size.x + pad, p0.y + size.y + pad}, kBacking, 3 * pad);
    dl->AddText(f.regular, regular, {p0.x, p0.y}, kText, "Pelvic obliquity, + left up (lines at \xC2\xB1" "10\xC2\xB0)");
    const float top = p0.y + regular + 4 * s, bottom = p0.y + size.y;
    constexpr double kRange_deg = 20;  // an uncompensated palsy drops 15 deg
    const float mid = 0.5f * (top + bottom);
    auto to_y = [&](double deg) {
      return mid - static_cast<float>(std::clamp(deg / kRange_deg, -1.0, 1.0)) * 0.5f * (bottom - top);
    };
    dl->AddLine({p0.x, mid}, {p0.x + size.x, mid}, IM_COL32(140, 140, 140, 255), 1.0f * s);
    for (double d : {-10.0, 10.0})
      dl->AddLine({p0.x, to_y(d)}, {p0.x + size.x, to_y(d)}, IM_COL32(90, 90, 90, 255), 1.0f);
    const auto& h = session.history();
    const double now = session.time_s();
    std::vector<ImVec2> points;
    for (auto it = h.rbegin(); it != h.rend() && now - it->time_s <= kPlotSpan_s; ++it) {
      const float x = p0.x + size.x * static_cast<float>(1.0 - (now - it->time_s) / kPlotSpan_s);
      points.push_back({x, to_y(it->pelvic_obliquity_rad * 180.0 / 3.14159265358979)});
    }
    if (points.size() >= 2)
      dl->AddPolyline(points.data(), static_cast<int>(points.size()), IM_COL32(250, 210, 90, 255), 0, 2.0f * s);
  }
}

}  // namespace

OutputKind output_kind(const std::string& path) {
  const auto dot = path.find_last_of('.');
  const auto slash = path.find_last_of('/');
  const std::string ext = dot == std::string::npos || (slash != std::string::npos && dot < slash) ? "" : lower(path.substr(dot));
  if (ext == ".mp4") return OutputKind::Mp4;
  if (ext == ".gif") return OutputKind::Gif;
  if (ext == ".png") return OutputKind::Png;
  throw InputError(path, 0, "", "unknown output type \"" + ext + "\": use .mp4, .gif or .png");
}

OverlaySet parse_overlays(std::string_view text) {
  const std::string t = lower(std::string(text));
  if (t == "all") return {};
  OverlaySet none{false, false, false, false, false, false};
  if (t == "none" || t.empty()) return none;
  std::size_t start = 0;
  while (start <= t.size()) {
    const std::size_t comma = std::min(t.find(',', start), t.size());
    const std::string word = t.substr(start, comma - start);
    if (word == "name") none.name = true;
    else if (word == "muscles") none.muscles = true;
    else if (word == "drop") none.drop = true;
    else if (word == "phase") none.phase = true;
    else if (word == "plot") none.plot = true;
    else if (word == "labels") none.labels = true;
    else
      throw InputError("--overlays", 0, "", "unknown overlay \"" + word +
                                                "\": use all, none, or a list of name, muscles, drop, phase, plot, labels");
    start = comma + 1;
  }
  return none;
}

int clip_frame_count(const RecordOptions& o) { return ClipSchedule{0, o.fps, o.slow_motion}.frame_count(o.duration_s); }

RecordResult record_scenario(const ScenarioSpec& spec, const RecordOptions& opt,
                             std::unique_ptr<OutputFiles> output) {
  if (!output) {
    output = std::make_unique<OutputFiles>();
    output->add("", opt.path);
  }
  SimSession session(spec);
  session.set_ghost_active(opt.compare);

  HeadlessGl gl;
  SceneRenderer renderer;
  OffscreenTarget target(opt.width, opt.height, opt.samples < 0 ? (opt.kind == OutputKind::Png ? 4 : 0) : opt.samples);
  const bool any_overlay = opt.overlays.name || opt.overlays.muscles || opt.overlays.drop || opt.overlays.phase ||
                           opt.overlays.plot || opt.overlays.labels;
  std::unique_ptr<OverlayPainter> painter;
  if (any_overlay) painter = std::make_unique<OverlayPainter>(opt.width, opt.height);
  const OrbitCamera orbit;

  auto render = [&]() {
    Scene scene = build_scene(session.model(), session.frame(), opt.view);
    if (opt.compare) {
      const Vec3 here = session.frame().pelvis_position_m, there = session.ghost_frame().pelvis_position_m;
      add_ghost(scene, session.ghost_model(), session.ghost_frame(), {here.x - there.x, here.y - there.y - kGhostSide_m, 0});
    }
    const CameraMatrices camera = camera_matrices(camera_view(opt.camera, scene.focus_m, orbit), opt.width, opt.height);
    target.bind();
    renderer.draw(scene, camera, Viewport{0, 0, opt.width, opt.height});
    if (painter) {
      ImDrawList* dl = painter->begin();
      draw_overlays(dl, *painter, session, scene, camera, opt, opt.compare);
      glViewport(0, 0, opt.width, opt.height);
      painter->end();
    }
    return target.read();
  };
  // to a frame's time in pieces of 0.25 s, so that a stop request is seen soon (a PNG at --at 3600
  // steps an hour); step_until stops at the same step however the target is approached
  constexpr int kMaxSteps = 1 << 30;
  constexpr double kStopCheck_s = 0.25;
  const auto step_to = [&session](double time_s) {
    throw_if_stop_requested();
    while (!session.stopped() && session.time_s() + 0.5 * session.model().dt_s < time_s) {
      session.step_until(std::min(time_s, session.time_s() + kStopCheck_s), kMaxSteps);
      throw_if_stop_requested();
    }
  };

  RecordResult result;
  if (opt.kind == OutputKind::Png) {
    step_to(opt.at_s);
    const std::string png = encode_png(render());
    throw_if_stop_requested();
    OutputFile& file = output->at(0);
    file.write(png);
    output->commit();
    result.frames = 1;
  } else {
    // the app records through the same schedule and writer (app/viewport_recorder.h)
    const ClipSchedule schedule{0, opt.fps, opt.slow_motion};
    const int n = schedule.frame_count(opt.duration_s);
    ClipWriter writer(std::move(output), opt.kind == OutputKind::Mp4 ? VideoFormat::Mp4 : VideoFormat::Gif,
                      opt.width, opt.height, opt.fps);
    for (int i = 0; i < n; ++i) {
      step_to(schedule.frame_time_s(i));
      writer.push(render());  // encoded on the writer's thread while the next frame renders
      if (opt.progress) opt.progress(i + 1, n);
    }
    throw_if_stop_requested();
    writer.finish();
    result.frames = writer.frames();
  }
  result.simulated_s = session.time_s();
  result.fell = session.frame().fell;
  return result;
}

}  // namespace gait
