// gaitsim_accuracy: the production physics settings against the converged reference (physics at 0.5 ms
// and 100 iterations under the production controller's 5 ms step) on normal walking, the left palsy and
// the compensated palsy (issue 13's acceptance; docs/model.md, Physics settings), then, for information,
// against the same with the controller at 0.5 ms too. Exit 0 when every figure is within its tolerance
// against the physics reference, 1 otherwise. NAME=VALUE arguments set controller settings (as
// gaitsim_probe does: ControllerParams fields, gains as NAME.k / .c / .max, speed-schedule knots as
// NAME@SPEED) in both runs, so a tuning candidate can be judged against the converged physics.
// Developer tool: a reference run costs about 30 CPU seconds per simulated minute.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "input_error.h"
#include "scenario/parse_scenario.h"
#include "analysis/accuracy.h"
#include "control/speed_schedule.h"
#include "model/body_scaling.h"
#include "model/model.h"

int main(int argc, char** argv) {
  std::vector<std::string> files;
  std::string duration = "30";
  bool controller_too = false;
  int starts = 1;
  gait::ControllerParams params;  // the tuned body's settings, with the NAME=VALUE arguments
  gait::SpeedSchedule schedule;
  bool settings = false;
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
      std::puts("usage: gaitsim_accuracy [SCENARIO...] [NAME=VALUE...] [--duration S] [--starts N] [--controller-too]  (default: normal, left palsy, compensated; 30 s; 1 start; --starts N: each figure the mean of N starts, the mass moved by 10 g steps; --controller-too: also against the reference with the controller at 0.5 ms; NAME=VALUE: a controller setting in both runs, as gaitsim_probe takes it)");
      return 0;
    } else if (const auto eq = a.find('='); eq != std::string::npos && !a.empty() && a[0] != '-') {
      const std::string name = a.substr(0, eq);
      char* end = nullptr;
      const double value = std::strtod(a.c_str() + eq + 1, &end);
      if (eq + 1 == a.size() || *end != '\0' ||
          !gait::set_tuning_setting(params, schedule, name, value)) {
        std::fprintf(stderr, "gaitsim_accuracy: \"%s\": expected a controller setting NAME=NUMBER (docs/controller.md#settings)\n",
                     a.c_str());
        return 2;
      }
      settings = true;
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
  // the settings are the tuned body's: each run's body gets them scaled (docs/controller.md#body-scaling)
  std::function<void(gait::Model&)> candidate;
  if (settings)
    candidate = [&params, &schedule](gait::Model& m) { gait::put_tuned_settings(m, params, schedule); };
  bool all = true;
  for (const std::string& f : files) {
    try {
      const gait::ScenarioSpec spec = gait::load_scenario(f, gait::ScenarioOverrides{.duration = duration});
      const gait::AccuracyReport r = gait::measure_accuracy(spec, {}, starts, candidate);
      std::fputs(gait::accuracy_table(r).c_str(), stdout);
      all = all && r.within();
      if (controller_too) {
        const gait::AccuracyReport c =
            gait::measure_accuracy(spec, gait::ReferenceSettings{.controller_at_reference_step = true}, starts, candidate);
        std::fputs(gait::accuracy_table(c).c_str(), stdout);
      }
    } catch (const gait::InputError& e) {
      std::fprintf(stderr, "gaitsim_accuracy: %s\n", e.what());
      return 2;
    }
  }
  return all ? 0 : 1;
}
