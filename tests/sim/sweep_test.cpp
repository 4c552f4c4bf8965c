// --vary ranges (values robust to floating error, one-line errors) and the thread pool's ordering.
#include "sim/sweep.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <stdexcept>

#include "input_error.h"

namespace gait {
namespace {

std::string error_of(const std::string& text) {
  try {
    parse_sweep_range(text);
  } catch (const InputError& e) {
    return e.what();
  }
  FAIL("no InputError for --vary " << text);
  return "";
}

}  // namespace

TEST_CASE("sweep values: FROM + i * STEP, exact decimals, both directions", "[unit]") {
  const SweepRange down = parse_sweep_range("left.superior_gluteal_nerve=1:0:0.1");
  CHECK(down.key == "left.superior_gluteal_nerve");
  CHECK(down.step == -0.1);  // a positive STEP is a size, taken toward TO
  CHECK(sweep_values(down) == std::vector<double>{1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0});
  // a negative STEP toward TO is the same sweep
  CHECK(sweep_values(parse_sweep_range("left.superior_gluteal_nerve=1:0:-0.1")) == sweep_values(down));
  CHECK(sweep_values(parse_sweep_range("gait.compensation=0:1:0.25")) ==
        std::vector<double>{0, 0.25, 0.5, 0.75, 1});
  // 0.1 + 0.2 is not 0.3 in floating point; the values are still the decimals written
  CHECK(sweep_values(parse_sweep_range("gait.compensation=0.1:0.7:0.2")) ==
        std::vector<double>{0.1, 0.3, 0.5, 0.7});
  // TO need not be reached: the last value is the last one not past it
  CHECK(sweep_values(parse_sweep_range("gait.compensation=0:1:0.3")) ==
        std::vector<double>{0, 0.3, 0.6, 0.9});
  CHECK(sweep_values(parse_sweep_range("body.mass_kg=60:90:15")) == std::vector<double>{60, 75, 90});
  CHECK(sweep_values(parse_sweep_range("gait.speed_m_s=1.2:1.2:0.1")) == std::vector<double>{1.2});
  CHECK(sweep_values(parse_sweep_range("gait.compensation=0:0.003:1e-3")) ==
        std::vector<double>{0, 0.001, 0.002, 0.003});
  CHECK(sweep_values(parse_sweep_range("gait.compensation=0:1:0.01")).size() == 101);
}

TEST_CASE("sweep ranges: bad --vary text gives one line naming the flag", "[unit]") {
  CHECK(error_of("left.superior_gluteal_nerve=1:0:0") ==
        "--vary left.superior_gluteal_nerve=1:0:0: STEP must not be zero");
  CHECK(error_of("gait.compensation=0:1:-0.1") ==
        "--vary gait.compensation=0:1:-0.1: STEP -0.1 goes away from TO (1); to go from 0 up to 1 use STEP "
        "0.1");
  CHECK(
      error_of("left.gluteus_medius=1.5:0:0.1") ==
      "--vary left.gluteus_medius=1.5:0:0.1: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5 (FROM)");
  CHECK(error_of("left.gluteus_medius=1:-1:0.1") ==
        "--vary left.gluteus_medius=1:-1:0.1: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got -1 (TO)");
  CHECK_THAT(
      error_of("left.gluteus_maximus=1:0:0.1"),
      Catch::StartsWith("--vary left.gluteus_maximus=1:0:0.1: left.gluteus_maximus: unknown key; --vary "
                        "takes a number key: duration_s, body.mass_kg,"));
  CHECK_THAT(error_of("mode=0:1:1"), Catch::StartsWith("--vary mode=0:1:1: mode: not a number key"));
  const std::string syntax = ": expected KEY=FROM:TO:STEP, e.g. left.superior_gluteal_nerve=1:0:0.1";
  CHECK(error_of("left.gluteus_medius") == "--vary left.gluteus_medius" + syntax);
  CHECK(error_of("left.gluteus_medius=1:0") == "--vary left.gluteus_medius=1:0" + syntax);
  CHECK(error_of("left.gluteus_medius=1:0:0.1:5") == "--vary left.gluteus_medius=1:0:0.1:5" + syntax);
  CHECK(error_of("=1:0:0.1") == "--vary =1:0:0.1" + syntax);
  CHECK(error_of("left.gluteus_medius=1:zero:0.1") ==
        "--vary left.gluteus_medius=1:zero:0.1: TO \"zero\" is not a number");
  CHECK(error_of("left.gluteus_medius=1:0:") == "--vary left.gluteus_medius=1:0:: STEP \"\" is not a number");
  CHECK_THAT(error_of("gait.compensation=0:1:1e-9"),
             Catch::StartsWith("--vary gait.compensation=0:1:1e-9: gives 100000000") &&
                 Catch::EndsWith(" values; a sweep takes at most 1000"));
}

TEST_CASE("parallel runs: every spec once, results by index, exceptions passed on", "[unit]") {
  std::vector<ScenarioSpec> specs(5);
  for (std::size_t i = 0; i < specs.size(); ++i) specs[i].duration_s = 0.01 * static_cast<double>(i + 1);
  for (const int jobs : {1, 2, 8}) {
    INFO(jobs << " jobs");
    std::vector<int> seen(specs.size(), 0);
    std::vector<double> simulated(specs.size(), -1);
    run_scenarios_parallel(specs, jobs, [&](std::size_t i, RunResult&& r) {
      ++seen[i];
      simulated[i] = r.simulated_s;
      return true;
    });
    CHECK(seen == std::vector<int>(specs.size(), 1));
    for (std::size_t i = 0; i < specs.size(); ++i) CHECK(simulated[i] == Approx(specs[i].duration_s));
  }
  // stop: after the consumer says so, no further run starts (one thread: exactly one run)
  int runs = 0;
  run_scenarios_parallel(specs, 1, [&](std::size_t, RunResult&&) { return ++runs < 1; });
  CHECK(runs == 1);
  // an exception in a worker reaches the caller
  CHECK_THROWS_AS(run_scenarios_parallel(specs, 2,
                                         [](std::size_t i, RunResult&&) -> bool {
                                           if (i == 2) throw std::runtime_error("boom");
                                           return true;
                                         }),
                  std::runtime_error);
}

}  // namespace gait
