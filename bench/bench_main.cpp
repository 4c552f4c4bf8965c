// Benchmark: simulated seconds per wall second for a scenario (default scenarios/normal.toml),
// single thread, with the process's peak memory. Not a test: timing depends on the machine.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "scenario/scenario_spec.h"
#include "sim/run.h"

int main(int argc, char** argv) {
  gait::ScenarioSpec spec;
  spec.duration_s = argc > 1 ? std::atof(argv[1]) : 60.0;
  const auto t0 = std::chrono::steady_clock::now();
  const gait::RunResult r = gait::run_scenario(spec);
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("simulated %.1f s in %.2f s wall: %.1f simulated s per wall s; peak memory %.1f MB%s\n",
              r.simulated_s, wall_s, r.simulated_s / wall_s, ru.ru_maxrss / 1024.0,
              r.fell ? " (fell)" : "");
  return 0;
}
