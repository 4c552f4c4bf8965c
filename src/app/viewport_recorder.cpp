// ViewportRecorder: the simulated-time frame schedule, the GPU copy of the view, the read-back and
// the hand-over to the encoding thread.
#include "app/viewport_recorder.h"

#include <algorithm>
#include <stdexcept>

#include "app/app_files.h"

namespace gait {

std::string default_clip_name(const ClipSettings& settings) {
  return timestamped_file_name(settings.format == VideoFormat::Gif ? ".gif" : ".mp4");
}

ViewportRecorder::~ViewportRecorder() {
  wait();
}

void ViewportRecorder::start(const std::string& path, const ClipSettings& settings, int width, int height,
                             double start_s, bool from_view) {
  if (writer_) throw std::runtime_error("the last clip is still being written; try again in a moment");
  // yuv420p halves the chroma planes: even sizes only
  const int w = std::min(width, kMaxClipWidth) / 2 * 2, h = std::min(height, kMaxClipHeight) / 2 * 2;
  if (w < 2 || h < 2) throw std::runtime_error("the 3D view is too small to record");
  if (settings.fps < 1 || settings.fps > 120) throw std::runtime_error("clip fps must be 1..120");
  if (settings.format == VideoFormat::Gif && settings.fps > kMaxGifFps)
    throw std::runtime_error("a GIF's frame delays are whole hundredths of a second: GIF fps must be 1..100");
  if (from_view) target_ = std::make_unique<OffscreenTarget>(w, h);
  try {
    writer_ = std::make_unique<ClipWriter>(path, settings.format, w, h, settings.fps);
  } catch (...) {
    target_.reset();
    throw;
  }
  schedule_ = ClipSchedule{start_s, settings.fps, 1.0};
  frames_wanted_ = settings.length_s > 0 ? schedule_.frame_count(settings.length_s) : 0;
  path_ = path;
  next_ = 0;
  grabbed_ = false;
  recording_ = true;
}

bool ViewportRecorder::wants_frame(double time_s, double dt_s) const {
  return recording_ && !grabbed_ && schedule_.reached(next_, time_s, dt_s) && writer_->has_room();
}

void ViewportRecorder::grab(const Viewport& view) {
  const int w = target_->width(), h = target_->height();
  // a view resized while recording keeps the clip's size: its top-left part, the rest black
  const int cw = std::min(w, view.width), ch = std::min(h, view.height);
  if (cw < w || ch < h) target_->clear(0, 0, 0);
  // GL's rows run bottom-up: the view's top rows are at y + height - ch
  if (cw > 0 && ch > 0)
    target_->copy_from_read_framebuffer(view.x, view.y + view.height - ch, cw, ch, 0, h - ch);
  grabbed_ = true;
  ++next_;  // the simulation may go on to the next frame's time
}

void ViewportRecorder::add(RgbImage image) {
  ++next_;
  try {
    writer_->push(std::move(image));
  } catch (const std::exception&) {
    // the writer failed: its error is reported by poll()
  }
  if (frames_wanted_ > 0 && next_ >= frames_wanted_) stop();
}

void ViewportRecorder::collect() {
  if (!grabbed_) return;
  grabbed_ = false;
  try {
    writer_->push(target_->read());
  } catch (const std::exception&) {
    // the writer failed: its error is reported by poll()
  }
  if (frames_wanted_ > 0 && next_ >= frames_wanted_) stop();
}

void ViewportRecorder::stop() {
  if (!recording_) return;
  recording_ = false;
  grabbed_ = false;
  writer_->close();
}

std::optional<ClipOutcome> ViewportRecorder::poll() {
  if (!writer_ || !writer_->done()) return std::nullopt;
  ClipOutcome out{path_, writer_->frames(), schedule_.elapsed_s(writer_->frames()), writer_->error()};
  recording_ = false;
  writer_.reset();  // a failed clip's temporary file goes with it
  target_.reset();
  return out;
}

std::optional<ClipOutcome> ViewportRecorder::wait() {
  if (!writer_) return std::nullopt;
  stop();
  try {
    writer_->finish();
  } catch (const std::exception&) {
    // reported by poll()
  }
  return poll();
}

}  // namespace gait
