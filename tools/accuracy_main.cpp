// gaitsim_accuracy: the production physics settings against the converged reference (0.5 ms, 100
// iterations) on normal walking, the left palsy and the compensated palsy (issue 13's acceptance;
// docs/model.md, Physics settings). Exit 0 when every figure is within its tolerance, 1 otherwise.
// Developer tool: a reference run costs about 30 CPU seconds per simulated minute.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "input_error.h"
#include "scenario/parse_scenario.h"
#include "analysis/accuracy.h"

int main(int argc, char** argv) {
  std::vector<std::string> files;
  std::string duration = "30";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--duration" && i + 1 < argc) {
      duration = argv[++i];
    } else if (a == "-h" || a == "--help") {
      std::puts("usage: gaitsim_accuracy [SCENARIO...] [--duration S]  (default: normal, left palsy, compensated; 30 s)");
      return 0;
    } else if (!a.empty() && a[0] != '-') {
      files.push_back(a);
    } else {
      std::fprintf(stderr, "gaitsim_accuracy: unexpected argument \"%s\"\n", a.c_str());
      return 2;
    }
  }
  if (files.empty()) {
    const std::string dir = std::string(GAITSIM_SOURCE_DIR) + "/scenarios/";
    files = {dir + "normal.toml", dir + "left_sgn_palsy.toml", dir + "left_sgn_palsy_compensated.toml"};
  }
  bool all = true;
  for (const std::string& f : files) {
    try {
      const gait::ScenarioSpec spec = gait::load_scenario(f, gait::ScenarioOverrides{.duration = duration});
      const gait::AccuracyReport r = gait::measure_accuracy(spec);
      std::fputs(gait::accuracy_table(r).c_str(), stdout);
      all = all && r.within();
    } catch (const gait::InputError& e) {
      std::fprintf(stderr, "gaitsim_accuracy: %s\n", e.what());
      return 2;
    }
  }
  return all ? 0 : 1;
}
