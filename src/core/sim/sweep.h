// Sweeps: one numeric scenario key over a range of values (`--vary KEY=FROM:TO:STEP`), and running
// many scenarios on a few threads, each run in its own Model, State and Bullet world.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario_spec.h"
#include "sim/run.h"

namespace gait {

/// At most this many values in one sweep (a typo in STEP should not start a million runs).
inline constexpr std::size_t kMaxSweepValues = 1000;

/// A numeric scenario key and its values FROM, FROM + STEP, ... up to TO.
struct SweepRange {
  std::string key;  ///< a Number key of the registry, e.g. "left.superior_gluteal_nerve"
  double from = 0;
  double to = 0;
  double step = 0;  ///< non-zero, signed: pointing from FROM toward TO (any sign when FROM == TO)
  /// Decimals the values are rounded to: the most any of FROM, TO, STEP was written with, so that
  /// 1 - 6 * 0.1 is reported as 0.4, not 0.3999999999999999.
  int decimals = 0;
};

/// Parses the text of --vary, "KEY=FROM:TO:STEP". KEY must be a number key of the scenario registry;
/// FROM and TO must lie in its range; STEP must be non-zero. A positive STEP is a step size taken
/// from FROM toward TO, down or up (1:0:0.1 gives 1, 0.9, ..., 0); a negative STEP must point toward
/// TO itself (1:0:-0.1 is the same sweep; 0:1:-0.1 is an error). The range may hold at most
/// kMaxSweepValues values. Throws InputError naming "--vary TEXT" otherwise.
SweepRange parse_sweep_range(std::string_view text);

/// FROM + i * STEP for i = 0, 1, ... while not past TO (with 1e-9 of the step's slack for floating
/// error), each rounded to `decimals` decimals. 1:0:0.1 gives 1, 0.9, ..., 0.1, 0 (11 values).
std::vector<double> sweep_values(const SweepRange& range);

/// Calls task(i) for i = 0, 1, ..., n - 1 on up to `jobs` threads (at least 1; never more than n),
/// handing out the indices in order; once a task returns false, no further index is handed out
/// (tasks already started still finish). An exception thrown by a task stops the others and is
/// rethrown here.
void run_indexed_parallel(std::size_t n, int jobs, const std::function<bool(std::size_t index)>& task);

/// Called on the worker thread that finished run `index` of the specs; returns false to stop handing
/// out further runs (runs already started still finish and are still passed on).
using RunConsumer = std::function<bool(std::size_t index, RunResult&& result)>;

/// Runs every spec with run_scenario on up to `jobs` threads (at least 1; never more than there are
/// specs). Each run is independent, so the results do not depend on `jobs` or on scheduling.
/// `consume` is called once per finished run, from the worker thread, never from two threads at
/// once. An exception thrown by a run or by `consume` stops the others and is rethrown here.
void run_scenarios_parallel(const std::vector<ScenarioSpec>& specs, int jobs, const RunConsumer& consume);

}  // namespace gait
