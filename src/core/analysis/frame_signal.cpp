// Reading one scalar signal out of a run's Frames as a function of time.
#include "analysis/frame_signal.h"

#include <algorithm>
#include <cassert>

namespace gait {
namespace {

/// Index of the first Frame with time > t_s.
std::size_t upper_index(const std::vector<Frame>& frames, double t_s) {
  const auto it = std::upper_bound(frames.begin(), frames.end(), t_s,
                                   [](double t, const Frame& f) { return t < f.time_s; });
  return static_cast<std::size_t>(it - frames.begin());
}

}  // namespace

double value_at(const std::vector<Frame>& frames, double t_s, const FrameSignal& signal) {
  assert(!frames.empty());
  const std::size_t hi = upper_index(frames, t_s);
  if (hi == 0) return signal(frames.front());
  if (hi == frames.size()) return signal(frames.back());
  const Frame& a = frames[hi - 1];
  const Frame& b = frames[hi];
  const double span_s = b.time_s - a.time_s;
  const double va = signal(a);
  if (span_s <= 0) return va;
  const double w = (t_s - a.time_s) / span_s;
  return va + (signal(b) - va) * w;
}

double peak_over(const std::vector<Frame>& frames, TimeInterval interval, const FrameSignal& signal) {
  double peak =
      std::max(value_at(frames, interval.start_s, signal), value_at(frames, interval.end_s, signal));
  // Frames strictly inside the interval
  for (std::size_t i = upper_index(frames, interval.start_s);
       i < frames.size() && frames[i].time_s < interval.end_s; ++i) {
    peak = std::max(peak, signal(frames[i]));
  }
  return peak;
}

double mean_over(const std::vector<Frame>& frames, TimeInterval interval, const FrameSignal& signal) {
  const double duration_s = interval.duration_s();
  double prev_t = interval.start_s;
  double prev_v = value_at(frames, prev_t, signal);
  if (duration_s <= 0) return prev_v;
  // trapezoids between the start, the Frames strictly inside, and the end
  double integral = 0;
  for (std::size_t i = upper_index(frames, interval.start_s);
       i < frames.size() && frames[i].time_s < interval.end_s; ++i) {
    const double v = signal(frames[i]);
    integral += 0.5 * (prev_v + v) * (frames[i].time_s - prev_t);
    prev_t = frames[i].time_s;
    prev_v = v;
  }
  const double end_v = value_at(frames, interval.end_s, signal);
  integral += 0.5 * (prev_v + end_v) * (interval.end_s - prev_t);
  return integral / duration_s;
}

}  // namespace gait
