// gaitsim sweep: JSON rows in value order, the CSV of key figures, byte-identical outputs on one and
// two threads, and one-line errors with exit code 2 on bad input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gaitsim_process.h"

using namespace gait::test;

namespace {

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";

/// Three short runs of the left nerve at 1, 0.5 and 0 (3 s each: the suite stays fast).
const std::string kShortSweep =
    "sweep " + kNormal + " --vary left.superior_gluteal_nerve=1:0:0.5 --duration 3";

}  // namespace

TEST_CASE("gaitsim sweep: JSON and CSV rows in value order, identical on 1 and 2 threads", "[cli]") {
  TempDir dir("sweep_outputs");
  const Outcome one = run_gaitsim(kShortSweep + " --jobs 1 --json one.json --csv one.csv", dir);
  const Outcome two = run_gaitsim(kShortSweep + " --jobs 2 --json two.json --csv two.csv", dir);
  for (const Outcome* o : {&one, &two}) {
    CHECK(o->exit_code == 0);
    CHECK(o->err_lines.empty());  // no progress line: stderr is not a terminal
    CHECK(o->out.empty());        // with outputs, no table
  }
  REQUIRE(dir.has("one.json"));
  REQUIRE(dir.has("two.json"));
  // each run has its own Bullet world: threads change nothing, bit for bit
  CHECK(read_file(dir.path / "one.json") == read_file(dir.path / "two.json"));
  CHECK(read_file(dir.path / "one.csv") == read_file(dir.path / "two.csv"));

  const nlohmann::json j = nlohmann::json::parse(read_file(dir.path / "two.json"));
  CHECK(j.at("vary") == "left.superior_gluteal_nerve");
  const auto& rows = j.at("rows");
  REQUIRE(rows.size() == 3);
  const double values[] = {1.0, 0.5, 0.0};
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(rows[i].at("value").get<double>() == values[i]);
    const auto& summary = rows[i].at("summary");
    CHECK(summary.at("inputs").at("left").at("superior_gluteal_nerve").get<double>() == values[i]);
    CHECK(summary.at("inputs").at("duration_s").get<double>() == 3.0);
    CHECK(summary.contains("steps"));
  }

  const std::string csv = read_file(dir.path / "two.csv");
  CHECK_THAT(csv,
             Catch::StartsWith("value,fell,stalled,speed_m_s,cadence_steps_min,stride_length_m,step_width_m,"
                               "left_pelvic_drop_deg,left_trunk_lean_deg,left_hip_adduction_peak_deg,"
                               "left_hip_abductor_moment_peak_Nm_kg,left_abductor_activation_peak,"
                               "left_hip_contact_force_peak_bw,left_trendelenburg,right_pelvic_drop_deg,"));
  CHECK_THAT(csv, Catch::Contains(",right_hip_contact_force_peak_bw,right_trendelenburg\n1,"));
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 4);  // header and three rows
  CHECK_THAT(csv, Catch::Contains("\n0.5,") && Catch::Contains("\n0,"));
  for (const auto& entry : std::filesystem::directory_iterator(dir.path))
    CHECK(entry.path().extension() != ".tmp");
}

TEST_CASE("gaitsim sweep without outputs prints a table", "[cli]") {
  TempDir dir("sweep_table");
  const Outcome o = run_gaitsim("sweep " + kNormal + " --vary gait.compensation=0:1:1 --duration 1", dir);
  CHECK(o.exit_code == 0);
  CHECK(o.err_lines.empty());
  CHECK_THAT(o.out, Catch::StartsWith("Sweep of gait.compensation\n"));
  CHECK(run_gaitsim("sweep " + kNormal + " --vary gait.compensation=0:1:1 --duration 1 --quiet", dir)
            .out.empty());
}

TEST_CASE("gaitsim sweep on bad input: exit 2, one line on stderr, no output file", "[cli]") {
  TempDir dir("sweep_bad");
  const std::string vary = " --vary left.superior_gluteal_nerve=1:0:0.1";
  struct Case {
    std::string args;
    std::string error;  ///< the stderr line after "gaitsim: ", or its start when it ends with '*'
  };
  const std::vector<Case> cases = {
      {kNormal + " --vary left.superior_gluteal_nerve=1:0:0",
       "--vary left.superior_gluteal_nerve=1:0:0: STEP must not be zero"},
      {kNormal + " --vary gait.compensation=0:1:-0.5",
       "--vary gait.compensation=0:1:-0.5: STEP -0.5 goes away*"},
      {kNormal + " --vary left.gluteus_medius=1.5:0:0.5",
       "--vary left.gluteus_medius=1.5:0:0.5: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5 "
       "(FROM)"},
      {kNormal + " --vary left.gluteus_maximus=1:0:0.5",
       "--vary left.gluteus_maximus=1:0:0.5: left.gluteus_maximus: unknown key*"},
      {kNormal + " --vary mode=0:1:1", "--vary mode=0:1:1: mode: not a number key*"},
      {kNormal + " --vary left.gluteus_medius", "--vary left.gluteus_medius: expected KEY=FROM:TO:STEP*"},
      {kNormal + vary + " --set left.gluteus_medius=1.5",
       "--set left.gluteus_medius=1.5: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5"},
      {kNormal + vary + " --set left.gluteus_maximus=0.5",
       "--set left.gluteus_maximus=0.5: left.gluteus_maximus: unknown key in [left]*"},
      {kNormal + vary + " --change 40:left.superior_gluteal_nerve=0",
       "--change 40:left.superior_gluteal_nerve=0: time 40 s is past the end of the run (30 s)"},
      {kNormal + vary + " --duration 5 --change 6:gait.compensation=1",
       "--change 6:gait.compensation=1: time 6 s is past the end of the run (5 s)"},
      // a varied duration shorter than a --change time
      {kNormal + " --vary duration_s=20:5:5 --change 10:gait.compensation=1",
       "--change 10:gait.compensation=1: time 10 s is past the end of the run (5 s)"},
      {kNormal + " --vary duration_s=20:5:5 --duration 10",
       "--vary duration_s=20:5:5: --duration would override*"},
      {kNormal + vary + " --set left.superior_gluteal_nerve=0.5",
       "--vary left.superior_gluteal_nerve=1:0:0.1: --set left.superior_gluteal_nerve=0.5 sets the key*"},
      {kNormal + vary + " --jobs 0", "--jobs: Value 0 not in range 1 to 64"},
      {kNormal, "--vary is required"},
      {"missing.toml" + vary, "missing.toml: cannot open file: No such file or directory"},
  };
  for (const Case& c : cases) {
    INFO("gaitsim sweep " << c.args);
    const Outcome o = run_gaitsim("sweep " + c.args + " --json out.json --csv out.csv", dir);
    check_one_line_error(o, c.error);
    for (const char* f : {"out.json", "out.json.tmp", "out.csv", "out.csv.tmp"}) CHECK_FALSE(dir.has(f));
  }
  const Outcome same = run_gaitsim("sweep " + kNormal + vary + " --json out.json --csv out.json", dir);
  CHECK(same.exit_code == 2);
  REQUIRE(same.err_lines.size() == 1);
  CHECK(same.err_lines[0] == "gaitsim: out.json: --csv names the same file as --json");
}
