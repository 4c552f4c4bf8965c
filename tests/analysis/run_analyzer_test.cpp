// The streamed outputs (RunAnalyzer, TimeSeriesCsvWriter) against the batch ones over all Frames
// (summarize, time_series_csv, cycles_csv): byte-identical on synthetic walks, odd ones included,
// and on simulated runs of every scenario file; and the window of Frames they keep stays bounded.
#include "analysis/run_analyzer.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "analysis/time_series_csv.h"
#include "scenario/parse_scenario.h"
#include "synthetic_gait.h"

namespace gait {
namespace {

struct Streamed {
  std::string json, csv, cycles;
  std::size_t max_window = 0;
};

Streamed stream(const ScenarioSpec& spec, const RunResult& result) {
  RunAnalyzer analyzer(spec);
  StringSink sink;
  TimeSeriesCsvWriter writer(sink);
  Streamed out;
  for (const Frame& f : result.frames) {
    analyzer.add(f);
    writer.add(f);
    out.max_window = std::max(out.max_window, analyzer.window_frames());
  }
  const Summary summary = analyzer.finish(result);
  writer.finish();
  out.json = summary_to_json(summary).dump(2);
  out.csv = sink.take();
  out.cycles = analyzer.cycles_csv();
  return out;
}

/// "" when equal, else where the texts first differ and the lines there.
std::string first_difference(const std::string& a, const std::string& b) {
  if (a == b) return "";
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  const std::size_t line_start = a.rfind('\n', i == 0 ? 0 : i - 1);
  const std::size_t from = line_start == std::string::npos ? 0 : line_start + 1;
  return "byte " + std::to_string(i) + " (sizes " + std::to_string(a.size()) + ", " +
         std::to_string(b.size()) + "): streamed \"" + a.substr(from, 160) + "\" batch \"" +
         b.substr(from, 160) + "\"";
}

/// The streamed outputs equal the batch ones; returns the largest window.
std::size_t check_same(const ScenarioSpec& spec, const RunResult& result) {
  const Streamed s = stream(spec, result);
  CHECK(first_difference(s.json, summary_to_json(summarize(spec, result)).dump(2)) == "");
  CHECK(first_difference(s.csv, time_series_csv(result.frames)) == "");
  CHECK(first_difference(s.cycles, cycles_csv(spec, result)) == "");
  return s.max_window;
}

/// Varying figures for the metrics: bumps over single stance, a drifting capacity.
void decorate(const test::SyntheticGait& g, Frame& f) {
  f.pelvic_obliquity_rad =
      0.05 * test::single_stance_bump(g, f.time_s, {1.0, -0.8}) + 0.001 * std::sin(f.time_s);
  f.trunk_lean_rad = 0.03 * test::single_stance_bump(g, f.time_s, {-0.5, 1.0});
  for (Side s : kSides) {
    SideFrame& x = f.side[s];
    x.hip_adduction_rad = 0.1 * std::sin(6.28 * f.time_s + (s == Side::Left ? 0 : 3));
    x.hip_flexion_rad = 0.3 * std::cos(6.28 * f.time_s / g.stride_s + (s == Side::Left ? 0 : 3.14));
    x.knee_flexion_rad = 0.5 + 0.4 * std::sin(6.28 * f.time_s / g.stride_s);
    x.abductor_capacity_Nm = 100 + 10 * std::sin(0.1 * f.time_s);
    x.abductor_moment_Nm = 40 + 30 * std::sin(3 * f.time_s);
    x.abductor_activation = 0.5 + 0.4 * std::sin(2 * f.time_s + 1);
    x.hip_contact_force_N = 1500 + 800 * std::sin(5 * f.time_s);
  }
}

}  // namespace

TEST_CASE("streamed summary, time series and cycles equal the batch ones on synthetic walks", "[unit]") {
  ScenarioSpec spec;
  test::SyntheticGait g;

  SECTION("a short walk: the first Frame unloaded, so the contact flags of the first rows come late") {
    check_same(spec, g.run());
  }
  SECTION("a minute, with varying figures: the window is trimmed on the way") {
    g.duration_s = 60;
    g.stride_s = 1.1;
    const std::size_t window = check_same(spec, g.run([&g](Frame& f) { decorate(g, f); }));
    CHECK(window < 1700);  // 10 s of stall window, plus the trimming chunk
  }
  SECTION("250 Hz, a last Frame off the grid (a fall), cycles of several lengths") {
    g.duration_s = 30;
    g.sample_rate_Hz = 250;
    RunResult r = g.run([&g](Frame& f) {
      decorate(g, f);
      // every fifth cycle is slow: analysed or dropped by the median rule
      if (std::fmod(f.time_s, 5.0) > 4.0) f.side.right.grf_N.z *= 0.3;
    });
    Frame fall = r.frames.back();
    fall.time_s += 0.0013;
    fall.fell = true;
    r.frames.push_back(fall);
    r.fell = true;
    r.fall_time_s = fall.time_s;
    check_same(spec, r);
  }
  SECTION("standing on both feet for 25 s in the middle: long, irregular cycles") {
    g.duration_s = 60;
    check_same(spec, g.run([&g](Frame& f) {
      decorate(g, f);
      if (f.time_s > 20 && f.time_s < 45)
        for (Side s : kSides) f.side[s].grf_N.z = 500;
    }));
  }
  SECTION("a foot that never lifts, unloaded in the first Frame: its flags stay 0 throughout") {
    g.duration_s = 12;
    check_same(spec, g.run([](Frame& f) { f.side.left.grf_N.z = f.time_s == 0 ? 0 : 700; }));
  }
  SECTION("both feet loaded from the first Frame") {
    check_same(spec, g.run([](Frame& f) {
      for (Side s : kSides) f.side[s].grf_N.z = std::max(f.side[s].grf_N.z, f.time_s < 0.3 ? 50.0 : 0.0);
    }));
  }
  SECTION("the stance test") {
    spec.mode = Mode::StanceTest;
    spec.stance_side = Side::Right;
    check_same(spec, g.run([&g](Frame& f) { decorate(g, f); }));
  }
  SECTION("no Frames") {
    check_same(spec, RunResult{});
  }
}

TEST_CASE("streamed outputs equal the batch ones for every scenario file (15 s)", "[determinism]") {
  for (const auto& entry : std::filesystem::directory_iterator(GAITSIM_SCENARIO_DIR)) {
    if (entry.path().extension() != ".toml") continue;
    INFO(entry.path().filename().string());
    const ScenarioSpec spec = load_scenario(entry.path().string(), ScenarioOverrides{.duration = "15"});
    const RunResult result = run_scenario(spec);
    CHECK(check_same(spec, result) < 1700);
  }
}

TEST_CASE("run_and_summarize gives what run_scenario and summarize give", "[determinism]") {
  const ScenarioSpec spec = load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/left_sgn_palsy.toml",
                                          ScenarioOverrides{.duration = "8"});
  const StreamedRun streamed = run_and_summarize(spec);
  const RunResult batch = run_scenario(spec);
  REQUIRE(streamed.summary);
  CHECK(streamed.outcome.simulated_s == batch.simulated_s);
  CHECK(summary_to_json(*streamed.summary).dump(2) == summary_to_json(summarize(spec, batch)).dump(2));
}

}  // namespace gait
