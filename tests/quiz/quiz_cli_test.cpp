// gaitsim quiz: numbered MP4 clips, byte-identical sheet and key for the same seed, every key's sign
// per side equal to what `gaitsim run` measures for that case, and one-line errors.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../cli/gaitsim_process.h"
#include "../record/clip_probe.h"

using namespace gait::test;

namespace {

/// Short, small clips: the suite stays fast (5 s is enough for the walker's first analysed cycles).
const std::string kQuiz = "quiz --cases 3 --duration 5 --size 160x90 --fps 10 --quiet";

}  // namespace

TEST_CASE("gaitsim quiz: clips and a key that agrees with each case's own run", "[record][quiz]") {
  TempDir dir("quiz");
  REQUIRE(run_gaitsim(kQuiz + " --seed 7 -o one", dir).exit_code == 0);
  REQUIRE(run_gaitsim(kQuiz + " --seed 7 -o two", dir).exit_code == 0);
  for (const char* f : {"answer_key.json", "answer_key.md", "answer_sheet.txt"}) {
    INFO(f);
    REQUIRE(dir.has(std::string("one/") + f));
    CHECK(read_file(dir.path / "one" / f) == read_file(dir.path / "two" / f));
  }
  for (const char* clip : {"case01.mp4", "case02.mp4", "case03.mp4"}) {
    const ClipInfo info = probe(dir.path / "one" / clip);
    CHECK(info.codec == "h264");
    CHECK(info.width == 160);
    CHECK(info.packets == 50);  // 5 s at 10 fps
  }
  CHECK_FALSE(dir.has("one/case04.mp4"));
  const std::string sheet = read_file(dir.path / "one/answer_sheet.txt");
  CHECK_THAT(sheet, Catch::Contains("Case 3 (case03.mp4)"));

  const nlohmann::json key = nlohmann::json::parse(read_file(dir.path / "one/answer_key.json"));
  REQUIRE(key.at("cases").size() == 3);
  for (const auto& c : key.at("cases")) {
    INFO("case " << c.at("number") << " " << c.at("case"));
    std::string args = "run " + std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml --duration 5 --quiet --json run.json";
    for (const auto& s : c.at("set")) args += " --set " + s.get<std::string>();
    REQUIRE(run_gaitsim(args, dir).exit_code == 0);
    const nlohmann::json run = nlohmann::json::parse(read_file(dir.path / "run.json"));
    for (const char* side : {"left", "right"}) {
      CHECK(c.at("sign").at(side) == run.at(side).at("trendelenburg"));
      CHECK(c.at("pelvic_drop_deg").at(side) == run.at(side).at("pelvic_drop_deg"));
    }
    // the key's weak side is where the case's overrides weaken
    const std::string weak = c.at("weak_side");
    for (const auto& s : c.at("set")) {
      const std::string text = s;
      if (text.starts_with("left.")) CHECK((weak == "left" || weak == "both"));
      if (text.starts_with("right.")) CHECK((weak == "right" || weak == "both"));
    }
  }
}

TEST_CASE("gaitsim quiz on bad input: one line and exit 2 and no folder", "[cli]") {
  TempDir dir("quiz_bad");
  check_one_line_error(run_gaitsim("quiz --cases 0 -o q", dir), "--cases 0: expected 1 to 99 cases");
  check_one_line_error(run_gaitsim("quiz --cases 2 --bank missing.toml -o q", dir),
                       "missing.toml: cannot open file: No such file or directory");
  check_one_line_error(run_gaitsim("quiz --cases 2 --size 100x7 -o q", dir),
                       "--size 100x7: expected even WIDTHxHEIGHT*");
  CHECK_FALSE(dir.has("q"));
}
