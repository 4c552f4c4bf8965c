// gaitsim sweep SCENARIO --vary KEY=FROM:TO:STEP [--vary ...]: run the scenario once per value of one
// numeric key, or per cell of the grid of several, on a few threads, and report one row of summary
// figures per value or cell (table, --json, --csv); --shard I/N runs one part of the grid.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "analysis/sweep_grid_report.h"
#include "analysis/sweep_report.h"
#include "cli_common.h"
#include "input_error.h"
#include "interrupt.h"
#include "io/output_file.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"
#include "sim/sweep.h"
#include "sweep_progress.h"
#include "sim/sweep_grid.h"
#include "sweep_plot.h"

namespace gait {
namespace {

struct SweepArgs {
  std::string scenario;
  std::vector<std::string> vary;  ///< one KEY=FROM:TO:STEP per axis of the grid
  std::string shard;              ///< "I/N", or empty: the whole grid
  std::optional<std::string> duration;
  std::vector<std::string> set;
  std::vector<std::string> change;
  std::string json_path, csv_path;
  std::string plot_path;                        ///< the dose-response chart, .png or .svg
  std::string plot_figure = "pelvic_drop_deg";  ///< the per-side figure it draws
  int jobs = 2;  ///< the project's 2-core CI machine; each run is single-threaded
  bool quiet = false;
};

/// The scenario at every cell in `cells` of the grid: the cell's values go in as more --set, after the
/// user's, so every check --set makes (range, --change times against the duration) applies to them.
std::vector<ScenarioSpec> grid_specs(const SweepArgs& args, const SweepGrid& grid, const CellRange& cells) {
  std::vector<ScenarioSpec> specs;
  specs.reserve(cells.end - cells.begin);
  for (std::size_t c = cells.begin; c < cells.end; ++c) {
    ScenarioOverrides overrides{.set = args.set, .duration = args.duration, .change = args.change};
    const std::vector<double> point = grid.point(c);
    for (std::size_t k = 0; k < point.size(); ++k)
      overrides.set.push_back(grid.axes[k].key + "=" + format_number(point[k]));
    specs.push_back(load_scenario(args.scenario, overrides));
  }
  return specs;
}

/// What makes two sweeps the same: the scenario file's bytes and every flag that changes a run.
/// Shards of one sweep share it (gaitsim merge checks), wherever the scenario file lies.
std::string sweep_fingerprint(const SweepArgs& args) {
  std::ifstream in(args.scenario, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::uint64_t h = fnv1a_64(text.str());
  for (const std::string& v : args.vary) h = fnv1a_64("\n--vary " + v, h);
  for (const std::string& v : args.set) h = fnv1a_64("\n--set " + v, h);
  for (const std::string& v : args.change) h = fnv1a_64("\n--change " + v, h);
  if (args.duration) h = fnv1a_64("\n--duration " + *args.duration, h);
  return hex_64(h);
}

/// "left.superior_gluteal_nerve = 0.5, gait.speed_m_s = 1.2"
std::string point_text(const SweepGrid& grid, const std::vector<double>& point) {
  std::string text;
  for (std::size_t k = 0; k < point.size(); ++k)
    text += (k ? ", " : "") + grid.axes[k].key + " = " + format_number(point[k]);
  return text;
}

/// Checks the grid's keys against the other flags, as a single --vary is checked.
void check_grid_flags(const SweepArgs& args, const SweepGrid& grid) {
  for (std::size_t k = 0; k < grid.axes.size(); ++k) {
    const std::string& key = grid.axes[k].key;
    const std::string vary_flag = "--vary " + args.vary[k];
    if (key == "duration_s" && args.duration)
      throw InputError(vary_flag, 0, "", "--duration would override the varied duration_s; leave it out");
    for (const std::string& s : args.set)
      if (s.substr(0, s.find('=')) == key)
        throw InputError(vary_flag, 0, "", "--set " + s + " sets the key the sweep varies; leave it out");
  }
}

/// Runs the cells' scenarios with the progress bar (named `label`) on stderr unless --quiet; each
/// row, labelled with its cell's number (the outputs look its values up in the grid), to `on_row`.
SweepResult run_cells(const SweepArgs& args, const std::vector<ScenarioSpec>& specs, const CellRange& cells,
                      const std::string& label, const SweepRowSink& on_row) {
  std::vector<double> cell_labels;
  for (std::size_t c = cells.begin; c < cells.end; ++c) cell_labels.push_back(static_cast<double>(c));
  std::vector<double> durations_s;
  for (const ScenarioSpec& spec : specs) durations_s.push_back(spec.duration_s);
  SweepProgressBar bar(label, std::move(durations_s), !args.quiet);
  // the rows' labels are the cells' numbers; the bar counts from the shard's first cell
  const auto progress = [&](std::size_t, std::size_t, double cell) {
    bar.run_done(static_cast<std::size_t>(cell) - cells.begin);
  };
  return run_sweep(specs, cell_labels, args.jobs, progress, on_row,
                   [&bar](std::size_t i, double t) { bar.run_time(i, t); });
}

int sweep_command(const SweepArgs& args) {
  // the scenario and its overrides first, as `run` checks them; then the ranges and the shard
  load_scenario(args.scenario,
                ScenarioOverrides{.set = args.set, .duration = args.duration, .change = args.change});
  const SweepGrid grid = make_sweep_grid(args.vary);
  check_grid_flags(args, grid);
  std::optional<ShardInfo> shard;
  CellRange cells{0, grid.cell_count()};
  if (!args.shard.empty()) {
    const Shard s = parse_shard(args.shard);
    cells = shard_cells(grid.cell_count(), s);
    shard = ShardInfo{s, cells, grid.cell_count(), sweep_fingerprint(args)};
  }
  std::optional<SweepPlot> plot;
  if (!args.plot_path.empty()) plot = plan_sweep_plot(args.plot_path, args.plot_figure, grid.axes.size(), shard.has_value());
  const std::vector<ScenarioSpec> specs = grid_specs(args, grid, cells);
  const std::vector<std::string> keys = grid.keys();
  const bool one_key = keys.size() == 1;

  // Ctrl-C from here on removes the temporaries (declared first: restored last)
  const StopOnSignals stop_on_signals;
  OutputFiles outputs;
  outputs.add_input(args.scenario, "the scenario file");
  OutputFile* json = args.json_path.empty() ? nullptr : &outputs.add("--json", args.json_path);
  OutputFile* csv = args.csv_path.empty() ? nullptr : &outputs.add("--csv", args.csv_path);
  OutputFile* plot_file = plot ? &outputs.add("--plot", plot->path) : nullptr;

  // the rows are written as the runs finish (in cell order); the table keeps a copy without steps
  std::optional<JsonRowsWriter> json_writer;
  if (json) json_writer.emplace(*json, grid_sweep_json_members(keys, shard));
  if (csv) csv->write(grid_sweep_csv_header(keys, shard));
  std::vector<std::vector<double>> table_points;
  std::vector<SweepRow> table, plot_rows;
  const auto on_row = [&](const SweepRow& row) {
    const std::vector<double> point = grid.point(static_cast<std::size_t>(row.value));
    if (json_writer) json_writer->add(grid_sweep_json_row(point, row.summary));
    if (csv) {
      std::string line;
      append_grid_sweep_csv_row(line, point, row.summary);
      csv->write(line);
    }
    if (outputs.empty()) {
      table.push_back({point[0], row.summary});
      table.back().summary.steps.clear();
      table_points.push_back(point);
    }
    if (plot) {
      plot_rows.push_back({point[0], row.summary});
      plot_rows.back().summary.steps.clear();
    }
  };

  const SweepResult result = run_cells(args, specs, cells, one_key ? keys[0] : "cell", on_row);
  if (result.diverged_value) {
    print_error(args.scenario + ": the simulation diverged (non-finite state) at " +
                point_text(grid, grid.point(static_cast<std::size_t>(*result.diverged_value))) +
                ", t = " + format_number(result.divergence_time_s.value_or(0)) + " s; no output written");
    return kExitFailure;
  }

  if (json_writer) json_writer->finish();
  if (plot_file)
    write_sweep_plot(*plot_file, *plot, plot_rows,
                     {keys[0], std::string(find_scenario_key(keys[0])->unit), specs.front().name,
                      specs.front().duration_s});
  throw_if_stop_requested();
  outputs.commit();
  if (outputs.empty() && !args.quiet) {
    if (one_key)
      print_sweep_table(std::cout, keys[0], table);
    else
      print_grid_sweep_table(std::cout, keys, table_points, table);
  }
  return kExitOk;
}

}  // namespace

void add_sweep_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<SweepArgs>();
  CLI::App* sub = app.add_subcommand(
      "sweep", "Run a scenario once per value of a numeric key, or per cell of a grid of keys; one row each");
  sub->add_option("SCENARIO", args->scenario, "Scenario file (TOML)")->required();
  sub->add_option("--vary", args->vary,
                  "The key and its values, e.g. --vary left.superior_gluteal_nerve=1:0:0.1 (1, 0.9, ..., 0); "
                  "repeat it for the grid of every combination (the last key varies fastest)")
      ->type_name("KEY=FROM:TO:STEP")
      ->allow_extra_args(false)
      ->required();
  sub->add_option("--shard", args->shard,
                  "Run only part I of N of the grid (1 <= I <= N); join the parts' --csv or --json with "
                  "gaitsim merge")
      ->type_name("I/N");
  sub->add_option("--duration", args->duration, "Simulated time of each run in s (overrides duration_s)");
  sub->add_option("--set", args->set,
                  "Override a scenario key for every run, e.g. --set gait.compensation=1 (repeatable)")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false);  // one value per --set, so the scenario may follow it
  sub->add_option(
         "--change", args->change,
         "Change an input at a time in every run, e.g. --change 10:left.gluteus_medius=0 (repeatable)")
      ->type_name("T:KEY=VALUE")
      ->allow_extra_args(false);
  sub->add_option("--json", args->json_path, "Write every value's summary as JSON to FILE")
      ->type_name("FILE");
  sub->add_option("--csv", args->csv_path, "Write one row of key figures per value as CSV to FILE")
      ->type_name("FILE");
  sub->add_option("--plot", args->plot_path,
                  "Draw the dose-response chart (the figure per side against the varied key) to FILE.png "
                  "or FILE.svg")
      ->type_name("FILE");
  sub->add_option("--plot-figure", args->plot_figure,
                  "The figure --plot draws (default pelvic_drop_deg; a per-side column of --csv)")
      ->type_name("NAME");
  sub->add_option("--jobs", args->jobs, "Runs at a time, each on its own thread (default 2)")
      ->check(CLI::Range(1, 64));
  sub->add_flag("--quiet", args->quiet, "No progress line and no table");
  sub->callback([args, &action] { action = [args] { return sweep_command(*args); }; });
}

}  // namespace gait
