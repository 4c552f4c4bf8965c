// measure_cell and judge_cell: a cell's figures from its run, and its acceptance.
#include "grid/grid_result.h"

#include <cmath>

#include "analysis/frame_signal.h"
#include "analysis/number_text.h"
#include "analysis/summary.h"
#include "scenario/scenario_keys.h"

namespace gait {
namespace {

/// Judged windows shorter than this give no speed (s): too few steps to average.
constexpr double kMinWindow_s = 1.0;

}  // namespace

std::vector<SpeedSegment> speed_segments(const ScenarioSpec& spec) {
  std::vector<SpeedSegment> segments{{0, spec.duration_s, spec.inputs.speed_m_s, std::nullopt}};
  for (const InputChange& c : spec.changes) {
    if (c.key != "gait.speed_m_s" || c.time_s >= spec.duration_s || c.value == segments.back().target_m_s)
      continue;
    segments.back().end_s = c.time_s;
    // a change at the same time as the segment's start replaces it
    if (segments.back().end_s <= segments.back().start_s) segments.pop_back();
    segments.push_back({c.time_s, spec.duration_s, c.value, std::nullopt});
  }
  return segments;
}

CellResult measure_cell(const GridCell& cell, const ScenarioSpec& spec, const RunResult& run,
                        const GridAcceptance& acceptance) {
  CellResult r;
  r.name = cell.name;
  r.kind = cell.kind;
  r.duration_s = spec.duration_s;
  r.simulated_s = run.simulated_s;
  r.diverged = run.diverged;
  r.divergence_time_s = run.divergence_time_s;
  r.segments = speed_segments(spec);
  if (run.diverged) return r;  // a diverged run has no figures worth reporting

  const Summary s = summarize(spec, run);
  r.fell = s.fell;
  r.fall_time_s = s.fall_time_s;
  r.stalled = s.stalled;
  r.speed_m_s = s.speed_m_s;
  r.cadence_steps_min = s.cadence_steps_min;
  r.stride_length_m = s.stride_length_m;
  r.step_width_m = s.step_width_m;
  for (Side side : kSides)
    r.side[side] = {s.side[side].pelvic_drop_deg, s.side[side].trunk_lean_deg, s.side[side].trendelenburg};

  if (r.segments.size() == 1) {
    r.segments[0].walked_m_s = s.speed_m_s;
    return r;
  }
  const auto pelvis_x = [](const Frame& f) { return f.pelvis_position_m.x; };
  for (SpeedSegment& seg : r.segments) {
    const double from_s = seg.start_s + acceptance.speed_settle_s;
    if (run.frames.empty() || seg.end_s > run.simulated_s + 1e-9 || seg.end_s - from_s < kMinWindow_s)
      continue;
    seg.walked_m_s = (value_at(run.frames, seg.end_s, pelvis_x) - value_at(run.frames, from_s, pelvis_x)) /
                     (seg.end_s - from_s);
  }
  return r;
}

CellVerdict judge_cell(const CellResult& cell, const GridAcceptance& acceptance) {
  if (cell.diverged)
    return {CellFailure::Diverged,
            "diverged at " + fixed_text(cell.divergence_time_s.value_or(cell.simulated_s), 1) + " s"};
  if (cell.fell)
    return {CellFailure::Fell, "fell at " + fixed_text(cell.fall_time_s.value_or(cell.simulated_s), 1) + " s"};
  if (cell.stalled) return {CellFailure::Stalled, "stalled (under 0.2 m/s over the last 10 s)"};

  std::string reason;
  const bool segmented = cell.segments.size() > 1;
  for (const SpeedSegment& seg : cell.segments) {
    std::string problem;
    if (!seg.walked_m_s) {
      problem = "no speed measured";
    } else if (cell.kind == CellKind::Healthy) {
      // the tolerance is inclusive; 1e-9 keeps a speed exactly at the edge inside
      if (std::abs(*seg.walked_m_s - seg.target_m_s) > acceptance.healthy_speed_tolerance_m_s + 1e-9)
        problem = "speed " + fixed_text(*seg.walked_m_s, 2) + " vs target " + format_number(seg.target_m_s) +
                  " +- " + format_number(acceptance.healthy_speed_tolerance_m_s);
    } else if (*seg.walked_m_s < acceptance.palsy_min_speed_m_s - 1e-9) {
      problem = "speed " + fixed_text(*seg.walked_m_s, 2) + " < " + format_number(acceptance.palsy_min_speed_m_s);
    }
    if (problem.empty()) continue;
    if (segmented) problem = format_number(seg.start_s) + "-" + format_number(seg.end_s) + " s: " + problem;
    reason += (reason.empty() ? "" : "; ") + problem;
  }
  if (reason.empty()) return {};
  return {CellFailure::Speed, reason};
}

}  // namespace gait
