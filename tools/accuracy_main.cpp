// gaitsim_accuracy: the production physics settings against the converged reference (physics at 0.5 ms
// and 100 iterations under the production controller's 5 ms step) on normal walking, the left palsy and
// the compensated palsy (issue 13's acceptance; docs/model.md, Physics settings), then, for information,
// against the same with the controller at 0.5 ms too. Exit 0 when every figure is within its tolerance
// against the physics reference, 1 otherwise. Developer tool: a reference run costs about 30 CPU
// seconds per simulated minute.
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
  bool controller_too = false;
  int starts = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--duration" && i + 1 < argc) {
      duration = argv[++i];
    } else if (a == "--starts" && i + 1 < argc) {
      starts = std::atoi(argv[++i]);
      if (starts < 1 || starts > 20) {
        std::fprintf(stderr, "gaitsim_accuracy: --starts: expected 1 to 20, got \"%s\"\n", argv[i]);
        return 2;
      }
    } else if (a == "--controller-too") {
      controller_too = true;
    } else if (a == "-h" || a == "--help") {
      std::puts("usage: gaitsim_accuracy [SCENARIO...] [--duration S] [--starts N] [--controller-too]  (default: normal, left palsy, compensated; 30 s; 1 start; --starts N: each figure the mean of N starts, the mass moved by 10 g steps; --controller-too: also against the reference with the controller at 0.5 ms)");
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
      const gait::AccuracyReport r = gait::measure_accuracy(spec, {}, starts);
      std::fputs(gait::accuracy_table(r).c_str(), stdout);
      all = all && r.within();
      if (controller_too) {
        const gait::AccuracyReport c =
            gait::measure_accuracy(spec, gait::ReferenceSettings{.controller_at_reference_step = true}, starts);
        std::fputs(gait::accuracy_table(c).c_str(), stdout);
      }
    } catch (const gait::InputError& e) {
      std::fprintf(stderr, "gaitsim_accuracy: %s\n", e.what());
      return 2;
    }
  }
  return all ? 0 : 1;
}
