// Mean and SD curves over each side's analysed gait cycles (101 points), as data for plots and as
// the `--cycles` CSV (docs/metrics.md#mean-gait-cycles-csv).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/gait_cycles.h"
#include "analysis/adult_norms.h"
#include "scenario/scenario_spec.h"
#include "sim/run.h"

namespace gait {

/// One side's curves over its analysed cycles, in report units; each with the side's own sign
/// convention so that left and right curves compare directly.
struct SideCycleCurves {
  int cycles = 0;                        ///< number of cycles averaged
  CycleStats pelvic_obliquity_deg;       ///< this side higher = positive (deg)
  CycleStats hip_flexion_deg;            ///< + flexion (deg)
  CycleStats hip_adduction_deg;          ///< + adduction (deg)
  CycleStats knee_flexion_deg;           ///< + flexion (deg)
  CycleStats trunk_lean_deg;             ///< toward this side = positive (deg)
  CycleStats hip_abductor_moment_Nm_kg;  ///< delivered abductor moment / mass (Nm/kg)
  CycleStats grf_vertical_bw;            ///< vertical ground reaction force (body weights)
  CycleStats pelvic_tilt_deg;            ///< + anterior (deg)
  CycleStats pelvic_rotation_deg;        ///< this side forward = positive (deg)
  CycleStats hip_rotation_deg;           ///< + internal rotation (deg)
  CycleStats ankle_dorsiflexion_deg;     ///< + dorsiflexion (deg)
};

/// Both sides' curves; a side without analysed cycles has none.
struct CycleCurves {
  LeftRight<std::optional<SideCycleCurves>> side;
};

/// One curve of SideCycleCurves: its CSV name (with unit) and where it lives.
struct CycleCurveField {
  const char* name;  ///< e.g. "pelvic_obliquity_deg"
  CycleStats SideCycleCurves::*stats;
};

/// The curves of SideCycleCurves in CSV column order.
const std::vector<CycleCurveField>& cycle_curve_fields();

/// Resamples every analysed cycle to 101 points and averages per side. `mass_kg` scales the moment
/// (Nm/kg) and the force (body weights = mass * 9.81 N).
CycleCurves compute_cycle_curves(const std::vector<Frame>& frames,
                                 const LeftRight<std::vector<GaitCycle>>& analysed, double mass_kg);

/// Every curve of cycle_curve_fields() for one cycle, resampled to 101 points, in that order.
std::vector<CycleCurve> resample_cycle_curves(const std::vector<Frame>& frames, const GaitCycle& cycle,
                                              double mass_kg);

/// A side's curves from its analysed cycles' resampled curves, per field in cycle_curve_fields()
/// order (each a list over the cycles, in time order; none empty).
SideCycleCurves side_cycle_curves(const std::vector<std::vector<CycleCurve>>& per_field);

/// The `--cycles` CSV from curves already computed (stance test: `stance_test` true, header only),
/// with the curves of `adults` (nullptr: those columns empty) beside them.
std::string cycles_csv(const CycleCurves& curves, bool stance_test, const AdultSpeedClass* adults = nullptr);

/// The `--cycles` CSV: header `gait_cycle_pct,side,<name>_mean,<name>_sd,...` (names from
/// cycle_curve_fields()), then `norm_<curve>_deg_mean,norm_<curve>_deg_sd` for each compared curve of
/// norm_curve_fields() and `norm_class`: the adult class of the run's speed (adult_class_for). Then
/// 101 rows for the left side and 101 for the right, a side without analysed cycles having no rows.
/// Numbers as "%.6g" (locale-independent).
std::string cycles_csv(const ScenarioSpec& spec, const RunResult& result);

}  // namespace gait
