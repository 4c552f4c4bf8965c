// Benchmark: how fast the simulation runs, single thread. Loads a scenario through the real parser
// (default scenarios/normal.toml), steps build_model / make_state / step directly for N simulated
// seconds with no Frame storage, and prints simulated seconds per wall second, microseconds per step
// and peak memory; then times observe() as if called at 100 Hz, to say where the time goes.
// Not a test: the figures depend on the machine and its load.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

#include "input_error.h"
#include "scenario/parse_scenario.h"
#include "sim/simulation.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kDefaultDuration_s = 60.0;
/// The rate at which `gaitsim run` samples Frames (RunOptions::sample_rate_Hz), for the observe figure.
constexpr double kObserveRate_Hz = 100.0;

const char* const kUsage =
    "usage: gaitsim_bench [SCENARIO] [--duration S]\n"
    "  SCENARIO      scenario file (default: scenarios/normal.toml of the source tree)\n"
    "  --duration S  simulated seconds to step (default 60; the scenario's own duration_s is ignored)\n";

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// CPU time this thread has used (s): unlike wall time, it does not count time the machine gave to
/// other processes, so it is the steadier figure on a loaded machine.
double thread_cpu_s() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Peak resident memory of the process so far (MB); Linux reports ru_maxrss in KiB.
double peak_memory_MB() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

struct Args {
  std::string scenario = std::string(GAITSIM_SOURCE_DIR) + "/scenarios/normal.toml";
  double duration_s = kDefaultDuration_s;
  std::string duration_text = "60";
};

/// Parses argv; returns nullopt (after printing) on --help or bad arguments, setting `exit_code`.
std::optional<Args> parse_args(int argc, char** argv, int& exit_code) {
  Args args;
  bool have_scenario = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      exit_code = 0;
      return std::nullopt;
    }
    if (a == "--duration" && i + 1 < argc) {
      args.duration_text = argv[++i];
    } else if (!a.starts_with("-") && !have_scenario) {
      args.scenario = a;
      have_scenario = true;
    } else {
      std::fprintf(stderr, "gaitsim_bench: unexpected argument \"%s\"\n%s", a.c_str(), kUsage);
      exit_code = 2;
      return std::nullopt;
    }
  }
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  int exit_code = 0;
  std::optional<Args> args = parse_args(argc, argv, exit_code);
  if (!args) return exit_code;

  gait::ScenarioSpec spec;
  try {
    // the duration goes through the same check as `gaitsim run --duration` (1..3600 s)
    spec = gait::load_scenario(args->scenario, gait::ScenarioOverrides{.duration = args->duration_text});
  } catch (const gait::InputError& e) {
    std::fprintf(stderr, "gaitsim_bench: %s\n", e.what());
    return 2;
  }

  // set-up: model and a fresh Bullet world
  const auto t_setup = Clock::now();
  const gait::Model model = gait::build_model(spec);
  gait::State state = gait::make_state(model);
  const double setup_s = seconds_since(t_setup);

  // the simulation alone: step() until the duration, a fall or a divergence; no observe, no Frames
  const auto total_steps = static_cast<std::int64_t>(std::llround(spec.duration_s / model.dt_s));
  const auto t_step = Clock::now();
  const double cpu_step0 = thread_cpu_s();
  while (state.step_index < total_steps && !state.fell && !state.diverged) gait::step(model, state);
  const double step_cpu_s = thread_cpu_s() - cpu_step0;
  const double step_wall_s = seconds_since(t_step);
  const std::int64_t steps = state.step_index;
  const double simulated_s = state.time_s;

  // observe() at 100 Hz: as many calls as a run of this length samples, on the final state (its cost
  // does not depend on the posture); the volatile sink keeps the compiler from dropping the calls
  const auto observe_calls = std::max<std::int64_t>(1, std::llround(simulated_s * kObserveRate_Hz));
  volatile double sink = 0;
  const auto t_observe = Clock::now();
  for (std::int64_t i = 0; i < observe_calls; ++i) sink = gait::observe(model, state).pelvic_obliquity_rad;
  const double observe_wall_s = seconds_since(t_observe);

  const double us_per_step = steps > 0 ? step_wall_s / static_cast<double>(steps) * 1e6 : 0.0;
  const double us_per_observe = observe_wall_s / static_cast<double>(observe_calls) * 1e6;
  const double observe_share = observe_wall_s / (step_wall_s + observe_wall_s) * 100.0;
  const double sim_per_wall = step_wall_s > 0 ? simulated_s / step_wall_s : 0.0;
  const double sim_per_cpu = step_cpu_s > 0 ? simulated_s / step_cpu_s : 0.0;
  const double sim_per_wall_observed =
      step_wall_s + observe_wall_s > 0 ? simulated_s / (step_wall_s + observe_wall_s) : 0.0;

  std::printf("gaitsim_bench: %s (%s), single thread\n", args->scenario.c_str(), spec.name.c_str());
  std::printf("  time step                  %.3g ms, %d solver iterations\n", model.dt_s * 1e3,
              model.solver_iterations);
  std::printf("  build_model + make_state   %.2f ms\n", setup_s * 1e3);
  std::printf("  simulated                  %.1f s in %lld steps, %.2f s wall, %.2f s CPU%s\n", simulated_s,
              static_cast<long long>(steps), step_wall_s, step_cpu_s,
              state.diverged ? " (DIVERGED: stopped early)"
              : state.fell   ? " (FELL: stopped early)"
                             : "");
  std::printf("  step()                     %.1f us per step wall, %.1f us CPU\n", us_per_step,
              steps > 0 ? step_cpu_s / static_cast<double>(steps) * 1e6 : 0.0);
  std::printf("  speed                      %.1f simulated s per wall s (step only; %.1f per CPU s)\n",
              sim_per_wall, sim_per_cpu);
  std::printf("  wall / CPU                 %.2f (above 1.0: the machine was busy with other work)\n",
              step_cpu_s > 0 ? step_wall_s / step_cpu_s : 0.0);
  std::printf(
      "  observe() at 100 Hz        %.2f us per call, %lld calls: %.2f%% of the time, "
      "%.1f simulated s per wall s with it\n",
      us_per_observe, static_cast<long long>(observe_calls), observe_share, sim_per_wall_observed);
  std::printf("  peak memory (ru_maxrss)    %.1f MB\n", peak_memory_MB());
  (void)sink;
  return state.diverged ? 1 : 0;
}
