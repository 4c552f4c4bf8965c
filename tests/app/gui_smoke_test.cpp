// The app under a display (Xvfb in CI, `.ci/run`): it walks a scenario for a fixed number of frames,
// takes a nerve palsy through the sliders' own input path, and leaves a screenshot that is not blank
// while its pelvic-drop read-out has changed. Hidden ([.gui]): run it by tag.
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <map>
#include <set>
#include <sstream>

#include "../cli/gaitsim_process.h"

using namespace gait::test;

namespace {

/// The key=value pairs of the first line of `out` that starts with `prefix`.
std::map<std::string, std::string> line_values(const std::string& out, const std::string& prefix) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) != 0) continue;
    std::map<std::string, std::string> kv;
    std::istringstream words(line);
    for (std::string w; words >> w;)
      if (const auto eq = w.find('='); eq != std::string::npos) kv[w.substr(0, eq)] = w.substr(eq + 1);
    return kv;
  }
  return {};
}

/// The key=value pairs of the "readouts frame=N ..." line printed at `frame`.
std::map<std::string, std::string> readouts_at(const std::string& out, int frame) {
  return line_values(out, "readouts frame=" + std::to_string(frame) + " ");
}

}  // namespace

TEST_CASE("the app walks, takes a slider change and leaves a screenshot", "[.gui]") {
  TempDir dir("gui_smoke");
  const std::string scenario = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";
  // 8 s of simulated time at 50 frames per simulated second; the palsy at frame 150 (3 s)
  const Outcome o = run_gaitsim("'" + scenario +
                                    "' --frames 400 --frame-dt 0.02 --test-set left.superior_gluteal_nerve=0@150 "
                                    "--print-readouts --screenshot shot.png",
                                dir);
  INFO(o.out);
  for (const std::string& line : o.err_lines) INFO(line);
  REQUIRE(o.exit_code == 0);

  const auto before = readouts_at(o.out, 150), after = readouts_at(o.out, 400);
  REQUIRE(before.count("left.pelvic_drop_deg"));
  REQUIRE(after.count("left.pelvic_drop_deg"));
  REQUIRE(before.at("left.pelvic_drop_deg") != "none");
  REQUIRE(after.at("left.pelvic_drop_deg") != "none");
  const double drop_before = std::stod(before.at("left.pelvic_drop_deg"));
  const double drop_after = std::stod(after.at("left.pelvic_drop_deg"));
  // the left abductors lost their nerve: the right side sinks further in left stance
  CHECK(drop_after > drop_before + 1.0);
  // a palsy switched on early in a walk (a user's first click) must not topple the walker
  REQUIRE(after.count("fell"));
  CHECK(after.at("fell") == "0");
  // the timed run's frame times: mean, 95th percentile and longest (docs/metrics.md)
  const auto timing = line_values(o.out, "frames=");
  REQUIRE(timing.count("mean_frame_ms"));
  REQUIRE(timing.count("p95_frame_ms"));
  REQUIRE(timing.count("max_frame_ms"));
  CHECK(std::stod(timing.at("p95_frame_ms")) > 0);
  CHECK(std::stod(timing.at("max_frame_ms")) >= std::stod(timing.at("p95_frame_ms")));

  // the screenshot: the window's size, and a picture rather than a blank
  int w = 0, h = 0, channels = 0;
  unsigned char* rgb = stbi_load((dir.path / "shot.png").c_str(), &w, &h, &channels, 3);
  REQUIRE(rgb != nullptr);
  CHECK(w == 1280);
  CHECK(h == 720);
  std::set<int> colours;
  double sum = 0, sum2 = 0;
  for (int i = 0; i < w * h; ++i) {
    const unsigned char* p = rgb + 3 * i;
    colours.insert(p[0] << 16 | p[1] << 8 | p[2]);
    const double y = 0.3 * p[0] + 0.59 * p[1] + 0.11 * p[2];
    sum += y;
    sum2 += y * y;
  }
  stbi_image_free(rgb);
  const double mean = sum / (w * h);
  CHECK(colours.size() > 500);                    // shading, text, plots
  CHECK(std::sqrt(sum2 / (w * h) - mean * mean) > 10);  // not one flat colour
  CHECK_FALSE(dir.has("shot.png.tmp"));
}

TEST_CASE("a bad scenario from the menu shows its one-line error and the app keeps running", "[.gui]") {
  TempDir dir("gui_bad_scenario");
  dir.write("bad.toml", "name = \"Too fast\"\n[gait]\nspeed_m_s = 9\n");
  const std::string scenario = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";
  const Outcome o = run_gaitsim("'" + scenario +
                                    "' --frames 30 --frame-dt 0.02 --test-load bad.toml@10 --print-readouts "
                                    "--screenshot shot.png",
                                dir);
  INFO(o.out);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out.find("app error: bad.toml:3: gait.speed_m_s: expected a number in 0.6..1.8 m/s") !=
        std::string::npos);
  // it walked on with the scenario it had: 30 frames of 0.02 s
  const auto end = readouts_at(o.out, 30);
  REQUIRE(end.count("t"));
  CHECK(std::stod(end.at("t")) == Approx(0.6).margin(1e-6));
  CHECK(dir.has("shot.png"));
}
