// Scenario files (TOML, README.md#scenario-files) and command-line overrides -> ScenarioSpec. Every problem
// throws InputError with one line naming file (or flag), line and key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input_error.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_spec.h"

namespace gait {

/// Command-line changes to a scenario, applied in this order: every `set` (later wins), then
/// `duration`, then `change` (whose times are checked against the final duration).
struct ScenarioOverrides {
  std::vector<std::string> set{};         ///< "KEY=VALUE" (--set), any key, numbers and strings alike
  std::optional<std::string> duration{};  ///< --duration S, as text; same check as duration_s
  std::vector<std::string> change{};      ///< "T:KEY=VALUE" (--change), changeable inputs only
};

/// Reads and validates the scenario file at `path`. Throws InputError ("path: cannot open file: ...",
/// "path:12: left.gluteus_medius: expected a number in 0..1, got 1.5", "--set K=V: ...").
ScenarioSpec load_scenario(const std::string& path, const ScenarioOverrides& overrides);

/// As above, with only --set and --change overrides.
ScenarioSpec load_scenario(const std::string& path, const std::vector<std::string>& set_overrides = {},
                           const std::vector<std::string>& change_args = {});

/// Parses scenario TOML from a string; `source_name` names it in messages and in ScenarioSpec::source.
ScenarioSpec parse_scenario_text(std::string_view toml_text, const std::string& source_name,
                                 const ScenarioOverrides& overrides);

/// As above, with only --set and --change overrides.
ScenarioSpec parse_scenario_text(std::string_view toml_text, const std::string& source_name,
                                 const std::vector<std::string>& set_overrides = {},
                                 const std::vector<std::string>& change_args = {});

}  // namespace gait
