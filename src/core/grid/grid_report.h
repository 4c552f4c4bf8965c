// A grid's results as text: the table gaitsim grid prints, its summary line, and the --csv and --json
// files (the same per-cell figures; README, gaitsim grid).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "grid/grid_result.h"
#include "grid/grid_spec.h"

namespace gait {

/// Counts over a grid's cells. Each failing cell counts once, under its most serious failure.
struct GridTotals {
  std::size_t cells = 0;
  std::size_t passed = 0;
  std::size_t diverged = 0;
  std::size_t falls = 0;
  std::size_t stalls = 0;
  std::size_t misses = 0;  ///< walked and did not stall, but missed the speed acceptance
  bool all_pass() const { return passed == cells; }
};

GridTotals grid_totals(const std::vector<CellResult>& results, const GridAcceptance& acceptance);

/// One row per cell: cell, kind, target speed, outcome (ok, FELL t, STALLED, DIVERGED t), walked
/// speed, left / right pelvic drop, Trendelenburg signs and trunk lean, step width, and PASS or FAIL
/// with the reason; columns aligned, two header lines (names, units).
std::string grid_table(const std::vector<CellResult>& results, const GridAcceptance& acceptance);

/// "135 cells: 40 pass, 95 FAIL (3 falls, 1 stall, 91 speed misses); CPU 612 s, wall 318 s on 2 jobs".
std::string grid_summary_line(const GridTotals& totals, double cpu_s, double wall_s, int jobs);

/// One header line, then one row per cell: name, kind, target_speed_m_s (the first target),
/// speed_segments (start-end:target:walked, space-separated, only when the target changes),
/// duration_s, simulated_s, outcome, fell, fall_time_s, stalled, diverged, speed_m_s,
/// cadence_steps_min, stride_length_m, step_width_m, left_/right_ pelvic_drop_deg, trendelenburg,
/// trunk_lean_deg, pass (0/1), reason. A figure that cannot be computed is an empty field; no field
/// holds a comma. Byte-identical for identical results.
std::string grid_csv(const std::vector<CellResult>& results, const GridAcceptance& acceptance);

/// {"grid", "source", "base", "duration_s", "acceptance": {...}, "totals": {...}, "cells": [{name,
/// kind, set, change, the CSV's figures (left / right nested), pass, reason}]}. `cells` are the
/// GridCells of `results`, in the same order.
nlohmann::json grid_to_json(const GridSpec& grid, const std::vector<GridCell>& cells,
                            const std::vector<CellResult>& results);

}  // namespace gait
