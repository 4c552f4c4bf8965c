// gaitsim run --mot: the OpenSim motion file read back by a parser written from OpenSim's format
// description ("Motion (.mot) Files": name line, key=value lines, endheader, tab-separated labels,
// rows), checked against the run's own --csv time series.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <sstream>

#include "gaitsim_process.h"

using namespace gait::test;

namespace {

struct Motion {
  std::string name;
  std::map<std::string, std::string> header;  ///< key=value lines before endheader
  std::vector<std::string> labels;
  std::vector<std::vector<double>> rows;
  std::size_t column(const std::string& label) const {
    const auto it = std::find(labels.begin(), labels.end(), label);
    REQUIRE(it != labels.end());
    return static_cast<std::size_t>(it - labels.begin());
  }
};

Motion parse_mot(const std::string& text) {
  Motion m;
  std::istringstream in(text);
  std::string line;
  std::getline(in, m.name);
  bool ended = false;
  while (std::getline(in, line)) {
    if (line == "endheader") {
      ended = true;
      break;
    }
    const auto eq = line.find('=');
    if (eq != std::string::npos) m.header[line.substr(0, eq)] = line.substr(eq + 1);
  }
  REQUIRE(ended);
  REQUIRE(std::getline(in, line));
  std::istringstream labels(line);
  for (std::string l; std::getline(labels, l, '\t');) m.labels.push_back(l);
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::vector<double> values;
    for (double v; row >> v;) values.push_back(v);
    m.rows.push_back(values);
  }
  return m;
}

/// The time series CSV as columns by name.
std::map<std::string, std::vector<double>> parse_csv(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);
  std::vector<std::string> names;
  std::istringstream header(line);
  for (std::string n; std::getline(header, n, ',');) names.push_back(n);
  std::map<std::string, std::vector<double>> cols;
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::size_t i = 0;
    for (std::string cell; std::getline(row, cell, ','); ++i) cols[names.at(i)].push_back(std::stod(cell));
  }
  return cols;
}

}  // namespace

TEST_CASE("gaitsim run --mot: gait2392 header and columns and a left palsy's positive pelvis_list", "[cli]") {
  TempDir dir("run_mot");
  const double duration_s = 6;
  const Outcome o = run_gaitsim(std::string("run ") + GAITSIM_SCENARIO_DIR +
                                    "/left_sgn_palsy.toml --duration 6 --mot walk.mot --csv walk.csv --quiet",
                                dir);
  REQUIRE(o.exit_code == 0);
  const Motion m = parse_mot(read_file(dir.path / "walk.mot"));
  CHECK_THAT(m.name, Catch::StartsWith("gaitsim "));
  CHECK(m.header.at("version") == "1");
  CHECK(m.header.at("inDegrees") == "yes");
  // 100 Hz from t = 0 to the end, both included
  const std::size_t rows = static_cast<std::size_t>(std::lround(duration_s * 100)) + 1;
  CHECK(std::stoul(m.header.at("nRows")) == rows);
  CHECK(m.rows.size() == rows);
  const std::vector<std::string> labels = {
      "time",           "pelvis_tilt",     "pelvis_list",      "pelvis_rotation", "pelvis_tx",
      "pelvis_ty",      "pelvis_tz",       "hip_flexion_r",    "hip_adduction_r", "hip_rotation_r",
      "knee_angle_r",   "ankle_angle_r",   "subtalar_angle_r", "hip_flexion_l",   "hip_adduction_l",
      "hip_rotation_l", "knee_angle_l",    "ankle_angle_l",    "subtalar_angle_l", "lumbar_extension",
      "lumbar_bending", "lumbar_rotation"};
  CHECK(m.labels == labels);
  CHECK(std::stoul(m.header.at("nColumns")) == labels.size());
  for (const auto& row : m.rows) REQUIRE(row.size() == labels.size());
  CHECK(m.rows.front()[0] == 0.0);
  CHECK(m.rows.back()[0] == Approx(duration_s));

  // against the run's own time series, row by row (same 100 Hz Frames)
  const auto csv = parse_csv(read_file(dir.path / "walk.csv"));
  REQUIRE(csv.at("time_s").size() == rows);
  const std::size_t list = m.column("pelvis_list"), knee_l = m.column("knee_angle_l");
  const std::size_t hip_add_r = m.column("hip_adduction_r");
  double list_sum = 0, obliquity_sum = 0;
  int single_stance = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    INFO("t = " << m.rows[i][0] << " s");
    // gait2392 flexes its knee negative
    CHECK(m.rows[i][knee_l] == Approx(-csv.at("left_knee_flexion_deg")[i]).margin(2e-3));
    CHECK(m.rows[i][hip_add_r] == Approx(csv.at("right_hip_adduction_deg")[i]).margin(2e-3));
    // the list is the obliquity for small angles (the Z-X-Y sequence vs the hip line)
    CHECK(m.rows[i][list] == Approx(csv.at("pelvic_obliquity_deg")[i]).margin(1.0));
    if (m.rows[i][0] >= 2 && csv.at("left_contact")[i] == 1 && csv.at("right_contact")[i] == 0) {
      list_sum += m.rows[i][list];
      obliquity_sum += csv.at("pelvic_obliquity_deg")[i];
      ++single_stance;
    }
  }
  REQUIRE(single_stance > 20);
  INFO("mean pelvis_list in left single stance " << list_sum / single_stance << " deg, obliquity "
                                                 << obliquity_sum / single_stance << " deg");
  // the right (swing) side drops: the left side is higher, positive in gaitsim and in gait2392
  CHECK(obliquity_sum > 0);
  CHECK(list_sum > 0);
}

TEST_CASE("gaitsim run --mot into a missing folder: one line and exit 2", "[cli]") {
  TempDir dir("run_mot_bad");
  const Outcome o = run_gaitsim(std::string("run ") + GAITSIM_SCENARIO_DIR +
                                    "/normal.toml --duration 2 --mot no/such/walk.mot",
                                dir);
  check_one_line_error(o, "no/such/walk.mot: cannot write file: No such file or directory");
}
