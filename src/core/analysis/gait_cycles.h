// Gait cycles (initial contact to the next initial contact of the same foot, docs/metrics.md#gait-cycles),
// which of them are analysed, single-stance intervals, and curves resampled to 0-100 % of the cycle.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "analysis/frame_signal.h"
#include "analysis/gait_events.h"
#include "side.h"
#include "sim/frame.h"

namespace gait {

/// Cycles discarded at the start of the run, per side (docs/metrics.md#gait-cycles: the walk is still
/// settling).
inline constexpr int kDiscardedCycles = 3;
/// A cycle is discarded when its duration differs from the median by more than this fraction.
inline constexpr double kMaxCycleDurationDeviation_frac = 0.25;
/// Points per resampled cycle curve: 0, 1, ..., 100 % of the cycle.
inline constexpr int kCyclePoints = 101;

/// A signal over one cycle, at 0, 1, ..., 100 % of it.
using CycleCurve = std::array<double, kCyclePoints>;

/// One gait cycle of one foot, with its events as times (s).
struct GaitCycle {
  Side side = Side::Left;
  double start_s = 0;    ///< initial contact of this foot
  double toe_off_s = 0;  ///< toe-off of this foot: stance is [start_s, toe_off_s]
  double end_s = 0;      ///< next initial contact of this foot
  /// First contralateral toe-off and the contralateral initial contact after it, inside the cycle.
  std::optional<double> contralateral_toe_off_s, contralateral_contact_s;
  /// Regular walking cycle: start < contralateral toe-off < contralateral contact <= toe-off < end,
  /// so that it has one single-stance interval. Irregular cycles are never analysed.
  bool is_regular = false;

  double duration_s() const { return end_s - start_s; }
  TimeInterval stance() const { return {start_s, toe_off_s}; }
  /// From contralateral toe-off to contralateral initial contact (regular cycles only).
  TimeInterval single_stance() const { return {*contralateral_toe_off_s, *contralateral_contact_s}; }
};

/// Every complete cycle of `side` in the events (time order), regular or not.
std::vector<GaitCycle> extract_gait_cycles(const std::vector<GaitEvent>& events, Side side);

/// The cycle of `side` from its initial contact at start_s to the next at end_s, with its toe-off
/// and the other foot's events from `events`; nullopt when the foot has no toe-off in between (then
/// it is no cycle). Needs every event before end_s.
std::optional<GaitCycle> make_gait_cycle(const std::vector<GaitEvent>& events, Side side, double start_s,
                                         double end_s);

/// The cycles to analyse out of one side's `cycles`: drops the first kDiscardedCycles, then irregular
/// cycles, then those whose duration differs from the median duration of the remaining regular
/// cycles by more than kMaxCycleDurationDeviation_frac.
std::vector<GaitCycle> select_analysed_cycles(const std::vector<GaitCycle>& cycles);

/// Everything the metrics need about a run's cycles.
struct GaitCycleSet {
  std::vector<GaitEvent> events;                 ///< both feet, time order
  LeftRight<std::vector<TimeInterval>> contact;  ///< foot-contact intervals
  LeftRight<std::vector<GaitCycle>> all;         ///< every complete cycle
  LeftRight<std::vector<GaitCycle>> analysed;    ///< select_analysed_cycles(all)
};

/// Events, contact intervals and cycles of a run (walking; empty lists when there are none).
GaitCycleSet find_gait_cycles(const std::vector<Frame>& frames);

/// A single-stance interval: only `side`'s foot is loaded, from the other foot's toe-off to its next
/// initial contact.
struct SingleStance {
  Side side = Side::Left;  ///< the stance foot
  TimeInterval interval;
};

/// Every complete single-stance interval of the run, in time order (early cycles included). An
/// interval is complete when the other foot lands again while `side` is still loaded.
std::vector<SingleStance> find_single_stances(const std::vector<GaitEvent>& events,
                                              const LeftRight<std::vector<TimeInterval>>& contact);

/// `signal` over `cycle`, resampled to kCyclePoints points evenly spaced in time from its start to its
/// end (linear interpolation between Frames).
CycleCurve resample(const std::vector<Frame>& frames, const GaitCycle& cycle, const FrameSignal& signal);

/// Point-wise mean and standard deviation of a set of cycle curves.
struct CycleStats {
  CycleCurve mean{};
  CycleCurve sd{};  ///< sample standard deviation (n - 1); 0 for a single curve
  int count = 0;    ///< number of curves
};

/// Mean and SD of `curves`; nullopt when there are none.
std::optional<CycleStats> mean_and_sd(const std::vector<CycleCurve>& curves);

}  // namespace gait
