// Reading one scalar signal out of a run's Frames as a function of time: the value at any instant
// (linear interpolation between samples), and its peak and mean over an interval.
#pragma once

#include <functional>
#include <vector>

#include "sim/frame.h"

namespace gait {

/// A scalar read from one Frame, e.g. `[](const Frame& f) { return f.pelvic_obliquity_rad; }`.
using FrameSignal = std::function<double(const Frame&)>;

/// A closed time interval [start_s, end_s] in simulated seconds.
struct TimeInterval {
  double start_s = 0;
  double end_s = 0;
  double duration_s() const { return end_s - start_s; }
};

/// Value of `signal` at time `t_s`, linearly interpolated between the two Frames around it (Frames
/// sorted by time, any sampling rate); clamped to the first / last Frame outside the run.
/// Precondition: `frames` is not empty.
double value_at(const std::vector<Frame>& frames, double t_s, const FrameSignal& signal);

/// Peak (maximum) of the piecewise-linear signal over `interval`: the interpolated values at both ends
/// and every Frame strictly inside, so it never depends on where the samples fall and is never empty.
double peak_over(const std::vector<Frame>& frames, TimeInterval interval, const FrameSignal& signal);

/// Time-weighted mean of the piecewise-linear signal over `interval` (trapezoidal integral divided by
/// the duration); the value at the start for an empty interval.
double mean_over(const std::vector<Frame>& frames, TimeInterval interval, const FrameSignal& signal);

}  // namespace gait
