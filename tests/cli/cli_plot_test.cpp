// gaitsim sweep --plot: the chart's points are the CSV's numbers (read from the SVG's data), the PNG is
// a 1600 x 1000 picture, and a bad --plot is one line, exit 2 and no file.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>

#include "gaitsim_process.h"

using namespace gait::test;

namespace {

const std::string kSweep = "sweep " + std::string(GAITSIM_SCENARIO_DIR) +
                           "/normal.toml --vary left.superior_gluteal_nerve=1:0:0.5 --duration 5";

/// (series, x text) -> y text of every <circle class="point"> of the SVG.
std::map<std::pair<std::string, std::string>, std::string> svg_points(const std::string& svg) {
  std::map<std::pair<std::string, std::string>, std::string> points;
  const std::regex circle(R"re(<circle class="point"[^>]*data-series="([a-z]+)" data-x="([^"]*)" data-y="([^"]*)")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), circle), end; it != end; ++it)
    if ((*it)[1] != "legend") points[{(*it)[1], (*it)[2]}] = (*it)[3];
  return points;
}

/// Column `name` of a CSV, as text.
std::vector<std::string> csv_column(const std::string& csv, const std::string& name) {
  std::istringstream in(csv);
  std::string line, cell;
  std::getline(in, line);
  std::istringstream header(line);
  std::size_t index = 0, i = 0;
  bool found = false;
  for (; std::getline(header, cell, ','); ++i)
    if (cell == name) index = i, found = true;
  REQUIRE(found);
  std::vector<std::string> column;
  while (std::getline(in, line)) {
    std::istringstream row(line);
    for (i = 0; std::getline(row, cell, ','); ++i)
      if (i == index) column.push_back(cell);
  }
  return column;
}

}  // namespace

TEST_CASE("gaitsim sweep --plot: the chart's points are the CSV's values", "[cli]") {
  TempDir dir("sweep_plot");
  const Outcome svg = run_gaitsim(kSweep + " --plot dose.svg --csv dose.csv", dir);
  REQUIRE(svg.exit_code == 0);
  const std::string chart = read_file(dir.path / "dose.svg");
  const std::string csv = read_file(dir.path / "dose.csv");
  CHECK_THAT(chart, Catch::Contains("Pelvic drop in single stance against left.superior_gluteal_nerve"));
  CHECK_THAT(chart, Catch::Contains("Trendelenburg sign"));
  CHECK_THAT(chart, Catch::Contains("healthy 2"));
  const auto points = svg_points(chart);
  const std::vector<std::string> values = csv_column(csv, "value");
  REQUIRE(values.size() == 3);
  std::size_t compared = 0;
  for (const char* side : {"left", "right"}) {
    const std::vector<std::string> drops = csv_column(csv, std::string(side) + "_pelvic_drop_deg");
    for (std::size_t i = 0; i < values.size(); ++i) {
      INFO(side << " at " << values[i]);
      if (drops[i].empty()) {
        CHECK(points.count({side, values[i]}) == 0);  // no figure, no point
        continue;
      }
      REQUIRE(points.count({side, values[i]}) == 1);
      CHECK(points.at({side, values[i]}) == drops[i]);
      ++compared;
    }
  }
  CHECK(points.size() == compared);
  CHECK(compared >= 4);

#ifndef GAITSIM_HAS_RECORD  // GAITSIM_BUILD_GUI=OFF: no renderer, so the chart is SVG only
  check_one_line_error(run_gaitsim(kSweep + " --plot dose.png", dir),
                       "--plot dose.png: this build has no renderer (GAITSIM_BUILD_GUI=OFF); write the chart as .svg");
#else
  const Outcome png = run_gaitsim(kSweep + " --plot dose.png", dir);
  REQUIRE(png.exit_code == 0);
  const std::string bytes = read_file(dir.path / "dose.png");
  REQUIRE(bytes.size() > 24);
  CHECK(bytes.substr(1, 3) == "PNG");
  // IHDR: width and height, big-endian, at bytes 16..23
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(bytes[at]) << 24) | (static_cast<unsigned char>(bytes[at + 1]) << 16) |
           (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
  };
  CHECK(be32(16) == 1600);
  CHECK(be32(20) == 1000);
#endif
}

TEST_CASE("gaitsim sweep --plot on bad input: one line and exit 2 and no file", "[cli]") {
  TempDir dir("sweep_plot_bad");
  check_one_line_error(run_gaitsim(kSweep + " --plot dose.pdf", dir),
                       "--plot dose.pdf: unknown extension \".pdf\"; the chart is written as .png or .svg");
  check_one_line_error(run_gaitsim(kSweep + " --plot dose", dir),
                       "--plot dose: no extension; the chart is written as .png or .svg");
  check_one_line_error(run_gaitsim(kSweep + " --plot dose.svg --plot-figure speed_m_s", dir),
                       "--plot-figure speed_m_s: unknown figure; one of pelvic_drop_deg*");
  check_one_line_error(run_gaitsim(kSweep + " --vary gait.speed_m_s=1:1.2:0.2 --plot dose.svg", dir),
                       "--plot dose.svg: the chart draws one varied key; give one --vary (2 given)");
  check_one_line_error(run_gaitsim(kSweep + " --shard 1/2 --plot dose.svg", dir),
                       "--plot dose.svg: a shard holds part of the sweep*");
  for (const char* f : {"dose.pdf", "dose", "dose.svg"}) CHECK_FALSE(dir.has(f));
}
