// GridSpec -> the cells' ScenarioSpecs (the base scenario with each cell's overrides), and kind names.
#include "grid/grid_spec.h"
#include "input_error.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"

namespace gait {

std::string_view cell_kind_name(CellKind kind) {
  return kind == CellKind::Healthy ? "healthy" : "palsy";
}

std::vector<ScenarioSpec> build_cell_specs(const GridSpec& grid, std::optional<double> duration_s) {
  if (duration_s) {
    const ScenarioKey& k = *find_scenario_key("duration_s");
    if (!(*duration_s >= k.min && *duration_s <= k.max))
      throw InputError("--duration " + format_number(*duration_s), 0, "",
                       "expected a number of seconds in " + describe_range(k));
  }
  std::vector<ScenarioSpec> specs;
  specs.reserve(grid.cells.size());
  for (const GridCell& cell : grid.cells) {
    ScenarioOverrides overrides{.duration = format_number(grid.duration_s)};
    for (const CellOverride& o : cell.set) overrides.set.push_back(o.text);
    for (const CellOverride& o : cell.change) overrides.change.push_back(o.text);
    try {
      specs.push_back(parse_scenario_text(grid.base_text, grid.base_path, overrides));
    } catch (const InputError& e) {
      // each override alone was checked when the file was read; together they can still clash
      throw InputError(grid.source, cell.line, cell.name, e.what());
    }
    specs.back().name = cell.name;
    if (duration_s) specs.back().duration_s = *duration_s;
  }
  return specs;
}

}  // namespace gait
