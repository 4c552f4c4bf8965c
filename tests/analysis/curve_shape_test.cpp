// Correlation, RMS difference, peaks, humps and clinical events of 101-point curves with known answers.
#include "analysis/curve_shape.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <functional>

#include "analysis/adult_norms.h"
#include "analysis/norm_comparison.h"
#include "units.h"

namespace gait {
namespace {

CycleCurve make_curve(const std::function<double(double)>& f) {
  CycleCurve c{};
  for (std::size_t k = 0; k < c.size(); ++k) c[k] = f(static_cast<double>(k));
  return c;
}

/// Piecewise linear through (pct, value) corners, constant beyond the ends.
CycleCurve piecewise(std::vector<std::pair<double, double>> corners) {
  return make_curve([&](double p) {
    if (p <= corners.front().first) return corners.front().second;
    for (std::size_t i = 1; i < corners.size(); ++i) {
      const auto [p0, v0] = corners[i - 1];
      const auto [p1, v1] = corners[i];
      if (p <= p1) return v0 + (v1 - v0) * (p - p0) / (p1 - p0);
    }
    return corners.back().second;
  });
}

TEST_CASE("curve shape: correlation of known pairs", "[unit]") {
  const CycleCurve ramp = make_curve([](double p) { return p; });
  CHECK(*correlation(ramp, make_curve([](double p) { return 2 * p + 3; })) == Approx(1.0));
  CHECK(*correlation(ramp, make_curve([](double p) { return -0.5 * p; })) == Approx(-1.0));
  // odd against even about 50 %: uncorrelated
  CHECK(*correlation(ramp, make_curve([](double p) { return (p - 50) * (p - 50); })) == Approx(0.0).margin(1e-12));
  // a constant curve has no shape
  CHECK_FALSE(correlation(ramp, make_curve([](double) { return 4.0; })));
  // scale and offset do not change it
  const CycleCurve wave = make_curve([](double p) { return std::sin(2 * kPi * p / 100) + 0.3 * std::cos(4 * kPi * p / 100); });
  const CycleCurve other = make_curve([](double p) { return std::sin(2 * kPi * p / 100 + 0.4); });
  CHECK(*correlation(wave, other) == Approx(*correlation(make_curve([&](double p) { return 5 * wave[static_cast<std::size_t>(p)] - 7; }), other)));
}

TEST_CASE("curve shape: RMS about the means ignores the level", "[unit]") {
  const CycleCurve zero{};
  const double amplitude = 3.0;
  // sin over 0..100 % sums to 0 and its squares to 50 (a full period of 100 points plus sin(2 pi) = 0)
  const CycleCurve wave = make_curve([&](double p) { return amplitude * std::sin(2 * kPi * p / 100) + 20; });
  CHECK(rms_difference_about_means(wave, zero) == Approx(amplitude * std::sqrt(50.0 / 101)));
  CHECK(rms_difference_about_means(wave, make_curve([&](double p) { return wave[static_cast<std::size_t>(p)] - 7; })) ==
        Approx(0).margin(1e-12));
  CHECK(curve_range(wave) == Approx(2 * amplitude).margin(0.01));
}

TEST_CASE("curve shape: values between points, extremes in windows", "[unit]") {
  const CycleCurve c = piecewise({{0, 0}, {20, 10}, {40, -10}, {100, 5}});
  CHECK(curve_value_at(c, 12.5) == Approx(6.25));
  CHECK(curve_value_at(c, -3) == 0);
  CHECK(curve_value_at(c, 100) == Approx(5));
  CHECK(curve_max(c, 0, 100).pct == 20);
  CHECK(curve_max(c, 0, 100).value == Approx(10));
  CHECK(curve_min(c, 0, 100).pct == 40);
  // the window is rounded inward to the grid: [20.5, 39.5] holds 21..39
  CHECK(curve_max(c, 20.5, 39.5).pct == 21);
  CHECK(curve_min(c, 20.5, 39.5).pct == 39);
  // a flat stretch: the first point
  const CycleCurve flat = piecewise({{0, 0}, {10, 4}, {30, 4}, {40, 0}});
  CHECK(curve_max(flat, 0, 100).pct == 10);
}

TEST_CASE("curve shape: humps of a force curve", "[unit]") {
  auto bump = [](double p, double at, double height, double width) {
    return height * std::exp(-((p - at) / width) * ((p - at) / width));
  };
  // adults' vertical force: two humps of about 1.1 BW with a 0.75 BW valley between
  const CycleCurve two = make_curve([&](double p) {
    return p > 62 ? 0.0 : bump(p, 13, 1.1, 8) + bump(p, 48, 1.1, 8) + bump(p, 30, 0.75, 12);
  });
  CHECK(count_humps(two, 0, 62, 0.05) == 2);
  // one broad hump
  CHECK(count_humps(make_curve([&](double p) { return bump(p, 30, 1.2, 15); }), 0, 62, 0.05) == 1);
  // a ripple of 0.02 on a single hump is not a second one
  const CycleCurve ripple = make_curve([&](double p) { return bump(p, 30, 1.2, 15) + bump(p, 45, 0.02, 1.5); });
  CHECK(count_humps(ripple, 0, 62, 0.05) == 1);
  // a plateau counts once
  CHECK(count_humps(piecewise({{0, 0}, {10, 1}, {50, 1}, {60, 0}}), 0, 62, 0.05) == 1);
  // nothing but zero
  CHECK(count_humps(CycleCurve{}, 0, 62, 0.05) == 0);
}

TEST_CASE("curve shape: clinical events of piecewise-linear curves", "[unit]") {
  // toe-off at 60 %: mid-stance 30 %, swing 40 % (a third: 13.33 %, mid-swing 80 %)
  const CycleCurve knee = piecewise({{0, 5}, {14, 20}, {40, 3}, {60, 38}, {72, 62}, {100, 4}});
  const CycleCurve ankle = piecewise({{0, 0}, {8, -6}, {48, 12}, {63, -16}, {80, 2}, {100, 0}});
  const CycleCurve obliquity = piecewise({{0, 0}, {15, 5}, {50, -1}, {65, -5}, {100, 0}});
  const GaitCurveEvents e = read_curve_events(knee, ankle, obliquity, 60);
  CHECK(e.knee_loading_peak.value == Approx(20));
  CHECK(e.knee_loading_peak.pct == 14);
  CHECK(e.knee_toe_off_deg == Approx(38));
  CHECK(e.knee_stance_min_deg == Approx(3));
  CHECK(e.knee_swing_peak_deg == Approx(62));
  CHECK(e.ankle_heel_rise.pct == 48);
  CHECK(e.ankle_plantarflexion_peak.value == Approx(-16));
  CHECK(e.ankle_plantarflexion_peak.pct == 63);
  // at 30 %: -6 + 18 * 22 / 40
  CHECK(e.ankle_mid_stance_deg == Approx(-6 + 18.0 * 22 / 40));
  CHECK(e.ankle_push_off_deg == Approx(-6 + 18.0 * 22 / 40 + 16));
  CHECK(e.ankle_mid_swing_deg == Approx(2));
  CHECK(e.pelvic_obliquity_peak.value == Approx(5));
  CHECK(e.pelvic_obliquity_peak.pct == 15);
  // the loading-response window ends at mid-stance: a knee that only straightens after contact
  const CycleCurve stiff = piecewise({{0, 14}, {30, -1.5}, {60, 17}, {75, 50}, {100, 14}});
  const GaitCurveEvents s = read_curve_events(stiff, ankle, obliquity, 60);
  CHECK(s.knee_loading_peak.pct == 0);
  CHECK(s.knee_loading_peak.value == Approx(14));
  CHECK(s.knee_stance_min_deg == Approx(-1.5));
}

TEST_CASE("curve shape: the adults' own curves read as adults walk", "[unit]") {
  // published adult values (Perry and Burnfield 2010): knee loading-response flexion near 12-15 %,
  // plantarflexion peak just after toe-off, the swing side's drop near 12-18 %
  for (const AdultSpeedClass& c : adult_norms()) {
    INFO("class " << c.name);
    const GaitCurveEvents e = adult_curve_events(c);
    CHECK(e.knee_loading_peak.pct >= 8);
    CHECK(e.knee_loading_peak.pct <= 18);
    CHECK(e.knee_toe_off_deg >= 30);
    CHECK(e.knee_swing_peak_deg >= 55);
    CHECK(e.knee_swing_peak_deg <= 72);
    CHECK(e.ankle_push_off_deg >= 10);
    CHECK(e.ankle_plantarflexion_peak.pct >= 55);
    CHECK(e.ankle_plantarflexion_peak.pct <= 68);
    CHECK(e.pelvic_obliquity_peak.pct >= 8);
    CHECK(e.pelvic_obliquity_peak.pct <= 20);
  }
}

TEST_CASE("curve shape: a side's curves against the adults", "[unit]") {
  const AdultSpeedClass& m = adult_norms()[3];
  SideCycleCurves curves;
  for (const NormCurveField& f : norm_curve_fields()) (curves.*(f.walker)).mean = (m.*(f.adult)).mean;
  // the adults themselves: r 1, no difference, the same range
  SideAgainstAdults same = compare_with_adults(curves, m);
  for (const NormCurveField& f : norm_curve_fields()) {
    INFO(f.key);
    CHECK(*(same.correlation.*(f.figure)) == Approx(1.0));
    CHECK(*(same.rms_deg.*(f.figure)) == Approx(0).margin(1e-9));
    CHECK(*(same.range_ratio.*(f.figure)) == Approx(1.0));
  }
  // every curve 3 deg higher and its excursion doubled about its mean
  for (const NormCurveField& f : norm_curve_fields()) {
    CycleCurve& c = (curves.*(f.walker)).mean;
    double mean = 0;
    for (double v : c) mean += v / kCyclePoints;
    for (double& v : c) v = mean + 2 * (v - mean) + 3;
  }
  const SideAgainstAdults moved = compare_with_adults(curves, m);
  for (const NormCurveField& f : norm_curve_fields()) {
    INFO(f.key);
    const CycleCurve& adult = (m.*(f.adult)).mean;
    double mean = 0;
    for (double v : adult) mean += v / kCyclePoints;
    // the shape difference is the adults' own deviation from their mean
    double sum_sq = 0, sum_sq_level = 0;
    for (double v : adult) {
      sum_sq += (v - mean) * (v - mean);
      sum_sq_level += (v - mean + 3) * (v - mean + 3);
    }
    const double expected = std::sqrt((f.level_removed ? sum_sq : sum_sq_level) / kCyclePoints);
    CHECK(*(moved.correlation.*(f.figure)) == Approx(1.0));
    CHECK(*(moved.rms_deg.*(f.figure)) == Approx(expected));
    CHECK(*(moved.range_ratio.*(f.figure)) == Approx(2.0));
  }
}

}  // namespace
}  // namespace gait

namespace gait {
namespace {

TEST_CASE("curve shape: the adults' plot band, at their level or moved onto the walk's", "[unit]") {
  const AdultBand& knee = adult_norms()[2].knee_flexion_deg;
  const NormativeBand as_published = adult_plot_band(knee);
  for (std::size_t k : {std::size_t{0}, std::size_t{40}, std::size_t{100}}) {
    CHECK(as_published.mean[k] == knee.mean[k]);
    CHECK(as_published.max[k] - as_published.mean[k] == Approx(knee.sd[k]));
    CHECK(as_published.mean[k] - as_published.min[k] == Approx(knee.sd[k]));
  }
  // moved onto a walk whose knee averages 10 deg over the cycle: the band's mean averages 10 too
  const NormativeBand moved = adult_plot_band(knee, 10.0);
  CHECK(curve_mean(moved.mean) == Approx(10.0));
  CHECK(moved.mean[60] - moved.mean[10] == Approx(knee.mean[60] - knee.mean[10]));
  CHECK(moved.max[60] - moved.mean[60] == Approx(knee.sd[60]));
}

}  // namespace
}  // namespace gait
