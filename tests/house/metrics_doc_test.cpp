// Every figure the program writes has a definition (the house rule): each key of the summary, sweep,
// grid and muscles JSON and each column of the time series, cycles, sweep and grid CSVs, as the code
// emits them, is named in docs/metrics.md.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

#include "analysis/cycles.h"
#include "analysis/muscle_table.h"
#include "analysis/summary.h"
#include "analysis/sweep_report.h"
#include "analysis/time_series_csv.h"
#include "grid/grid_report.h"
#include "model/model.h"
#include "source_tree.h"

using namespace gait;

namespace {

/// Expands brace groups without spaces: "a_{x,y}_m" -> "a_x_m a_y_m" (one pass per group).
std::string expand_braces(std::string s) {
  static const std::regex group(R"(([A-Za-z0-9_]*)\{([A-Za-z0-9_]+(?:,[A-Za-z0-9_]+)+)\}([A-Za-z0-9_]*))");
  std::smatch m;
  while (std::regex_search(s, m, group)) {
    std::string expanded;
    std::stringstream items(m[2].str());
    for (std::string item; std::getline(items, item, ',');) expanded += " " + m[1].str() + item + m[3].str() + " ";
    s = m.prefix().str() + expanded + m.suffix().str();
  }
  return s;
}

/// Every name (letters, digits, '_') written inside `code spans` of the page, brace groups expanded.
std::set<std::string> names_in_code_spans(const std::filesystem::path& page) {
  std::string text;
  for (const std::string& line : house::read_lines(page)) text += line + "\n";
  std::set<std::string> names;
  static const std::regex span("`([^`]+)`");
  static const std::regex name("[A-Za-z0-9_]+");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), span); it != std::sregex_iterator(); ++it) {
    const std::string raw = (*it)[1];
    for (const std::string& variant : {raw, expand_braces(raw)})
      for (auto n = std::sregex_iterator(variant.begin(), variant.end(), name); n != std::sregex_iterator(); ++n)
        names.insert((*n)[0]);
  }
  return names;
}

/// The header row of a CSV text, split at commas.
std::vector<std::string> header_columns(const std::string& csv) {
  std::vector<std::string> cols;
  std::stringstream row(csv.substr(0, csv.find('\n')));
  for (std::string c; std::getline(row, c, ',');) cols.push_back(c);
  return cols;
}

/// A column as the page may name it: without its side prefix, and without the cycles CSV's _mean / _sd.
std::string documented_name(std::string col) {
  for (const char* p : {"left_", "right_"})
    if (col.rfind(p, 0) == 0) col = col.substr(std::string(p).size());
  for (const char* suffix : {"_mean", "_sd"}) {
    const std::string s = suffix;
    if (col.size() > s.size() && col.compare(col.size() - s.size(), s.size(), s) == 0)
      col = col.substr(0, col.size() - s.size());
  }
  return col;
}

/// Every object key in `j`, at any depth.
template <class Json>
void collect_keys(const Json& j, std::set<std::string>& keys) {
  if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it) {
      keys.insert(it.key());
      collect_keys(it.value(), keys);
    }
  else if (j.is_array())
    for (const auto& v : j) collect_keys(v, keys);
}

}  // namespace

TEST_CASE("house: every key and column the program writes is defined in docs/metrics.md", "[house]") {
  const std::set<std::string> documented = names_in_code_spans(house::source_root() / "docs/metrics.md");
  REQUIRE(documented.count("pelvic_drop_deg") == 1);
  REQUIRE(documented.count("pelvis_position_x_m") == 1);  // brace groups are expanded

  std::set<std::string> emitted;
  for (const std::string& csv : {time_series_csv({}), cycles_csv(CycleCurves{}, true), sweep_csv_header(),
                                 grid_csv({}, GridAcceptance{})})
    for (const std::string& col : header_columns(csv)) emitted.insert(col);

  Summary summary;
  summary.steps.push_back(StepMetrics{});
  summary.inputs.mode = Mode::StanceTest;  // stance_side is written only for the stance test
  collect_keys(summary_to_json(summary), emitted);
  collect_keys(sweep_to_json("left.gluteus_medius", {SweepRow{1.0, summary}}), emitted);
  CellResult cell;
  cell.segments.push_back(SpeedSegment{0, 10, 1.2, 1.1});
  collect_keys(grid_to_json(GridSpec{}, {GridCell{}}, {cell}), emitted);
  const Model model = build_model(ScenarioSpec{});
  collect_keys(muscle_table_to_json(compute_muscle_table(model, {0.0})), emitted);

  REQUIRE(emitted.size() > 100);
  std::string missing;
  for (const std::string& name : emitted)
    if (documented.count(name) == 0 && documented.count(documented_name(name)) == 0) missing += name + "\n";
  INFO("written by the program but not defined in docs/metrics.md (as a `code span`):\n" << missing);
  CHECK(missing.empty());
}
