// When the frames of a clip fall in simulated time, for the command line and the app alike: frame i
// at start + i / (fps x slow_motion) s. A clip at N fps then holds N frames per simulated second
// (more in slow motion), however fast or slow the wall clock ran while it was recorded.
#pragma once

#include <algorithm>
#include <cmath>

namespace gait {

struct ClipSchedule {
  double start_s = 0;      ///< simulated time of frame 0
  int fps = 30;            ///< frames per second of the clip as it plays
  double slow_motion = 1;  ///< the clip plays this many times slower than the simulation

  /// Simulated seconds between two frames.
  double spacing_s() const { return 1.0 / (fps * slow_motion); }
  /// Simulated time of frame `i`.
  double frame_time_s(int i) const { return start_s + i * spacing_s(); }
  /// Frames in a clip of `duration_s` simulated seconds: round(duration x fps x slow_motion), at least 1.
  int frame_count(double duration_s) const {
    return std::max(1, static_cast<int>(std::llround(duration_s * fps * slow_motion)));
  }
  /// Simulated seconds covered by the first `frames` frames (the clip's elapsed time).
  double elapsed_s(int frames) const { return frames * spacing_s(); }
  /// Whether a simulation at `time_s`, stepping `dt_s`, stands at frame `i`'s time (or past it).
  /// SimSession::step_until(t) stops at the first step with time + dt/2 >= t: this is the same test,
  /// so the app takes frame i in the state the command line would step to.
  bool reached(int i, double time_s, double dt_s) const { return time_s + 0.5 * dt_s >= frame_time_s(i); }
};

}  // namespace gait
