// The touchdown rule (docs/controller.md#phases): the swing foot must carry switch_force_N for
// touchdown_hold_s, each loaded reading counting a whole step. At the production 5 ms step that is the
// second loaded reading (5-10 ms after the contact, 7.5 on average), as it was with the earlier 10 ms;
// at the 0.5 ms accuracy reference the 15th, 7-7.5 ms after the contact, the production's mean
// (docs/model.md#physics-settings).
#include <catch2/catch.hpp>

#include "control/gait_phase.h"
#include "model/controller_settings.h"

namespace {

/// A left stance with the right foot in swing (past pre-swing).
gait::ControllerState right_foot_swinging() {
  gait::ControllerState c;
  c.stance = gait::Side::Left;
  c.preswing = false;
  return c;
}

/// How many loaded readings in a row it takes to touch down at step dt_s (0: never within 100).
int loaded_readings_to_touchdown(const gait::ControllerParams& p, double dt_s) {
  gait::ControllerState c = right_foot_swinging();
  gait::BodyReadings r;
  r.contact[gait::Side::Right].force_N = gait::Vec3{0, 0, p.switch_force_N + 1};
  const double phase = p.switch_min_phase;  // past the earliest swing progress for a touchdown
  for (int i = 1; i <= 100; ++i)
    if (gait::touchdown_reached(p, r, phase, dt_s, c)) return i;
  return 0;
}

}  // namespace

TEST_CASE("touchdown: the second loaded reading at 5 ms, the 15th at the 0.5 ms reference", "[control]") {
  const gait::ControllerParams p;
  CHECK(p.touchdown_hold_s == Approx(0.0075));
  CHECK(loaded_readings_to_touchdown(p, 0.005) == 2);
  CHECK(loaded_readings_to_touchdown(p, 0.0005) == 15);
  // the earlier 10 ms: the same reading at 5 ms, five readings later at 0.5 ms
  gait::ControllerParams earlier = p;
  earlier.touchdown_hold_s = 0.010;
  CHECK(loaded_readings_to_touchdown(earlier, 0.005) == 2);
  CHECK(loaded_readings_to_touchdown(earlier, 0.0005) == 20);
}

TEST_CASE("touchdown: an unloaded reading starts the count again", "[control]") {
  const gait::ControllerParams p;
  gait::ControllerState c = right_foot_swinging();
  gait::BodyReadings loaded, unloaded;
  loaded.contact[gait::Side::Right].force_N = gait::Vec3{0, 0, p.switch_force_N + 1};
  CHECK_FALSE(gait::touchdown_reached(p, loaded, p.switch_min_phase, 0.005, c));
  CHECK_FALSE(gait::touchdown_reached(p, unloaded, p.switch_min_phase, 0.005, c));  // a scuff
  CHECK_FALSE(gait::touchdown_reached(p, loaded, p.switch_min_phase, 0.005, c));
  CHECK(gait::touchdown_reached(p, loaded, p.switch_min_phase, 0.005, c));
  // before the earliest swing progress a loaded foot is not a touchdown
  gait::ControllerState early = right_foot_swinging();
  for (int i = 0; i < 5; ++i) CHECK_FALSE(gait::touchdown_reached(p, loaded, 0.5 * p.switch_min_phase, 0.005, early));
}
