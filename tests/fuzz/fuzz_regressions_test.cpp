// The fuzz target's inputs replayed in the normal suite (and in `make sanitize`): every input the
// fuzzer found a crash with (tests/fuzz/regressions/) must now give one-line errors, and the seeds
// (tests/fuzz/seeds/, scenarios/) must parse cleanly, all with the parser's promises checked.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz_input.h"

namespace {

namespace fs = std::filesystem;

std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

const fs::path kFuzzDir = fs::path(GAITSIM_SOURCE_DIR) / "tests" / "fuzz";

}  // namespace

TEST_CASE("fuzz regressions: each input once found a crash and now gives one-line errors", "[unit]") {
  const std::vector<fs::path> files = files_in(kFuzzDir / "regressions");
  REQUIRE(files.size() >= 5);
  for (const fs::path& f : files) {
    INFO(f.filename().string());
    const std::string errors = gait::fuzz::parse_fuzz_input(bytes_of(f));
    CHECK_THAT(errors, Catch::StartsWith("fuzz.toml:"));
  }
}

TEST_CASE("fuzz seeds: the seeds and the scenario library parse without an error", "[unit]") {
  std::vector<fs::path> files = files_in(kFuzzDir / "seeds");
  REQUIRE(files.size() >= 2);
  for (const fs::path& f : files_in(GAITSIM_SCENARIO_DIR))
    if (f.extension() == ".toml") files.push_back(f);
  for (const fs::path& f : files) {
    INFO(f.filename().string());
    CHECK(gait::fuzz::parse_fuzz_input(bytes_of(f)) == "");
  }
}
