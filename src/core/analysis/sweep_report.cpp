// run_sweep() and the sweep outputs: JSON rows of summaries, a CSV of key figures, a text table.
#include "analysis/sweep_report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>

#include "analysis/number_text.h"
#include "analysis/run_analyzer.h"
#include "sim/sweep.h"

namespace gait {
namespace {

/// A figure of one side's summary, as the CSV and the table read it.
struct SideColumn {
  const char* name;
  std::optional<double> SideSummary::*field;
};

constexpr SideColumn kSideColumns[] = {
    {"pelvic_drop_deg", &SideSummary::pelvic_drop_deg},
    {"trunk_lean_deg", &SideSummary::trunk_lean_deg},
    {"hip_adduction_peak_deg", &SideSummary::hip_adduction_peak_deg},
    {"hip_abductor_moment_peak_Nm_kg", &SideSummary::hip_abductor_moment_peak_Nm_kg},
    {"abductor_activation_peak", &SideSummary::abductor_activation_peak},
    {"hip_contact_force_peak_bw", &SideSummary::hip_contact_force_peak_bw},
};

void append_optional(std::string& out, std::optional<double> v) {
  if (v) append_number(out, *v);
}

std::string sign_text(const std::optional<Trendelenburg>& t) {
  return t ? std::string(trendelenburg_name(*t)) : std::string();
}

}  // namespace

SweepResult run_sweep(const std::vector<ScenarioSpec>& specs, const std::vector<double>& values, int jobs,
                      const SweepProgress& progress, const SweepRowSink& on_row, const SweepRunTime& on_time) {
  const std::size_t n = specs.size();
  SweepResult out;
  std::mutex mutex;                        // guards everything below
  std::map<std::size_t, Summary> waiting;  // finished, not yet passed on: an earlier value still runs
  std::vector<std::optional<double>> divergence_s(n);
  std::size_t done = 0, next_row = 0;
  run_indexed_parallel(n, jobs, [&](std::size_t i) {
    RunOptions options;
    if (on_time) options.progress = [&on_time, i](double time_s, double) { on_time(i, time_s); };
    StreamedRun run = run_and_summarize(specs[i], options);
    const std::lock_guard lock(mutex);
    ++done;
    if (run.outcome.diverged) {
      divergence_s[i] = run.outcome.divergence_time_s.value_or(run.outcome.simulated_s);
    } else {
      waiting.emplace(i, std::move(*run.summary));
    }
    // the rows in value order, as far as they are done
    for (auto it = waiting.find(next_row); it != waiting.end(); it = waiting.find(++next_row)) {
      SweepRow row{values[next_row], std::move(it->second)};
      waiting.erase(it);
      if (on_row) {
        on_row(row);
      } else {
        out.rows.push_back(std::move(row));
      }
    }
    if (progress) progress(done, n, values[i]);
    return !run.outcome.diverged;
  });

  for (std::size_t i = 0; i < n; ++i) {
    if (divergence_s[i]) {
      out.diverged_value = values[i];
      out.divergence_time_s = divergence_s[i];
      out.rows.clear();
      return out;
    }
  }
  // runs start in value order and every started run finishes, so without a divergence every row
  // has been passed on
  return out;
}

SweepJsonWriter::SweepJsonWriter(TextSink& sink, std::string key) : sink_(sink), key_(std::move(key)) {
  // nlohmann::json keeps an object's keys sorted: "rows" comes before "vary"
  sink_.write("{\n  \"rows\": ");
}

void SweepJsonWriter::add(const SweepRow& row) {
  const nlohmann::json j = {{"value", row.value}, {"summary", summary_to_json(row.summary)}};
  // the row as dump(2) writes it two levels deep: every line indented by four more spaces
  const std::string text = j.dump(2);
  std::string indented = any_ ? ",\n    " : "[\n    ";
  indented.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    indented += c;
    if (c == '\n') indented += "    ";
  }
  sink_.write(indented);
  any_ = true;
}

void SweepJsonWriter::finish() {
  sink_.write(std::string(any_ ? "\n  ]" : "[]") + ",\n  \"vary\": " + nlohmann::json(key_).dump() + "\n}\n");
}

nlohmann::json sweep_to_json(const std::string& key, const std::vector<SweepRow>& rows) {
  nlohmann::json j;
  j["vary"] = key;
  j["rows"] = nlohmann::json::array();
  for (const SweepRow& row : rows)
    j["rows"].push_back({{"value", row.value}, {"summary", summary_to_json(row.summary)}});
  return j;
}

std::string sweep_csv_header() { return "value" + sweep_csv_figures_header(); }

std::string sweep_csv_figures_header() {
  std::string csv = ",fell,stalled,speed_m_s,cadence_steps_min,stride_length_m,step_width_m";
  for (Side s : kSides) {
    const std::string prefix = "," + std::string(side_name(s)) + "_";
    for (const SideColumn& c : kSideColumns) csv += prefix + c.name;
    csv += prefix + "trendelenburg";
  }
  csv += '\n';
  return csv;
}

void append_sweep_csv_row(std::string& csv, const SweepRow& row) {
  append_number(csv, row.value, 12);
  append_sweep_csv_figures(csv, row.summary);
}

void append_sweep_csv_figures(std::string& csv, const Summary& s) {
  csv += s.fell ? ",1" : ",0";
  csv += s.stalled ? ",1" : ",0";
  for (const std::optional<double>& v :
       {s.speed_m_s, s.cadence_steps_min, s.stride_length_m, s.step_width_m}) {
    csv += ',';
    append_optional(csv, v);
  }
  for (Side side : kSides) {
    for (const SideColumn& c : kSideColumns) {
      csv += ',';
      append_optional(csv, s.side[side].*c.field);
    }
    csv += ',' + sign_text(s.side[side].trendelenburg);
  }
  csv += '\n';
}

std::string sweep_csv(const std::vector<SweepRow>& rows) {
  std::string csv = sweep_csv_header();
  for (const SweepRow& row : rows) append_sweep_csv_row(csv, row);
  return csv;
}

namespace {

/// The table of print_sweep_table with `keys.size()` value columns, headed by `headers`.
void print_table(std::ostream& out, const std::vector<std::string>& headers,
                 const std::vector<std::vector<double>>& points, const std::vector<SweepRow>& rows) {
  char buf[256];
  std::vector<int> widths;
  for (const std::string& h : headers) widths.push_back(std::max<int>(10, static_cast<int>(h.size())));
  const auto value_columns = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      std::snprintf(buf, sizeof buf, "%*s ", widths[k], cells[k].c_str());
      text += buf;
    }
    return text;
  };
  std::snprintf(buf, sizeof buf, "%-12s %6s %9s %13s %13s %13s %s\n", "fell/stall", "speed", "cadence",
                "pelvic drop", "trunk lean", "hip add peak", "Trendelenburg sign");
  out << value_columns(headers) << buf;
  std::snprintf(buf, sizeof buf, "%-12s %6s %9s %13s %13s %13s %s\n", "", "m/s", "steps/min", "L / R deg",
                "L / R deg", "L / R deg", "L / R");
  out << value_columns(std::vector<std::string>(headers.size())) << buf;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Summary& s = rows[i].summary;
    const SideSummary& l = s.side.left;
    const SideSummary& r = s.side.right;
    const std::string outcome =
        s.fell ? "fell " + fixed_text(s.fall_time_s, 1) + " s" : (s.stalled ? "stalled" : "-");
    const auto pair = [](std::optional<double> a, std::optional<double> b) {
      return fixed_text(a, 1) + " / " + fixed_text(b, 1);
    };
    const std::string signs = (l.trendelenburg ? sign_text(l.trendelenburg) : "-") + " / " +
                              (r.trendelenburg ? sign_text(r.trendelenburg) : "-");
    std::vector<std::string> values;
    for (const double v : points[i]) {
      values.emplace_back();
      append_number(values.back(), v, 12);
    }
    std::snprintf(buf, sizeof buf, "%-12s %6s %9s %13s %13s %13s %s\n", outcome.c_str(),
                  fixed_text(s.speed_m_s, 2).c_str(), fixed_text(s.cadence_steps_min, 1).c_str(),
                  pair(l.pelvic_drop_deg, r.pelvic_drop_deg).c_str(),
                  pair(l.trunk_lean_deg, r.trunk_lean_deg).c_str(),
                  pair(l.hip_adduction_peak_deg, r.hip_adduction_peak_deg).c_str(), signs.c_str());
    out << value_columns(values) << buf;
  }
}

}  // namespace

void print_sweep_table(std::ostream& out, const std::string& key, const std::vector<SweepRow>& rows) {
  out << "Sweep of " << key << "\n\n";
  std::vector<std::vector<double>> points;
  for (const SweepRow& row : rows) points.push_back({row.value});
  print_table(out, {"value"}, points, rows);
}

void print_grid_sweep_table(std::ostream& out, const std::vector<std::string>& keys,
                            const std::vector<std::vector<double>>& points, const std::vector<SweepRow>& rows) {
  out << "Sweep of the grid";
  for (std::size_t k = 0; k < keys.size(); ++k) out << (k ? " x " : " ") << keys[k];
  out << "\n\n";
  print_table(out, keys, points, rows);
}

}  // namespace gait
