// The fast start (SpeedSchedule::start_hold_faster_s, docs/controller.md#speed): a walk starts
// at its start speed and, asked faster, speeds up 5 s into the warm-up instead of 3 s. Sped up at 3 s,
// walks asked 1.5-1.7 m/s fell in the warm-up in the converged physics (0.5 ms steps, 100 solver
// iterations, no warm starting: the accuracy reference of docs/model.md#physics-settings), though they
// walked at the production step (tools/tuning/README.md, "The 32nd stop"). Since the 33rd stop's
// pre-swing fold at the 1.3 knot, where every walk starts, the 3 s hold walks them too; the 5 s hold
// stays, and this test keeps the converged starts walking.
#include <catch2/catch.hpp>

#include "analysis/accuracy.h"
#include "normal_walk.h"

namespace {

/// normal.toml asked `speed_m_s` for 2 s after the warm-up, in the converged physics
gait::RunResult converged_fast_start(double speed_m_s) {
  gait::ScenarioSpec spec = gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml");
  spec.duration_s = 2;
  spec.inputs.speed_m_s = speed_m_s;
  gait::RunOptions options;
  options.adjust_model = [](gait::Model& m) {
    gait::use_reference_physics(m, gait::ReferenceSettings{});  // issue 13's accuracy reference
  };
  return gait::run_scenario(spec, options);
}

}  // namespace

TEST_CASE("fast start: asked 1.6 m/s (and 1.5, 1.7), the walker starts in the converged physics",
          "[scenario][speed]") {
  for (const double speed_m_s : {1.5, 1.6, 1.7}) {
    INFO("asked " << speed_m_s << " m/s");
    CHECK_FALSE(converged_fast_start(speed_m_s).fell);
  }
}
