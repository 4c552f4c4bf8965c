// The healthy-adult check: its rows, verdicts and table.
#include "analysis/adult_check.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace gait {
namespace {

const AdultCheckRow& find_row(const std::vector<AdultCheckRow>& rows, const std::string& label) {
  for (const AdultCheckRow& r : rows)
    if (r.label == label) return r;
  FAIL("no row " << label);
  return rows.front();
}

TEST_CASE("adult check: verdicts against the healthy ranges", "[unit]") {
  AdultCheckRow r;
  r.min = 58;
  r.max = 66;
  r.value.left = 62;
  r.value.right = 70;
  CHECK(r.verdict(Side::Left) == "ok");
  CHECK(r.verdict(Side::Right) == "MISS");
  r.value.right = 58;  // the ends belong to the range
  CHECK(r.verdict(Side::Right) == "ok");
  r.value.right.reset();
  CHECK(r.verdict(Side::Right) == "-");
  r.max.reset();
  r.value.left = 1000;  // open above
  CHECK(r.verdict(Side::Left) == "ok");
  r.min.reset();
  CHECK(r.verdict(Side::Left) == "-");  // no range: nothing to judge
}

TEST_CASE("adult check: rows of a summary, with the adult class's own values", "[unit]") {
  Summary s;
  s.speed_m_s = 1.3;
  s.speed_over_height_per_s = 1.3 / 1.75;
  s.norm_class = &adult_class_for(1.3, 1.75);
  s.side.left.stance_pct = 62;
  s.side.right.stance_pct = 55;
  s.side.left.double_support_pct = 24;
  s.side.left.norm_correlation.hip_flexion_deg = 0.97;
  s.side.right.norm_correlation.hip_flexion_deg = 0.90;
  s.side.left.grf_vertical_humps = 2;
  s.side.right.grf_vertical_humps = 1;
  GaitCurveEvents e;
  e.knee_loading_peak = {18, 13};
  s.side.left.curve_events = e;
  const std::vector<AdultCheckRow> rows = adult_check_rows(s);

  const AdultCheckRow& stance = find_row(rows, "Stance");
  CHECK(stance.verdict(Side::Left) == "ok");
  CHECK(stance.verdict(Side::Right) == "MISS");
  CHECK(*stance.adults == Approx(63.2));  // class N's foot-off
  // class N: the other foot leaves at 12.8 % and lands at 50.5 %; this one leaves at 63.2 %
  CHECK(*find_row(rows, "Double support").adults == Approx(12.8 + 63.2 - 50.5));
  const AdultCheckRow& hip = find_row(rows, "Correlation: hip flexion");
  CHECK(hip.verdict(Side::Left) == "ok");
  CHECK(hip.verdict(Side::Right) == "MISS");
  const AdultCheckRow& humps = find_row(rows, "Vertical GRF humps in stance");
  CHECK(humps.verdict(Side::Left) == "ok");
  CHECK(humps.verdict(Side::Right) == "MISS");
  const AdultCheckRow& knee = find_row(rows, "Knee loading-response peak");
  CHECK(*knee.value.left == 18);
  CHECK_FALSE(knee.value.right);
  CHECK(knee.verdict(Side::Left) == "ok");
  REQUIRE(knee.adults);
  CHECK(*knee.adults == Approx(adult_curve_events(*s.norm_class).knee_loading_peak.value));
  // the five correlations come first
  CHECK(rows[0].label == "Correlation: hip flexion");
  CHECK(rows[4].label == "Correlation: hip adduction");

  std::ostringstream out;
  print_adult_check(out, s);
  const std::string text = out.str();
  CHECK(text.find("adults: class N (v/h 0.71 1/s)") != std::string::npos);
  CHECK(text.find("walked 1.30 m/s, v/h 0.74 1/s") != std::string::npos);
  CHECK(text.find("58.0 to 66.0") != std::string::npos);
  CHECK(text.find("MISS") != std::string::npos);
}

TEST_CASE("adult check: without cycles every value is a dash", "[unit]") {
  const Summary s{};
  std::ostringstream out;
  print_adult_check(out, s);
  CHECK(out.str().find("adults: none (no analysed cycles)") != std::string::npos);
  for (const AdultCheckRow& r : adult_check_rows(s)) {
    CHECK_FALSE(r.value.left);
    CHECK_FALSE(r.adults);
    CHECK(r.verdict(Side::Left) == "-");
  }
}

}  // namespace
}  // namespace gait
