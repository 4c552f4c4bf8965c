// Spatiotemporal figures over the analysed cycles (speed, cadence, stride length, step width) and the
// stall criterion (DESIGN 6).
#pragma once

#include <optional>
#include <vector>

#include "analysis/gait_cycles.h"

namespace gait {

/// Stall: mean forward (+x) pelvis speed over the last this-many seconds of the run ...
inline constexpr double kStallWindow_s = 10.0;
/// ... below this (m/s); walking backwards is below it too.
inline constexpr double kStallSpeed_m_s = 0.2;

/// Pooled over both sides' analysed cycles; nullopt when there are none.
struct Spatiotemporal {
  /// Sum of the horizontal pelvis displacement over each analysed cycle / sum of their durations (m/s).
  std::optional<double> speed_m_s;
  /// Steps per minute: 2 steps per stride, 120 / mean cycle duration in s.
  std::optional<double> cadence_steps_min;
  /// Mean horizontal distance between the ankle centre at a cycle's initial contact and at the next
  /// initial contact of the same foot (m): the foot-placement definition, not the pelvis travel.
  std::optional<double> stride_length_m;
  /// Mean distance, perpendicular to the walking direction, between the ankle centre at a cycle's
  /// initial contact and the other ankle centre at that foot's preceding initial contact (m). The
  /// walking direction is the horizontal pelvis displacement over the cycle.
  std::optional<double> step_width_m;
};

Spatiotemporal measure_spatiotemporal(const std::vector<Frame>& frames, const GaitCycleSet& cycles);

/// Mean forward speed (+x, the walking direction) of the pelvis over the last kStallWindow_s of the
/// run, or the whole run when it is shorter (m/s); 0 with fewer than two Frames.
double final_forward_speed_m_s(const std::vector<Frame>& frames);

/// DESIGN 6 stall: final_forward_speed_m_s below kStallSpeed_m_s (which includes walking backwards);
/// false with fewer than two Frames.
bool is_stalled(const std::vector<Frame>& frames);

}  // namespace gait
