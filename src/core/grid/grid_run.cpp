// run_grid: the cells through run_scenarios_parallel, each reduced to a CellResult at once.
#include "grid/grid_run.h"

#include "sim/sweep.h"

namespace gait {

std::vector<CellResult> run_grid(const GridSpec& grid, const std::vector<ScenarioSpec>& specs, int jobs,
                                 const GridProgressFn& progress) {
  std::vector<CellResult> results(specs.size());
  GridProgress p;
  p.total = specs.size();
  for (const ScenarioSpec& s : specs) p.total_duration_s += s.duration_s;
  // called on the worker threads one at a time; `run` (and its Frames) is freed when this returns,
  // so at most `jobs` runs' Frames are held at once
  run_scenarios_parallel(specs, jobs, [&](std::size_t i, RunResult&& run) {
    results[i] = measure_cell(grid.cells[i], specs[i], run, grid.acceptance);
    ++p.done;
    p.done_duration_s += specs[i].duration_s;
    p.done_simulated_s += run.simulated_s;
    p.last = &results[i];
    if (progress) progress(p);
    return true;
  });
  return results;
}

}  // namespace gait
