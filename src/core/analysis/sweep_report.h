// A sweep's results (DESIGN 8 and 9): one summary per value of the varied key, run on a few threads,
// as the `sweep --json` object, the `--csv` table of key figures and a text table.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "scenario/scenario_spec.h"

namespace gait {

struct SweepRow {
  double value = 0;  ///< the varied key's value
  Summary summary;
};

struct SweepResult {
  std::vector<SweepRow> rows;  ///< in the order of the values; complete unless a run diverged
  /// The first value (in value order) whose run diverged, and when: the sweep stops there.
  std::optional<double> diverged_value;
  std::optional<double> divergence_time_s;
};

/// Called after each finished run with (runs finished, runs in total, the value just finished).
using SweepProgress = std::function<void(std::size_t done, std::size_t total, double value)>;

/// Runs specs[i] (the scenario with the varied key at values[i]) for every i on up to `jobs` threads
/// and summarizes each run on its thread; the rows come back in value order whatever the scheduling.
/// A diverged run stops the sweep (no further runs are started) and is reported in the result.
SweepResult run_sweep(const std::vector<ScenarioSpec>& specs, const std::vector<double>& values, int jobs,
                      const SweepProgress& progress = {});

/// {"vary": KEY, "rows": [{"value": V, "summary": {...summary_to_json...}}, ...]}.
nlohmann::json sweep_to_json(const std::string& key, const std::vector<SweepRow>& rows);

/// One header line, then one row per value: value, fell, stalled, speed_m_s, cadence_steps_min,
/// stride_length_m, step_width_m, and per side (left_..., right_...) pelvic_drop_deg, trunk_lean_deg,
/// hip_adduction_peak_deg, hip_abductor_moment_peak_Nm_kg, abductor_activation_peak,
/// hip_contact_force_peak_bw, trendelenburg. fell and stalled are 0/1; a figure that cannot be
/// computed is an empty field.
std::string sweep_csv(const std::vector<SweepRow>& rows);

/// The main figures per value as an aligned text table, headed by the varied key.
void print_sweep_table(std::ostream& out, const std::string& key, const std::vector<SweepRow>& rows);

}  // namespace gait
