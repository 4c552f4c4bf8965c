// Scenario TOML -> ScenarioSpec: reads the file, applies overrides, checks every key against the
// registry, and reports each problem as one line naming file (or flag), line and key.
#include "scenario/parse_scenario.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "scenario/scenario_library.h"
#include "input_error.h"
#include "io/input_file.h"
#include "scenario/scenario_overrides.h"
#include "scenario/scenario_values.h"
#include "scenario/toml_guard.h"

namespace gait {
namespace {

/// The top-level array of tables holding a file's timed input changes.
constexpr std::string_view kChangeTables = "change";

/// Checks a parsed scenario table and fills a ScenarioSpec from it.
class SpecReader {
 public:
  /// `file_duration_s`: the run length the file itself sets, which its [[change]] times must fit.
  SpecReader(const std::string& source, const OverrideOrigins& origins, double file_duration_s)
      : source_(source), origins_(origins), file_duration_s_(file_duration_s) {}

  ScenarioSpec read(const toml::table& root) const {
    ScenarioSpec spec;
    apply_scenario_defaults(spec);
    spec.source = source_;
    for (auto&& [key, node] : root) {
      const std::string name(key.str());
      if (name == kChangeTables) {
        read_changes(spec, key, node);
        continue;
      }
      const auto& tables = scenario_tables();
      if (std::find(tables.begin(), tables.end(), name) == tables.end()) {
        read_entry(spec, name, key, node);
        continue;
      }
      const toml::table* table = node.as_table();
      if (!table) fail(name, key, node, "expected a table [" + name + "], got " + describe_node(node));
      if (name == "expect") {
        read_expect(spec, *table);
        continue;
      }
      for (auto&& [sub_key, sub_node] : *table)
        read_entry(spec, name + "." + std::string(sub_key.str()), sub_key, sub_node);
    }
    return spec;
  }

 private:
  /// Throws the InputError for `dotted` at the node's line, or naming the flag that set it.
  [[noreturn]] void fail(const std::string& dotted, const toml::key& key, const toml::node& node,
                         const std::string& message, const std::string& shown_key = "") const {
    const std::string& shown = shown_key.empty() ? dotted : shown_key;
    if (const auto it = origins_.find(dotted); it != origins_.end())
      throw InputError(it->second, 0, shown, message);
    int line = static_cast<int>(node.source().begin.line);
    if (line == 0) line = static_cast<int>(key.source().begin.line);
    throw InputError(source_, line, shown, message);
  }

  void read_entry(ScenarioSpec& spec, const std::string& dotted, const toml::key& key,
                  const toml::node& node) const {
    const ScenarioKey* k = find_scenario_key(dotted);
    if (!k) fail(dotted, key, node, unknown_key_message(dotted, node.is_table()));
    const auto value = read_key_value(*k, node);
    if (!value) fail(dotted, key, node, mismatch_message(*k, node));
    store_key_value(spec, *k, *value);
  }

  /// [expect]: quoted summary keys -> a string or a range [lo, hi].
  void read_expect(ScenarioSpec& spec, const toml::table& table) const {
    for (auto&& [key, node] : table) {
      const std::string entry(key.str());
      const std::string dotted = "expect." + entry;
      const std::string shown = "expect.\"" + entry + "\"";
      if (entry.empty())
        fail(dotted, key, node, "expected a summary key, e.g. \"left.pelvic_drop_deg\"", shown);
      Expectation e;
      e.key = entry;
      e.line = origins_.contains(dotted) ? 0 : static_cast<int>(node.source().begin.line);
      if (const auto* s = node.as_string()) {
        e.value = s->get();
      } else if (const auto range = read_range(node)) {
        if (range->first > range->second)
          fail(dotted, key, node, "expected a range [lo, hi] with lo <= hi, got " + describe_node(node),
               shown);
        e.value = *range;
      } else {
        fail(dotted, key, node,
             "expected a string or a range [lo, hi] of two numbers, got " + describe_node(node), shown);
      }
      spec.expect.push_back(std::move(e));
    }
  }

  /// [[change]]: timed input changes (time_s, key, value), checked as --change checks them, against
  /// the file's own duration (a shorter --duration just ends the run before later changes).
  void read_changes(ScenarioSpec& spec, const toml::key& key, const toml::node& node) const {
    const std::string shown(kChangeTables);
    const toml::array* array = node.as_array();
    const bool all_tables =
        array && std::all_of(array->begin(), array->end(), [](const toml::node& n) { return n.is_table(); });
    if (!all_tables)
      fail(shown, key, node,
           "expected [[change]] tables with time_s, key and value, got " + describe_node(node));
    for (const toml::node& element : *array) {
      const toml::table& table = *element.as_table();
      for (auto&& [field, field_node] : table) {
        if (field.str() != "time_s" && field.str() != "key" && field.str() != "value")
          fail(shown, field, field_node,
               "unknown key " + quote(field.str()) + "; a [[change]] has time_s, key and value");
      }
      for (const char* field : {"time_s", "key", "value"}) {
        if (!table.contains(field))
          fail(shown, key, element,
               std::string("missing ") + field + "; a [[change]] has time_s, key and value");
      }
      const toml::node& time_node = *table.get("time_s");
      const toml::node& key_node = *table.get("key");
      const toml::node& value_node = *table.get("value");
      const auto time_s = time_node.is_boolean() ? std::nullopt : time_node.value<double>();
      if (!time_s || !std::isfinite(*time_s))
        fail(shown, key, time_node, "time_s: expected a number of seconds, got " + describe_node(time_node));
      if (!key_node.is_string())
        fail(shown, key, key_node,
             "key: expected a changeable key such as \"left.superior_gluteal_nerve\", got " +
                 describe_node(key_node));
      const auto checked =
          check_input_change(*time_s, key_node.as_string()->get(), value_node, file_duration_s_);
      if (const auto* problem = std::get_if<ChangeProblem>(&checked)) {
        const toml::node& at = problem->part == ChangeProblem::Part::Time  ? time_node
                               : problem->part == ChangeProblem::Part::Key ? key_node
                                                                           : value_node;
        fail(shown, key, at,
             problem->key.empty() ? problem->message : problem->key + ": " + problem->message);
      }
      spec.changes.push_back(std::get<InputChange>(checked));
    }
  }

  /// [lo, hi] with two finite numbers (integers accepted), else nullopt.
  static std::optional<std::pair<double, double>> read_range(const toml::node& node) {
    const toml::array* a = node.as_array();
    if (!a || a->size() != 2) return std::nullopt;
    double v[2] = {0, 0};
    for (std::size_t i = 0; i < 2; ++i) {
      const auto x = (*a)[i].value<double>();  // integers convert too
      if (!x || !std::isfinite(*x) || (*a)[i].is_boolean()) return std::nullopt;
      v[i] = *x;
    }
    return std::pair{v[0], v[1]};
  }

  const std::string& source_;
  const OverrideOrigins& origins_;
  double file_duration_s_;
};

/// duration_s as the file sets it (before overrides), or the default when absent; an invalid value
/// is reported when the key is read, and gives the range's maximum here.
double file_duration_s(const toml::table& root) {
  const ScenarioKey& k = *find_scenario_key("duration_s");
  const toml::node* node = root.get("duration_s");
  if (!node) return k.default_number;
  const auto value = read_key_value(k, *node);
  return value ? std::get<double>(*value) : k.max;
}

}  // namespace

ScenarioSpec parse_scenario_text(std::string_view toml_text, const std::string& source_name,
                                 const ScenarioOverrides& overrides) {
  toml::table root = parse_checked_toml(toml_text, source_name);
  const double file_duration = file_duration_s(root);
  OverrideOrigins origins;
  apply_overrides(root, overrides, origins);
  ScenarioSpec spec = SpecReader(source_name, origins, file_duration).read(root);
  // a --duration shorter than the file's ends the run before the file's later changes: they are left
  // out, so that every change a spec holds happens (README, "Timed changes in scenario files")
  std::erase_if(spec.changes, [&spec](const InputChange& c) { return c.time_s > spec.duration_s; });
  // the file's [[change]] entries, then --change; sorted by time, file first at equal times
  for (InputChange& c : parse_changes(overrides.change, spec.duration_s))
    spec.changes.push_back(std::move(c));
  std::stable_sort(spec.changes.begin(), spec.changes.end(),
                   [](const InputChange& a, const InputChange& b) { return a.time_s < b.time_s; });
  return spec;
}

ScenarioSpec parse_scenario_text(std::string_view toml_text, const std::string& source_name,
                                 const std::vector<std::string>& set_overrides,
                                 const std::vector<std::string>& change_args) {
  return parse_scenario_text(toml_text, source_name,
                             ScenarioOverrides{.set = set_overrides, .change = change_args});
}

ScenarioSpec load_scenario(const std::string& given_path, const ScenarioOverrides& overrides) {
  // "normal.toml" from any folder: the scenario library's (scenario_library.h)
  const std::string path = resolve_scenario_path(given_path);
  const std::string text = read_input_file(path);
  // a file with nothing in it is most likely one whose writing failed, not a wish for the defaults
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw InputError(path, 0, "", "the file is empty; a scenario sets at least name = \"...\" (absent keys "
                                  "take their defaults)");
  return parse_scenario_text(text, path, overrides);
}

ScenarioSpec load_scenario(const std::string& path, const std::vector<std::string>& set_overrides,
                           const std::vector<std::string>& change_args) {
  return load_scenario(path, ScenarioOverrides{.set = set_overrides, .change = change_args});
}

}  // namespace gait
