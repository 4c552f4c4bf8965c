// Mean and SD cycle curves and the `--cycles` CSV; the RMS distance from the normative mean.
#include "analysis/cycles.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "analysis/adult_norms.h"
#include "analysis/normative_gait.h"
#include "analysis/summary.h"
#include "synthetic_gait.h"

namespace gait {
namespace {

using test::SyntheticGait;

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, sep)) out.push_back(item);
  return out;
}

/// A curve's value at `pct` % of the cycle (linear between its 101 points).
double curve_at(const CycleCurve& c, double pct) {
  const auto k = static_cast<std::size_t>(std::min(99.0, std::floor(pct)));
  return c[k] + (c[k + 1] - c[k]) * (pct - static_cast<double>(k));
}

/// The % of `side`'s cycle at time t, from the detected initial contacts `contacts_s`.
double cycle_pct(const std::vector<double>& contacts_s, double t_s) {
  for (std::size_t i = 0; i + 1 < contacts_s.size(); ++i) {
    if (t_s >= contacts_s[i] && t_s < contacts_s[i + 1]) {
      return 100.0 * (t_s - contacts_s[i]) / (contacts_s[i + 1] - contacts_s[i]);
    }
  }
  return 0.0;
}

TEST_CASE("cycle curves: mean and SD per side, with each side's sign convention", "[unit]") {
  SyntheticGait g;
  g.duration_s = 12;
  const std::vector<Frame> frames = g.frames([&g](Frame& f) {
    f.pelvic_obliquity_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {6.0, -6.0}));
    f.trunk_lean_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {3.0, -3.0}));
    f.side.left.abductor_moment_Nm = 75.0;
  });
  const GaitCycleSet set = find_gait_cycles(frames);
  const CycleCurves curves = compute_cycle_curves(frames, set.analysed, 75.0);
  REQUIRE(curves.side.left);
  REQUIRE(curves.side.right);
  const SideCycleCurves& l = *curves.side.left;
  const SideCycleCurves& r = *curves.side.right;
  CHECK(l.cycles == 7);
  CHECK(r.cycles == 8);
  // left single stance is 10..50 % of the left cycle, peak at 30 %; the right's likewise
  CHECK(l.pelvic_obliquity_deg.mean[30] == Approx(6.0).margin(0.01));
  CHECK(r.pelvic_obliquity_deg.mean[30] == Approx(6.0).margin(0.01));
  CHECK(l.trunk_lean_deg.mean[30] == Approx(3.0).margin(0.01));
  CHECK(r.trunk_lean_deg.mean[30] == Approx(3.0).margin(0.01));
  // right single stance seen from the left cycle: the left side is low
  CHECK(l.pelvic_obliquity_deg.mean[80] == Approx(-6.0).margin(0.01));
  CHECK(l.hip_abductor_moment_Nm_kg.mean[50] == Approx(1.0));
  CHECK(r.hip_abductor_moment_Nm_kg.mean[50] == 0.0);
  CHECK(l.grf_vertical_bw.mean[30] == Approx(600 / (75 * 9.81)));
  // identical cycles: no spread
  for (std::size_t k = 0; k < kCyclePoints; ++k)
    CHECK(l.pelvic_obliquity_deg.sd[k] == Approx(0).margin(1e-9));
  REQUIRE(cycle_curve_fields().size() == 11);
  CHECK(std::string(cycle_curve_fields()[0].name) == "pelvic_obliquity_deg");
}

TEST_CASE("cycle curves: pelvic tilt and rotation, hip rotation and ankle, with each side's sign", "[unit]") {
  SyntheticGait g;
  g.duration_s = 12;
  const std::vector<Frame> frames = g.frames([](Frame& f) {
    f.pelvic_tilt_rad = deg_to_rad(8);
    f.pelvic_rotation_rad = deg_to_rad(4);  // left side forward
    f.side.left.hip_rotation_rad = deg_to_rad(-3);
    f.side.right.hip_rotation_rad = deg_to_rad(5);
    f.side.left.ankle_dorsiflexion_rad = deg_to_rad(-12);
    f.side.right.ankle_dorsiflexion_rad = deg_to_rad(7);
  });
  const GaitCycleSet set = find_gait_cycles(frames);
  const CycleCurves curves = compute_cycle_curves(frames, set.analysed, 75.0);
  REQUIRE(curves.side.left);
  REQUIRE(curves.side.right);
  for (const std::size_t k : {std::size_t{0}, std::size_t{37}, std::size_t{100}}) {
    CHECK(curves.side.left->pelvic_tilt_deg.mean[k] == Approx(8));
    CHECK(curves.side.right->pelvic_tilt_deg.mean[k] == Approx(8));
    CHECK(curves.side.left->pelvic_rotation_deg.mean[k] == Approx(4));
    CHECK(curves.side.right->pelvic_rotation_deg.mean[k] == Approx(-4));  // the right side is behind
    CHECK(curves.side.left->hip_rotation_deg.mean[k] == Approx(-3));
    CHECK(curves.side.right->hip_rotation_deg.mean[k] == Approx(5));
    CHECK(curves.side.left->ankle_dorsiflexion_deg.mean[k] == Approx(-12));
    CHECK(curves.side.right->ankle_dorsiflexion_deg.mean[k] == Approx(7));
  }
}

TEST_CASE("cycles CSV: header with units, 101 rows per side", "[unit]") {
  SyntheticGait g;
  g.duration_s = 12;
  ScenarioSpec spec;
  const RunResult r = g.run([&g](Frame& f) {
    f.pelvic_obliquity_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {6.0, -6.0}));
  });
  const std::string csv = cycles_csv(spec, r);
  const std::vector<std::string> lines = split(csv, '\n');
  REQUIRE(lines.size() == 1 + 2 * 101);
  CHECK(lines[0] ==
        "gait_cycle_pct,side,pelvic_obliquity_deg_mean,pelvic_obliquity_deg_sd,hip_flexion_deg_mean,"
        "hip_flexion_deg_sd,hip_adduction_deg_mean,hip_adduction_deg_sd,knee_flexion_deg_mean,knee_flexion_"
        "deg_sd,"
        "trunk_lean_deg_mean,trunk_lean_deg_sd,hip_abductor_moment_Nm_kg_mean,hip_abductor_moment_Nm_kg_sd,"
        "grf_vertical_bw_mean,grf_vertical_bw_sd,pelvic_tilt_deg_mean,pelvic_tilt_deg_sd,pelvic_rotation_deg_mean,"
        "pelvic_rotation_deg_sd,hip_rotation_deg_mean,hip_rotation_deg_sd,ankle_dorsiflexion_deg_mean,"
        "ankle_dorsiflexion_deg_sd,norm_pelvic_obliquity_deg_mean,norm_pelvic_obliquity_deg_sd,"
        "norm_pelvic_rotation_deg_mean,norm_pelvic_rotation_deg_sd,norm_hip_flexion_deg_mean,norm_hip_flexion_deg_sd,"
        "norm_hip_adduction_deg_mean,norm_hip_adduction_deg_sd,norm_hip_rotation_deg_mean,norm_hip_rotation_deg_sd,"
        "norm_knee_flexion_deg_mean,norm_knee_flexion_deg_sd,norm_ankle_dorsiflexion_deg_mean,"
        "norm_ankle_dorsiflexion_deg_sd,norm_class");
  CHECK(lines[1].rfind("0,left,", 0) == 0);
  CHECK(lines[101].rfind("100,left,", 0) == 0);
  CHECK(lines[102].rfind("0,right,", 0) == 0);
  // left, 30 %: near the peak of the bump (the detected contact is 2.5 ms after the true one)
  CHECK(std::stod(split(lines[31], ',')[2]) == Approx(6.0).margin(0.01));
  CHECK(std::stod(split(lines[31], ',')[3]) == Approx(0).margin(1e-9));  // identical cycles: no spread
  CHECK(cycles_csv(spec, r) == csv);
  // the adults beside: 1.2 m/s by a 1.75 m body is class S (v/h 0.686 against S 0.698, N 0.714)
  const std::vector<std::string> row = split(lines[12], ',');
  const std::vector<std::string> header = split(lines[0], ',');
  REQUIRE(row.size() == header.size());
  CHECK(row.back() == "S");
  const AdultSpeedClass& adults = adult_norms()[1];
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  CHECK(std::stod(row[column("norm_pelvic_obliquity_deg_mean")]) == Approx(adults.pelvic_obliquity_deg.mean[11]));
  CHECK(std::stod(row[column("norm_ankle_dorsiflexion_deg_sd")]) == Approx(adults.ankle_dorsiflexion_deg.sd[11]));

  // stance test (issue 3): no cycles, header only
  spec.mode = Mode::StanceTest;
  CHECK(split(cycles_csv(spec, r), '\n').size() == 1);
}

TEST_CASE("norm RMS: 0 when the mean cycle equals the adult class mean and levels count only where comparable",
          "[unit]") {
  SyntheticGait g;
  g.duration_s = 12;
  g.sample_rate_Hz = 1000;
  g.ramp_s = 0.04;  // contacts detected 2 ms after the true ones: on a 1 ms sample
  // exactly class M's mean v/h for the default 1.75 m body
  const AdultSpeedClass& m = adult_norms()[3];
  g.speed_m_s = m.speed_over_height_per_s * 1.75;
  // place the adults' curves on each side's detected cycles
  const std::vector<GaitEvent> events = detect_gait_events(g.frames());
  LeftRight<std::vector<double>> contacts;
  for (const GaitEvent& e : events) {
    if (e.kind == GaitEvent::Kind::InitialContact) contacts[e.side].push_back(e.time_s);
  }
  REQUIRE(contacts.left[0] == Approx(1.002));
  // a walk repeats itself, so its curve at 100 % is the next cycle's 0 %; the adults' is not quite:
  // the synthetic curve closes on its 0 % value
  auto periodic = [](CycleCurve c) {
    c[100] = c[0];
    return c;
  };
  const CycleCurve obliquity = periodic(m.pelvic_obliquity_deg.mean);
  const CycleCurve hip = periodic(m.hip_flexion_deg.mean);
  const CycleCurve knee = periodic(m.knee_flexion_deg.mean);
  auto make = [&](double offset_deg) {
    return g.run([&](Frame& f) {
      // left cycle: obliquity "left higher = +" follows the adults'
      f.pelvic_obliquity_rad = deg_to_rad(curve_at(obliquity, cycle_pct(contacts.left, f.time_s)) + offset_deg);
      for (Side s : kSides) {
        const double p = cycle_pct(contacts[s], f.time_s);
        f.side[s].hip_flexion_rad = deg_to_rad(curve_at(hip, p) + offset_deg);
        f.side[s].knee_flexion_rad = deg_to_rad(curve_at(knee, p) - offset_deg);
      }
    });
  };
  auto expected_rms = [](const CycleCurve& synthetic, const CycleCurve& normal, double offset_deg) {
    CycleCurve shifted = synthetic;
    for (double& v : shifted) v += offset_deg;
    return rms_difference(shifted, normal);
  };

  const RunResult normal_run = make(0.0);
  const GaitCycleSet set = find_gait_cycles(normal_run.frames);
  const CycleCurves curves = compute_cycle_curves(normal_run.frames, set.analysed, 75.0);
  REQUIRE(curves.side.left);
  REQUIRE(curves.side.right);
  // the mean curves equal the adults' means at 0..99 %
  for (std::size_t k = 0; k < 100; ++k) {
    CHECK(curves.side.left->pelvic_obliquity_deg.mean[k] == Approx(m.pelvic_obliquity_deg.mean[k]).margin(1e-6));
    CHECK(curves.side.left->hip_flexion_deg.mean[k] == Approx(m.hip_flexion_deg.mean[k]).margin(1e-6));
    CHECK(curves.side.right->knee_flexion_deg.mean[k] == Approx(m.knee_flexion_deg.mean[k]).margin(1e-6));
  }

  const Summary normal = summarize(ScenarioSpec{}, normal_run);
  REQUIRE(normal.norm_class == &m);
  // 0 but for the closing point
  CHECK(*normal.side.left.norm_rms_deg.pelvic_obliquity_deg ==
        Approx(expected_rms(obliquity, m.pelvic_obliquity_deg.mean, 0)).margin(1e-6));
  CHECK(*normal.side.left.norm_rms_deg.pelvic_obliquity_deg < 0.1);
  // by shape, a difference d at the closing point alone is 10 |d| / 101 about the means
  CHECK(*normal.side.left.norm_rms_deg.hip_flexion_deg ==
        Approx(10 * std::abs(m.hip_flexion_deg.mean[0] - m.hip_flexion_deg.mean[100]) / 101).margin(1e-6));
  CHECK(*normal.side.right.norm_rms_deg.knee_flexion_deg ==
        Approx(10 * std::abs(m.knee_flexion_deg.mean[0] - m.knee_flexion_deg.mean[100]) / 101).margin(1e-6));
  CHECK(*normal.side.left.norm_correlation.hip_flexion_deg > 0.999);
  CHECK(*normal.side.right.norm_correlation.knee_flexion_deg > 0.999);

  // 3 deg higher (knee 3 deg lower): the obliquity's RMS is about 3 deg; hip and knee, compared by
  // shape, do not change
  const Summary shifted = summarize(ScenarioSpec{}, make(3.0));
  CHECK(*shifted.side.left.norm_rms_deg.pelvic_obliquity_deg ==
        Approx(expected_rms(obliquity, m.pelvic_obliquity_deg.mean, 3.0)).margin(1e-6));
  CHECK(*shifted.side.left.norm_rms_deg.pelvic_obliquity_deg == Approx(3.0).margin(0.1));
  CHECK(*shifted.side.left.norm_rms_deg.hip_flexion_deg ==
        Approx(*normal.side.left.norm_rms_deg.hip_flexion_deg).margin(1e-6));
  CHECK(*shifted.side.right.norm_rms_deg.knee_flexion_deg ==
        Approx(*normal.side.right.norm_rms_deg.knee_flexion_deg).margin(1e-6));
}

}  // namespace
}  // namespace gait
