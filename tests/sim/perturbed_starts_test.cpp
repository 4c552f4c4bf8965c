// Robustness over perturbed starts. A single run's fall time is chaotic in a walking controller: one
// scenario walking 120 s says little about its neighbours. These runs perturb the scenarios the
// product ships (nerve function a little above zero, the target speed a little off, the nerve
// blocked at times a user may pick with the app's slider) and ask each to keep walking forward.
// Chosen from the perturbation sets the controller was tuned on (controller_params.h); a change that
// makes the gait fragile shows here before it shows in a user's hands.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "analysis/summary.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace {

struct Start {
  const char* what;
  double duration_s;
  double left_nerve = 1;
  double right_nerve = 1;
  double speed_m_s = 1.3;
  double block_left_at_s = -1;  ///< the left nerve goes to 0 at this time (-1: never)
  double compensation = 0;
};

}  // namespace

TEST_CASE("perturbed starts walk on: bilateral and single palsy, off-target speeds, early nerve blocks",
          "[scenario][robustness]") {
  // the waddling of scenarios/bilateral_sgn_palsy.toml: its trunk leans over each stance leg
  const double waddling =
      gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/bilateral_sgn_palsy.toml").inputs.compensation;
  REQUIRE(waddling > 0);
  const Start starts[] = {
      {"bilateral palsy, left nerve 0.02", 60, 0.02, 0.0},
      {"bilateral palsy at 1.28 m/s", 60, 0.0, 0.0, 1.28},
      {"bilateral palsy, nerves 0.03 / 0.01", 60, 0.03, 0.01},
      {"waddling, left nerve 0.02", 60, 0.02, 0.0, 1.3, -1, waddling},
      {"waddling at 1.28 m/s", 60, 0.0, 0.0, 1.28, -1, waddling},
      {"left palsy, nerve 0.02", 60, 0.02},
      {"left palsy at 1.28 m/s", 60, 0.0, 1.0, 1.28},
      {"right palsy", 60, 1.0, 0.0},
      {"normal at 1.25 m/s", 30, 1.0, 1.0, 1.25},
      {"normal at 1.2 m/s", 30, 1.0, 1.0, 1.2},
      {"left nerve blocked at 2 s", 25, 1.0, 1.0, 1.3, 2},
      {"left nerve blocked at 3 s", 25, 1.0, 1.0, 1.3, 3},
      {"left nerve blocked at 5 s", 25, 1.0, 1.0, 1.3, 5},
      {"left nerve blocked at 8 s", 25, 1.0, 1.0, 1.3, 8},
      // three of 229 blocks (tools/tuning/block_sweep.sh) after which the walker fell with the weak
      // settings blended in at 0.7902 1/s (ControllerParams::weak_settings_rate_1_s; now 1.5): each
      // came early in a left single stance and the next steps crossed the midline
      {"left nerve blocked at 4.71 s", 25, 1.0, 1.0, 1.3, 4.71},
      {"left nerve blocked at 5.71 s", 25, 1.0, 1.0, 1.3, 5.71},
      {"left nerve blocked at 46.91 s", 60, 1.0, 1.0, 1.3, 46.91},
  };
  for (const Start& s : starts) {
    gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
    spec.duration_s = s.duration_s;
    spec.inputs.strength.left.superior_gluteal_nerve = s.left_nerve;
    spec.inputs.strength.right.superior_gluteal_nerve = s.right_nerve;
    spec.inputs.speed_m_s = s.speed_m_s;
    spec.inputs.compensation = s.compensation;
    if (s.block_left_at_s >= 0) spec.changes.push_back({s.block_left_at_s, "left.superior_gluteal_nerve", 0.0});
    const gait::RunResult result = gait::run_scenario(spec);
    const gait::Summary summary = gait::summarize(spec, result);
    INFO(s.what << ": fell at " << result.fall_time_s.value_or(-1) << " s, speed "
                << summary.speed_m_s.value_or(-1) << " m/s");
    CHECK_FALSE(result.fell);
    CHECK_FALSE(result.diverged);
    // walking backwards or on the spot is a stable state of such controllers (controller note 17);
    // a bilateral palsy walks slower (0.75-0.77 m/s here), as patients with a waddling gait do
    REQUIRE(summary.speed_m_s);
    const bool bilateral = s.left_nerve < 0.5 && s.right_nerve < 0.5;
    CHECK(*summary.speed_m_s > (bilateral ? 0.7 : 0.8));
  }
}

// The walkway runs along +x from y = 0. A one-sided palsy throws the body toward the swing side in
// every weak stance; the walker must steer back rather than crab off the walkway (with a weak return
// loop a complete palsy ended 10.5 m to the side after 120 s, out of the app's picture).
TEST_CASE("a one-sided palsy stays on the walkway", "[scenario][robustness]") {
  for (const char* file : {"left_sgn_palsy.toml", "left_sgn_palsy_compensated.toml"}) {
    gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + file);
    spec.duration_s = 60;
    const gait::RunResult result = gait::run_scenario(spec);
    REQUIRE_FALSE(result.fell);
    double worst_m = 0;
    for (const gait::Frame& f : result.frames) worst_m = std::max(worst_m, std::abs(f.com_m.y));
    INFO(file << ": centre of mass up to " << worst_m << " m from the walkway's centre line");
    CHECK(worst_m < 1.0);
  }
}

// The controller was tuned on a 75 kg, 1.75 m body and is carried to others by dynamic similarity
// (scaled_for_body); without it 100 kg fell at 2.7 s and 1.6 m at 6.6 s (the app's Body sliders).
TEST_CASE("other bodies walk on: light, heavy, short and tall", "[scenario][robustness]") {
  struct Body {
    double mass_kg, height_m;
  };
  for (const Body b : {Body{45, 1.75}, Body{100, 1.75}, Body{150, 1.75}, Body{75, 1.5}, Body{60, 1.6}, Body{90, 2.0}}) {
    gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
    spec.duration_s = 25;
    spec.mass_kg = b.mass_kg;
    spec.height_m = b.height_m;
    const gait::RunResult result = gait::run_scenario(spec);
    const gait::Summary summary = gait::summarize(spec, result);
    INFO(b.mass_kg << " kg, " << b.height_m << " m: fell at " << result.fall_time_s.value_or(-1) << " s, speed "
                   << summary.speed_m_s.value_or(-1) << " m/s");
    CHECK_FALSE(result.fell);
    REQUIRE(summary.speed_m_s);
    CHECK(*summary.speed_m_s > 0.6);
  }
}

// Fast walking keeps a base. With one lateral offset at every speed the step width shrank with the
// speed (1.75 m body: 0.085 m at 1.5 m/s, 0.013 at 1.8) and the 1.90 m body asked 1.70-1.74 m/s,
// between the grid's speeds, crossed its steps and fell at 4-5 s; the offset is scheduled by speed
// (docs/controller.md#speed-schedule, "lateral_offset_m").
TEST_CASE("fast walking keeps its base: no crossed steps between the grid's speeds", "[scenario][robustness]") {
  struct Fast {
    double height_m, mass_kg, speed_m_s;
  };
  for (const Fast f : {Fast{1.90, 100, 1.72}, Fast{1.90, 100, 1.70}, Fast{1.75, 75, 1.8}}) {
    gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
    spec.duration_s = 20;
    spec.height_m = f.height_m;
    spec.mass_kg = f.mass_kg;
    spec.inputs.speed_m_s = f.speed_m_s;
    const gait::RunResult result = gait::run_scenario(spec);
    const gait::Summary summary = gait::summarize(spec, result);
    INFO(f.height_m << " m at " << f.speed_m_s << " m/s: fell at " << result.fall_time_s.value_or(-1)
                    << " s, step width " << summary.step_width_m.value_or(-1) << " m");
    CHECK_FALSE(result.fell);
    REQUIRE(summary.step_width_m);
    // adults' walking base: 7.1-8.1 cm (docs/controller.md#speed-schedule)
    CHECK(*summary.step_width_m > 0.05);
  }
}

// The app's Compensation slider: a complete palsy whose compensation is switched on, or off, in mid
// walk must walk on (switched at once, the learned lean threw it over: off at 25 s fell at 26.3 s,
// on at 20 s at 22.3 s; the controller now moves to a new compensation over about a second).
// Switched off, the lean is given up at compensation_release_rate_1_s: at the take-up rate (0.68 /s)
// 4 of 10 switch-off times from 12 to 30 s fell on this body, the switch at 20 s among them
// (docs/controller.md#compensation; `gaitsim_probe left=0 comp=1 compat=T duration=50`).
TEST_CASE("compensation switched on or off in mid walk", "[scenario][robustness]") {
  for (const double from : {0.0, 1.0}) {
    for (const double at_s : {20.0, 25.0}) {
      gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/left_sgn_palsy.toml");
      spec.duration_s = at_s + 15;
      spec.inputs.compensation = from;
      spec.changes.push_back({at_s, "gait.compensation", 1.0 - from});
      const gait::RunResult result = gait::run_scenario(spec);
      INFO("compensation " << from << " -> " << 1 - from << " at " << at_s << " s: fell at "
                           << result.fall_time_s.value_or(-1) << " s");
      CHECK_FALSE(result.fell);
    }
  }
}

// The app's speed slider: the target changed in mid walk, up and back down. Before the learned
// offsets decayed while the target moves (docs/controller.md#learning) both of these fell (1.3 > 0.6
// at 28.8 s, 0.8 > 1.6 > 0.8 at 36.7 s; measured with gaitsim_probe and bias_decay_s=0). The last
// three slow down to 0.6-0.7 m/s and fell sideways (at 26.6, 31.6 and 56.9 s) before the 0.6 m/s knot
// held its own steady state (docs/controller.md#speed-schedule; tools/tuning/speed_changes.sh ... wide).
TEST_CASE("the target speed changed in mid walk", "[scenario][robustness]") {
  struct Change {
    double from_m_s, to_m_s, at_s, back_at_s, duration_s;
  };
  for (const Change c : {Change{1.3, 0.6, 15, 100, 35}, Change{0.8, 1.6, 15, 25, 40}, Change{1.3, 0.6, 18, 38, 38},
                         Change{1.5, 0.7, 21, 41, 41}, Change{0.6, 1.8, 18, 38, 58}}) {
    gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
    spec.duration_s = c.duration_s;
    spec.inputs.speed_m_s = c.from_m_s;
    spec.changes.push_back({c.at_s, "gait.speed_m_s", c.to_m_s});
    if (c.back_at_s < c.duration_s) spec.changes.push_back({c.back_at_s, "gait.speed_m_s", c.from_m_s});
    const gait::RunResult result = gait::run_scenario(spec);
    INFO(c.from_m_s << " > " << c.to_m_s << " m/s at " << c.at_s << " s: fell at " << result.fall_time_s.value_or(-1)
                    << " s");
    CHECK_FALSE(result.fell);
  }
}
