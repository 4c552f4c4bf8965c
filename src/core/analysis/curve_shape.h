// Comparing a mean gait-cycle curve with a reference curve (correlation, RMS difference, range), and
// reading the events a clinician reads off the knee, ankle, pelvic obliquity and vertical force curves
// (definitions: docs/metrics.md#against-adults). Pure functions of 101-point curves.
#pragma once

#include <optional>

#include "analysis/gait_cycles.h"

namespace gait {

/// Pearson correlation of two curves over their 101 points; nullopt when either is constant.
std::optional<double> correlation(const CycleCurve& a, const CycleCurve& b);

/// RMS over the 101 points of (a - mean(a)) - (b - mean(b)): the difference of shape, each curve's
/// own level over the cycle removed.
double rms_difference_about_means(const CycleCurve& a, const CycleCurve& b);

/// max - min over the 101 points.
double curve_range(const CycleCurve& c);

/// The curve at `pct` (0..100, clamped), linear between its points.
double curve_value_at(const CycleCurve& c, double pct);

/// A curve's extreme in a window: its value and where (% of the cycle, on the 1 % grid).
struct CurvePeak {
  double value = 0;
  double pct = 0;
};

/// Largest / smallest point of `c` with from_pct <= pct <= to_pct (percent rounded inward to the
/// 1 % grid; the first such point on ties). Precondition: the window holds at least one point.
CurvePeak curve_max(const CycleCurve& c, double from_pct, double to_pct);
CurvePeak curve_min(const CycleCurve& c, double from_pct, double to_pct);

/// Local maxima of `c` over [from_pct, to_pct] standing at least `prominence` above the lower of the
/// deepest points between it and a higher point (or the window's end) on each side: the humps of a
/// force curve.
int count_humps(const CycleCurve& c, double from_pct, double to_pct, double prominence);

/// What a clinician reads off one side's mean curves, given its toe-off (% of the cycle).
struct GaitCurveEvents {
  CurvePeak knee_loading_peak;           ///< knee flexion max over [0, toe-off / 2] (deg, %)
  double knee_toe_off_deg = 0;           ///< knee flexion at toe-off
  double knee_stance_min_deg = 0;        ///< knee flexion min over [0, toe-off]
  double knee_swing_peak_deg = 0;        ///< knee flexion max over [toe-off, 100]
  CurvePeak ankle_heel_rise;             ///< ankle dorsiflexion max over [toe-off / 2, toe-off]
  CurvePeak ankle_plantarflexion_peak;   ///< ankle min from heel rise to toe-off + a third of swing
  double ankle_mid_stance_deg = 0;       ///< ankle at toe-off / 2
  double ankle_push_off_deg = 0;         ///< ankle_mid_stance_deg - ankle_plantarflexion_peak.value
  double ankle_mid_swing_deg = 0;        ///< ankle at toe-off + half of swing
  CurvePeak pelvic_obliquity_peak;       ///< obliquity (this side up +) max over [0, toe-off]
};

/// The events of curves sampled like every CycleCurve (0 = initial contact). Precondition:
/// 1 <= toe_off_pct <= 99.
GaitCurveEvents read_curve_events(const CycleCurve& knee_flexion_deg, const CycleCurve& ankle_dorsiflexion_deg,
                                  const CycleCurve& pelvic_obliquity_deg, double toe_off_pct);

}  // namespace gait
