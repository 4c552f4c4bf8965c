// Determinism (DESIGN 2): the same scenario gives the same Frames, bit for bit, in one process and
// across two runs of the gaitsim binary (byte-identical --csv and --json files).
#include <sys/wait.h>
#include <unistd.h>

#include <bit>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "analysis/time_series_csv.h"
#include "scenario/parse_scenario.h"
#include "sim/run.h"

namespace {

namespace fs = std::filesystem;

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";

/// The state-defining numbers of a Frame as raw bits: time, pelvis and body centre of mass, every
/// segment's pose, and per side the joint angles, ground reaction, abductor figures and compartment
/// forces. The CSV prints 6 digits; these compare all 64 bits.
std::vector<std::uint64_t> frame_bits(const gait::Frame& f) {
  std::vector<std::uint64_t> b;
  const auto add = [&b](double v) { b.push_back(std::bit_cast<std::uint64_t>(v)); };
  const auto add3 = [&add](const gait::Vec3& v) {
    add(v.x);
    add(v.y);
    add(v.z);
  };
  add(f.time_s);
  b.push_back(static_cast<std::uint64_t>(f.step_index));
  add3(f.pelvis_position_m);
  add3(f.pelvis_velocity_m_s);
  add3(f.com_m);
  add3(f.com_velocity_m_s);
  add(f.pelvic_obliquity_rad);
  add(f.trunk_lean_rad);
  for (const gait::Pose& p : f.segment_pose) {
    add3(p.position_m);
    add(p.orientation.w);
    add(p.orientation.x);
    add(p.orientation.y);
    add(p.orientation.z);
  }
  for (gait::Side s : gait::kSides) {
    const gait::SideFrame& sf = f.side[s];
    for (double q : {sf.hip_flexion_rad, sf.hip_adduction_rad, sf.hip_rotation_rad, sf.knee_flexion_rad,
                     sf.ankle_dorsiflexion_rad, sf.ankle_inversion_rad})
      add(q);
    add3(sf.grf_N);
    add3(sf.cop_m);
    for (double a : {sf.abductor_demand_Nm, sf.abductor_capacity_Nm, sf.abductor_moment_Nm,
                     sf.abductor_activation, sf.passive_adduction_moment_Nm, sf.hip_contact_force_N})
      add(a);
    for (double force : sf.muscle_force_N) add(force);
  }
  b.push_back(f.fell ? 1 : 0);
  return b;
}

/// "" when equal, else the first differing line of two texts, for the failure message.
std::string first_difference(const std::string& a, const std::string& b) {
  if (a == b) return "";
  std::istringstream sa(a), sb(b);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(sa, la));
    const bool more_b = static_cast<bool>(std::getline(sb, lb));
    if (!more_a || !more_b || la != lb)
      return "line " + std::to_string(line) + ":\n  " + (more_a ? la : "<end>") + "\n  " +
             (more_b ? lb : "<end>");
  }
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("two runs of the same scenario give bit-identical Frames, CSV and JSON", "[determinism]") {
  gait::ScenarioSpec spec = gait::load_scenario(kNormal);
  spec.duration_s = 10.0;
  const gait::RunResult a = gait::run_scenario(spec);
  const gait::RunResult b = gait::run_scenario(spec);
  REQUIRE_FALSE(a.diverged);
  REQUIRE(a.frames.size() == b.frames.size());
  CHECK(a.fell == b.fell);
  CHECK(a.simulated_s == b.simulated_s);

  std::size_t differing = 0, first = 0;
  for (std::size_t i = 0; i < a.frames.size(); ++i)
    if (frame_bits(a.frames[i]) != frame_bits(b.frames[i]) && differing++ == 0) first = i;
  INFO(differing << " of " << a.frames.size() << " Frames differ, the first at t = "
                 << (differing ? a.frames[first].time_s : 0.0) << " s");
  CHECK(differing == 0);

  CHECK(first_difference(gait::time_series_csv(a.frames), gait::time_series_csv(b.frames)) == "");
  const std::string json_a = gait::summary_to_json(gait::summarize(spec, a)).dump(2);
  const std::string json_b = gait::summary_to_json(gait::summarize(spec, b)).dump(2);
  CHECK(first_difference(json_a, json_b) == "");
}

TEST_CASE("two runs of the gaitsim binary write byte-identical CSV and JSON", "[determinism]") {
  const fs::path dir = fs::temp_directory_path() / ("gaitsim_determinism_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* run : {"1", "2"}) {
    const std::string cmd = "cd '" + dir.string() + "' && '" + GAITSIM_EXE + "' run '" + kNormal +
                            "' --duration 5 --quiet --csv run" + run + ".csv --json run" + run + ".json";
    const int status = std::system(cmd.c_str());
    INFO(cmd);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
  }
  const std::string csv1 = read(dir / "run1.csv"), csv2 = read(dir / "run2.csv");
  const std::string json1 = read(dir / "run1.json"), json2 = read(dir / "run2.json");
  fs::remove_all(dir);
  CHECK_FALSE(csv1.empty());
  CHECK_FALSE(json1.empty());
  CHECK(first_difference(csv1, csv2) == "");
  CHECK(first_difference(json1, json2) == "");
}
