// Speed, cadence, stride length, step width and the stall criterion on synthetic walks.
#include "analysis/spatiotemporal.h"

#include <catch2/catch.hpp>

#include "synthetic_gait.h"

namespace gait {
namespace {

using test::SyntheticGait;

TEST_CASE("spatiotemporal: speed, cadence, stride length and step width of a known walk", "[unit]") {
  SyntheticGait g;  // 1 s strides at 1.2 m/s, feet 0.1 m apart
  const std::vector<Frame> frames = g.frames();
  const Spatiotemporal st = measure_spatiotemporal(frames, find_gait_cycles(frames));
  REQUIRE(st.speed_m_s);
  REQUIRE(st.cadence_steps_min);
  REQUIRE(st.stride_length_m);
  REQUIRE(st.step_width_m);
  CHECK(*st.speed_m_s == Approx(1.2));
  CHECK(*st.cadence_steps_min == Approx(120.0));  // two steps per 1 s stride
  CHECK(*st.stride_length_m == Approx(1.2));
  CHECK(*st.step_width_m == Approx(0.1));
}

TEST_CASE("spatiotemporal: slower cadence, longer stride, wider steps", "[unit]") {
  SyntheticGait g;
  g.stride_s = 1.2;
  g.speed_m_s = 0.9;
  g.step_width_m = 0.25;
  g.duration_s = 15;
  const std::vector<Frame> frames = g.frames();
  const Spatiotemporal st = measure_spatiotemporal(frames, find_gait_cycles(frames));
  CHECK(*st.speed_m_s == Approx(0.9));
  CHECK(*st.cadence_steps_min == Approx(100.0));
  CHECK(*st.stride_length_m == Approx(1.08));
  CHECK(*st.step_width_m == Approx(0.25));
}

TEST_CASE("spatiotemporal: step width is measured across the walking direction, whatever it is", "[unit]") {
  SyntheticGait g;
  g.heading_rad = deg_to_rad(30);
  const std::vector<Frame> frames = g.frames();
  const Spatiotemporal st = measure_spatiotemporal(frames, find_gait_cycles(frames));
  CHECK(*st.speed_m_s == Approx(1.2));
  CHECK(*st.stride_length_m == Approx(1.2));
  CHECK(*st.step_width_m == Approx(0.1));
}

TEST_CASE("spatiotemporal: nothing to report without analysed cycles", "[unit]") {
  SyntheticGait g;
  g.duration_s = 3;  // two left cycles at most
  const std::vector<Frame> frames = g.frames();
  const Spatiotemporal st = measure_spatiotemporal(frames, find_gait_cycles(frames));
  CHECK_FALSE(st.speed_m_s);
  CHECK_FALSE(st.cadence_steps_min);
  CHECK_FALSE(st.stride_length_m);
  CHECK_FALSE(st.step_width_m);
}

TEST_CASE("stall: forward speed over the last 10 s below 0.2 m/s, or backwards", "[unit]") {
  SyntheticGait g;
  g.duration_s = 30;
  g.speed_m_s = 1.2;
  CHECK(final_forward_speed_m_s(g.frames()) == Approx(1.2));
  CHECK_FALSE(is_stalled(g.frames()));
  g.speed_m_s = 0.21;
  CHECK_FALSE(is_stalled(g.frames()));
  g.speed_m_s = 0.19;
  CHECK(is_stalled(g.frames()));
  g.speed_m_s = -0.5;  // walking backwards (the walking direction is +x)
  CHECK(is_stalled(g.frames()));
  g.speed_m_s = 1.2;
  g.heading_rad = kPi / 2;  // walking at 1.2 m/s, but sideways: no forward progress
  CHECK(is_stalled(g.frames()));

  // walked 20 s, then stood still for the last 10 s
  SyntheticGait h;
  h.duration_s = 30;
  std::vector<Frame> frames = h.frames();
  for (Frame& f : frames) f.pelvis_position_m.x = 1.2 * std::min(f.time_s, 20.0);
  CHECK(final_forward_speed_m_s(frames) == Approx(0.0).margin(1e-12));
  CHECK(is_stalled(frames));
  // stood still for the first 20 s, then walked: not stalled
  for (Frame& f : frames) f.pelvis_position_m.x = 1.2 * std::max(f.time_s - 20.0, 0.0);
  CHECK_FALSE(is_stalled(frames));
  // a run shorter than 10 s uses all of it
  h.duration_s = 4;
  CHECK(final_forward_speed_m_s(h.frames()) == Approx(1.2));
}

}  // namespace
}  // namespace gait
