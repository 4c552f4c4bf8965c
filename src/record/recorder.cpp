// Offscreen recording: SimSession -> Scene -> SceneRenderer into an OffscreenTarget, overlays
// through Dear ImGui's OpenGL 3 back end, then VideoEncoder or write_png.
#include "record/recorder.h"


#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

#include "overlay/clip_frame.h"
#include "sim/sim_session.h"
#include "input_error.h"
#include "interrupt.h"
#include "video/clip_schedule.h"
#include "video/clip_writer.h"
#include "record/headless_gl.h"
#include "render/png_writer.h"

namespace gait {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
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
  SimSession session(spec, opt.adjust_model);
  session.set_ghost_active(opt.compare);

  HeadlessGl gl;
  ClipFrameRenderer frames(opt.width, opt.height, opt.samples < 0 ? (opt.kind == OutputKind::Png ? 4 : 0) : opt.samples,
                           opt.overlays);
  ClipLook look;
  look.camera = opt.camera;
  look.view = opt.view;
  look.compare = opt.compare;
  look.overlays = opt.overlays;
  look.slow_motion = opt.slow_motion;
  const auto render = [&]() { return frames.render(session, look); };
  // to a frame's time in pieces of 0.25 s, so that a stop request is seen soon (a PNG at --at 3600
  // steps an hour); step_until stops at the same step however the target is approached
  constexpr int kMaxSteps = 1 << 30;
  constexpr double kStopCheck_s = 0.25;
  const double total_s = opt.kind == OutputKind::Png ? opt.at_s : opt.from_s + opt.duration_s;
  const auto step_to = [&](double time_s) {
    throw_if_stop_requested();
    while (!session.stopped() && session.time_s() + 0.5 * session.model().dt_s < time_s) {
      session.step_until(std::min(time_s, session.time_s() + kStopCheck_s), kMaxSteps);
      throw_if_stop_requested();
      if (opt.progress) opt.progress(session.time_s(), total_s);
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
    // frame i at (first + i) / (fps x slow motion) s: the same instants, bit for bit, as frames
    // first + i of a clip from 0, so a clip --from T is a piece of the longer one
    const ClipSchedule schedule{0, opt.fps, opt.slow_motion};
    const int first = static_cast<int>(std::llround(opt.from_s * opt.fps * opt.slow_motion));
    const int n = schedule.frame_count(opt.duration_s);
    ClipWriter writer(std::move(output), opt.kind == OutputKind::Mp4 ? VideoFormat::Mp4 : VideoFormat::Gif,
                      opt.width, opt.height, opt.fps);
    for (int i = 0; i < n; ++i) {
      step_to(schedule.frame_time_s(first + i));
      if (opt.on_instant) opt.on_instant(i, session);
      RgbImage image = render();
      if (opt.on_frame) opt.on_frame(i, image);
      writer.push(std::move(image));  // encoded on the writer's thread while the next frame renders
      if (opt.progress) opt.progress(i + 1 == n ? total_s : std::min(session.time_s(), total_s), total_s);
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
