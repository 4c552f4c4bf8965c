// Spatiotemporal figures over the analysed cycles (speed, cadence, stride length, step width) and the
// stall criterion (docs/metrics.md#spatiotemporal-figures, docs/metrics.md#run-outcome).
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

/// Where the pelvis and a foot's ankle centre were at time t_s (interpolated between Frames): what
/// the spatiotemporal figures read at each initial contact.
struct ContactPositions {
  Vec3 pelvis_m;
  Vec3 ankle_m;
};
ContactPositions positions_at(const std::vector<Frame>& frames, Side foot, double t_s);

/// One analysed cycle's share of the spatiotemporal figures.
struct CycleSpatial {
  double distance_m = 0;  ///< horizontal pelvis displacement over the cycle
  double duration_s = 0;
  double stride_m = 0;            ///< horizontal ankle displacement from contact to contact
  std::optional<double> width_m;  ///< nullopt when the other foot had no earlier contact
};

/// The share of `cycle` from the positions at its start and end (its own foot's ankle) and the
/// other foot's ankle at that foot's last initial contact before the cycle (nullopt: none).
CycleSpatial measure_cycle_spatial(const GaitCycle& cycle, const ContactPositions& start,
                                   const ContactPositions& end, const std::optional<Vec3>& other_ankle_m);

/// The figures over cycles in the order measure_spatiotemporal takes them (left analysed cycles,
/// then right).
Spatiotemporal combine_spatiotemporal(const std::vector<CycleSpatial>& cycles);

/// Last initial contact of `side` before t_s, if any (`events` in time order).
std::optional<double> previous_contact(const std::vector<GaitEvent>& events, Side side, double t_s);

/// Mean forward speed (+x, the walking direction) of the pelvis over the last kStallWindow_s of the
/// run, or the whole run when it is shorter (m/s); 0 with fewer than two Frames.
double final_forward_speed_m_s(const std::vector<Frame>& frames);

/// The same from a run's last Frames (`window`: every Frame of the last kStallWindow_s, and the one
/// before) and the time of its first Frame.
double final_forward_speed_m_s(const std::vector<Frame>& window, double first_s);

/// Stall (docs/metrics.md#run-outcome): final_forward_speed_m_s below kStallSpeed_m_s (which includes walking
/// backwards); false with fewer than two Frames.
bool is_stalled(const std::vector<Frame>& frames);

}  // namespace gait
