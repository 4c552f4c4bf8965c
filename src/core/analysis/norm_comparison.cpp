// One side's mean cycle curves against the adults' class mean (docs/metrics.md#against-adults).
#include "analysis/norm_comparison.h"

namespace gait {

const std::vector<NormCurveField>& norm_curve_fields() {
  // levels: Bovi's LAMB protocol against Plug-in Gait (the asset's header) puts hip flexion about 7
  // deg lower, knee flexion 4 deg higher and the ankle 20 deg lower; obliquity, pelvic rotation and
  // hip adduction agree within 2 deg; hip rotation was not checked
  static const std::vector<NormCurveField> fields = {
      {"pelvic_obliquity", "pelvic obliquity", &NormCurves::pelvic_obliquity_deg,
       &SideCycleCurves::pelvic_obliquity_deg, &AdultSpeedClass::pelvic_obliquity_deg, false},
      {"pelvic_rotation", "pelvic rotation", &NormCurves::pelvic_rotation_deg, &SideCycleCurves::pelvic_rotation_deg,
       &AdultSpeedClass::pelvic_rotation_deg, false},
      {"hip_flexion", "hip flexion", &NormCurves::hip_flexion_deg, &SideCycleCurves::hip_flexion_deg,
       &AdultSpeedClass::hip_flexion_deg, true},
      {"hip_adduction", "hip adduction", &NormCurves::hip_adduction_deg, &SideCycleCurves::hip_adduction_deg,
       &AdultSpeedClass::hip_adduction_deg, false},
      {"hip_rotation", "hip rotation", &NormCurves::hip_rotation_deg, &SideCycleCurves::hip_rotation_deg,
       &AdultSpeedClass::hip_rotation_deg, true},
      {"knee_flexion", "knee flexion", &NormCurves::knee_flexion_deg, &SideCycleCurves::knee_flexion_deg,
       &AdultSpeedClass::knee_flexion_deg, true},
      {"ankle_dorsiflexion", "ankle dorsiflexion", &NormCurves::ankle_dorsiflexion_deg,
       &SideCycleCurves::ankle_dorsiflexion_deg, &AdultSpeedClass::ankle_dorsiflexion_deg, true},
  };
  return fields;
}

SideAgainstAdults compare_with_adults(const SideCycleCurves& curves, const AdultSpeedClass& adults) {
  SideAgainstAdults out;
  for (const NormCurveField& f : norm_curve_fields()) {
    const CycleCurve& walker = (curves.*(f.walker)).mean;
    const CycleCurve& adult = (adults.*(f.adult)).mean;
    out.rms_deg.*(f.figure) =
        f.level_removed ? rms_difference_about_means(walker, adult) : rms_difference(walker, adult);
    out.correlation.*(f.figure) = correlation(walker, adult);
    const double adult_range = curve_range(adult);
    if (adult_range > 0) out.range_ratio.*(f.figure) = curve_range(walker) / adult_range;
  }
  return out;
}

GaitCurveEvents side_curve_events(const SideCycleCurves& curves, double toe_off_pct) {
  return read_curve_events(curves.knee_flexion_deg.mean, curves.ankle_dorsiflexion_deg.mean,
                           curves.pelvic_obliquity_deg.mean, toe_off_pct);
}

GaitCurveEvents adult_curve_events(const AdultSpeedClass& adults) {
  return read_curve_events(adults.knee_flexion_deg.mean, adults.ankle_dorsiflexion_deg.mean,
                           adults.pelvic_obliquity_deg.mean, adults.foot_off_pct);
}

double curve_mean(const CycleCurve& c) {
  double sum = 0;
  for (double v : c) sum += v;
  return sum / static_cast<double>(c.size());
}

NormativeBand adult_plot_band(const AdultBand& adults, std::optional<double> shift_onto_deg) {
  const double shift = shift_onto_deg ? *shift_onto_deg - curve_mean(adults.mean) : 0.0;
  NormativeBand band;
  for (std::size_t k = 0; k < band.mean.size(); ++k) {
    band.mean[k] = adults.mean[k] + shift;
    band.min[k] = band.mean[k] - adults.sd[k];
    band.max[k] = band.mean[k] + adults.sd[k];
  }
  return band;
}

int grf_vertical_humps(const SideCycleCurves& curves, double toe_off_pct) {
  return count_humps(curves.grf_vertical_bw.mean, 0, toe_off_pct, kGrfHumpProminence_bw);
}

}  // namespace gait
