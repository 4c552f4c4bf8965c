// gaitsim run --adults: the healthy-adult check on stdout, with or without the summary table or --json.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gaitsim_process.h"

namespace gait::test {
namespace {

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";

TEST_CASE("gaitsim run --adults prints the healthy-adult check naming the JSON's class", "[cli]") {
  TempDir dir("run_adults");
  const Outcome o = run_gaitsim("run " + kNormal + " --duration 10 --adults --json out.json", dir);
  CHECK(o.exit_code == 0);
  const nlohmann::json j = nlohmann::json::parse(read_file(dir.path / "out.json"));
  REQUIRE(j.at("norm_class").is_string());
  // with --json only the check is printed, its heading first
  CHECK(o.out.rfind("Healthy-adult check", 0) == 0);
  CHECK(o.out.find("adults: class " + j.at("norm_class").get<std::string>() + " ") != std::string::npos);
  CHECK(o.out.find("Correlation: hip flexion") != std::string::npos);
  CHECK(o.out.find("Knee loading-response peak") != std::string::npos);
  CHECK(o.out.find("Scenario") == std::string::npos);  // no summary table

  // without --json: the summary table, then the check
  const Outcome table = run_gaitsim("run " + kNormal + " --duration 10 --adults", dir);
  CHECK(table.exit_code == 0);
  const std::size_t summary = table.out.find("Against healthy adults");
  const std::size_t check = table.out.find("Healthy-adult check");
  REQUIRE(summary != std::string::npos);
  REQUIRE(check != std::string::npos);
  CHECK(summary < check);

  // the stance test has no gait cycles: no check
  const Outcome stance = run_gaitsim("run " + kNormal + " --duration 2 --set mode=stance-test --adults --quiet", dir);
  CHECK(stance.exit_code == 0);
  CHECK(stance.out.empty());
}

}  // namespace
}  // namespace gait::test
