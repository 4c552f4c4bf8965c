// The app's clips: what the 3D view shows (its size, camera and overlays, without the panels), one
// frame per 1/fps of *simulated* time, through the same schedule (video/clip_schedule.h) and writer
// (video/clip_writer.h) as `gaitsim record`, so an app clip has the frames a command-line clip has.
// The loop holds the simulation at the next frame's time until that frame is taken: frames are
// never dropped, and a slow machine slows the simulation instead. Pixels are copied on the GPU when
// the view is drawn and read back after the frame's physics; a worker thread encodes them, so the
// UI never waits for the encoder.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/app_state.h"
#include "video/clip_schedule.h"
#include "video/clip_writer.h"
#include "render/offscreen.h"
#include "render/renderer.h"

namespace gait {

/// Largest clip, as `gaitsim record --size` allows (H.264 levels and players stop near there).
inline constexpr int kMaxClipWidth = 3840, kMaxClipHeight = 2160;

/// How a clip ended: written to `path`, or `error` (one line; no file is left then).
struct ClipOutcome {
  std::string path;
  int frames = 0;
  double length_s = 0;  ///< simulated seconds the clip covers
  std::string error;
};

class ViewportRecorder {
 public:
  ViewportRecorder() = default;
  /// A clip still recording or being written is finished and kept. Needs the GL context current.
  ~ViewportRecorder();
  ViewportRecorder(const ViewportRecorder&) = delete;
  ViewportRecorder& operator=(const ViewportRecorder&) = delete;

  /// Starts a clip at `path` of a view of `width` x `height` framebuffer pixels (rounded down to even
  /// for yuv420p, at most 3840x2160); frame 0 is the view drawn at simulated time `start_s`. Needs
  /// the GL context. Throws InputError or std::runtime_error (one line); nothing is written then.
  /// `from_view`: frames are copies of the view (grab); else the app renders them at the clip's size
  /// and hands them over with add().
  void start(const std::string& path, const ClipSettings& settings, int width, int height, double start_s,
             bool from_view = true);
  /// Taking frames (false once stopped, while the file may still be being written).
  bool recording() const { return recording_; }
  /// Stopped, and the file is not written yet.
  bool saving() const { return writer_ && !recording_; }
  /// While recording: the simulated time the simulation must not pass before the next frame is taken.
  double hold_time_s() const { return schedule_.frame_time_s(next_); }
  /// Whether the view drawn at `time_s` (the model stepping `dt_s`) is the next frame, and the
  /// encoder has room for it (if not, the simulation waits at this time for a later drawing).
  bool wants_frame(double time_s, double dt_s) const;
  /// Takes the next frame: copies `view` of the framebuffer bound for reading, on the GPU.
  void grab(const Viewport& view);
  /// Takes the next frame as a picture rendered at the clip's size (ClipFrameRenderer); stops the
  /// clip when it has reached its length.
  void add(RgbImage image);
  /// Reads a grabbed frame back and queues it for the encoder; call after the frame is flushed, so
  /// the read overlaps other work. Stops the clip when it has reached its length.
  void collect();
  /// Stops taking frames; the file is finished on the worker thread (poll() reports it).
  void stop();
  /// The outcome of a clip that has stopped and been written, or that failed; once.
  std::optional<ClipOutcome> poll();
  /// Stops, waits until the file is written, and returns the outcome (at quit).
  std::optional<ClipOutcome> wait();

  /// Simulated seconds taken so far.
  double elapsed_s() const { return schedule_.elapsed_s(next_); }
  const std::string& path() const { return path_; }
  int width() const { return writer_ ? writer_->width() : 0; }
  int height() const { return writer_ ? writer_->height() : 0; }

 private:
  std::unique_ptr<ClipWriter> writer_;
  std::unique_ptr<OffscreenTarget> target_;  ///< the grabbed frame, until collect() reads it
  ClipSchedule schedule_;
  std::string path_;
  int frames_wanted_ = 0;  ///< 0: until stopped
  int next_ = 0;           ///< index of the next frame to take
  bool recording_ = false, grabbed_ = false;
};

/// "gaitsim-YYYYMMDD-HHMMSS.mp4" (or .gif) for `settings`, in the current folder.
std::string default_clip_name(const ClipSettings& settings);

}  // namespace gait
