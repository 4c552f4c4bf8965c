// Trendelenburg sign thresholds (DESIGN 6), walking and the single-leg stance test.
#include "analysis/trendelenburg.h"

#include <catch2/catch.hpp>

#include "units.h"

namespace gait {
namespace {

TEST_CASE("Trendelenburg: 8 deg of pelvic drop is positive, 7.9 is not", "[unit]") {
  CHECK(classify_trendelenburg(7.9, 0.0) == Trendelenburg::Negative);
  CHECK(classify_trendelenburg(8.0, 0.0) == Trendelenburg::Positive);
  CHECK(classify_trendelenburg(15.0, 0.0) == Trendelenburg::Positive);
  // a drop of 8 deg or more is positive even with a lean
  CHECK(classify_trendelenburg(8.0, 10.0) == Trendelenburg::Positive);
  // 8 deg computed through radians still counts
  CHECK(classify_trendelenburg(rad_to_deg(deg_to_rad(8.0)), 0.0) == Trendelenburg::Positive);
}

TEST_CASE("Trendelenburg: a level pelvis with 5 deg of lean toward the stance side is compensated",
          "[unit]") {
  CHECK(classify_trendelenburg(4.0, 6.0) == Trendelenburg::Compensated);
  CHECK(classify_trendelenburg(4.0, 5.0) == Trendelenburg::Compensated);
  CHECK(classify_trendelenburg(4.0, 4.9) == Trendelenburg::Negative);
  CHECK(classify_trendelenburg(7.9, 5.0) == Trendelenburg::Compensated);
  CHECK(classify_trendelenburg(-1.0, -6.0) == Trendelenburg::Negative);  // leaning away
}

TEST_CASE("Trendelenburg: names as in the JSON and [expect]", "[unit]") {
  CHECK(trendelenburg_name(Trendelenburg::Negative) == "negative");
  CHECK(trendelenburg_name(Trendelenburg::Positive) == "positive");
  CHECK(trendelenburg_name(Trendelenburg::Compensated) == "compensated");
}

TEST_CASE("Trendelenburg stance test: the lifted side may sit up to 2 deg low", "[unit]") {
  // standing on the left: the right side is lifted; obliquity + = left higher = right lower
  std::vector<Frame> frames(3001);
  for (std::size_t i = 0; i < frames.size(); ++i) {
    frames[i].time_s = i * 0.01;
    frames[i].pelvic_obliquity_rad = deg_to_rad(1.9);  // right side 1.9 deg low
  }
  StanceTestSign held = classify_stance_test(frames, Side::Left, std::nullopt);
  CHECK(held.sign == Trendelenburg::Negative);
  CHECK_FALSE(held.drop_time_s);
  CHECK(held.max_drop_deg == Approx(1.9));

  // from 12.34 s the right side sits 3 deg low
  for (std::size_t i = 1234; i < frames.size(); ++i) frames[i].pelvic_obliquity_rad = deg_to_rad(3.0);
  StanceTestSign dropped = classify_stance_test(frames, Side::Left, std::nullopt);
  CHECK(dropped.sign == Trendelenburg::Positive);
  REQUIRE(dropped.drop_time_s);
  CHECK(*dropped.drop_time_s == Approx(12.34));
  CHECK(dropped.max_drop_deg == Approx(3.0));
  // a deeper drop later does not move the time, only the size
  frames[2500].pelvic_obliquity_rad = deg_to_rad(7.5);
  CHECK(classify_stance_test(frames, Side::Left, std::nullopt).max_drop_deg == Approx(7.5));
  CHECK(*classify_stance_test(frames, Side::Left, std::nullopt).drop_time_s == Approx(12.34));
  frames[2500].pelvic_obliquity_rad = deg_to_rad(3.0);

  // standing on the right, the same obliquity lifts the left side: held, never below level
  CHECK(classify_stance_test(frames, Side::Right, std::nullopt).sign == Trendelenburg::Negative);
  CHECK(classify_stance_test(frames, Side::Right, std::nullopt).max_drop_deg == Approx(-1.9));

  // a fall without a drop is positive, at the fall time
  for (Frame& f : frames) f.pelvic_obliquity_rad = 0;
  StanceTestSign fell = classify_stance_test(frames, Side::Left, 20.0);
  CHECK(fell.sign == Trendelenburg::Positive);
  CHECK(fell.drop_time_s == 20.0);
}

}  // namespace
}  // namespace gait
