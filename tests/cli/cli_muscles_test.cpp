// gaitsim muscles: the DESIGN 8 JSON from the real binary, the body it is scaled to, the text table,
// and one-line errors with exit code 2 on bad input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gaitsim_process.h"

using namespace gait::test;

namespace {

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";

}  // namespace

TEST_CASE("gaitsim muscles --json: DESIGN 8 form at 0, 45 and 90 deg by default", "[cli]") {
  TempDir dir("muscles_json");
  const Outcome o = run_gaitsim("muscles --json m.json", dir);
  CHECK(o.exit_code == 0);
  CHECK(o.err_lines.empty());
  CHECK(o.out.empty());
  REQUIRE(dir.has("m.json"));
  CHECK_FALSE(dir.has("m.json.tmp"));
  const nlohmann::json j = nlohmann::json::parse(read_file(dir.path / "m.json"));
  CHECK(j.at("hip_flexion_deg") == nlohmann::json({0.0, 45.0, 90.0}));
  const auto& m = j.at("muscles");
  CHECK(m.size() == 7);
  for (const char* name : {"gluteus_medius_anterior", "gluteus_medius_middle", "gluteus_medius_posterior",
                           "gluteus_minimus_anterior", "gluteus_minimus_middle", "gluteus_minimus_posterior",
                           "tensor_fasciae_latae"}) {
    INFO(name);
    REQUIRE(m.contains(name));
    for (const char* key : {"flexion_mm", "abduction_mm", "internal_rotation_mm", "max_abduction_moment_Nm"})
      CHECK(m.at(name).at(key).size() == 3);
  }
  // default body 1.75 m: section 5's 47.8 mm (1.80 m) scaled by 1.75 / 1.80
  CHECK(m.at("gluteus_medius_anterior").at("abduction_mm")[0].get<double>() ==
        Approx(47.8 * 1.75 / 1.80).margin(0.1));
}

TEST_CASE("gaitsim muscles: the body from --scenario and --set and angles from --hip-flexion", "[cli]") {
  TempDir dir("muscles_body");
  // at gait2392's own height the figures are physiology.md section 5's
  const Outcome o = run_gaitsim("muscles --set body.height_m=1.8 --hip-flexion -30,20,90 --json m.json", dir);
  REQUIRE(o.exit_code == 0);
  const nlohmann::json j = nlohmann::json::parse(read_file(dir.path / "m.json"));
  CHECK(j.at("hip_flexion_deg") == nlohmann::json({-30.0, 20.0, 90.0}));
  const auto& gmed3 = j.at("muscles").at("gluteus_medius_posterior");
  CHECK(gmed3.at("internal_rotation_mm")[2].get<double>() == Approx(24.2).margin(0.1));
  CHECK(gmed3.at("abduction_mm")[2].get<double>() == Approx(18.4).margin(0.1));

  dir.write("tall.toml", "name = \"tall\"\n[body]\nheight_m = 2.0\n");
  const Outcome tall = run_gaitsim("muscles --scenario tall.toml --hip-flexion 0 --json t.json", dir);
  REQUIRE(tall.exit_code == 0);
  const nlohmann::json t = nlohmann::json::parse(read_file(dir.path / "t.json"));
  CHECK(t.at("muscles").at("gluteus_medius_anterior").at("abduction_mm")[0].get<double>() ==
        Approx(47.8 * 2.0 / 1.80).margin(0.1));

  // without --json: the table on stdout
  const Outcome table = run_gaitsim("muscles --scenario " + kNormal, dir);
  CHECK(table.exit_code == 0);
  CHECK(table.err_lines.empty());
  CHECK_THAT(table.out, Catch::Contains("tensor_fasciae_latae") && Catch::Contains("75 kg, 1.75 m"));
}

TEST_CASE("gaitsim muscles on bad input: exit 2, one line on stderr, no output file", "[cli]") {
  TempDir dir("muscles_bad");
  struct Case {
    std::string args;
    std::string error;  ///< the stderr line after "gaitsim: ", or its start when it ends with '*'
  };
  const std::vector<Case> cases = {
      {"--hip-flexion 0,abc",
       "--hip-flexion 0,abc: \"abc\" is not a number; expected degrees in -30..120 deg, separated by commas, "
       "e.g. 0,45,90"},
      {"--hip-flexion 0,,90", "--hip-flexion 0,,90: empty angle; *"},
      {"--hip-flexion 121", "--hip-flexion 121: 121 deg is outside -30..120 deg"},
      {"--hip-flexion=-45", "--hip-flexion -45: -45 deg is outside -30..120 deg"},
      {"--set left.gluteus_medius=1.5",
       "--set left.gluteus_medius=1.5: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5"},
      {"--set left.gluteus_maximus=0.5",
       "--set left.gluteus_maximus=0.5: left.gluteus_maximus: unknown key in [left]*"},
      {"--set body.height_m=3",
       "--set body.height_m=3: body.height_m: expected a number in 1.2..2.2 m, got 3"},
      {"--scenario missing.toml", "missing.toml: cannot open file: No such file or directory"},
      {"--bogus", "The following argument was not expected: --bogus"},
  };
  for (const Case& c : cases) {
    INFO("gaitsim muscles " << c.args);
    const Outcome o = run_gaitsim("muscles " + c.args + " --json out.json", dir);
    check_one_line_error(o, c.error);
    CHECK_FALSE(dir.has("out.json"));
    CHECK_FALSE(dir.has("out.json.tmp"));
  }
  const Outcome unwritable = run_gaitsim("muscles --json no/such/dir/m.json", dir);
  CHECK(unwritable.exit_code == 2);
  REQUIRE(unwritable.err_lines.size() == 1);
  CHECK(unwritable.err_lines[0] ==
        "gaitsim: no/such/dir/m.json: cannot write file: No such file or directory");
}
