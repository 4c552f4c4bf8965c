// The compiled-in adult curves at five speed classes and the class a walk is compared with.
#include "analysis/adult_norms.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "analysis/normative_gait.h"
#include "input_error.h"

namespace gait {
namespace {

TEST_CASE("adult norms: five classes of 101 points from the compiled-in file", "[unit]") {
  const std::vector<AdultSpeedClass>& classes = adult_norms();
  REQUIRE(classes.size() == 5);
  const char* names[] = {"XS", "S", "N", "M", "L"};
  const double speeds_m_s[] = {0.84, 1.19, 1.22, 1.49, 1.97};
  for (std::size_t k = 0; k < 5; ++k) {
    CHECK(classes[k].name == names[k]);
    CHECK(classes[k].speed_m_s == speeds_m_s[k]);
    // the file's speed column is the class v/h times the group's mean height, 1.71 m
    CHECK(classes[k].speed_m_s == Approx(classes[k].speed_over_height_per_s * 1.71).margin(0.01));
    if (k > 0) CHECK(classes[k].speed_over_height_per_s > classes[k - 1].speed_over_height_per_s);
  }
  // values from assets/normative_gait_adult.csv: class XS at 0 %, class L at 100 %
  CHECK(classes[0].pelvic_tilt_deg.mean[0] == -9.42);
  CHECK(classes[0].pelvic_obliquity_deg.sd[0] == 2.64);
  CHECK(classes[0].hip_flexion_deg.mean[0] == 31.15);
  CHECK(classes[0].ankle_dorsiflexion_deg.mean[2] == -25.01);
  CHECK(classes[0].hip_abductor_moment_Nm_kg.mean[1] == 0.042);
  CHECK(&adult_norms() == &classes);  // parsed once
}

TEST_CASE("adult norms: class N is the older natural-speed band, its ankle 20 deg lower", "[unit]") {
  // an independent copy of the same adults (assets/normative_gait.csv, from SCONE Studio): its means
  // agree with class N within 0.05 deg, its ankle shifted by +20 deg
  const AdultSpeedClass& n = adult_norms()[2];
  const NormativeGait& old = normative_gait();
  REQUIRE(n.name == "N");
  for (std::size_t k = 0; k < kCyclePoints; ++k) {
    INFO(k << " %");
    CHECK(n.hip_flexion_deg.mean[k] == Approx(old.hip_flexion_deg.mean[k]).margin(0.051));
    CHECK(n.knee_flexion_deg.mean[k] == Approx(old.knee_flexion_deg.mean[k]).margin(0.051));
    CHECK(n.pelvic_obliquity_deg.mean[k] == Approx(old.pelvic_list_deg.mean[k]).margin(0.051));
    CHECK(n.ankle_dorsiflexion_deg.mean[k] + 20 == Approx(old.ankle_flexion_deg.mean[k]).margin(0.051));
  }
}

TEST_CASE("adult norms: the class nearest the walk's speed over height", "[unit]") {
  const std::vector<AdultSpeedClass>& classes = adult_norms();
  // a walk exactly at a class's mean v/h gets that class, whatever the height
  for (std::size_t k = 0; k < classes.size(); ++k) {
    CHECK(nearest_class_index(classes, classes[k].speed_over_height_per_s) == k);
    for (double height_m : {1.5, 1.71, 1.9}) {
      const AdultSpeedClass& c = adult_class_for(classes[k].speed_over_height_per_s * height_m, height_m);
      CHECK(c.name == classes[k].name);
      CHECK(&c == &classes[k]);  // its curves, not a blend
    }
  }
  // midway between S (0.698) and N (0.714): the slower; just above: the faster
  CHECK(nearest_class_index(classes, 0.706) == 1);
  CHECK(nearest_class_index(classes, 0.7061) == 2);
  // beyond the ends: the end classes
  CHECK(nearest_class_index(classes, 0.1) == 0);
  CHECK(nearest_class_index(classes, 3.0) == 4);
  // the speeds for a 1.75 m body: v/h 0.457, 0.743, 0.914, 1.029
  CHECK(adult_class_for(0.8, 1.75).name == "XS");
  CHECK(adult_class_for(1.3, 1.75).name == "N");
  CHECK(adult_class_for(1.6, 1.75).name == "M");
  CHECK(adult_class_for(1.8, 1.75).name == "L");
  // the same speed, a shorter body: relatively faster
  CHECK(adult_class_for(1.3, 1.45).name == "M");
}

TEST_CASE("adult norms: bad files are InputErrors naming the line and column", "[unit]") {
  const std::string full = kAdultNormsCsv;
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = full;
    const std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    return s;
  };
  const auto error_of = [](const std::string& csv) -> std::string {
    try {
      parse_adult_norms(csv);
    } catch (const InputError& e) {
      return e.what();
    }
    return "no error";
  };
  CHECK_NOTHROW(parse_adult_norms(full));
  CHECK(error_of(replaced("knee_flexion_sd", "knee_flexion_xx")) ==
        "assets/normative_gait_adult.csv:43: knee_flexion: missing the _mean or _sd column");
  CHECK(error_of(replaced(",percent,", ",pct,")) == "assets/normative_gait_adult.csv:43: percent: missing column");
  // the first data row (line 44): a bad number, a wrong percent, a wrong class
  CHECK(error_of(replaced("XS,0.84,0,-9.42", "XS,0.84,0,x9.42")) ==
        "assets/normative_gait_adult.csv:44: pelvic_tilt_mean: expected a number, got \"x9.42\"");
  CHECK(error_of(replaced("XS,0.84,0,-9.42", "XS,0.84,1,-9.42")) ==
        "assets/normative_gait_adult.csv:44: percent: expected 0");
  CHECK(error_of(replaced("XS,0.84,0,-9.42", "S,0.84,0,-9.42")) ==
        "assets/normative_gait_adult.csv:44: speed_class: expected class XS, got \"S\"");
  // a class cut short
  const std::size_t last_row = full.rfind("\nL,");
  CHECK(error_of(full.substr(0, last_row + 1)).find("expected 101 rows") != std::string::npos);
}

}  // namespace
}  // namespace gait
