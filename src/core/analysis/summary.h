// The run summary (docs/metrics.md#summary-json): every reported figure with its definition, as a struct, as
// the `--json` object and as a text table.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/cycle_metrics.h"
#include "analysis/cycles.h"
#include "analysis/norm_comparison.h"
#include "analysis/trendelenburg.h"
#include "scenario/scenario_spec.h"
#include "sim/run.h"

namespace gait {

/// RMS difference (deg) over the 101 points between a side's mean cycle curve and the adult class's
/// mean (norm_comparison.h); about each curve's own mean for the curves compared by shape; nullopt
/// without analysed cycles.
using NormRms = NormCurves;

/// One side's figures: means over that side's analysed cycles (nullopt = cannot be computed, e.g. no
/// analysed cycles; the JSON writes null).
struct SideSummary {
  int cycles = 0;  ///< analysed cycles of this side
  /// (toe-off - initial contact) / cycle duration * 100 (%).
  std::optional<double> stance_pct;
  /// Time both feet are loaded within this side's cycle / cycle duration * 100 (%).
  std::optional<double> double_support_pct;
  /// Pelvic drop during this side's single stance (deg): peak, from contralateral toe-off to
  /// contralateral initial contact, of how far the other side sits below this one (+ = swing side
  /// lower). Healthy: about 3-6 deg.
  std::optional<double> pelvic_drop_deg;
  /// Peak trunk lean toward this side during its single stance (deg).
  std::optional<double> trunk_lean_deg;
  /// Trunk sway (deg): range (max - min) over the cycle of this side's mean trunk lean curve, the
  /// side-to-side swing of the trunk that waddling widens (docs/metrics.md#per-side-figures).
  std::optional<double> trunk_sway_deg;
  /// Peak hip adduction of this side in its stance (deg).
  std::optional<double> hip_adduction_peak_deg;
  /// Peak hip abductor moment delivered in stance (all abductors, incl. those on other nerves) / body
  /// mass (Nm/kg).
  std::optional<double> hip_abductor_moment_peak_Nm_kg;
  /// Time-mean abductor capacity M_cap of the seven compartments over single stance (Nm).
  std::optional<double> abductor_capacity_Nm;
  /// Peak shared abductor activation in stance (0..1).
  std::optional<double> abductor_activation_peak;
  /// Peak hip contact force in stance (body weights, BW = mass_kg * 9.81 N).
  std::optional<double> hip_contact_force_peak_bw;
  /// Peak vertical ground reaction force in stance (body weights).
  std::optional<double> grf_vertical_peak_bw;
  /// Walking: positive when pelvic_drop_deg >= 8; compensated when below 8 and trunk_lean_deg >= 5;
  /// else negative. Stance test: the stance side's test result (the lifted side has none).
  std::optional<Trendelenburg> trendelenburg;
  /// Stance test: when the pelvis dropped (s); nullopt in walking or when it held.
  std::optional<double> drop_time_s;
  NormRms norm_rms_deg;
  /// Correlation of this side's mean curves with the adult class's means (-1..1).
  NormCurves norm_correlation;
  /// This side's range (max - min) over the cycle / the adult class's.
  NormCurves norm_range_ratio;
  /// Events of this side's mean curves at its mean toe-off (stance_pct); nullopt without cycles.
  std::optional<GaitCurveEvents> curve_events;
  /// Humps of the mean vertical ground reaction force in stance (grf_vertical_humps).
  std::optional<int> grf_vertical_humps;
};

struct Summary {
  std::string scenario;   ///< the scenario's name
  ScenarioSpec inputs;    ///< the scenario as applied (after --set), for the JSON `inputs`
  double duration_s = 0;  ///< simulated time (s): the requested duration unless it fell or diverged
  bool fell = false;      ///< fall criterion met (docs/model.md#falls-and-stalls)
  std::optional<double> fall_time_s;  ///< when it fell (s)
  /// Walking: mean forward (+x) speed over the last 10 s below 0.2 m/s (or backwards).
  bool stalled = false;
  int cycles = 0;  ///< analysed cycles: the smaller of the two sides' counts
  /// Pelvis horizontal displacement / time over the analysed cycles (m/s).
  std::optional<double> speed_m_s;
  /// Steps per minute: 2 * 60 / mean analysed cycle duration (steps/min).
  std::optional<double> cadence_steps_min;
  /// Mean horizontal distance between successive initial-contact positions of the same ankle (m).
  std::optional<double> stride_length_m;
  /// Mean distance across the walking direction between the two ankle centres at successive
  /// initial contacts (m).
  std::optional<double> step_width_m;
  /// speed_m_s / the body's height (1/s): how Bovi et al. 2011 class walking speeds.
  std::optional<double> speed_over_height_per_s;
  /// The adult class the curves are compared with (adult_class_for); nullptr without a speed.
  const AdultSpeedClass* norm_class = nullptr;
  LeftRight<SideSummary> side;
  /// Every complete single-stance interval of the run in time order, early cycles included.
  std::vector<StepMetrics> steps;
};

/// One side's figures from its analysed cycles' metrics (in time order) and mean curves, compared
/// with `adults` (nullptr: no comparison).
SideSummary summarize_side(const std::vector<CycleMetrics>& per_cycle, const std::optional<SideCycleCurves>& curves,
                           const AdultSpeedClass* adults);

/// Analyses a run of `spec` (docs/metrics.md). Mass for body weight and Nm/kg comes from `spec.mass_kg`.
Summary summarize(const ScenarioSpec& spec, const RunResult& result);

/// The JSON object (docs/metrics.md#summary-json): scenario, inputs (nested like the TOML tables),
/// duration_s, fell, fall_time_s, stalled, cycles, speed_m_s, cadence_steps_min, stride_length_m,
/// step_width_m, left / right, steps. Figures that cannot be computed are null, never NaN.
nlohmann::json summary_to_json(const Summary& summary);

/// The inputs object alone: name, mode, stance_side (stance test only), duration_s, body {mass_kg,
/// height_m}, gait {speed_m_s, compensation}, left / right {gluteus_medius, gluteus_minimus,
/// tensor_fasciae_latae, superior_gluteal_nerve}, view {camera}.
nlohmann::json inputs_to_json(const ScenarioSpec& spec);

/// A readable, aligned text table of the summary: run outcome, spatiotemporal figures, then left and
/// right columns with units.
void print_summary_table(std::ostream& out, const Summary& summary);

}  // namespace gait
