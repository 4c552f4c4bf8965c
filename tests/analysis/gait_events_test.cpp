// Gait events from a synthetic vertical-force trace with known contact and lift-off times.
#include "analysis/gait_events.h"

#include <catch2/catch.hpp>

#include "synthetic_gait.h"

namespace gait {
namespace {

using Kind = GaitEvent::Kind;
using test::SyntheticGait;

std::vector<GaitEvent> of(const std::vector<GaitEvent>& events, Side s, Kind k) {
  std::vector<GaitEvent> out;
  for (const GaitEvent& e : events) {
    if (e.side == s && e.kind == k) out.push_back(e);
  }
  return out;
}

/// The events SyntheticGait `g` must give over its 5 s: the left foot starts just loaded (no first
/// contact: it was never 50 ms below 10 N), the right foot starts in late stance.
void check_known_events(const SyntheticGait& g, const std::vector<GaitEvent>& events) {
  const auto left_ic = of(events, Side::Left, Kind::InitialContact);
  const auto left_to = of(events, Side::Left, Kind::ToeOff);
  const auto right_ic = of(events, Side::Right, Kind::InitialContact);
  const auto right_to = of(events, Side::Right, Kind::ToeOff);
  REQUIRE(left_ic.size() == 4);   // at 1, 2, 3, 4 s (+ 2.5 ms)
  REQUIRE(left_to.size() == 5);   // at 0.6 .. 4.6 s
  REQUIRE(right_ic.size() == 5);  // at 0.5 .. 4.5 s
  REQUIRE(right_to.size() == 5);  // at 0.1 .. 4.1 s
  for (int k = 0; k < 4; ++k)
    CHECK(left_ic[k].time_s == Approx(g.detected_contact_s(Side::Left, k + 1)).margin(1e-9));
  for (int k = 0; k < 5; ++k) {
    CHECK(left_to[k].time_s == Approx(g.detected_toe_off_s(Side::Left, k)).margin(1e-9));
    CHECK(right_ic[k].time_s == Approx(g.detected_contact_s(Side::Right, k)).margin(1e-9));
    CHECK(right_to[k].time_s == Approx(g.detected_toe_off_s(Side::Right, k - 1)).margin(1e-9));
  }
  CHECK(left_ic[0].time_s == Approx(1.0025).margin(1e-9));
  CHECK(right_to[0].time_s == Approx(0.1 - 0.05 * 10 / 600).margin(1e-9));
  // time order
  for (std::size_t i = 1; i < events.size(); ++i) CHECK(events[i - 1].time_s <= events[i].time_s);
}

TEST_CASE("gait events: contact and toe-off at the threshold crossings of a known force trace", "[unit]") {
  SyntheticGait g;
  g.duration_s = 5.0;
  check_known_events(g, detect_gait_events(g.frames()));
}

TEST_CASE("gait events: the same times at other sampling rates (time stamps, not an assumed rate)",
          "[unit]") {
  SyntheticGait g;
  g.duration_s = 5.0;
  for (double rate_Hz : {200.0, 1000.0}) {
    g.sample_rate_Hz = rate_Hz;
    check_known_events(g, detect_gait_events(g.frames()));
  }
}

TEST_CASE("gait events: a dip below 10 N shorter than 50 ms makes no event", "[unit]") {
  SyntheticGait g;
  g.duration_s = 5.0;
  const std::vector<GaitEvent> clean = detect_gait_events(g.frames());
  // left mid-stance, 2.20 .. 2.23 s at 0 N: about 40 ms below 10 N with the ramps between samples
  const std::vector<GaitEvent> dipped = detect_gait_events(g.frames([](Frame& f) {
    if (f.time_s > 2.195 && f.time_s < 2.235) f.side.left.grf_N.z = 0;
  }));
  REQUIRE(dipped.size() == clean.size());
  for (std::size_t i = 0; i < clean.size(); ++i) {
    CHECK(dipped[i].side == clean[i].side);
    CHECK(dipped[i].kind == clean[i].kind);
    CHECK(dipped[i].time_s == clean[i].time_s);
  }
}

TEST_CASE("gait events: a 100 ms unloading is a toe-off and a new contact", "[unit]") {
  SyntheticGait g;
  g.duration_s = 5.0;
  const std::vector<GaitEvent> clean = detect_gait_events(g.frames());
  const std::vector<GaitEvent> lifted = detect_gait_events(g.frames([](Frame& f) {
    if (f.time_s > 2.195 && f.time_s < 2.305) f.side.left.grf_N.z = 0;
  }));
  REQUIRE(lifted.size() == clean.size() + 2);
  const auto to = of(lifted, Side::Left, Kind::ToeOff);
  const auto ic = of(lifted, Side::Left, Kind::InitialContact);
  // 600 N at 2.19 s, 0 N at 2.20 s: below 10 N from 2.19 + 590/600 * 0.01 s
  CHECK(std::count_if(to.begin(), to.end(), [](const GaitEvent& e) {
          return std::abs(e.time_s - (2.19 + 0.01 * 590 / 600)) < 1e-9;
        }) == 1);
  // 0 N at 2.30 s, 600 N at 2.31 s: above 30 N at 2.30 + 30/600 * 0.01 s
  CHECK(std::count_if(ic.begin(), ic.end(),
                      [](const GaitEvent& e) { return std::abs(e.time_s - 2.3005) < 1e-9; }) == 1);
}

TEST_CASE("gait events: a swing force between 10 and 30 N is no contact (hysteresis)", "[unit]") {
  SyntheticGait g;
  g.duration_s = 5.0;
  const std::vector<GaitEvent> clean = detect_gait_events(g.frames());
  // left swing is 2.6 .. 3.0 s: 20 N from 2.7 to 2.8 s
  const std::vector<GaitEvent> brushed = detect_gait_events(g.frames([](Frame& f) {
    if (f.time_s > 2.695 && f.time_s < 2.805) f.side.left.grf_N.z = 20;
  }));
  REQUIRE(brushed.size() == clean.size());
  for (std::size_t i = 0; i < clean.size(); ++i) CHECK(brushed[i].time_s == clean[i].time_s);
}

TEST_CASE("gait events: contact intervals and per-Frame contact flags", "[unit]") {
  SyntheticGait g;
  g.duration_s = 3.0;
  const std::vector<Frame> frames = g.frames();
  const std::vector<GaitEvent> events = detect_gait_events(frames);
  const auto intervals = foot_contact_intervals(frames, events);
  // left: loaded from the start to 0.6 s, then from 1.0025 to 1.6 s, from 2.0025 to 2.6 s
  REQUIRE(intervals.left.size() == 3);
  CHECK(intervals.left[0].start_s == 0.0);
  CHECK(intervals.left[0].end_s == Approx(g.detected_toe_off_s(Side::Left, 0)));
  CHECK(intervals.left[1].start_s == Approx(1.0025));
  // right: loaded from the start to 0.1 s, then 0.5025 .. 1.1, 1.5025 .. 2.1, 2.5025 .. end (3 s)
  REQUIRE(intervals.right.size() == 4);
  CHECK(intervals.right[3].end_s == 3.0);

  const auto flags = foot_contact_flags(frames, events);
  REQUIRE(flags.size() == frames.size());
  CHECK(flags[5].left);  // 0.05 s: double support
  CHECK(flags[5].right);
  CHECK(flags[30].left);  // 0.30 s: left single stance
  CHECK_FALSE(flags[30].right);
  CHECK_FALSE(flags[70].left);  // 0.70 s: right single stance
  CHECK(flags[70].right);
  CHECK_FALSE(flags[100].left);  // 1.00 s: force 0, contact detected at 1.0025 s
  CHECK(flags[101].left);
}

TEST_CASE("gait events: no Frames, no events", "[unit]") {
  CHECK(detect_gait_events({}).empty());
  CHECK(foot_contact_flags({}, {}).empty());
}

}  // namespace
}  // namespace gait
