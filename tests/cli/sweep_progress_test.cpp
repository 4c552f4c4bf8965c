// The sweep's progress line (issue 16): runs done, the simulated seconds of the runs under way, and
// an estimate of the time left from the simulated seconds per wall second so far.
#include <catch2/catch.hpp>

#include "sweep_progress.h"

namespace gait {

TEST_CASE("the sweep progress line counts the seconds of running runs and estimates the time left", "[cli][sweep]") {
  SweepProgressState state;
  state.key = "left.gluteus_medius";
  state.durations_s = {30, 30, 30, 30};
  SECTION("before any second is simulated there is no estimate") {
    CHECK(sweep_progress_text(state, 0) ==
          "sweep [--------------------] 0/4 runs  0:00 elapsed  ETA -  left.gluteus_medius");
  }
  SECTION("one run done and two under way") {
    state.done = 1;
    state.done_duration_s = 30;
    state.running = {{1, 12}, {2, 18}};
    // 60 of 120 simulated seconds in 20 s of wall time: 3 s per wall second, 60 s to go -> 0:20
    CHECK(sweep_progress_text(state, 20) ==
          "sweep [##########----------] 1/4 runs  running 12 s, 18 s of 30 s  0:20 elapsed  ETA 0:20  "
          "left.gluteus_medius");
  }
}

}  // namespace gait
