// Command-line overrides of a scenario: --set KEY=VALUE and --duration go into the parsed TOML table
// before it is checked (so every check is shared); --change T:KEY=VALUE becomes timed InputChanges.
#pragma once

#include <toml++/toml.h>

#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "scenario/parse_scenario.h"

namespace gait {

/// Which flag set each overridden key: dotted key -> flag text, e.g.
/// "left.gluteus_medius" -> "--set left.gluteus_medius=0.2". Errors on those keys name the flag.
using OverrideOrigins = std::map<std::string, std::string, std::less<>>;

/// Inserts every --set, then the --duration, of `overrides` into `root` (the parsed file), recording
/// in `origins` which flag set each key. Throws InputError naming the flag for a malformed --set or
/// an unknown key; values are checked later, with the file's, by the caller.
void apply_overrides(toml::table& root, const ScenarioOverrides& overrides, OverrideOrigins& origins);

/// Parses --change arguments ("T:KEY=VALUE") into InputChanges sorted by time (stable for equal
/// times). Checks that KEY is a changeable input, VALUE fits it and 0 <= T <= duration_s; throws
/// InputError naming the flag otherwise.
std::vector<InputChange> parse_changes(const std::vector<std::string>& change_args, double duration_s);

/// What is wrong with a timed change, as --change and the file's [[change]] tables report it.
struct ChangeProblem {
  enum class Part { Time, Key, Value };
  Part part = Part::Time;  ///< the part at fault (a file names its line)
  std::string key;         ///< the input key to name before the message, "" for a problem with the time
  std::string message;     ///< e.g. "time 40 s is past the end of the run (30 s)"
};

/// Checks one timed change: `key` a changeable input, `value` fitting it, 0 <= time_s <= duration_s
/// (in that order). Returns the InputChange, or the first problem.
std::variant<InputChange, ChangeProblem> check_input_change(double time_s, const std::string& key,
                                                            const toml::node& value, double duration_s);

}  // namespace gait
