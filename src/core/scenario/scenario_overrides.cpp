// --set, --duration and --change: command-line text -> TOML nodes and timed input changes.
#include "scenario/scenario_overrides.h"

#include <algorithm>

#include "scenario/scenario_values.h"

namespace gait {
namespace {

constexpr std::string_view kExpectPrefix = "expect.";

/// Puts one KEY=VALUE override into `root`; `flag` is the whole flag as typed, for messages.
void apply_override(toml::table& root, const std::string& flag, const std::string& key,
                    std::string_view value_text, OverrideOrigins& origins) {
  // an [expect] entry: its own key may hold dots ("expect.left.trendelenburg=positive")
  if (key.starts_with(kExpectPrefix)) {
    const std::string entry = key.substr(kExpectPrefix.size());
    if (entry.empty()) throw InputError(flag, 0, "", "expected expect.KEY=VALUE, with a summary key");
    if (!root.contains("expect")) root.insert("expect", toml::table{});
    // a non-table "expect" in the file is reported, at its line, when the table is read
    if (toml::table* expect = root["expect"].as_table())
      expect->insert_or_assign(entry, std::move(*node_from_text(nullptr, value_text)));
    origins[key] = flag;
    return;
  }

  const ScenarioKey* k = find_scenario_key(key);
  if (!k) throw InputError(flag, 0, key, unknown_key_message(key, false));
  toml::table* table = &root;
  std::string leaf = key;
  if (const auto dot = key.find('.'); dot != std::string::npos) {
    const std::string table_name = key.substr(0, dot);
    leaf = key.substr(dot + 1);
    if (!root.contains(table_name)) root.insert(table_name, toml::table{});
    table = root[table_name].as_table();
  }
  if (table) table->insert_or_assign(leaf, std::move(*node_from_text(k, value_text)));
  origins[key] = flag;
}

/// "gait.speed_m_s, gait.compensation, left.*, right.*": the changeable keys, whole tables as *.
std::string list_changeable_keys() {
  std::string s;
  std::string done_table;
  for (const ScenarioKey& k : scenario_keys()) {
    if (!k.is_changeable()) continue;
    const std::string table(k.key.substr(0, k.key.find('.')));
    if (table == done_table) continue;
    const bool whole_table = std::all_of(
        scenario_keys().begin(), scenario_keys().end(),
        [&](const ScenarioKey& o) { return !o.key.starts_with(table + ".") || o.is_changeable(); });
    s += (s.empty() ? "" : ", ") + (whole_table ? table + ".*" : std::string(k.key));
    if (whole_table) done_table = table;
  }
  return s;
}

InputChange parse_change(const std::string& arg, double duration_s) {
  const std::string flag = "--change " + arg;
  const auto colon = arg.find(':');
  const auto eq = colon == std::string::npos ? std::string::npos : arg.find('=', colon + 1);
  if (eq == std::string::npos || eq == colon + 1)
    throw InputError(flag, 0, "", "expected TIME:KEY=VALUE, e.g. 10:left.gluteus_medius=0.2");
  const std::string time_text = arg.substr(0, colon);
  const std::string key = arg.substr(colon + 1, eq - colon - 1);
  const std::string value_text = arg.substr(eq + 1);

  const auto time_s = parse_number_text(time_text);
  if (!time_s) throw InputError(flag, 0, "", "time " + quote(time_text) + " is not a number of seconds");
  const ScenarioKey* k = find_scenario_key(key);
  const auto checked = check_input_change(*time_s, key, *node_from_text(k, value_text), duration_s);
  if (const auto* problem = std::get_if<ChangeProblem>(&checked))
    throw InputError(flag, 0, problem->key, problem->message);
  return std::get<InputChange>(checked);
}

}  // namespace

std::variant<InputChange, ChangeProblem> check_input_change(double time_s, const std::string& key,
                                                            const toml::node& value_node, double duration_s) {
  using Part = ChangeProblem::Part;
  const ScenarioKey* k = find_scenario_key(key);
  if (!k) return ChangeProblem{Part::Key, key, unknown_key_message(key, false)};
  if (!k->is_changeable())
    return ChangeProblem{Part::Key, key, "cannot change during a run; these can: " + list_changeable_keys()};
  const auto value = read_key_value(*k, value_node);
  if (!value) return ChangeProblem{Part::Value, key, mismatch_message(*k, value_node)};
  if (time_s < 0)
    return ChangeProblem{Part::Time, "",
                         "time " + format_number(time_s) + " s is before the start of the run"};
  if (time_s > duration_s)
    return ChangeProblem{Part::Time, "",
                         "time " + format_number(time_s) + " s is past the end of the run (" +
                             format_number(duration_s) + " s)"};
  return InputChange{.time_s = time_s, .key = key, .value = std::get<double>(*value)};
}

void apply_overrides(toml::table& root, const ScenarioOverrides& overrides, OverrideOrigins& origins) {
  for (const std::string& arg : overrides.set) {
    const std::string flag = "--set " + arg;
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0)
      throw InputError(flag, 0, "", "expected KEY=VALUE, e.g. left.gluteus_medius=0.2");
    apply_override(root, flag, arg.substr(0, eq), std::string_view(arg).substr(eq + 1), origins);
  }
  if (overrides.duration)
    apply_override(root, "--duration " + *overrides.duration, "duration_s", *overrides.duration, origins);
}

std::vector<InputChange> parse_changes(const std::vector<std::string>& change_args, double duration_s) {
  std::vector<InputChange> changes;
  for (const std::string& arg : change_args) changes.push_back(parse_change(arg, duration_s));
  std::stable_sort(changes.begin(), changes.end(),
                   [](const InputChange& a, const InputChange& b) { return a.time_s < b.time_s; });
  return changes;
}

}  // namespace gait
