// The time-series CSV: header with units, one row per Frame, fixed number formatting.
#include "analysis/time_series_csv.h"

#include <catch2/catch.hpp>
#include <clocale>
#include <sstream>

#include "synthetic_gait.h"

namespace gait {
namespace {

using test::SyntheticGait;

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, sep)) out.push_back(item);
  return out;
}

std::vector<Frame> sample_frames() {
  SyntheticGait g;
  g.duration_s = 3;
  return g.frames([](Frame& f) {
    f.pelvic_obliquity_rad = 0.1;
    f.trunk_lean_rad = -0.05;
    f.side.left.hip_adduction_rad = 0.2;
    f.side.left.abductor_activation = 0.25;
    f.side.left.abductor_demand_Nm = 150;
    f.side.left.abductor_capacity_Nm = 100;
    f.side.left.muscle_force_N[0] = 123.456789;
    f.side.right.muscle_force_N[6] = 42;
  });
}

TEST_CASE("time-series CSV: a header row of names with units, one row per Frame", "[unit]") {
  const std::vector<Frame> frames = sample_frames();
  const std::vector<std::string> lines = split(time_series_csv(frames), '\n');
  REQUIRE(lines.size() == frames.size() + 1);
  const std::vector<std::string> header = split(lines[0], ',');
  for (const char* name : {"time_s",
                           "step_index",
                           "left_contact",
                           "right_contact",
                           "pelvis_position_x_m",
                           "pelvic_obliquity_deg",
                           "pelvic_tilt_deg",
                           "trunk_lean_deg",
                           "com_z_m",
                           "left_hip_flexion_deg",
                           "left_hip_adduction_deg",
                           "right_knee_flexion_deg",
                           "left_grf_vertical_N",
                           "left_abductor_demand_Nm",
                           "left_abductor_capacity_Nm",
                           "left_abductor_deficit_Nm",
                           "left_abductor_moment_Nm",
                           "left_abductor_activation",
                           "left_gluteus_medius_anterior_force_N",
                           "right_tensor_fasciae_latae_force_N",
                           "left_hip_contact_force_N",
                           "right_ankle_center_y_m"}) {
    INFO(name);
    CHECK(std::count(header.begin(), header.end(), name) == 1);
  }
  for (const std::string& line : lines) CHECK(split(line, ',').size() == header.size());

  // row 31 is t = 0.30 s: left single stance
  const std::vector<std::string> row = split(lines[31], ',');
  auto value = [&](const char* name) {
    return row[static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin())];
  };
  CHECK(value("time_s") == "0.3");
  CHECK(value("step_index") == "30");
  CHECK(value("left_contact") == "1");
  CHECK(value("right_contact") == "0");
  CHECK(value("pelvic_obliquity_deg") == "5.72958");  // 0.1 rad, %.6g
  CHECK(value("trunk_lean_deg") == "-2.86479");
  CHECK(value("left_hip_adduction_deg") == "11.4592");
  CHECK(value("left_abductor_activation") == "0.25");
  CHECK(value("left_abductor_deficit_Nm") == "50");
  CHECK(value("left_gluteus_medius_anterior_force_N") == "123.457");
  CHECK(value("right_tensor_fasciae_latae_force_N") == "42");
  CHECK(value("left_grf_vertical_N") == "600");
  CHECK(value("right_grf_vertical_N") == "0");
}

TEST_CASE("time-series CSV: identical Frames give identical bytes, in any C locale", "[unit]") {
  const std::string a = time_series_csv(sample_frames());
  const std::string b = time_series_csv(sample_frames());
  CHECK(a == b);
  CHECK(split(a, '\n')[0] == split(b, '\n')[0]);
  // a decimal-comma locale must not change the output (skipped where none is installed)
  const std::string saved = std::setlocale(LC_NUMERIC, nullptr);
  if (std::setlocale(LC_NUMERIC, "de_DE.UTF-8") || std::setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
    const std::string c = time_series_csv(sample_frames());
    std::setlocale(LC_NUMERIC, saved.c_str());
    CHECK(c == a);
  }
  // and different Frames give different bytes
  std::vector<Frame> other = sample_frames();
  other[10].pelvic_obliquity_rad = 0.2;
  CHECK(time_series_csv(other) != a);
}

TEST_CASE("time-series CSV: no Frames, only the header", "[unit]") {
  const std::string csv = time_series_csv({});
  CHECK(split(csv, '\n').size() == 1);
  CHECK(csv.rfind("time_s,", 0) == 0);
}

}  // namespace
}  // namespace gait
