// The clip frame schedule shared by `gaitsim record` and the app: frame i at start + i / (fps x
// slow motion) simulated seconds, the frame count of a duration, and the "reached" test that must
// agree with where SimSession::step_until stops.
#include "video/clip_schedule.h"

#include <catch2/catch.hpp>

#include "sim/sim_session.h"

using namespace gait;

TEST_CASE("clip schedule: frame times, counts and elapsed time", "[record][unit]") {
  const ClipSchedule cli{0, 30, 1};
  CHECK(cli.spacing_s() == Approx(1.0 / 30));
  CHECK(cli.frame_time_s(0) == 0);
  CHECK(cli.frame_time_s(30) == Approx(1.0));
  CHECK(cli.frame_count(10) == 300);
  CHECK(cli.frame_count(2) == 60);
  CHECK(cli.frame_count(0) == 1);  // a clip has at least its first frame
  CHECK(cli.elapsed_s(60) == Approx(2.0));

  const ClipSchedule slow{0, 25, 4};
  CHECK(slow.spacing_s() == Approx(0.01));
  CHECK(slow.frame_count(1) == 100);

  // the app starts wherever the simulation stands: only the offset differs
  const ClipSchedule app{12.346, 30, 1};
  for (int i : {0, 1, 17, 59})
    CHECK(app.frame_time_s(i) - app.start_s == Approx(cli.frame_time_s(i)).margin(1e-12));
}

TEST_CASE("clip schedule: 'reached' is where step_until stops, for every frame", "[record][unit]") {
  // step a real session to each frame time as the command line does; the state it stops in must be
  // the first one 'reached' accepts, which is what the app waits for before taking the frame
  SimSession session{ScenarioSpec{}};
  const double dt = session.model().dt_s;
  const ClipSchedule schedule{0, 30, 1};
  for (int i = 0; i < 45; ++i) {
    session.step_until(schedule.frame_time_s(i), 1 << 20);
    CHECK(schedule.reached(i, session.time_s(), dt));
    CHECK_FALSE(schedule.reached(i, session.time_s() - dt, dt));
    CHECK_FALSE(schedule.reached(i + 1, session.time_s(), dt));
  }
}
