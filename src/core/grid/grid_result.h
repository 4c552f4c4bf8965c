// What one grid cell's run gave (a few figures of its summary, kept after its Frames are freed) and
// whether it passes the grid's acceptance (README, gaitsim grid; issue 14's acceptance list).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/trendelenburg.h"
#include "grid/grid_spec.h"
#include "side.h"
#include "sim/run.h"

namespace gait {

/// A stretch of the run with one target speed: the whole run, unless gait.speed_m_s changes during it.
struct SpeedSegment {
  double start_s = 0;
  double end_s = 0;  ///< the next target change, or the end of the run
  double target_m_s = 0;
  /// Multi-segment cells only: mean forward (+x) pelvis speed from start_s + speed_settle_s to end_s
  /// (m/s); nullopt when the run ended before end_s or the window is under 1 s.
  std::optional<double> walked_m_s;
};

/// One side's figures of the cell (means over the analysed cycles, as the run summary gives them).
struct CellSide {
  std::optional<double> pelvic_drop_deg;
  std::optional<double> trunk_lean_deg;
  std::optional<Trendelenburg> trendelenburg;
};

/// One cell's outcome and figures: all a grid report needs, in a few hundred bytes.
struct CellResult {
  std::string name;
  CellKind kind = CellKind::Healthy;
  double duration_s = 0;   ///< asked (s)
  double simulated_s = 0;  ///< reached (s): duration_s unless it fell or diverged
  bool fell = false;
  std::optional<double> fall_time_s;
  bool stalled = false;   ///< the summary's stall: under 0.2 m/s over the last 10 s
  bool diverged = false;  ///< non-finite state; the run stopped
  std::optional<double> divergence_time_s;
  std::optional<double> speed_m_s;  ///< the summary's speed over the analysed cycles (m/s)
  std::optional<double> cadence_steps_min;
  std::optional<double> stride_length_m;
  std::optional<double> step_width_m;
  LeftRight<CellSide> side;
  std::vector<SpeedSegment> segments;  ///< one, or one per target speed when it changes mid-run
};

/// The target speed's segments of `spec`: its initial speed, then each gait.speed_m_s change before
/// the end that sets another value.
std::vector<SpeedSegment> speed_segments(const ScenarioSpec& spec);

/// Summarizes a cell's run (summarize(), docs/metrics.md#grid-outputs) and, for a changing target, each
/// segment's speed over its judged window (from `acceptance.speed_settle_s` after the change to the next
/// change).
CellResult measure_cell(const GridCell& cell, const ScenarioSpec& spec, const RunResult& run,
                        const GridAcceptance& acceptance);

/// Why a cell fails, most serious first; a cell that diverged, fell or stalled is not also counted
/// as a speed miss.
enum class CellFailure { None, Diverged, Fell, Stalled, Speed };

struct CellVerdict {
  CellFailure failure = CellFailure::None;
  std::string reason;  ///< "" when it passes, e.g. "fell at 12.3 s", "speed 1.07 vs target 0.6 +- 0.07"
                       ///< (never a comma)
  bool pass() const { return failure == CellFailure::None; }
};

/// Judges a cell: no divergence, no fall, no stall; then a healthy cell's speed within
/// healthy_speed_tolerance_m_s of its target, a palsy cell's at least palsy_min_speed_m_s (each
/// segment's when the target changes during the run).
CellVerdict judge_cell(const CellResult& cell, const GridAcceptance& acceptance);

}  // namespace gait
