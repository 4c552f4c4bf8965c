// Gait cycles, their selection, single-stance intervals and resampling to 101 points.
#include "analysis/gait_cycles.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "synthetic_gait.h"

namespace gait {
namespace {

using Kind = GaitEvent::Kind;
using test::SyntheticGait;

/// Events of a walk whose left cycles start at `left_contacts_s`, each with the usual pattern inside
/// (right toe-off at 10 %, right contact at 50 %, left toe-off at 60 % of that cycle).
std::vector<GaitEvent> walk_events(const std::vector<double>& left_contacts_s) {
  std::vector<GaitEvent> e;
  for (std::size_t k = 0; k < left_contacts_s.size(); ++k) {
    const double t = left_contacts_s[k];
    e.push_back({Side::Left, Kind::InitialContact, t});
    if (k + 1 == left_contacts_s.size()) break;
    const double d = left_contacts_s[k + 1] - t;
    e.push_back({Side::Right, Kind::ToeOff, t + 0.1 * d});
    e.push_back({Side::Right, Kind::InitialContact, t + 0.5 * d});
    e.push_back({Side::Left, Kind::ToeOff, t + 0.6 * d});
  }
  return e;
}

TEST_CASE("gait cycles: initial contact to initial contact with the events inside", "[unit]") {
  SyntheticGait g;
  g.duration_s = 6.0;
  const std::vector<GaitEvent> events = detect_gait_events(g.frames());
  const std::vector<GaitCycle> left = extract_gait_cycles(events, Side::Left);
  REQUIRE(left.size() == 4);  // contacts at 1..5 s
  const GaitCycle& c = left[1];
  CHECK(c.side == Side::Left);
  CHECK(c.start_s == Approx(g.detected_contact_s(Side::Left, 2)).margin(1e-9));
  CHECK(c.end_s == Approx(g.detected_contact_s(Side::Left, 3)).margin(1e-9));
  CHECK(c.duration_s() == Approx(1.0).margin(1e-9));
  CHECK(c.toe_off_s == Approx(g.detected_toe_off_s(Side::Left, 2)).margin(1e-9));
  REQUIRE(c.contralateral_toe_off_s);
  REQUIRE(c.contralateral_contact_s);
  CHECK(*c.contralateral_toe_off_s == Approx(g.detected_toe_off_s(Side::Right, 1)).margin(1e-9));  // 2.1 s
  CHECK(*c.contralateral_contact_s == Approx(g.detected_contact_s(Side::Right, 2)).margin(1e-9));  // 2.5 s
  CHECK(c.is_regular);
  CHECK(c.single_stance().start_s == Approx(2.1 - 0.05 / 60).margin(1e-9));

  const std::vector<GaitCycle> right = extract_gait_cycles(events, Side::Right);
  REQUIRE(right.size() == 5);  // contacts at 0.5..5.5 s
  CHECK(right[0].start_s == Approx(0.5025).margin(1e-9));
  CHECK(right[0].is_regular);
}

TEST_CASE("gait cycles: the first three are discarded, then cycles 25 % off the median", "[unit]") {
  // durations 1, 1, 1 (discarded), 1, 1.2, 1, 1.3, 1, 0.7, 1, 0.76
  std::vector<double> contacts = {0};
  for (double d : {1.0, 1.0, 1.0, 1.0, 1.2, 1.0, 1.3, 1.0, 0.7, 1.0, 0.76})
    contacts.push_back(contacts.back() + d);
  const std::vector<GaitCycle> all = extract_gait_cycles(walk_events(contacts), Side::Left);
  REQUIRE(all.size() == 11);
  const std::vector<GaitCycle> kept = select_analysed_cycles(all);
  // median of the last 8 durations is 1.0: 1.3 and 0.7 are out, 1.2 and 0.76 stay
  std::vector<double> durations;
  for (const GaitCycle& c : kept) durations.push_back(c.duration_s());
  REQUIRE(durations.size() == 6);
  CHECK(durations[0] == Approx(1.0));
  CHECK(durations[1] == Approx(1.2));
  CHECK(durations[3] == Approx(1.0));
  CHECK(durations[5] == Approx(0.76));
  CHECK(kept.front().start_s == Approx(3.0));  // the fourth cycle
}

TEST_CASE("gait cycles: fewer than four cycles leaves none to analyse", "[unit]") {
  const std::vector<GaitCycle> all = extract_gait_cycles(walk_events({0, 1, 2, 3}), Side::Left);
  REQUIRE(all.size() == 3);
  CHECK(select_analysed_cycles(all).empty());
}

TEST_CASE("gait cycles: a cycle without a contralateral step is irregular and not analysed", "[unit]") {
  std::vector<GaitEvent> e = walk_events({0, 1, 2, 3, 4, 5, 6});
  // remove the right contact of the fifth cycle (4..5 s): the right foot hangs in the air
  std::erase_if(e, [](const GaitEvent& x) {
    return x.side == Side::Right && x.kind == Kind::InitialContact && std::abs(x.time_s - 4.5) < 1e-9;
  });
  const std::vector<GaitCycle> all = extract_gait_cycles(e, Side::Left);
  REQUIRE(all.size() == 6);
  CHECK_FALSE(all[4].is_regular);
  const std::vector<GaitCycle> kept = select_analysed_cycles(all);
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].start_s == 3.0);
  CHECK(kept[1].start_s == 5.0);
}

TEST_CASE("gait cycles: single-stance intervals of the whole run, in time order", "[unit]") {
  SyntheticGait g;
  g.duration_s = 3.0;
  const std::vector<Frame> frames = g.frames();
  const std::vector<GaitEvent> events = detect_gait_events(frames);
  const std::vector<SingleStance> stances =
      find_single_stances(events, foot_contact_intervals(frames, events));
  // left on the right's swings 0.1-0.5, 1.1-1.5, 2.1-2.5; right on the left's 0.6-1.0, 1.6-2.0
  // (the left's swing from 2.6 s has no landing before the end)
  REQUIRE(stances.size() == 5);
  const Side expected_sides[] = {Side::Left, Side::Right, Side::Left, Side::Right, Side::Left};
  for (std::size_t i = 0; i < stances.size(); ++i) CHECK(stances[i].side == expected_sides[i]);
  CHECK(stances[0].interval.start_s == Approx(g.detected_toe_off_s(Side::Right, -1)).margin(1e-9));
  CHECK(stances[0].interval.end_s == Approx(g.detected_contact_s(Side::Right, 0)).margin(1e-9));
  CHECK(stances[1].interval.start_s == Approx(g.detected_toe_off_s(Side::Left, 0)).margin(1e-9));
  CHECK(stances[1].interval.end_s == Approx(g.detected_contact_s(Side::Left, 1)).margin(1e-9));
  for (std::size_t i = 1; i < stances.size(); ++i) {
    CHECK(stances[i - 1].interval.end_s < stances[i].interval.start_s);
  }
}

TEST_CASE("resample: 101 points evenly spaced in time, linear between irregular samples", "[unit]") {
  // samples at uneven times of a signal that is linear in time
  std::vector<Frame> frames;
  double t = 0;
  for (int i = 0; i < 200; ++i) {
    Frame f;
    f.time_s = t;
    f.pelvic_tilt_rad = 2.0 * t + 1.0;
    frames.push_back(f);
    t += (i % 3 == 0) ? 0.013 : 0.004;
  }
  GaitCycle c;
  c.start_s = 0.3;
  c.end_s = 1.1;
  const CycleCurve curve = resample(frames, c, [](const Frame& f) { return f.pelvic_tilt_rad; });
  REQUIRE(curve.size() == 101);
  for (int k = 0; k <= 100; ++k) {
    CHECK(curve[static_cast<std::size_t>(k)] == Approx(2.0 * (0.3 + 0.8 * k / 100.0) + 1.0).margin(1e-12));
  }
  CHECK(curve.front() == Approx(1.6));
  CHECK(curve.back() == Approx(3.2));
}

TEST_CASE("resample: a sine over one cycle", "[unit]") {
  SyntheticGait g;
  g.sample_rate_Hz = 1000;
  g.duration_s = 3;
  const std::vector<Frame> frames =
      g.frames([](Frame& f) { f.pelvic_tilt_rad = std::sin(2 * kPi * (f.time_s - 1.0)); });
  GaitCycle c;
  c.start_s = 1.0;
  c.end_s = 2.0;
  const CycleCurve curve = resample(frames, c, [](const Frame& f) { return f.pelvic_tilt_rad; });
  CHECK(curve[0] == Approx(0).margin(1e-12));
  CHECK(curve[25] == Approx(1).margin(1e-12));
  CHECK(curve[75] == Approx(-1).margin(1e-12));
  CHECK(curve[10] == Approx(std::sin(2 * kPi * 0.1)).margin(1e-5));
}

TEST_CASE("mean and SD of cycle curves", "[unit]") {
  CycleCurve a, b;
  a.fill(1.0);
  b.fill(3.0);
  b[50] = 5.0;
  const auto stats = mean_and_sd({a, b});
  REQUIRE(stats);
  CHECK(stats->count == 2);
  CHECK(stats->mean[0] == 2.0);
  CHECK(stats->sd[0] == Approx(std::sqrt(2.0)));  // sample SD of {1, 3}
  CHECK(stats->mean[50] == 3.0);
  CHECK(stats->sd[50] == Approx(std::sqrt(8.0)));
  const auto one = mean_and_sd({a});
  REQUIRE(one);
  CHECK(one->sd[0] == 0.0);
  CHECK_FALSE(mean_and_sd({}));
}

}  // namespace
}  // namespace gait
