// Robustness grids (README, gaitsim grid): a grid file (TOML) -> the list of cells to run, each one
// base scenario with --set / --change overrides, judged by its kind. Errors name file, line and key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario_spec.h"

namespace gait {

/// How a cell is judged (issue 14's acceptance): every cell must neither fall nor stall; a healthy
/// cell must also walk near its target speed, a palsy cell (any weakness) at least a floor speed.
enum class CellKind { Healthy, Palsy };

/// "healthy" or "palsy", as grid files write it.
std::string_view cell_kind_name(CellKind kind);

/// The acceptance thresholds, the grid file's [acceptance] table (defaults: issue 14).
struct GridAcceptance {
  double healthy_speed_tolerance_m_s = 0.07;  ///< healthy: |walked - target| at most this (m/s)
  double palsy_min_speed_m_s = 0.5;           ///< palsy: walked at least this (m/s)
  /// After each change of the target speed during a run, this long is not judged (s): the walker
  /// needs some steps to reach the new speed.
  double speed_settle_s = 5.0;
};

/// One override of a cell in --set or --change syntax, with where the grid file wrote it.
struct CellOverride {
  std::string text;  ///< "left.superior_gluteal_nerve=0" (--set) or "20:gait.compensation=1" (--change)
  int line = 0;      ///< line in the grid file
  std::string key;   ///< the grid key that holds it, e.g. "case.set", for messages
};

/// One run of the grid: the base scenario, its duration, then `set` in order, then `change`.
struct GridCell {
  std::string name;  ///< unique; "healthy/1.75m-75kg/v1.2" for a product cell
  CellKind kind = CellKind::Healthy;
  std::vector<CellOverride> set{};
  std::vector<CellOverride> change{};
  int line = 0;  ///< where the cell (its case, extra or generator) is defined
};

struct GridSpec {
  std::string source;     ///< the grid file, for messages
  std::string name;       ///< the grid's title
  std::string base_path;  ///< the base scenario: the file's path, resolved against the grid file's folder
  std::string base_text;  ///< the base scenario file as read; build_cell_specs builds the cells from it
  double duration_s = 0;  ///< each cell's simulated time (s); the base scenario's when the file omits it
  GridAcceptance acceptance;
  std::vector<GridCell> cells;  ///< product cells (case x body x speed, in that nesting), then extras,
                                ///< then generated cells
};

/// Reads and checks the grid file at `path`: its keys and types, every override against the base
/// scenario, the names. Throws InputError with one line: "grids/x.toml:12: case.set: ...".
GridSpec load_grid(const std::string& path);

/// As load_grid, from text; `source_name` names it in messages, and its folder is where a relative
/// base path is looked up.
GridSpec parse_grid_text(std::string_view toml_text, const std::string& source_name);

/// Each cell as a ScenarioSpec named after the cell: the base scenario with duration_s = the grid's,
/// then the cell's --set and --change overrides. `duration_s`, when given (gaitsim grid --duration),
/// then replaces the run's length; changes after it are not reached. Throws InputError naming the
/// grid file and line.
std::vector<ScenarioSpec> build_cell_specs(const GridSpec& grid, std::optional<double> duration_s = {});

}  // namespace gait
