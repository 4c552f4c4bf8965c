// Grid files (README, gaitsim grid) -> GridSpec: keys and types checked, every override tried on the
// base scenario, cells made as the product of the axes plus the listed and generated cells.
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <set>
#include <span>
#include <sstream>

#include "grid/grid_spec.h"
#include "grid/random_times.h"
#include "input_error.h"
#include "io/input_file.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_values.h"
#include "scenario/toml_guard.h"

namespace gait {
namespace {

constexpr std::string_view kTopKeys[] = {"name",       "description", "base",         "duration_s",
                                         "speed_m_s",  "case",        "body",         "select",
                                         "acceptance", "extra",       "random_change"};
constexpr std::string_view kCaseKeys[] = {"name", "kind", "set", "change"};
constexpr std::string_view kBodyKeys[] = {"name", "set"};
constexpr std::string_view kRandomKeys[] = {"name", "kind", "set", "change", "count", "seed", "time_s"};
constexpr std::string_view kAcceptanceKeys[] = {"healthy_speed_tolerance_m_s", "palsy_min_speed_m_s",
                                                "speed_settle_s"};
/// At most this many cells from one [[random_change]] (a typo should not start a thousand runs).
constexpr std::int64_t kMaxRandomCells = 100;

/// "a, b, c" of a key list, for messages.
std::string join(std::span<const std::string_view> names) {
  std::string s;
  for (std::string_view n : names) s.append(s.empty() ? "" : ", ").append(n);
  return s;
}

/// A node as the file wrote it, for "got ..." in messages: 1.5, "abc", [1, 2], a table.
std::string describe(const toml::node& node) {
  return node.is_array_of_tables() ? "an array of tables" : describe_node(node);
}

int line_of(const toml::node& node) {
  return static_cast<int>(node.source().begin.line);
}

/// A name may hold letters, digits and . _ + - (product cells join names with / and generated ones
/// add @, so those stay free).
bool is_valid_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '+' || c == '-';
  });
}

std::string read_text_file(const std::string& path, const std::string& grid, int line,
                           const std::string& key) {
  std::string reason;
  std::optional<std::string> text = try_read_input_file(path, reason);
  if (!text) throw InputError(grid, line, key, "cannot open scenario file " + path + ": " + reason);
  return std::move(*text);
}

/// One entry of an axis or list: its name, kind and overrides, before the product is formed.
struct Entry {
  std::string name;
  CellKind kind = CellKind::Healthy;
  std::vector<CellOverride> set, change;
  int line = 0;
};

/// Checks a parsed grid table and builds the GridSpec. Every error is one InputError at a line.
class GridReader {
 public:
  explicit GridReader(std::string source) : source_(std::move(source)) {}

  GridSpec read(const toml::table& root) {
    root_ = &root;
    GridSpec grid;
    grid.source = source_;
    for (auto&& [key, node] : root)
      if (std::find(std::begin(kTopKeys), std::end(kTopKeys), key.str()) == std::end(kTopKeys))
        fail(node, std::string(key.str()), "unknown key; a grid file has " + join(kTopKeys));
    grid.name = optional_string(root, "name", "").value_or(std::filesystem::path(source_).stem().string());
    optional_string(root, "description", "");
    read_base(root, grid);
    read_acceptance(root, grid.acceptance);

    // the product's axes
    std::vector<Entry> speeds, cases, bodies;
    if (const toml::node* n = root.get("speed_m_s")) speeds = read_speeds(*n);
    if (const toml::node* n = root.get("case")) cases = read_entries(*n, "case", kCaseKeys);
    if (const toml::node* n = root.get("body")) bodies = read_entries(*n, "body", kBodyKeys);
    if (cases.empty() && (!speeds.empty() || !bodies.empty()))
      fail(*root.get(speeds.empty() ? "body" : "speed_m_s"), speeds.empty() ? "body" : "speed_m_s",
           "the product needs at least one [[case]] (its kind says how its cells are judged)");
    std::vector<GridCell> product = make_product(cases, bodies, speeds);
    if (const toml::node* n = root.get("select")) product = select_cells(*n, std::move(product));
    for (GridCell& c : product) add_cell(grid, std::move(c));

    if (const toml::node* n = root.get("extra"))
      for (Entry& e : read_entries(*n, "extra", kCaseKeys))
        add_cell(grid, GridCell{e.name, e.kind, std::move(e.set), std::move(e.change), e.line});
    if (const toml::node* n = root.get("random_change")) read_random_changes(*n, grid);
    if (grid.cells.empty())
      fail(root, "case",
           "the grid has no cells: give [[case]] (and speed_m_s, [[body]]), [[extra]] or "
           "[[random_change]]");
    return grid;
  }

 private:
  /// Throws at the node's line; the whole file (a missing top-level key) has no line of its own.
  [[noreturn]] void fail(const toml::node& node, const std::string& key, const std::string& message) const {
    throw InputError(source_, &node == root_ ? 0 : line_of(node), key, message);
  }

  std::optional<std::string> optional_string(const toml::table& t, const char* field,
                                             const std::string& prefix) const {
    const toml::node* n = t.get(field);
    if (!n) return std::nullopt;
    if (!n->is_string()) fail(*n, prefix + field, "expected a string, got " + describe(*n));
    return n->as_string()->get();
  }

  std::string required_string(const toml::table& t, const char* field, const std::string& prefix) const {
    const auto s = optional_string(t, field, prefix);
    if (!s) fail(t, prefix + field, "missing; expected a string");
    return *s;
  }

  double number(const toml::node& n, const std::string& key, const std::string& what) const {
    const auto v = n.is_boolean() ? std::nullopt : n.value<double>();
    if (!v || !std::isfinite(*v)) fail(n, key, "expected " + what + ", got " + describe(n));
    return *v;
  }

  void check_fields(const toml::table& t, std::span<const std::string_view> allowed,
                    const std::string& table) const {
    for (auto&& [key, node] : t)
      if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end())
        fail(node, table + "." + std::string(key.str()),
             "unknown key; " + (table == "acceptance" ? "[acceptance]" : "a [[" + table + "]] entry") +
                 " has " + join(allowed));
  }

  void read_base(const toml::table& root, GridSpec& grid) {
    const std::string base = required_string(root, "base", "");
    const toml::node& base_node = *root.get("base");
    std::filesystem::path path(base);
    if (path.is_relative()) path = std::filesystem::path(source_).parent_path() / path;
    grid.base_path = path.lexically_normal().string();
    grid.base_text = read_text_file(grid.base_path, source_, line_of(base_node), "base");
    base_text_ = grid.base_text;
    // the base's own errors name the base file
    const ScenarioSpec spec = parse_scenario_text(base_text_, grid.base_path);
    grid.duration_s = spec.duration_s;
    if (const toml::node* n = root.get("duration_s")) {
      const ScenarioKey& k = *find_scenario_key("duration_s");
      const double d = number(*n, "duration_s", "a number of seconds in " + describe_range(k));
      if (!(d >= k.min && d <= k.max))
        fail(*n, "duration_s",
             "expected a number of seconds in " + describe_range(k) + ", got " + describe(*n));
      grid.duration_s = d;
    }
    base_path_ = grid.base_path;
    duration_text_ = format_number(grid.duration_s);
  }

  void read_acceptance(const toml::table& root, GridAcceptance& a) const {
    const toml::node* n = root.get("acceptance");
    if (!n) return;
    const toml::table* t = n->as_table();
    if (!t) fail(*n, "acceptance", "expected a table [acceptance], got " + describe(*n));
    check_fields(*t, kAcceptanceKeys, "acceptance");
    double* fields[] = {&a.healthy_speed_tolerance_m_s, &a.palsy_min_speed_m_s, &a.speed_settle_s};
    for (std::size_t i = 0; i < std::size(kAcceptanceKeys); ++i) {
      const std::string key = "acceptance." + std::string(kAcceptanceKeys[i]);
      if (const toml::node* v = t->get(kAcceptanceKeys[i])) {
        *fields[i] = number(*v, key, "a number >= 0");
        if (*fields[i] < 0) fail(*v, key, "expected a number >= 0, got " + describe(*v));
      }
    }
  }

  /// speed_m_s = [0.6, 0.8, ...]: each value a --set gait.speed_m_s, checked like one.
  std::vector<Entry> read_speeds(const toml::node& node) {
    const toml::array* a = node.as_array();
    if (!a) fail(node, "speed_m_s", "expected a list of speeds, e.g. [0.6, 0.8], got " + describe(node));
    if (a->empty()) fail(node, "speed_m_s", "expected at least one speed; leave the key out for the base's");
    std::vector<Entry> speeds;
    std::set<double> seen;
    for (const toml::node& v : *a) {
      const double speed = number(v, "speed_m_s", "a number in m/s");
      if (!seen.insert(speed).second) fail(v, "speed_m_s", "speed " + describe(v) + " is listed twice");
      Entry e;
      e.name = "v" + format_number(speed);
      if (e.name.find('.') == std::string::npos) e.name += ".0";  // v1.0 beside v0.8 and v1.2
      e.line = line_of(v);
      e.set.push_back({"gait.speed_m_s=" + format_number(speed), e.line, "speed_m_s"});
      check_set(e.set.back());
      speeds.push_back(std::move(e));
    }
    return speeds;
  }

  /// A list of strings in --set or --change syntax, each tried on the base scenario.
  std::vector<CellOverride> read_overrides(const toml::table& t, const char* field, const std::string& table,
                                           bool is_change) {
    std::vector<CellOverride> out;
    const toml::node* n = t.get(field);
    if (!n) return out;
    const std::string key = table + "." + field;
    const toml::array* a = n->as_array();
    const char* example = is_change ? "[\"20:gait.compensation=1\"]" : "[\"left.superior_gluteal_nerve=0\"]";
    if (!a || !std::all_of(a->begin(), a->end(), [](const toml::node& e) { return e.is_string(); }))
      fail(*n, key, std::string("expected a list of strings, e.g. ") + example + ", got " + describe(*n));
    for (const toml::node& e : *a) {
      out.push_back({e.as_string()->get(), line_of(e), key});
      if (is_change)
        check_change(out.back());
      else
        check_set(out.back());
    }
    return out;
  }

  /// [[case]], [[body]], [[extra]]: tables with a name, a kind (not bodies), set and change lists.
  std::vector<Entry> read_entries(const toml::node& node, const std::string& table,
                                  std::span<const std::string_view> allowed) {
    const toml::array* a = node.as_array();
    if (!a || !a->is_array_of_tables())
      fail(node, table, "expected [[" + table + "]] tables, got " + describe(node));
    std::vector<Entry> entries;
    for (const toml::node& element : *a) {
      const toml::table& t = *element.as_table();
      check_fields(t, allowed, table);
      Entry e;
      e.line = line_of(t);
      e.name = read_name(t, table);
      for (const Entry& other : entries)
        if (other.name == e.name) fail(*t.get("name"), table + ".name", "\"" + e.name + "\" is used twice");
      if (std::find(allowed.begin(), allowed.end(), "kind") != allowed.end()) e.kind = read_kind(t, table);
      e.set = read_overrides(t, "set", table, false);
      e.change = read_overrides(t, "change", table, true);
      entries.push_back(std::move(e));
    }
    return entries;
  }

  std::string read_name(const toml::table& t, const std::string& table) const {
    const std::string name = required_string(t, "name", table + ".");
    if (!is_valid_name(name))
      fail(*t.get("name"), table + ".name",
           "expected letters, digits, '.', '_', '+' or '-', got \"" + name + "\"");
    return name;
  }

  CellKind read_kind(const toml::table& t, const std::string& table) const {
    const std::string kind = required_string(t, "kind", table + ".");
    for (CellKind k : {CellKind::Healthy, CellKind::Palsy})
      if (kind == cell_kind_name(k)) return k;
    fail(*t.get("kind"), table + ".kind", "expected \"healthy\" or \"palsy\", got \"" + kind + "\"");
  }

  /// case x body x speed, cases outermost; an absent axis adds nothing to names or overrides.
  static std::vector<GridCell> make_product(const std::vector<Entry>& cases, const std::vector<Entry>& bodies,
                                            const std::vector<Entry>& speeds) {
    std::vector<GridCell> cells;
    const Entry none;
    const std::vector<Entry> one{none};
    for (const Entry& c : cases)
      for (const Entry& b : bodies.empty() ? one : bodies)
        for (const Entry& v : speeds.empty() ? one : speeds) {
          GridCell cell;
          cell.kind = c.kind;
          cell.line = c.line;
          for (const Entry* e : {&c, &b, &v}) {
            if (e->name.empty()) continue;
            cell.name += (cell.name.empty() ? "" : "/") + e->name;
            cell.set.insert(cell.set.end(), e->set.begin(), e->set.end());
            cell.change.insert(cell.change.end(), e->change.begin(), e->change.end());
          }
          cells.push_back(std::move(cell));
        }
    return cells;
  }

  /// select = ["healthy/1.75m-75kg/v1.2", ...]: only these product cells, in product order.
  std::vector<GridCell> select_cells(const toml::node& node, std::vector<GridCell> product) const {
    const toml::array* a = node.as_array();
    if (!a || a->empty() ||
        !std::all_of(a->begin(), a->end(), [](const toml::node& e) { return e.is_string(); }))
      fail(node, "select",
           "expected a list of product cell names, e.g. [\"healthy/v1.2\"], got " + describe(node));
    std::set<std::string> chosen;
    for (const toml::node& e : *a) {
      const std::string name = e.as_string()->get();
      const bool exists =
          std::any_of(product.begin(), product.end(), [&](const GridCell& c) { return c.name == name; });
      if (!exists)
        fail(e, "select",
             "no product cell is named \"" + name + "\"" +
                 (product.empty() ? std::string() : "; names look like \"" + product.front().name + "\""));
      if (!chosen.insert(name).second) fail(e, "select", "\"" + name + "\" is listed twice");
    }
    std::erase_if(product, [&](const GridCell& c) { return !chosen.contains(c.name); });
    return product;
  }

  /// [[random_change]]: `count` cells, each with `change` (KEY=VALUE) at one drawn time.
  void read_random_changes(const toml::node& node, GridSpec& grid) {
    const toml::array* a = node.as_array();
    if (!a || !a->is_array_of_tables() || a->empty())
      fail(node, "random_change", "expected [[random_change]] tables, got " + describe(node));
    for (const toml::node& element : *a) {
      const toml::table& t = *element.as_table();
      const std::string table = "random_change";
      check_fields(t, kRandomKeys, table);
      for (const char* field : {"change", "count", "seed", "time_s"})
        if (!t.contains(field))
          fail(t, table + "." + field, "missing; a [[random_change]] has " + join(kRandomKeys));
      const std::string name = read_name(t, table);
      const CellKind kind = read_kind(t, table);
      const std::vector<CellOverride> set = read_overrides(t, "set", table, false);

      const toml::node& change_node = *t.get("change");
      if (!change_node.is_string())
        fail(change_node, table + ".change",
             "expected one KEY=VALUE, e.g. \"left.superior_gluteal_nerve=0\", got " + describe(change_node));
      const std::string change = change_node.as_string()->get();
      const std::int64_t count = integer(*t.get("count"), table + ".count", 1, kMaxRandomCells);
      const std::int64_t seed = integer(*t.get("seed"), table + ".seed", 0, INT64_MAX);
      const toml::node& span_node = *t.get("time_s");
      const toml::array* span = span_node.as_array();
      const std::string span_key = table + ".time_s";
      const std::string span_what = "[from, to] in seconds within the run (0 .. " + duration_text_ + ")";
      if (!span || span->size() != 2)
        fail(span_node, span_key, "expected " + span_what + ", got " + describe(span_node));
      const double from_s = number((*span)[0], span_key, span_what);
      const double to_s = number((*span)[1], span_key, span_what);
      if (!(0 <= from_s && from_s <= to_s && to_s <= grid.duration_s))
        fail(span_node, span_key, "expected " + span_what + ", got " + describe(span_node));

      const std::vector<double> times =
          draw_random_times(static_cast<std::uint64_t>(seed), static_cast<int>(count), from_s, to_s);
      for (std::size_t i = 0; i < times.size(); ++i) {
        GridCell cell;
        cell.name = name + "-" + std::to_string(i + 1) + "@" + format_number(times[i]) + "s";
        cell.kind = kind;
        cell.line = line_of(t);
        cell.set = set;
        cell.change.push_back(
            {format_number(times[i]) + ":" + change, line_of(change_node), table + ".change"});
        check_change(cell.change.back());
        add_cell(grid, std::move(cell));
      }
    }
  }

  std::int64_t integer(const toml::node& n, const std::string& key, std::int64_t lo, std::int64_t hi) const {
    const std::string what =
        "a whole number " + (hi == INT64_MAX ? ">= " + std::to_string(lo)
                                             : "in " + std::to_string(lo) + ".." + std::to_string(hi));
    if (!n.is_integer()) fail(n, key, "expected " + what + ", got " + describe(n));
    const std::int64_t v = n.as_integer()->get();
    if (v < lo || v > hi) fail(n, key, "expected " + what + ", got " + describe(n));
    return v;
  }

  void add_cell(GridSpec& grid, GridCell cell) const {
    for (const GridCell& c : grid.cells)
      if (c.name == cell.name)
        throw InputError(source_, cell.line, "", "two cells are named \"" + cell.name + "\"");
    grid.cells.push_back(std::move(cell));
  }

  /// Tries one override on the base scenario, as gaitsim run would take it; a problem is reported at
  /// the grid file's line: "grid.toml:7: case.set: left.gluteus_medius: expected a number in 0..1, ...".
  void check_set(const CellOverride& o) {
    check(o, ScenarioOverrides{.set = {o.text}, .duration = duration_text_});
  }
  void check_change(const CellOverride& o) {
    check(o, ScenarioOverrides{.duration = duration_text_, .change = {o.text}});
  }
  void check(const CellOverride& o, const ScenarioOverrides& overrides) {
    if (!checked_.insert(o.text).second) return;
    try {
      parse_scenario_text(base_text_, base_path_, overrides);
    } catch (const InputError& e) {
      // the flag's own message, without the "--set TEXT: " it names the flag by
      std::string message = e.what();
      if (!e.file().empty() && message.starts_with(e.file() + ": ")) message.erase(0, e.file().size() + 2);
      throw InputError(source_, o.line, o.key, "\"" + o.text + "\": " + message);
    }
  }

  std::string source_;
  const toml::table* root_ = nullptr;
  std::string base_text_, base_path_, duration_text_;
  std::set<std::string> checked_;  ///< overrides already tried on the base
};

}  // namespace

GridSpec parse_grid_text(std::string_view toml_text, const std::string& source_name) {
  toml::table root = parse_checked_toml(toml_text, source_name);
  return GridReader(source_name).read(root);
}

GridSpec load_grid(const std::string& path) {
  return parse_grid_text(read_input_file(path), path);
}

}  // namespace gait
