// Scenario TOML -> ScenarioSpec: reads the file, applies overrides, checks every key against the
// registry, and reports each problem as one line naming file (or flag), line and key.
#include "scenario/parse_scenario.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scenario/scenario_overrides.h"
#include "scenario/scenario_values.h"

namespace gait {
namespace {

/// Checks a parsed scenario table and fills a ScenarioSpec from it.
class SpecReader {
 public:
  SpecReader(const std::string& source, const OverrideOrigins& origins)
      : source_(source), origins_(origins) {}

  ScenarioSpec read(const toml::table& root) const {
    ScenarioSpec spec;
    apply_scenario_defaults(spec);
    spec.source = source_;
    for (auto&& [key, node] : root) {
      const std::string name(key.str());
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
};

}  // namespace

ScenarioSpec parse_scenario_text(std::string_view toml_text, const std::string& source_name,
                                 const ScenarioOverrides& overrides) {
  toml::table root;
  try {
    root = toml::parse(toml_text, source_name);
  } catch (const toml::parse_error& e) {
    std::string message(e.description());
    std::replace(message.begin(), message.end(), '\n', ' ');
    throw InputError(source_name, static_cast<int>(e.source().begin.line), "", message);
  }
  OverrideOrigins origins;
  apply_overrides(root, overrides, origins);
  ScenarioSpec spec = SpecReader(source_name, origins).read(root);
  spec.changes = parse_changes(overrides.change, spec.duration_s);
  return spec;
}

ScenarioSpec parse_scenario_text(std::string_view toml_text, const std::string& source_name,
                                 const std::vector<std::string>& set_overrides,
                                 const std::vector<std::string>& change_args) {
  return parse_scenario_text(toml_text, source_name,
                             ScenarioOverrides{.set = set_overrides, .change = change_args});
}

ScenarioSpec load_scenario(const std::string& path, const ScenarioOverrides& overrides) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw InputError(path, 0, "", "cannot open file: it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "", std::string("cannot open file: ") + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw InputError(path, 0, "", std::string("cannot read file: ") + std::strerror(errno));
  return parse_scenario_text(text.str(), path, overrides);
}

ScenarioSpec load_scenario(const std::string& path, const std::vector<std::string>& set_overrides,
                           const std::vector<std::string>& change_args) {
  return load_scenario(path, ScenarioOverrides{.set = set_overrides, .change = change_args});
}

}  // namespace gait
