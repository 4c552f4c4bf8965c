// The grid table, summary line, CSV and JSON.
#include "grid/grid_report.h"

#include <algorithm>
#include <cmath>

#include "analysis/number_text.h"
#include "scenario/scenario_keys.h"

namespace gait {
namespace {

using nlohmann::json;

std::string short_sign(const std::optional<Trendelenburg>& t) {
  if (!t) return "-";
  switch (*t) {
    case Trendelenburg::Negative:
      return "neg";
    case Trendelenburg::Positive:
      return "pos";
    case Trendelenburg::Compensated:
      return "comp";
  }
  return "-";
}

/// "ok", "FELL 12.3 s", "STALLED", "DIVERGED 3.1 s".
std::string outcome_text(const CellResult& c) {
  if (c.diverged) return "DIVERGED " + fixed_text_unsigned_zero(c.divergence_time_s.value_or(c.simulated_s), 1) + " s";
  if (c.fell) return "FELL " + fixed_text_unsigned_zero(c.fall_time_s.value_or(c.simulated_s), 1) + " s";
  if (c.stalled) return "STALLED";
  return "ok";
}

/// The outcome word of the CSV and JSON: ok, fell, stalled, diverged.
std::string outcome_word(const CellResult& c) {
  return c.diverged ? "diverged" : c.fell ? "fell" : c.stalled ? "stalled" : "ok";
}

/// "0.8>1.6>0.8" of the targets, or the walked speeds ("0.79>1.41>-").
std::string segments_text(const CellResult& c, bool walked) {
  std::string s;
  for (const SpeedSegment& seg : c.segments) {
    if (!s.empty()) s += '>';
    s += walked ? fixed_text_unsigned_zero(seg.walked_m_s, 2) : format_number(seg.target_m_s);
    if (!walked && s.find('.', s.rfind('>') + 1) == std::string::npos) s += ".0";  // 1.0 beside 0.8
  }
  return s;
}

std::string pair_text(const std::optional<double>& l, const std::optional<double>& r) {
  return fixed_text_unsigned_zero(l, 1) + " / " + fixed_text_unsigned_zero(r, 1);
}

/// Aligned columns: `right[i]` right-aligns column i; two spaces between columns.
std::string align(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right) {
  std::vector<std::size_t> width(right.size(), 0);
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string pad(width[i] - row[i].size(), ' ');
      if (i > 0) line += "  ";
      line += right[i] ? pad + row[i] : row[i] + pad;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  return out;
}

void append_optional(std::string& out, const std::optional<double>& v) {
  if (v && std::isfinite(*v)) append_number(out, *v);
}

json number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  return *v;
}

json sign_json(const std::optional<Trendelenburg>& t) {
  return t ? json(std::string(trendelenburg_name(*t))) : json(nullptr);
}

}  // namespace

GridTotals grid_totals(const std::vector<CellResult>& results, const GridAcceptance& acceptance) {
  GridTotals t;
  t.cells = results.size();
  for (const CellResult& c : results) {
    switch (judge_cell(c, acceptance).failure) {
      case CellFailure::None:
        ++t.passed;
        break;
      case CellFailure::Diverged:
        ++t.diverged;
        break;
      case CellFailure::Fell:
        ++t.falls;
        break;
      case CellFailure::Stalled:
        ++t.stalls;
        break;
      case CellFailure::Speed:
        ++t.misses;
        break;
    }
  }
  return t;
}

std::string grid_table(const std::vector<CellResult>& results, const GridAcceptance& acceptance) {
  std::vector<std::vector<std::string>> rows = {
      {"cell", "kind", "target", "outcome", "speed", "pelvic drop", "Trendelenburg", "trunk lean", "width",
       "result"},
      {"", "", "m/s", "", "m/s", "L / R deg", "L / R", "L / R deg", "cm", ""},
  };
  for (const CellResult& c : results) {
    const CellVerdict v = judge_cell(c, acceptance);
    rows.push_back(
        {c.name, std::string(cell_kind_name(c.kind)), segments_text(c, false), outcome_text(c),
         segments_text(c, true), pair_text(c.side.left.pelvic_drop_deg, c.side.right.pelvic_drop_deg),
         short_sign(c.side.left.trendelenburg) + " / " + short_sign(c.side.right.trendelenburg),
         pair_text(c.side.left.trunk_lean_deg, c.side.right.trunk_lean_deg),
         c.step_width_m ? fixed_text_unsigned_zero(*c.step_width_m * 100, 1) : "-", v.pass() ? "pass" : "FAIL " + v.reason});
  }
  return align(rows, {false, false, true, false, true, true, true, true, true, false});
}

std::string grid_summary_line(const GridTotals& t, double cpu_s, double wall_s, int jobs) {
  const auto count = [](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::string s = count(t.cells, "cell", "cells") + ": " + std::to_string(t.passed) + " pass, " +
                  std::to_string(t.cells - t.passed) + " FAIL (" + count(t.falls, "fall", "falls") + ", " +
                  count(t.stalls, "stall", "stalls") + ", " + count(t.misses, "speed miss", "speed misses");
  if (t.diverged > 0) s += ", " + count(t.diverged, "divergence", "divergences");
  // whole seconds for a long grid, tenths for a short one
  const auto seconds = [](double v) { return fixed_text_unsigned_zero(v, v < 100 ? 1 : 0) + " s"; };
  return s + "); CPU " + seconds(cpu_s) + ", wall " + seconds(wall_s) + " on " + count(jobs, "job", "jobs");
}

std::string grid_csv(const std::vector<CellResult>& results, const GridAcceptance& acceptance) {
  std::string csv =
      "name,kind,target_speed_m_s,speed_segments,duration_s,simulated_s,outcome,fell,fall_time_s,stalled,"
      "diverged,speed_m_s,cadence_steps_min,stride_length_m,step_width_m";
  for (Side s : kSides) {
    const std::string p = "," + std::string(side_name(s)) + "_";
    csv += p + "pelvic_drop_deg" + p + "trendelenburg" + p + "trunk_lean_deg";
  }
  csv += ",pass,reason\n";
  for (const CellResult& c : results) {
    const CellVerdict v = judge_cell(c, acceptance);
    csv += c.name + "," + std::string(cell_kind_name(c.kind)) + ",";
    append_number(csv, c.segments.front().target_m_s);
    csv += ',';
    if (c.segments.size() > 1) {
      for (std::size_t i = 0; i < c.segments.size(); ++i) {
        const SpeedSegment& seg = c.segments[i];
        if (i > 0) csv += ' ';
        append_number(csv, seg.start_s);
        csv += '-';
        append_number(csv, seg.end_s);
        csv += ':';
        append_number(csv, seg.target_m_s);
        csv += ':';
        append_optional(csv, seg.walked_m_s);
      }
    }
    csv += ',';
    append_number(csv, c.duration_s);
    csv += ',';
    append_number(csv, c.simulated_s);
    csv += "," + outcome_word(c) + (c.fell ? ",1," : ",0,");
    append_optional(csv, c.fall_time_s);
    csv += c.stalled ? ",1" : ",0";
    csv += c.diverged ? ",1" : ",0";
    for (const auto& v_opt : {c.speed_m_s, c.cadence_steps_min, c.stride_length_m, c.step_width_m}) {
      csv += ',';
      append_optional(csv, v_opt);
    }
    for (Side s : kSides) {
      csv += ',';
      append_optional(csv, c.side[s].pelvic_drop_deg);
      csv += ',' + (c.side[s].trendelenburg ? std::string(trendelenburg_name(*c.side[s].trendelenburg)) : "");
      csv += ',';
      append_optional(csv, c.side[s].trunk_lean_deg);
    }
    // reasons are written without commas (grid_result.cpp), so no field needs quoting
    csv += (v.pass() ? ",1," : ",0,") + v.reason + '\n';
  }
  return csv;
}

json grid_to_json(const GridSpec& grid, const std::vector<GridCell>& cells,
                  const std::vector<CellResult>& results) {
  json j;
  j["grid"] = grid.name;
  j["source"] = grid.source;
  j["base"] = grid.base_path;
  j["acceptance"] = {{"healthy_speed_tolerance_m_s", grid.acceptance.healthy_speed_tolerance_m_s},
                     {"palsy_min_speed_m_s", grid.acceptance.palsy_min_speed_m_s},
                     {"speed_settle_s", grid.acceptance.speed_settle_s}};
  const GridTotals t = grid_totals(results, grid.acceptance);
  j["totals"] = {{"cells", t.cells},   {"pass", t.passed},   {"fail", t.cells - t.passed}, {"falls", t.falls},
                 {"stalls", t.stalls}, {"misses", t.misses}, {"diverged", t.diverged}};
  j["cells"] = json::array();
  for (std::size_t i = 0; i < results.size(); ++i) {
    const CellResult& c = results[i];
    const CellVerdict v = judge_cell(c, grid.acceptance);
    json cell;
    cell["name"] = c.name;
    cell["kind"] = std::string(cell_kind_name(c.kind));
    cell["set"] = json::array();
    cell["change"] = json::array();
    if (i < cells.size()) {
      for (const CellOverride& o : cells[i].set) cell["set"].push_back(o.text);
      for (const CellOverride& o : cells[i].change) cell["change"].push_back(o.text);
    }
    cell["target_speed_m_s"] = c.segments.front().target_m_s;
    cell["speed_segments"] = json::array();
    for (const SpeedSegment& seg : c.segments)
      cell["speed_segments"].push_back({{"start_s", seg.start_s},
                                        {"end_s", seg.end_s},
                                        {"target_m_s", seg.target_m_s},
                                        {"speed_m_s", number(seg.walked_m_s)}});
    cell["duration_s"] = c.duration_s;
    cell["simulated_s"] = c.simulated_s;
    cell["outcome"] = outcome_word(c);
    cell["fell"] = c.fell;
    cell["fall_time_s"] = number(c.fall_time_s);
    cell["stalled"] = c.stalled;
    cell["diverged"] = c.diverged;
    cell["speed_m_s"] = number(c.speed_m_s);
    cell["cadence_steps_min"] = number(c.cadence_steps_min);
    cell["stride_length_m"] = number(c.stride_length_m);
    cell["step_width_m"] = number(c.step_width_m);
    for (Side s : kSides)
      cell[std::string(side_name(s))] = {{"pelvic_drop_deg", number(c.side[s].pelvic_drop_deg)},
                                         {"trendelenburg", sign_json(c.side[s].trendelenburg)},
                                         {"trunk_lean_deg", number(c.side[s].trunk_lean_deg)}};
    cell["pass"] = v.pass();
    cell["reason"] = v.reason;
    j["cells"].push_back(std::move(cell));
  }
  return j;
}

}  // namespace gait
