// gaitsim grid GRID.toml: run every cell of a robustness grid on a few threads, print one row per
// cell and a summary line, and exit 1 when any cell fails its acceptance (README, gaitsim grid).
#include "cli_grid.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <thread>

#include "cli_common.h"
#include "grid/grid_report.h"
#include "grid/grid_run.h"
#include "grid/grid_spec.h"
#include "input_error.h"
#include "interrupt.h"
#include "io/output_file.h"

namespace gait {
namespace {

struct GridArgs {
  std::string grid;
  int jobs = 0;  ///< 0: every core
  std::optional<double> duration;
  std::string only;
  std::string csv_path, json_path;
  bool quiet = false;
};

/// "grid 12/135 cells  2:03 elapsed  ETA 14:40  healthy/1.55m-50kg/v0.8" on stderr: one line rewritten
/// in place on a terminal; otherwise a line each time another tenth of the cells is done.
class GridProgressLine {
 public:
  GridProgressLine(bool enabled, int jobs)
      : enabled_(enabled), tty_(isatty(STDERR_FILENO) != 0), jobs_(jobs) {}
  ~GridProgressLine() {
    if (enabled_ && tty_ && shown_) std::fprintf(stderr, "\r\033[K");
  }
  GridProgressLine(const GridProgressLine&) = delete;
  GridProgressLine& operator=(const GridProgressLine&) = delete;

  /// Called on the worker thread that finished the cell (run_grid), at `now_s` since the start.
  void update(const GridProgress& p, double now_s) {
    // a worker starts its next cell when it finishes one, so the time since its last finish is the
    // cell's wall time; from those, one thread's simulated seconds per wall second
    double& last_finish_s = last_finish_s_[std::this_thread::get_id()];
    cells_wall_s_ += now_s - last_finish_s;
    last_finish_s = now_s;
    if (!enabled_) return;
    const std::size_t tenth = p.done * 10 / std::max<std::size_t>(p.total, 1);
    if (!tty_ && tenth == last_tenth_) return;
    last_tenth_ = tenth;
    // what the unfinished cells may still simulate, on the threads still busy; the running cells are
    // on average half done
    const double rate = cells_wall_s_ > 0 ? p.done_simulated_s / cells_wall_s_ : 0;
    const double busy =
        static_cast<double>(std::min<std::size_t>(static_cast<std::size_t>(jobs_), p.total - p.done));
    const double mean_cell_s = cells_wall_s_ / static_cast<double>(p.done);
    const double eta_s =
        rate > 0 && busy > 0 ? (p.total_duration_s - p.done_duration_s) / (rate * busy) - mean_cell_s / 2 : 0;
    std::fprintf(stderr, "%sgrid %zu/%zu cells  %s elapsed  ETA %s  %s%s", tty_ ? "\r\033[K" : "", p.done,
                 p.total, clock_text(now_s).c_str(), clock_text(eta_s).c_str(),
                 p.last ? p.last->name.c_str() : "", tty_ ? "" : "\n");
    std::fflush(stderr);
    shown_ = true;
  }

 private:
  /// "m:ss"
  static std::string clock_text(double s) {
    const long total = std::lround(std::max(s, 0.0));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
    return buf;
  }
  bool enabled_;
  bool tty_;
  int jobs_;
  bool shown_ = false;
  std::size_t last_tenth_ = static_cast<std::size_t>(-1);
  std::map<std::thread::id, double> last_finish_s_;  ///< per worker: when it last finished a cell (s)
  double cells_wall_s_ = 0;                          ///< the finished cells' wall times, summed (s)
};

/// CPU time of the whole process, every thread (s).
double process_cpu_s() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int grid_command(const GridArgs& args) {
  GridSpec grid = load_grid(args.grid);
  if (!args.only.empty()) {
    std::erase_if(grid.cells, [&](const GridCell& c) { return c.name.find(args.only) == std::string::npos; });
    if (grid.cells.empty())
      throw InputError("--only " + args.only, 0, "", "no cell of " + args.grid + " has it in its name");
  }
  const std::vector<ScenarioSpec> specs = build_cell_specs(grid, args.duration);

  // outputs are checked (never the grid file, another output or a directory) before the runs: a
  // typo in a path should not cost a grid's time; Ctrl-C from here on removes the temporaries
  const StopOnSignals stop_on_signals;
  OutputFiles outputs;
  outputs.add_input(args.grid, "the grid file");
  OutputFile* csv = args.csv_path.empty() ? nullptr : &outputs.add("--csv", args.csv_path);
  OutputFile* json = args.json_path.empty() ? nullptr : &outputs.add("--json", args.json_path);

  const int jobs =
      args.jobs > 0 ? args.jobs : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const auto wall_start = std::chrono::steady_clock::now();
  const double cpu_start = process_cpu_s();
  const auto elapsed_s = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  };
  std::vector<CellResult> results;
  {
    GridProgressLine line(!args.quiet, std::min<int>(jobs, static_cast<int>(specs.size())));
    results = run_grid(grid, specs, jobs, [&](const GridProgress& p) { line.update(p, elapsed_s()); });
  }
  const double wall_s = elapsed_s();
  const double cpu_s = process_cpu_s() - cpu_start;

  // both files or neither: every output is complete before any target changes
  if (csv) csv->write(grid_csv(results, grid.acceptance));
  if (json) json->write(grid_to_json(grid, grid.cells, results).dump(2) + "\n");
  throw_if_stop_requested();
  outputs.commit();

  const GridTotals totals = grid_totals(results, grid.acceptance);
  std::cout << "Grid " << grid.name << " (" << args.grid << ")\n\n"
            << grid_table(results, grid.acceptance) << "\n"
            << grid_summary_line(totals, cpu_s, wall_s, std::min<int>(jobs, static_cast<int>(specs.size())))
            << std::endl;
  return totals.all_pass() ? kExitOk : kExitFailure;
}

}  // namespace

void add_grid_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<GridArgs>();
  CLI::App* sub = app.add_subcommand(
      "grid", "Run every cell of a robustness grid in parallel; a table of falls, speeds and drops");
  sub->footer(
      "Exit codes: 0 every cell passes, 1 a cell fails its acceptance (a fall is a failure here) or an "
      "internal error, 2 bad input.");
  sub->add_option("GRID", args->grid, "Grid file (TOML), e.g. grids/envelope.toml")->required();
  sub->add_option("--jobs", args->jobs, "Cells at a time, each on its own thread (default: every core)")
      ->check(CLI::Range(1, 256));
  sub->add_option("--duration", args->duration, "Simulated time of each cell in s (overrides the grid's)")
      ->type_name("S")
      ->check(CLI::Range(1.0, 3600.0));
  sub->add_option("--only", args->only, "Run only the cells whose name contains SUBSTRING")
      ->type_name("SUBSTRING");
  sub->add_option("--csv", args->csv_path, "Write one row of figures per cell as CSV to FILE")
      ->type_name("FILE");
  sub->add_option("--json", args->json_path, "Write the cells' figures as JSON to FILE")->type_name("FILE");
  sub->add_flag("--quiet", args->quiet, "No progress on stderr");
  sub->callback([args, &action] { action = [args] { return grid_command(*args); }; });
}

}  // namespace gait
