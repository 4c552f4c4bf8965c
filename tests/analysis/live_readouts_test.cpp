// Live read-outs on synthetic Frames (no physics): the last stance's drop, lean and sign per side,
// Perry's phase at known instants, and the recent-cycle curves with their toe-off.
#include <catch2/catch.hpp>

#include "synthetic_gait.h"
#include "analysis/live_readouts.h"

using namespace gait;
using gait::test::single_stance_bump;
using gait::test::SyntheticGait;

namespace {

std::vector<Frame> walk_until(const SyntheticGait& g, double end_s, LeftRight<double> drop_deg,
                              LeftRight<double> lean_deg = {}) {
  SyntheticGait h = g;
  h.duration_s = end_s;
  // obliquity with the stance side higher by the drop; lean toward the stance side
  return h.frames([&](Frame& f) {
    f.pelvic_obliquity_rad = deg_to_rad(single_stance_bump(h, f.time_s, {drop_deg.left, -drop_deg.right}));
    f.trunk_lean_rad = deg_to_rad(single_stance_bump(h, f.time_s, {lean_deg.left, -lean_deg.right}));
  });
}

}  // namespace

TEST_CASE("read-outs: pelvic drop, trunk lean and sign of each side's last single stance", "[unit][app]") {
  const SyntheticGait g;
  const LiveReadouts r = compute_live_readouts(walk_until(g, 8.0, {12.0, 3.0}, {1.0, 6.0}), 75.0);
  REQUIRE(r.side.left.pelvic_drop_deg);
  CHECK(*r.side.left.pelvic_drop_deg == Approx(12.0).margin(0.1));
  CHECK(*r.side.left.sign == Trendelenburg::Positive);
  REQUIRE(r.side.right.pelvic_drop_deg);
  CHECK(*r.side.right.pelvic_drop_deg == Approx(3.0).margin(0.1));
  CHECK(*r.side.right.trunk_lean_deg == Approx(6.0).margin(0.1));
  CHECK(*r.side.right.sign == Trendelenburg::Compensated);
}

TEST_CASE("read-outs: Perry's phase of each foot at known instants", "[unit][app]") {
  // stride 1 s, stance 60 %, right half a cycle behind: the left foot lands at 5.0 s, the right
  // lifts at 5.1 s and lands at 5.5 s, the left lifts at 5.6 s
  const SyntheticGait g;
  const struct {
    double t_s;
    GaitPhase left;
  } cases[] = {{5.05, GaitPhase::LoadingResponse}, {5.25, GaitPhase::MidStance}, {5.4, GaitPhase::TerminalStance},
               {5.55, GaitPhase::PreSwing},        {5.7, GaitPhase::InitialSwing}, {5.83, GaitPhase::MidSwing},
               {5.95, GaitPhase::TerminalSwing}};
  for (const auto& c : cases) {
    INFO("t = " << c.t_s);
    const LiveReadouts r = compute_live_readouts(walk_until(g, c.t_s, {5, 5}), 75.0);
    REQUIRE(r.side.left.phase);
    CHECK(*r.side.left.phase == c.left);
    REQUIRE(r.side.left.cycle_pct);
    CHECK(*r.side.left.cycle_pct == Approx(100 * (c.t_s - 5.0)).margin(1.0));
  }
}

TEST_CASE("read-outs: curves of the most recent cycles, with toe-off", "[unit][app]") {
  const SyntheticGait g;
  const LiveReadouts r = compute_live_readouts(walk_until(g, 9.0, {10.0, 4.0}), 75.0);
  REQUIRE(r.side.left.curves);
  CHECK(r.side.left.cycles == kPlottedCycles);
  CHECK(*r.side.left.toe_off_pct == Approx(60.0).margin(0.5));
  // the left cycle's obliquity peaks in its single stance at the left's drop
  double peak = -1e9;
  for (double v : r.side.left.curves->pelvic_obliquity_deg.mean) peak = std::max(peak, v);
  CHECK(peak == Approx(10.0).margin(0.3));
  // the speed the plots' adult band is chosen by: the pelvis's, over the plotted cycles
  REQUIRE(r.speed_m_s);
  CHECK(*r.speed_m_s == Approx(g.speed_m_s));
}

TEST_CASE("read-outs: nothing to say before the first steps", "[unit][app]") {
  SyntheticGait g;
  const LiveReadouts r = compute_live_readouts(walk_until(g, 0.3, {5, 5}), 75.0);
  CHECK_FALSE(r.side.left.pelvic_drop_deg);
  CHECK_FALSE(r.side.left.curves);
  CHECK_FALSE(r.speed_m_s);
  CHECK(compute_live_readouts({}, 75).side.right.phase == std::nullopt);
}
