// The full-strength walkers' early-swing lift (docs/controller.md#swing-and-placement; tools/tuning/
// README.md, "The 27th stop"): a bell peaking early in the swing and falling back slowly, with the swing
// ankle moved outward along it, flexes the healthy knee in early swing and abducts the swing hip as
// adults', while the hip contact force stays within normal walking's range; a symmetric bell (the 26th
// stop's) raised it above. The weak walkers keep their own lift, so the palsies' knees do not depend on
// the full-strength values. The 1.3 knot's pre-swing fold (docs/controller.md#pre-swing; its own test in
// preswing_fold_test.cpp) flexes the knee into toe-off on top of the lift.
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "analysis/cycles.h"
#include "analysis/gait_cycles.h"
#include "analysis/summary.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace {

gait::ScenarioSpec scenario(const std::string& file, double duration_s) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + file);
  spec.duration_s = duration_s;
  return spec;
}

gait::RunOptions adjusted(std::function<void(gait::Model&)> adjust) {
  gait::RunOptions options;
  options.adjust_model = std::move(adjust);
  return options;
}

/// The lift as a symmetric bell (ending at twice its peak), its other values as in production.
void symmetric_bell(gait::Model& m) { m.control.early_lift_end_phase = 0; }

/// Production without the swing ankle's outward bell.
void no_swing_abduction(gait::Model& m) { m.speed_schedule.swing_abduction_m[2] = 0; }  // the 1.3 knot

/// Production without the 1.3 m/s knot's pre-swing fold (its hip drive and deeper knee target).
void no_preswing_fold(gait::Model& m) {
  m.speed_schedule.full_preswing_hip_scale[2] = 0;
  m.speed_schedule.full_preswing_knee_extra_rad[2] = 0;
}

/// The full-strength lift changed every way, for the palsy's bit-for-bit check.
void other_full_strength_lift(gait::Model& m) {
  m.control.early_lift_m *= 0.5;
  m.control.early_lift_phase = 0.2;
  m.control.early_lift_end_phase = 0;
  m.speed_schedule.swing_abduction_m[2] = 0;
}

struct KneeFigures {
  double correlation = 0;
  double at_64_pct_deg = 0;  ///< the mean cycle's knee flexion at 64 % (early swing; adults 50 deg)
  double at_toe_off_deg = 0;
  double hip_adduction_correlation = 0;
  double hip_contact_force_bw = 0;
};

/// Both sides' knee figures of 60 s of normal walking with `adjust` applied.
gait::LeftRight<KneeFigures> normal_knee(std::function<void(gait::Model&)> adjust) {
  const gait::ScenarioSpec spec = scenario("normal.toml", 60);
  const gait::RunResult run = gait::run_scenario(spec, adjusted(std::move(adjust)));
  const gait::Summary s = gait::summarize(spec, run);
  REQUIRE_FALSE(s.fell);
  const gait::CycleCurves curves =
      gait::compute_cycle_curves(run.frames, gait::find_gait_cycles(run.frames).analysed, spec.mass_kg);
  gait::LeftRight<KneeFigures> out;
  for (const gait::Side side : gait::kSides) {
    REQUIRE(s.side[side].norm_correlation.knee_flexion_deg);
    REQUIRE(s.side[side].curve_events);
    REQUIRE(curves.side[side]);
    out[side].correlation = *s.side[side].norm_correlation.knee_flexion_deg;
    out[side].at_64_pct_deg = curves.side[side]->knee_flexion_deg.mean[64];
    out[side].at_toe_off_deg = s.side[side].curve_events->knee_toe_off_deg;
    REQUIRE(s.side[side].norm_correlation.hip_adduction_deg);
    REQUIRE(s.side[side].hip_contact_force_peak_bw);
    out[side].hip_adduction_correlation = *s.side[side].norm_correlation.hip_adduction_deg;
    out[side].hip_contact_force_bw = *s.side[side].hip_contact_force_peak_bw;
  }
  return out;
}

}  // namespace

TEST_CASE("early lift: the knee flexes in early swing and the swing hip abducts as adults', the hip "
          "contact force within normal walking's range",
          "[control][scenario]") {
  const gait::LeftRight<KneeFigures> production = normal_knee([](gait::Model&) {});
  const gait::LeftRight<KneeFigures> symmetric = normal_knee(symmetric_bell);
  const gait::LeftRight<KneeFigures> no_abduction = normal_knee(no_swing_abduction);
  const gait::LeftRight<KneeFigures> no_fold = normal_knee(no_preswing_fold);
  for (const gait::Side side : gait::kSides) {
    INFO(gait::side_name(side));
    const KneeFigures& a = production[side];
    INFO("knee correlation " << a.correlation << ", at 64 % " << a.at_64_pct_deg << " deg, at toe-off "
                             << a.at_toe_off_deg << "; hip adduction correlation " << a.hip_adduction_correlation
                             << " (without the outward bell " << no_abduction[side].hip_adduction_correlation
                             << "); hip contact force " << a.hip_contact_force_bw << " BW (symmetric bell "
                             << symmetric[side].hip_contact_force_bw << "); knee at toe-off without the pre-swing fold "
                             << no_fold[side].at_toe_off_deg);
    CHECK(a.correlation >= 0.93);                // issue 15: at least 0.93 (0.95 / 0.95 since the 33rd stop's fold; 0.93 / 0.94 since the 28th)
    CHECK(a.at_64_pct_deg >= 38);                // 51.6 / 51.4 with the fold (42.2 / 42.9 before; 25.5 / 26.9 with the weak bell); adults 50
    CHECK(a.hip_adduction_correlation >= 0.80);  // issue 15: at least 0.80 (0.85 / 0.85)
    CHECK(a.hip_contact_force_bw <= 3.5);        // scenarios/normal.toml (3.07 / 3.07 over 60 s with the fold; 3.34 / 3.32 before)
    // the slow fall of the bell keeps the force within: 3.56 with the symmetric one (the 27th stop)
    CHECK(symmetric[side].hip_contact_force_bw > a.hip_contact_force_bw + 0.1);
    // the outward bell brings the hip adduction's shape to adults' and keeps the force within too:
    // without it 0.79 / 0.79 and 3.57 BW (the 27th stop); 0.83 / 0.82 and 3.26 with the fold (0.85 and 3.07 with it)
    CHECK(no_abduction[side].hip_adduction_correlation < a.hip_adduction_correlation - 0.02);
    CHECK(no_abduction[side].hip_contact_force_bw > a.hip_contact_force_bw + 0.1);
    CHECK(a.at_toe_off_deg > no_fold[side].at_toe_off_deg + 10);  // 30.9 with the fold, 12.2 without (the 33rd stop)
  }
}

TEST_CASE("early lift: a complete palsy's knee does not depend on the full-strength lift",
          "[control][scenario]") {
  auto left_knee = [](std::function<void(gait::Model&)> adjust) {
    const gait::ScenarioSpec spec = scenario("left_sgn_palsy.toml", 6);
    const gait::RunResult r = gait::run_scenario(spec, adjusted(std::move(adjust)));
    std::vector<double> q;
    for (const gait::Frame& f : r.frames) q.push_back(f.side.left.knee_flexion_rad);
    return q;
  };
  const std::vector<double> production = left_knee([](gait::Model&) {});
  const std::vector<double> full_changed = left_knee(other_full_strength_lift);
  const std::vector<double> weak_changed = left_knee([](gait::Model& m) { m.control.weak_early_lift_m *= 0.5; });
  REQUIRE(production.size() > 100);
  CHECK(full_changed == production);
  CHECK(weak_changed != production);
}
