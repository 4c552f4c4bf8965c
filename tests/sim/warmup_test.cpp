// The warm-up mechanism (docs/model.md#warm-up, issue 14 item 3): a walking run may start before
// time 0, so that its first reported stance is already the scenario's gait. On by default for
// walking (kWalkingWarmup_s); some tests set it through RunOptions::adjust_model.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "analysis/trendelenburg.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"
#include "sim/simulation.h"

namespace {

gait::ScenarioSpec scenario(const std::string& file, double duration_s) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + file);
  spec.duration_s = duration_s;
  return spec;
}

gait::RunOptions with_warmup(double warmup_s) {
  gait::RunOptions o;
  o.adjust_model = [warmup_s](gait::Model& m) { m.warmup_s = warmup_s; };
  return o;
}

}  // namespace

TEST_CASE("with a warm-up the walk is under way at time 0 and the run still starts at 0", "[warmup]") {
  const gait::ScenarioSpec spec = scenario("normal.toml", 5);
  gait::Model m = gait::build_model(spec);
  CHECK(m.warmup_s == gait::kWalkingWarmup_s);
  m.warmup_s = 0.0;
  const gait::State cold = gait::make_state(m, gait::timeline_of(spec));
  m.warmup_s = 8.0;
  const gait::State warm = gait::make_state(m, gait::timeline_of(spec));
  CHECK(warm.time_s == 0.0);
  CHECK(warm.step_index == 0);
  CHECK_FALSE(warm.fell);
  // it has walked the warm-up, not just been placed
  CHECK(warm.world.readings().com_m.x > cold.world.readings().com_m.x + 4.0);
  CHECK(warm.control.steps > 10);
  CHECK(cold.control.steps == 0);
}

TEST_CASE("a warm-up's run is deterministic and its Frames start at 0", "[warmup]") {
  const gait::ScenarioSpec spec = scenario("left_sgn_palsy_compensated.toml", 3);
  const gait::RunResult a = gait::run_scenario(spec, with_warmup(8.0));
  const gait::RunResult b = gait::run_scenario(spec, with_warmup(8.0));
  REQUIRE(a.frames.size() == b.frames.size());
  REQUIRE_FALSE(a.frames.empty());
  CHECK(a.frames.front().time_s == 0.0);
  CHECK(a.frames.back().time_s == Approx(3.0));
  CHECK(a.frames.back().com_m.x == b.frames.back().com_m.x);
  CHECK(a.frames.back().pelvic_obliquity_rad == b.frames.back().pelvic_obliquity_rad);
}

TEST_CASE("with the default warm-up the compensated palsy is compensated from its first left stance", "[warmup][scenario]") {
  // issue 14: the first left stance's drop and lean within 1.5 deg of the run's steady mean, and the
  // sign compensated. Measured with the tracked lean (docs/controller.md#compensation, 30 s): first
  // stance drop 7.45 deg, lean 9.97; means 6.27 and 9.87; the largest left drop 7.85 deg, the least
  // lean 9.77. With the lagging lean, at 5 ms with the 10 s warm-up: first stance drop 1.12 deg, lean
  // 17.2; means 1.86 and 16.8 (with the walkway return's weight 0.3 s: 3.8 and 16.3, means 1.84 and
  // 16.5; before the placement learned the speed: 0.8 and 17.5, means 2.0 and
  // 16.2; at 2 ms with 8 s the first stance leaned 12.0 but dropped 9.1)
  const gait::ScenarioSpec spec = scenario("left_sgn_palsy_compensated.toml", 30);
  const gait::Summary sum = gait::summarize(spec, gait::run_scenario(spec));
  REQUIRE_FALSE(sum.fell);
  std::vector<const gait::StepMetrics*> left;
  for (const gait::StepMetrics& s : sum.steps)
    if (s.side == gait::Side::Left) left.push_back(&s);
  REQUIRE(left.size() > 10);
  double drop = 0, lean = 0;
  for (const gait::StepMetrics* s : left) drop += s->pelvic_drop_deg, lean += s->trunk_lean_deg;
  drop /= static_cast<double>(left.size());
  lean /= static_cast<double>(left.size());
  const gait::StepMetrics& first = *left.front();
  INFO("first left stance at " << first.start_s << " s: drop " << first.pelvic_drop_deg << " deg, lean "
                               << first.trunk_lean_deg << " deg; means " << drop << " and " << lean);
  CHECK(first.start_s < 1.0);
  // The compensated palsy's drop swings slowly between about 0.3 and 3.5 deg over ten stances: with
  // the walkway return's weight 0.3 s the first left stance (3.8 deg) was 1.95 deg from the mean
  // (1.84); with 0.22 s and the walkway edge (docs/controller.md#swing-and-placement) 1.12 deg against
  // 1.86, lean 17.2 against 16.8.
  CHECK(std::abs(first.pelvic_drop_deg - drop) <= 1.5);
  CHECK(std::abs(first.trunk_lean_deg - lean) <= 1.5);
  CHECK(sum.side.left.trendelenburg == gait::Trendelenburg::Compensated);
  // and every left stance by itself reads compensated (docs/metrics.md#trendelenburg-sign: drop below
  // 8 deg, lean at least 5 deg toward the stance side)
  double worst_drop = 0, least_lean = 90;
  for (const gait::StepMetrics* s : left) {
    worst_drop = std::max(worst_drop, s->pelvic_drop_deg);
    least_lean = std::min(least_lean, s->trunk_lean_deg);
  }
  INFO("left stances: largest drop " << worst_drop << " deg, least lean " << least_lean << " deg");
  CHECK(worst_drop < 8);
  CHECK(least_lean >= 5);
}

// The sideways start (docs/model.md#warm-up): standing with the feet together, the first swing lets
// the centre of mass fall toward the swing side (0.36 m/s sideways at the first touchdown, the foot
// 24-27 cm out, every body: `gaitsim_probe warmup=0 -vt initial_lateral_speed_m_s=0`), the largest
// disturbance every walk meets.
// The uncompensated bilateral palsy of a 1.95 m 87 kg body (tools/tuning/bodies_sweep.sh) fell in the
// warm-up without the initial sideways speed toward the first stance foot and walks with it; this
// fails both ways, so the day the start no longer needs the aid it shows (issue 14: fewer aids).
TEST_CASE("the sideways start lets a tall body's bilateral palsy walk from standing", "[warmup][robustness]") {
  gait::ScenarioSpec spec = scenario("normal.toml", 20);
  spec.height_m = 1.95;
  spec.mass_kg = 87;
  spec.inputs.strength.left.superior_gluteal_nerve = 0;
  spec.inputs.strength.right.superior_gluteal_nerve = 0;
  const gait::RunResult with_start = gait::run_scenario(spec);
  INFO("with the sideways start: fell at " << with_start.fall_time_s.value_or(-1) << " s");
  CHECK_FALSE(with_start.fell);
  gait::RunOptions without;
  without.adjust_model = [](gait::Model& m) { m.control.initial_lateral_speed_m_s = 0; };
  const gait::RunResult standing_start = gait::run_scenario(spec, without);
  INFO("without it: fell at " << standing_start.fall_time_s.value_or(-1) << " s");
  CHECK(standing_start.fell);
}
