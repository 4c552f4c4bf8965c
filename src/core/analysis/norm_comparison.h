// One side's mean cycle curves against the healthy adults' class mean (adult_norms.h): per compared
// curve the correlation, the RMS difference and the range ratio, plus the clinical events of the curves
// (docs/metrics.md#against-adults).
#pragma once

#include <optional>
#include <vector>

#include "analysis/adult_norms.h"
#include "analysis/cycles.h"
#include "analysis/curve_shape.h"
#include "analysis/normative_gait.h"

namespace gait {

/// One figure per compared curve; the fields name the curves (nullopt: cannot be computed).
struct NormCurves {
  std::optional<double> pelvic_obliquity_deg;    ///< this side higher +
  std::optional<double> pelvic_rotation_deg;     ///< this side forward +
  std::optional<double> hip_flexion_deg;         ///< compared by shape (level removed)
  std::optional<double> hip_adduction_deg;
  std::optional<double> hip_rotation_deg;        ///< compared by shape (level removed)
  std::optional<double> knee_flexion_deg;        ///< compared by shape (level removed)
  std::optional<double> ankle_dorsiflexion_deg;  ///< compared by shape (level removed)
};

/// One compared curve: its names and where the walker's and the adults' curves are.
struct NormCurveField {
  const char* key;    ///< JSON key, e.g. "hip_flexion"
  const char* label;  ///< for tables, e.g. "hip flexion"
  std::optional<double> NormCurves::*figure;
  CycleStats SideCycleCurves::*walker;
  AdultBand AdultSpeedClass::*adult;
  /// The adults' level is protocol-bound (hip and knee flexion, ankle; hip rotation unchecked): the
  /// RMS difference is taken about each curve's own mean, and plots shift the adults' band onto the
  /// walker's mean.
  bool level_removed;
};

/// The compared curves, in report order: pelvic obliquity, pelvic rotation, hip flexion, hip
/// adduction, hip rotation, knee flexion, ankle dorsiflexion. Pelvic tilt is not compared.
const std::vector<NormCurveField>& norm_curve_fields();

/// One side against the adults.
struct SideAgainstAdults {
  NormCurves rms_deg;      ///< RMS difference (deg); about the means where level_removed
  NormCurves correlation;  ///< Pearson correlation of the mean curves (-1..1)
  NormCurves range_ratio;  ///< walker's range / adults' range
};

SideAgainstAdults compare_with_adults(const SideCycleCurves& curves, const AdultSpeedClass& adults);

/// The events of one side's mean curves (knee, ankle, obliquity) at its toe-off (% of the cycle).
GaitCurveEvents side_curve_events(const SideCycleCurves& curves, double toe_off_pct);

/// The same events of an adult class's mean curves, at its foot-off.
GaitCurveEvents adult_curve_events(const AdultSpeedClass& adults);

/// The adults' mean +- 1 SD as a plot band. With `shift_onto_deg` (curves compared by shape), the band
/// is moved by that level minus the adults' mean over the cycle, so that its level matches the walk's.
NormativeBand adult_plot_band(const AdultBand& adults, std::optional<double> shift_onto_deg = std::nullopt);

/// Mean over the 101 points.
double curve_mean(const CycleCurve& c);

/// Humps of a side's mean vertical ground reaction force in stance ([0, toe-off]): local maxima
/// standing at least kGrfHumpProminence_bw above the dips beside them.
inline constexpr double kGrfHumpProminence_bw = 0.05;
int grf_vertical_humps(const SideCycleCurves& curves, double toe_off_pct);

}  // namespace gait
