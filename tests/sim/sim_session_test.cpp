// SimSession without a window: slider inputs reach the running State (as --change does), reset and
// rebuild restart, the ghost keeps step with full strength, the history is sampled at 100 Hz and
// starts with the warm-up's last kWarmupHistory_s.
#include <catch2/catch.hpp>

#include <cmath>

#include "sim/sim_session.h"

using namespace gait;

TEST_CASE("session: a slider input reaches the running state between steps", "[unit][app]") {
  SimSession s{ScenarioSpec{}};
  s.step_until(3.0, 1000000);  // past the start, where the controller blends any weakness in
  CHECK(s.set_input("left.superior_gluteal_nerve", 0.0));
  CHECK(s.set_input("gait.compensation", 0.5));
  CHECK_FALSE(s.set_input("body.mass_kg", 60.0));  // fixed for a run: a rebuild, not an input
  CHECK(s.inputs().strength.left.superior_gluteal_nerve == 0.0);
  s.step_until(3.02, 1000000);
  // the Frames show the weakened side; the ghost stays at full strength
  for (double f : s.frame().side.left.muscle_strength_frac) CHECK(f == 0.0);
  for (double f : s.frame().side.right.muscle_strength_frac) CHECK(f == 1.0);
  for (double f : s.ghost_frame().side.left.muscle_strength_frac) CHECK(f == 1.0);
}

TEST_CASE("session: the ghost is stepped in lockstep and the history is 100 Hz", "[unit][app]") {
  SimSession s{ScenarioSpec{}};
  CHECK(s.step_until(0.5, 1000000) == std::lround(0.5 / s.model().dt_s));
  CHECK(s.time_s() == Approx(0.5));
  CHECK(s.frame().time_s == Approx(0.5));
  CHECK(s.ghost_frame().time_s == Approx(0.5));
  // the warm-up's -5.00, -4.99, ..., 0, then 0.01, ..., 0.5
  const auto warm = static_cast<std::size_t>(std::lround(kWarmupHistory_s * kHistoryRate_Hz));
  REQUIRE(s.history().size() == warm + 51);
  CHECK(s.history().front().time_s == Approx(-kWarmupHistory_s));
  CHECK(s.history()[warm].time_s == 0.0);
  CHECK(s.history()[warm + 1].time_s == Approx(0.01));
  CHECK(s.history()[warm - 1].time_s == Approx(-0.01));
  CHECK(s.ghost_history().size() == warm + 51);
  CHECK(s.ghost_history().front().time_s == Approx(-kWarmupHistory_s));
}

TEST_CASE("session: its history starts in the warm-up so the read-outs have stances at t = 0", "[unit][app]") {
  SimSession s{ScenarioSpec{}};
  REQUIRE(s.history().size() > 1);
  CHECK(s.history().back().time_s == 0.0);
  CHECK(s.history().front().time_s < -4.0);
  // the warm-up's Frames are the walk's own: the pelvis moved forward in them, and t = 0 is the State's
  CHECK(s.history().back().pelvis_position_m.x - s.history().front().pelvis_position_m.x > 3.0);
  CHECK(s.history().back().pelvis_position_m.x == s.frame().pelvis_position_m.x);
  // without a warm-up there is nothing before t = 0
  SimSession cold{ScenarioSpec{}, [](Model& m) { m.warmup_s = 0; }};
  CHECK(cold.history().size() == 1);
  CHECK(cold.ghost_history().size() == 1);
}

TEST_CASE("session: reset restarts at t = 0 with the scenario's inputs and rebuild keeps the sliders",
          "[unit][app]") {
  ScenarioSpec spec;
  spec.inputs.strength.right.gluteus_medius = 0.4;
  SimSession s{spec};
  s.step_until(0.2, 1000000);
  s.set_input("right.gluteus_medius", 0.9);
  const int generation = s.generation();
  s.reset();
  CHECK(s.time_s() == 0.0);
  CHECK(s.history().back().time_s == 0.0);
  CHECK(s.history().front().time_s == Approx(-kWarmupHistory_s));
  CHECK(s.generation() == generation + 1);
  CHECK(s.inputs().strength.right.gluteus_medius == 0.4);

  s.set_input("right.gluteus_medius", 0.7);
  s.rebuild_body(60.0, 1.60);
  CHECK(s.spec().mass_kg == 60.0);
  CHECK(s.model().length_scale == Approx(1.60 / 1.80));
  CHECK(s.inputs().strength.right.gluteus_medius == 0.7);
  CHECK(s.ghost_model().mass_kg == 60.0);
}

TEST_CASE("session: a bad scenario file throws InputError with its one line", "[unit][app]") {
  CHECK_THROWS_AS(SimSession::from_file("no/such/file.toml"), InputError);
}

TEST_CASE("session: a hidden ghost is not stepped and walks on when shown again", "[unit][app]") {
  SimSession s{ScenarioSpec{}};
  s.set_ghost_active(false);
  const std::size_t kept = s.ghost_history().size();
  s.step_until(0.3, 1000000);
  CHECK(s.ghost_frame().time_s == 0.0);
  CHECK(s.ghost_history().size() == kept);
  s.set_ghost_active(true);  // on from where it stopped: nothing restarted
  CHECK(s.ghost_frame().time_s == 0.0);
  CHECK(s.ghost_history().size() == kept);
  s.step_until(0.5, 1000000);
  CHECK(s.ghost_frame().time_s == Approx(0.2));  // stepped in lockstep since it was shown
  CHECK(s.ghost_history().size() == kept + 20);
  CHECK(s.ghost_history().back().time_s == Approx(0.2));
}
