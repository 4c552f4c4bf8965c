// Running a grid's cells on a few threads: each cell's Frames live only until its figures are taken.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "grid/grid_result.h"
#include "grid/grid_spec.h"

namespace gait {

/// Where a grid run is, after each finished cell.
struct GridProgress {
  std::size_t done = 0;              ///< cells finished
  std::size_t total = 0;             ///< cells in the run
  double done_duration_s = 0;        ///< the finished cells' asked durations, summed (s)
  double done_simulated_s = 0;       ///< what they simulated, summed (s): less when cells fell
  double total_duration_s = 0;       ///< every cell's asked duration, summed (s)
  const CellResult* last = nullptr;  ///< the cell just finished
};

/// Called after each finished cell, from the worker thread, never from two threads at once.
using GridProgressFn = std::function<void(const GridProgress&)>;

/// Runs specs[i] (grid.cells[i] as build_cell_specs made it) for every i on up to `jobs` threads
/// (run_scenarios_parallel) and measures each on its thread; the results come back in cell order,
/// identical whatever `jobs` is. A diverged cell is a result (it fails), not an error.
std::vector<CellResult> run_grid(const GridSpec& grid, const std::vector<ScenarioSpec>& specs, int jobs,
                                 const GridProgressFn& progress = {});

}  // namespace gait
