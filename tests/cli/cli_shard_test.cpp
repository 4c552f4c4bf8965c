// gaitsim sweep with two --vary (a grid) and --shard I/N, and gaitsim merge: the merged shards are the
// unsharded run's CSV and JSON byte for byte; bad shard specs are one line, exit 2, no file.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gaitsim_process.h"

using namespace gait::test;

namespace {

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";

/// The 2-key grid, coarser and short so the suite stays fast: nerve 1, 0.5, 0 x speed 0.8, 1.6,
/// 3 s each (6 cells).
const std::string kGrid = "sweep " + kNormal +
                          " --vary left.superior_gluteal_nerve=1:0:0.5 --vary gait.speed_m_s=0.8:1.6:0.8"
                          " --duration 3";

}  // namespace

TEST_CASE("gaitsim sweep grid in 3 shards merges to the unsharded CSV and JSON byte for byte", "[cli]") {
  TempDir dir("sweep_shards");
  const Outcome whole = run_gaitsim(kGrid + " --csv whole.csv --json whole.json", dir);
  REQUIRE(whole.exit_code == 0);
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    const Outcome part = run_gaitsim(kGrid + " --shard " + n + "/3 --csv part" + n + ".csv --json part" + n +
                                         ".json --jobs 1",
                                     dir);
    REQUIRE(part.exit_code == 0);
  }
  // any order of the files
  const Outcome csv = run_gaitsim("merge part3.csv part1.csv part2.csv -o merged.csv", dir);
  const Outcome json = run_gaitsim("merge part2.json part3.json part1.json -o merged.json", dir);
  CHECK(csv.exit_code == 0);
  CHECK(json.exit_code == 0);
  CHECK(csv.err_lines.empty());
  const std::string whole_csv = read_file(dir.path / "whole.csv");
  const std::string whole_json = read_file(dir.path / "whole.json");
  CHECK(read_file(dir.path / "merged.csv") == whole_csv);
  CHECK(read_file(dir.path / "merged.json") == whole_json);

  // the grid's layout: a column per key, the last key fastest
  CHECK_THAT(whole_csv, Catch::StartsWith("left.superior_gluteal_nerve,gait.speed_m_s,fell,stalled,"));
  CHECK(std::count(whole_csv.begin(), whole_csv.end(), '\n') == 7);
  CHECK_THAT(whole_csv, Catch::Contains("\n1,0.8,") && Catch::Contains("\n1,1.6,") &&
                            Catch::Contains("\n0.5,0.8,") && Catch::Contains("\n0,1.6,"));
  const nlohmann::json j = nlohmann::json::parse(whole_json);
  CHECK(j.at("vary") == nlohmann::json({"left.superior_gluteal_nerve", "gait.speed_m_s"}));
  REQUIRE(j.at("rows").size() == 6);
  // each row's summary ran at its own values
  for (const auto& row : j.at("rows")) {
    const auto& inputs = row.at("summary").at("inputs");
    CHECK(inputs.at("left").at("superior_gluteal_nerve") == row.at("values")[0]);
    CHECK(inputs.at("gait").at("speed_m_s") == row.at("values")[1]);
  }
  // a shard's part: 2 of the 6 cells, after its shard line
  const std::string part2 = read_file(dir.path / "part2.csv");
  CHECK_THAT(part2, Catch::StartsWith("# gaitsim sweep shard 2/3 cells 2:4 of 6 grid "));
  CHECK(std::count(part2.begin(), part2.end(), '\n') == 4);

  // a shard of another sweep (another body mass) does not merge
  REQUIRE(run_gaitsim(kGrid + " --set body.mass_kg=70 --shard 2/3 --csv other2.csv", dir).exit_code == 0);
  const Outcome foreign = run_gaitsim("merge part1.csv other2.csv part3.csv -o bad.csv", dir);
  check_one_line_error(foreign, "other2.csv: a shard of another sweep than part1.csv*");
  const Outcome missing = run_gaitsim("merge part1.json part3.json -o bad.json", dir);
  check_one_line_error(missing, "shard 2/3 is missing (the merge needs all 3)");
  const Outcome mixed = run_gaitsim("merge part1.json part2.csv part3.json -o bad.json", dir);
  check_one_line_error(mixed, "part2.csv: is not JSON but part1.json is; merge the CSV and the JSON apart");
  const Outcome over_input = run_gaitsim("merge part1.csv part2.csv part3.csv -o part1.csv", dir);
  CHECK(over_input.exit_code == 2);
  for (const char* f : {"bad.csv", "bad.json"}) CHECK_FALSE(dir.has(f));
}

TEST_CASE("gaitsim sweep with a bad --shard: one line and exit 2 and no output", "[cli]") {
  TempDir dir("sweep_bad_shard");
  const std::string sweep = "sweep " + kNormal + " --vary left.superior_gluteal_nerve=1:0:0.5 --duration 3";
  struct Case {
    std::string shard, error;
  };
  for (const Case& c : std::vector<Case>{{"3/2", "--shard 3/2: I must be 1 to N (2), got 3"},
                                         {"0/4", "--shard 0/4: I must be 1 to N (4), got 0"},
                                         {"a/b", "--shard a/b: expected I/N*"}}) {
    INFO("--shard " << c.shard);
    const Outcome o = run_gaitsim(sweep + " --shard " + c.shard + " --csv out.csv --json out.json", dir);
    check_one_line_error(o, c.error);
    for (const char* f : {"out.csv", "out.json"}) CHECK_FALSE(dir.has(f));
  }
  check_one_line_error(run_gaitsim(sweep + " --vary left.superior_gluteal_nerve=0:1:1", dir),
                       "--vary left.superior_gluteal_nerve=0:1:1: left.superior_gluteal_nerve: the key is "
                       "already varied; give each key once");
}
