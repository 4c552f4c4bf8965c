// Per-cycle figures on synthetic Frames: signs and definitions of DESIGN 6.
#include "analysis/cycle_metrics.h"

#include <catch2/catch.hpp>

#include "analysis/side_signals.h"
#include "synthetic_gait.h"

namespace gait {
namespace {

using test::SyntheticGait;

/// The metrics of every analysed cycle of `side`.
std::vector<CycleMetrics> analysed_metrics(const std::vector<Frame>& frames, Side side, double mass_kg = 75) {
  const GaitCycleSet set = find_gait_cycles(frames);
  std::vector<CycleMetrics> out;
  for (const GaitCycle& c : set.analysed[side])
    out.push_back(measure_cycle(frames, c, set.contact[other(side)], mass_kg));
  return out;
}

TEST_CASE("pelvic obliquity sign: left side higher in left stance is a left drop of +5 deg", "[unit]") {
  SyntheticGait g;
  // left single stance: the left side 5 deg higher at its peak (the right side drops); right single
  // stance: the right side 3 deg higher (obliquity -3 deg)
  const std::vector<Frame> frames = g.frames([&g](Frame& f) {
    f.pelvic_obliquity_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {5.0, -3.0}));
  });
  const auto left = analysed_metrics(frames, Side::Left);
  const auto right = analysed_metrics(frames, Side::Right);
  REQUIRE(left.size() == 5);   // contacts at 1, 2, ..., 9 s: 8 cycles, the first three discarded
  REQUIRE(right.size() == 6);  // contacts at 0.5, 1.5, ..., 9.5 s: 9 cycles
  for (const CycleMetrics& m : left) CHECK(m.pelvic_drop_deg == Approx(5.0).margin(1e-9));
  for (const CycleMetrics& m : right) CHECK(m.pelvic_drop_deg == Approx(3.0).margin(1e-9));

  // directly on one interval: left stance, constant obliquity +5 deg (left higher)
  const std::vector<Frame> tilted = g.frames([](Frame& f) { f.pelvic_obliquity_rad = deg_to_rad(5.0); });
  CHECK(pelvic_drop_deg(tilted, Side::Left, {3.1, 3.5}) == Approx(5.0));
  CHECK(pelvic_drop_deg(tilted, Side::Right, {3.6, 4.0}) == Approx(-5.0));  // the swing (left) side is higher
}

TEST_CASE("pelvic drop is the peak over single stance, not over the whole cycle", "[unit]") {
  SyntheticGait g;
  // left higher by 12 deg in double support only (0.0 .. 0.1 s of each left cycle) and 4 deg in
  // left single stance
  const std::vector<Frame> frames = g.frames([&g](Frame& f) {
    const double tau = g.time_in_cycle_s(Side::Left, f.time_s);
    const double in_ds = (tau > 0.02 && tau < 0.08) ? 12.0 : 0.0;
    f.pelvic_obliquity_rad = deg_to_rad(in_ds + test::single_stance_bump(g, f.time_s, {4.0, 0.0}));
  });
  for (const CycleMetrics& m : analysed_metrics(frames, Side::Left))
    CHECK(m.pelvic_drop_deg == Approx(4.0).margin(1e-9));
}

TEST_CASE("trunk lean sign: toward the stance side is positive on both sides", "[unit]") {
  SyntheticGait g;
  // +6 deg (toward the left) in left single stance, -4 deg (toward the right) in right single stance
  const std::vector<Frame> frames = g.frames([&g](Frame& f) {
    f.trunk_lean_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {6.0, -4.0}));
  });
  for (const CycleMetrics& m : analysed_metrics(frames, Side::Left))
    CHECK(m.trunk_lean_deg == Approx(6.0).margin(1e-9));
  for (const CycleMetrics& m : analysed_metrics(frames, Side::Right))
    CHECK(m.trunk_lean_deg == Approx(4.0).margin(1e-9));
  // leaning away from the stance side is negative
  const std::vector<Frame> away = g.frames([](Frame& f) { f.trunk_lean_rad = deg_to_rad(-2.0); });
  CHECK(trunk_lean_deg(away, Side::Left, {3.1, 3.5}) == Approx(-2.0));
  CHECK(trunk_lean_deg(away, Side::Right, {3.6, 4.0}) == Approx(2.0));
}

TEST_CASE("stance and double support percentages from known event times", "[unit]") {
  // strides whose event corners all fall on 10 ms samples
  for (double stride_s : {1.0, 1.2}) {
    SyntheticGait g;
    g.stride_s = stride_s;
    g.duration_s = 12;
    const double a = g.ic_offset_s(), b = g.to_offset_s();
    // stance: from detected contact to detected toe-off; double support: two stretches per cycle
    const double stance_pct = (0.6 * stride_s - a - b) / stride_s * 100;
    const double double_support_pct = 2 * (0.1 * stride_s - a - b) / stride_s * 100;
    for (Side s : kSides) {
      const auto metrics = analysed_metrics(g.frames(), s);
      REQUIRE(metrics.size() >= 5);
      for (const CycleMetrics& m : metrics) {
        CHECK(m.stance_pct == Approx(stance_pct).margin(1e-9));
        CHECK(m.double_support_pct == Approx(double_support_pct).margin(1e-9));
      }
    }
  }
  CHECK((0.6 - 0.0025 - 0.05 / 60) * 100 == Approx(59.6667).margin(1e-4));  // the 1 s case, by hand
}

TEST_CASE("stance peaks in body weight and per kg and capacity is a time mean over single stance", "[unit]") {
  SyntheticGait g;
  const double mass_kg = 80;
  const double bw_N = mass_kg * 9.81;
  const std::vector<Frame> frames = g.frames([&g](Frame& f) {
    for (Side s : kSides) {
      const double load = g.force_N(s, f.time_s) / 600.0;  // 0..1 over this foot's stance
      SideFrame& x = f.side[s];
      x.hip_adduction_rad = deg_to_rad(7.0 * load);
      x.abductor_moment_Nm = 90.0 * load;
      x.other_abductor_moment_Nm = 10.0 * load;
      x.abductor_activation = 0.7 * load;
      x.hip_contact_force_N = 2.5 * 80 * 9.81 * load;
      x.abductor_capacity_Nm = 50.0 + 100.0 * f.time_s;  // linear in time: mean = value at the middle
    }
  });
  const GaitCycleSet set = find_gait_cycles(frames);
  REQUIRE(set.analysed.left.size() == 5);
  for (const GaitCycle& c : set.analysed.left) {
    const CycleMetrics m = measure_cycle(frames, c, set.contact.right, mass_kg);
    CHECK(m.hip_adduction_peak_deg == Approx(7.0));
    CHECK(m.hip_abductor_moment_peak_Nm_kg == Approx(100.0 / 80));
    CHECK(m.abductor_activation_peak == Approx(0.7));
    CHECK(m.hip_contact_force_peak_bw == Approx(2.5));
    CHECK(m.grf_vertical_peak_bw == Approx(600.0 / bw_N));
    const TimeInterval ss = c.single_stance();
    CHECK(m.abductor_capacity_Nm == Approx(50.0 + 100.0 * (ss.start_s + ss.end_s) / 2).margin(1e-9));
  }
  CHECK(body_weight_N(75.0) == Approx(735.75));
}

TEST_CASE("mean of cycle metrics", "[unit]") {
  CycleMetrics a, b;
  a.pelvic_drop_deg = 4;
  b.pelvic_drop_deg = 8;
  a.grf_vertical_peak_bw = 1.0;
  b.grf_vertical_peak_bw = 1.2;
  const auto m = mean_metrics({a, b});
  REQUIRE(m);
  CHECK(m->pelvic_drop_deg == 6);
  CHECK(m->grf_vertical_peak_bw == Approx(1.1));
  CHECK_FALSE(mean_metrics({}));
}

TEST_CASE("a step's figures over its single-stance interval", "[unit]") {
  SyntheticGait g;
  const std::vector<Frame> frames = g.frames([&g](Frame& f) {
    f.pelvic_obliquity_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {9.0, -2.0}));
    f.trunk_lean_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {1.0, -7.0}));
    f.side.right.abductor_activation = 0.4;
  });
  const StepMetrics right = measure_step(frames, {Side::Right, {3.6, 4.0}});
  CHECK(right.side == Side::Right);
  CHECK(right.start_s == 3.6);
  CHECK(right.pelvic_drop_deg == Approx(2.0));
  CHECK(right.trunk_lean_deg == Approx(7.0));
  CHECK(right.abductor_activation_peak == Approx(0.4));
  const StepMetrics left = measure_step(frames, {Side::Left, {3.1, 3.5}});
  CHECK(left.pelvic_drop_deg == Approx(9.0));
  CHECK(left.trunk_lean_deg == Approx(1.0));
  CHECK(left.abductor_activation_peak == 0.0);
}

}  // namespace
}  // namespace gait
