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
#include <cstdlib>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

#include "control/walking_controller.h"
#include "grid/grid_run.h"
#include "grid/grid_spec.h"
#include "input_error.h"
#include "physics/physics_world.h"
#include "scenario/parse_scenario.h"
#include "sim/simulation.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kDefaultDuration_s = 60.0;
/// The rate at which `gaitsim run` samples Frames (RunOptions::sample_rate_Hz), for the observe figure.
constexpr double kObserveRate_Hz = 100.0;

const char* const kUsage =
    "usage: gaitsim_bench [SCENARIO] [--duration S] [--grid FILE] [--jobs N]\n"
    "  SCENARIO      scenario file (default: scenarios/normal.toml of the source tree)\n"
    "  --duration S  simulated seconds to step (default 60; the scenario's own duration_s is ignored)\n"
    "  --grid FILE   robustness grid whose cost to report (default grids/suite.toml; 'none' skips it)\n"
    "  --jobs N      threads for the grid (default 2)\n";

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
  std::string grid = std::string(GAITSIM_SOURCE_DIR) + "/grids/suite.toml";
  int jobs = 2;
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
    } else if (a == "--grid" && i + 1 < argc) {
      args.grid = argv[++i];
    } else if (a == "--jobs" && i + 1 < argc) {
      args.jobs = std::max(1, std::atoi(argv[++i]));
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

/// CPU time of the whole process (all threads), s.
double process_cpu_s() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Bullet alone: the same body, step, iterations, PD rows and foot contacts, standing with every row
/// holding the initial walking pose; no controller, no muscles, no readings beyond Bullet's own
/// (PhysicsWorld::step). CPU seconds per simulated second.
double bare_bullet_cpu_per_simulated_s(const gait::Model& model, const gait::Inputs& inputs, double duration_s) {
  gait::InitialPose pose = gait::initial_walking_pose(model, inputs);
  pose.velocity_m_s = {};
  gait::PhysicsWorld world(model, pose);
  gait::PerCoord<gait::JointCommand> rows{};
  for (int i = 0; i < gait::kNumCoords; ++i)
    rows[i] = gait::JointCommand{pose.q_rad[i], 0, 1000 * model.mass_scale, 100 * model.mass_scale, -400, 400};
  const gait::PerCoord<double> no_torque{};
  const auto steps = static_cast<std::int64_t>(std::llround(duration_s / model.dt_s));
  const double cpu0 = thread_cpu_s();
  for (std::int64_t i = 0; i < steps; ++i) world.step(rows, no_torque);
  return (thread_cpu_s() - cpu0) / duration_s;
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
  gait::State state = gait::make_state(model, gait::timeline_of(spec));
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

  // Bullet alone, the same body and settings: what the solver costs without our code around it
  const double bare_cpu_per_s = bare_bullet_cpu_per_simulated_s(model, spec.inputs, std::min(simulated_s, 20.0));
  const double full_cpu_per_s = simulated_s > 0 ? step_cpu_s / simulated_s : 0.0;
  std::printf("  bare Bullet, same body     %.1f simulated s per CPU s (standing, rows holding the pose,\n"
              "                             no controller); the full simulation costs %.2f times that\n",
              bare_cpu_per_s > 0 ? 1.0 / bare_cpu_per_s : 0.0,
              bare_cpu_per_s > 0 ? full_cpu_per_s / bare_cpu_per_s : 0.0);

  if (args->grid != "none") {
    try {
      const gait::GridSpec grid = gait::load_grid(args->grid);
      const std::vector<gait::ScenarioSpec> specs = gait::build_cell_specs(grid);
      double asked_s = 0;
      for (const gait::ScenarioSpec& c : specs) asked_s += c.duration_s;
      const double cpu0 = process_cpu_s();
      const auto t0 = Clock::now();
      const auto results = gait::run_grid(grid, specs, args->jobs);
      const double wall_s = seconds_since(t0);
      const double cpu_s = process_cpu_s() - cpu0;
      std::printf("  robustness grid %s: %zu cells, %.0f simulated s on %d threads: %.1f s wall, %.1f s CPU,\n"
                  "                             %.1f simulated s per CPU s\n",
                  grid.name.c_str(), results.size(), asked_s, args->jobs, wall_s, cpu_s,
                  cpu_s > 0 ? asked_s / cpu_s : 0.0);
    } catch (const gait::InputError& e) {
      std::fprintf(stderr, "gaitsim_bench: %s\n", e.what());
      return 2;
    }
  }
  (void)sink;
  return state.diverged ? 1 : 0;
}
