// The compiled-in normative gait bands and the RMS distance from them.
#include "analysis/normative_gait.h"

#include <catch2/catch.hpp>

#include "input_error.h"

namespace gait {
namespace {

TEST_CASE("normative gait: the compiled-in file, parsed by column name", "[unit]") {
  const NormativeGait& n = normative_gait();
  // values from assets/normative_gait.csv
  CHECK(n.hip_flexion_deg.mean[0] == 33.0);
  CHECK(n.hip_flexion_deg.min[0] == 25.2);
  CHECK(n.hip_flexion_deg.max[0] == 40.8);
  CHECK(n.pelvic_list_deg.mean[12] == 5.0);
  CHECK(n.knee_flexion_deg.mean[100] == 7.0);
  CHECK(n.grf_vertical_bw.mean[12] == 1.03);
  CHECK(n.pelvic_tilt_deg.mean[1] == -9.4);
  CHECK(n.ankle_flexion_deg.max[99] == 0.2);
  for (const NormativeBand* band :
       {&n.pelvic_tilt_deg, &n.pelvic_list_deg, &n.pelvic_rotation_deg, &n.hip_flexion_deg,
        &n.knee_flexion_deg, &n.ankle_flexion_deg, &n.grf_vertical_bw}) {
    for (std::size_t k = 0; k < kCyclePoints; ++k) {
      CHECK(band->min[k] <= band->mean[k]);
      CHECK(band->mean[k] <= band->max[k]);
    }
  }
  CHECK(&normative_gait() == &n);  // parsed once
}

TEST_CASE("normative gait: columns in any order, comments skipped", "[unit]") {
  std::string csv = "# a comment\n\ngait_cycle_pct";
  const char* bands[] = {"knee_flexion", "pelvic_tilt",   "pelvic_list",          "pelvic_rotation",
                         "hip_flexion",  "ankle_flexion", "ground_reaction_force"};
  for (const char* b : bands) csv += std::string(",") + b + "_max," + b + "_mean," + b + "_min";
  csv += "\n";
  for (int k = 0; k <= 100; ++k) {
    csv += std::to_string(k);
    for (int b = 0; b < 7; ++b)
      csv += "," + std::to_string(b + 2 + k) + "," + std::to_string(b + 1 + k) + "," + std::to_string(b + k);
    csv += "\r\n";
  }
  const NormativeGait n = parse_normative_gait(csv);
  CHECK(n.knee_flexion_deg.mean[0] == 1);
  CHECK(n.knee_flexion_deg.max[0] == 2);
  CHECK(n.knee_flexion_deg.min[50] == 50);
  CHECK(n.grf_vertical_bw.mean[100] == 107);
}

TEST_CASE("normative gait: bad files are InputErrors naming line and column", "[unit]") {
  const std::string full = kNormativeGaitCsv;
  // a missing column
  std::string no_knee = full;
  const std::size_t at = no_knee.find("knee_flexion_mean");
  no_knee.replace(at, 4, "kneX");
  CHECK_THROWS_AS(parse_normative_gait(no_knee), InputError);
  // a bad number on a data row
  std::string bad = full;
  bad.replace(bad.find("\n50,") + 4, 5, "abc,x");
  try {
    parse_normative_gait(bad);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.line() > 50);
    CHECK(std::string(e.what()).find("normative_gait.csv") != std::string::npos);
  }
  // missing rows
  CHECK_THROWS_AS(parse_normative_gait(full.substr(0, full.find("\n90,"))), InputError);
}

TEST_CASE("RMS difference of cycle curves", "[unit]") {
  const CycleCurve& mean = normative_gait().hip_flexion_deg.mean;
  CHECK(rms_difference(mean, mean) == 0.0);
  CycleCurve shifted = mean;
  for (double& v : shifted) v += 2.0;
  CHECK(rms_difference(shifted, mean) == Approx(2.0));
  CycleCurve one_point = mean;
  one_point[40] += 10.1;  // sqrt(10.1^2 / 101) = 1.005
  CHECK(rms_difference(one_point, mean) == Approx(10.1 / std::sqrt(101.0)));
}

}  // namespace
}  // namespace gait
