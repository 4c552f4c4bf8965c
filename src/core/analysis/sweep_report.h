// A sweep's results (docs/metrics.md#sweep-outputs): one summary per value of the varied key, run on a few
// threads, as the `sweep --json` object, the `--csv` table of key figures and a text table.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "io/text_sink.h"
#include "scenario/scenario_spec.h"

namespace gait {

struct SweepRow {
  double value = 0;  ///< the varied key's value
  Summary summary;
};

struct SweepResult {
  /// In the order of the values; complete unless a run diverged. Empty when run_sweep was given a
  /// row sink (the rows went there).
  std::vector<SweepRow> rows;
  /// The first value (in value order) whose run diverged, and when: the sweep stops there.
  std::optional<double> diverged_value;
  std::optional<double> divergence_time_s;
};

/// Called after each finished run with (runs finished, runs in total, the value just finished).
using SweepProgress = std::function<void(std::size_t done, std::size_t total, double value)>;

/// Receives the rows of a sweep one by one, in value order, as soon as every earlier value is done.
using SweepRowSink = std::function<void(const SweepRow& row)>;

/// Runs specs[i] (the scenario with the varied key at values[i]) for every i on up to `jobs` threads
/// and summarizes each run on its thread as it goes (RunAnalyzer: no run keeps its Frames); the
/// rows come back in value order whatever the scheduling, in the result or, given `on_row`, passed
/// to it (called on a worker thread, never from two at once), so a wide sweep need not hold them
/// all. A diverged run stops the sweep (no further runs are started) and is reported in the
/// result; rows before it may have been passed on already.
SweepResult run_sweep(const std::vector<ScenarioSpec>& specs, const std::vector<double>& values, int jobs,
                      const SweepProgress& progress = {}, const SweepRowSink& on_row = {});

/// {"vary": KEY, "rows": [{"value": V, "summary": {...summary_to_json...}}, ...]}.
nlohmann::json sweep_to_json(const std::string& key, const std::vector<SweepRow>& rows);

/// The sweep --json object written row by row to `sink`: the same bytes as
/// sweep_to_json(key, rows).dump(2) followed by a newline.
class SweepJsonWriter {
 public:
  SweepJsonWriter(TextSink& sink, std::string key);
  void add(const SweepRow& row);
  /// After the last row.
  void finish();

 private:
  TextSink& sink_;
  std::string key_;
  bool any_ = false;
};

/// The header line of sweep_csv (with its newline).
std::string sweep_csv_header();
/// Appends one row of sweep_csv (with its newline).
void append_sweep_csv_row(std::string& csv, const SweepRow& row);
/// The header after the value column(s): ",fell,stalled,...,right_trendelenburg" and the newline.
std::string sweep_csv_figures_header();
/// A row after the value column(s): ",0,0,1.21,..." and the newline.
void append_sweep_csv_figures(std::string& csv, const Summary& summary);

/// One header line, then one row per value: value, fell, stalled, speed_m_s, cadence_steps_min,
/// stride_length_m, step_width_m, and per side (left_..., right_...) pelvic_drop_deg, trunk_lean_deg,
/// hip_adduction_peak_deg, hip_abductor_moment_peak_Nm_kg, abductor_activation_peak,
/// hip_contact_force_peak_bw, trendelenburg. fell and stalled are 0/1; a figure that cannot be
/// computed is an empty field.
std::string sweep_csv(const std::vector<SweepRow>& rows);

/// The main figures per value as an aligned text table, headed by the varied key.
void print_sweep_table(std::ostream& out, const std::string& key, const std::vector<SweepRow>& rows);

/// As print_sweep_table for a grid: one column per varied key, row i at points[i] (rows[i].value
/// is not read).
void print_grid_sweep_table(std::ostream& out, const std::vector<std::string>& keys,
                            const std::vector<std::vector<double>>& points, const std::vector<SweepRow>& rows);

}  // namespace gait
