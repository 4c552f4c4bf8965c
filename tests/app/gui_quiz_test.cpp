// The app's Quiz mode under a display (Xvfb; hidden [.gui], run by tag): a round played through the
// Teach menu's and the Submit button's own request paths, the score printed, and screenshots of the
// question (no read-outs beside the view) and of the reveal (read-outs and the explanation back).
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <set>

#include "../cli/gaitsim_process.h"
#include "quiz/quiz_key.h"

using namespace gait::test;

namespace {

/// Distinct colours in a rectangle of a PNG: a flat sky has a handful, a panel of text many.
std::size_t colours_in(const std::filesystem::path& png, int x0, int y0, int x1, int y1) {
  int w = 0, h = 0, channels = 0;
  unsigned char* rgb = stbi_load(png.c_str(), &w, &h, &channels, 3);
  REQUIRE(rgb != nullptr);
  REQUIRE(w == 1280);
  REQUIRE(h == 720);
  std::set<int> colours;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      const unsigned char* p = rgb + 3 * (y * w + x);
      colours.insert(p[0] << 16 | p[1] << 8 | p[2]);
    }
  stbi_image_free(rgb);
  return colours.size();
}

}  // namespace

TEST_CASE("the app plays a quiz round: hidden case then answer then score and reveal", "[.gui]") {
  TempDir dir("gui_quiz");
  // the case seed 1 draws first, as the app will: the answer names its truth
  const gait::QuizBank bank = gait::load_quiz_bank(gait::default_quiz_bank_path());
  const gait::QuizCase truth = gait::draw_quiz(bank, 1, 1).front().truth;
  const std::string answer = std::string(gait::weak_side_name(truth.side)) + ",negative,negative," +
                             (truth.compensated ? "yes" : "no") + "," + std::string(gait::lesion_name(truth.lesion));
  // 8.7 s of simulated time at 50 frames per simulated second: the quiz starts at frame 5, the
  // question is photographed at 300, the answer given at 420 and the reveal photographed at 435
  const Outcome o = run_gaitsim("--frames 440 --frame-dt 0.02 --test-quiz 1@5 --test-screenshot question.png@300 "
                                "--test-quiz-answer " + answer + "@420 --test-screenshot reveal.png@435",
                                dir);
  INFO(o.out);
  for (const std::string& line : o.err_lines) INFO(line);
  REQUIRE(o.exit_code == 0);
  // the score: side, compensated and lesion named right (3 points); the signs as measured
  const std::string prefix = "quiz case=" + truth.name + " round=1 weak_side=" + std::string(gait::weak_side_name(truth.side));
  const auto at = o.out.find(prefix);
  REQUIRE(at != std::string::npos);
  const std::string line = o.out.substr(at, o.out.find('\n', at) - at);
  int points = 0, max_points = 0;
  REQUIRE(std::sscanf(line.substr(line.find("score=")).c_str(), "score=%d/%d", &points, &max_points) == 2);
  CHECK(points >= 3);
  CHECK(max_points == 5);  // both signs measured by 8.4 s
  REQUIRE(dir.has("question.png"));
  REQUIRE(dir.has("reveal.png"));
  // the right column: the 3D view's sky while the case is hidden, the read-outs after the reveal
  const std::size_t hidden = colours_in(dir.path / "question.png", 960, 60, 1270, 140);
  const std::size_t shown = colours_in(dir.path / "reveal.png", 960, 60, 1270, 140);
  CHECK(hidden < 10);
  CHECK(shown > 30);
}

TEST_CASE("the app's dose-response chart sweeps in the background and reports it ready", "[.gui]") {
  TempDir dir("gui_dose_chart");
  const std::string scenario = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";
  // 1500 frames of 0.02 s: the sweep (5 runs of 12 s on one thread) finishes well within them
  const Outcome o = run_gaitsim("'" + scenario + "' --frames 1500 --frame-dt 0.02 --test-dose-chart 5", dir);
  INFO(o.out);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out.find("app status: Dose-response chart of Normal walking ready") != std::string::npos);
}
