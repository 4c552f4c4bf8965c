// The healthy ghost in phase with the patient (analysis/ghost_phase.h): at p of the patient's current
// left cycle, the ghost Frame p of the way through the ghost's last regular left cycle.
#include <catch2/catch.hpp>

#include "analysis/ghost_phase.h"

using namespace gait;

namespace {

/// Frames every 10 ms from 0 to `end_s`, each knowing its own time.
std::vector<Frame> history_to(double end_s) {
  std::vector<Frame> h;
  for (int i = 0; i * 0.01 <= end_s + 1e-9; ++i) {
    Frame f;
    f.time_s = i * 0.01;
    h.push_back(f);
  }
  return h;
}

}  // namespace

TEST_CASE("ghost phase: the patient's fraction of its left cycle, held at 1 until the next contact", "[unit][app]") {
  LiveReadouts patient;
  CHECK_FALSE(patient_cycle_fraction(patient, 5.0));  // no cycle yet: the ghost walks on its own
  SideReadout& left = patient.side[Side::Left];
  left.last_cycle_start_s = 8.9;
  left.last_cycle_end_s = 10.0;  // a 1.1 s cycle
  left.last_contact_s = 10.0;
  CHECK(*patient_cycle_fraction(patient, 10.0) == Approx(0.0));
  CHECK(*patient_cycle_fraction(patient, 10.55) == Approx(0.5));
  CHECK(*patient_cycle_fraction(patient, 11.5) == Approx(1.0));
}

TEST_CASE("ghost phase: the ghost Frame at the same fraction of its own last left cycle", "[unit][app]") {
  const std::vector<Frame> ghost_history = history_to(12.0);
  LiveReadouts ghost;
  ghost.side[Side::Left].last_cycle_start_s = 10.2;
  ghost.side[Side::Left].last_cycle_end_s = 11.2;  // its own cadence: a 1.0 s cycle
  Frame live;
  live.time_s = 12.0;
  CHECK(ghost_frame_in_phase(ghost_history, ghost, 0.0, live).time_s == Approx(10.2));  // heel strike at heel strike
  CHECK(ghost_frame_in_phase(ghost_history, ghost, 0.5, live).time_s == Approx(10.7));
  CHECK(ghost_frame_in_phase(ghost_history, ghost, 1.0, live).time_s == Approx(11.2));
  CHECK(ghost_frame_in_phase(ghost_history, ghost, 0.333, live).time_s == Approx(10.53));  // the nearest Frame
  // without the patient's phase, or a ghost cycle, the ghost's own instant
  CHECK(&ghost_frame_in_phase(ghost_history, ghost, std::nullopt, live) == &live);
  CHECK(&ghost_frame_in_phase(ghost_history, LiveReadouts{}, 0.5, live) == &live);
}
