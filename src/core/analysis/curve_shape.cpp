// Comparing cycle curves and reading clinical events off them (docs/metrics.md#against-adults).
#include "analysis/curve_shape.h"

#include <algorithm>
#include <cmath>

namespace gait {
namespace {

double mean_of(const CycleCurve& c) {
  double sum = 0;
  for (double v : c) sum += v;
  return sum / static_cast<double>(c.size());
}

/// The grid points inside [from_pct, to_pct], clamped to 0..100.
std::pair<int, int> window(double from_pct, double to_pct) {
  const int lo = std::clamp(static_cast<int>(std::ceil(from_pct - 1e-9)), 0, kCyclePoints - 1);
  const int hi = std::clamp(static_cast<int>(std::floor(to_pct + 1e-9)), 0, kCyclePoints - 1);
  return {lo, std::max(lo, hi)};
}

template <class Better>
CurvePeak extreme(const CycleCurve& c, double from_pct, double to_pct, Better better) {
  const auto [lo, hi] = window(from_pct, to_pct);
  CurvePeak p{c[static_cast<std::size_t>(lo)], static_cast<double>(lo)};
  for (int k = lo + 1; k <= hi; ++k)
    if (better(c[static_cast<std::size_t>(k)], p.value)) p = {c[static_cast<std::size_t>(k)], static_cast<double>(k)};
  return p;
}

}  // namespace

std::optional<double> correlation(const CycleCurve& a, const CycleCurve& b) {
  const double ma = mean_of(a), mb = mean_of(b);
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t k = 0; k < a.size(); ++k) {
    sab += (a[k] - ma) * (b[k] - mb);
    saa += (a[k] - ma) * (a[k] - ma);
    sbb += (b[k] - mb) * (b[k] - mb);
  }
  if (saa <= 0 || sbb <= 0) return std::nullopt;
  return std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
}

double rms_difference_about_means(const CycleCurve& a, const CycleCurve& b) {
  const double offset = mean_of(a) - mean_of(b);
  double sum_sq = 0;
  for (std::size_t k = 0; k < a.size(); ++k) sum_sq += (a[k] - b[k] - offset) * (a[k] - b[k] - offset);
  return std::sqrt(sum_sq / static_cast<double>(a.size()));
}

double curve_range(const CycleCurve& c) {
  const auto [lo, hi] = std::minmax_element(c.begin(), c.end());
  return *hi - *lo;
}

double curve_value_at(const CycleCurve& c, double pct) {
  pct = std::clamp(pct, 0.0, 100.0);
  const auto k = std::min(static_cast<std::size_t>(pct), c.size() - 2);
  const double w = pct - static_cast<double>(k);
  return c[k] + w * (c[k + 1] - c[k]);
}

CurvePeak curve_max(const CycleCurve& c, double from_pct, double to_pct) {
  return extreme(c, from_pct, to_pct, [](double v, double best) { return v > best; });
}

CurvePeak curve_min(const CycleCurve& c, double from_pct, double to_pct) {
  return extreme(c, from_pct, to_pct, [](double v, double best) { return v < best; });
}

int count_humps(const CycleCurve& c, double from_pct, double to_pct, double prominence) {
  const auto [lo, hi] = window(from_pct, to_pct);
  int humps = 0;
  for (int k = lo; k <= hi; ++k) {
    const double v = c[static_cast<std::size_t>(k)];
    // a local maximum (plateaus count once, at their first point)
    if (k > lo && c[static_cast<std::size_t>(k - 1)] >= v) continue;
    int end = k;
    while (end < hi && c[static_cast<std::size_t>(end + 1)] == v) ++end;
    if (end < hi && c[static_cast<std::size_t>(end + 1)] > v) continue;
    // the deepest point on each side before a higher point or the window's end
    double left_min = v, right_min = v;
    for (int j = k - 1; j >= lo && c[static_cast<std::size_t>(j)] <= v; --j)
      left_min = std::min(left_min, c[static_cast<std::size_t>(j)]);
    for (int j = end + 1; j <= hi && c[static_cast<std::size_t>(j)] <= v; ++j)
      right_min = std::min(right_min, c[static_cast<std::size_t>(j)]);
    if (v - std::max(left_min, right_min) >= prominence) ++humps;
    k = end;
  }
  return humps;
}

GaitCurveEvents read_curve_events(const CycleCurve& knee_flexion_deg, const CycleCurve& ankle_dorsiflexion_deg,
                                  const CycleCurve& pelvic_obliquity_deg, double toe_off_pct) {
  const double mid_stance_pct = toe_off_pct / 2;
  const double swing_pct = 100.0 - toe_off_pct;
  GaitCurveEvents e;
  e.knee_loading_peak = curve_max(knee_flexion_deg, 0, mid_stance_pct);
  e.knee_toe_off_deg = curve_value_at(knee_flexion_deg, toe_off_pct);
  e.knee_stance_min_deg = curve_min(knee_flexion_deg, 0, toe_off_pct).value;
  e.knee_swing_peak_deg = curve_max(knee_flexion_deg, toe_off_pct, 100).value;
  e.ankle_heel_rise = curve_max(ankle_dorsiflexion_deg, mid_stance_pct, toe_off_pct);
  e.ankle_plantarflexion_peak =
      curve_min(ankle_dorsiflexion_deg, e.ankle_heel_rise.pct, toe_off_pct + swing_pct / 3);
  e.ankle_mid_stance_deg = curve_value_at(ankle_dorsiflexion_deg, mid_stance_pct);
  e.ankle_push_off_deg = e.ankle_mid_stance_deg - e.ankle_plantarflexion_peak.value;
  e.ankle_mid_swing_deg = curve_value_at(ankle_dorsiflexion_deg, toe_off_pct + swing_pct / 2);
  e.pelvic_obliquity_peak = curve_max(pelvic_obliquity_deg, 0, toe_off_pct);
  return e;
}

}  // namespace gait
