// gaitsim sweep SCENARIO --vary KEY=FROM:TO:STEP: run the scenario once per value of one numeric key,
// on a few threads, and report one row of summary figures per value (table, --json, --csv).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include "analysis/sweep_report.h"
#include "cli_common.h"
#include "input_error.h"
#include "interrupt.h"
#include "io/output_file.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"
#include "sim/sweep.h"

namespace gait {
namespace {

struct SweepArgs {
  std::string scenario;
  std::string vary;
  std::optional<std::string> duration;
  std::vector<std::string> set;
  std::vector<std::string> change;
  std::string json_path, csv_path;
  int jobs = 2;  ///< the project's 2-core CI machine; each run is single-threaded
  bool quiet = false;
};

/// "sweep 3/11  left.superior_gluteal_nerve = 0.8 done" on stderr, one line rewritten in place, when
/// stderr is a terminal; erased when destroyed.
class SweepProgressLine {
 public:
  SweepProgressLine(std::string key, bool enabled)
      : key_(std::move(key)), enabled_(enabled && isatty(STDERR_FILENO)) {}
  ~SweepProgressLine() {
    if (enabled_ && shown_) std::fprintf(stderr, "\r\033[K");
  }
  SweepProgressLine(const SweepProgressLine&) = delete;
  SweepProgressLine& operator=(const SweepProgressLine&) = delete;

  void start(std::size_t total, int jobs) {
    if (!enabled_) return;
    std::fprintf(stderr, "\r\033[Ksweep 0/%zu  %s: running %d at a time", total, key_.c_str(), jobs);
    std::fflush(stderr);
    shown_ = true;
  }
  void update(std::size_t done, std::size_t total, double value) {
    if (!enabled_) return;
    std::fprintf(stderr, "\r\033[Ksweep %zu/%zu  %s = %s done", done, total, key_.c_str(),
                 format_number(value).c_str());
    std::fflush(stderr);
    shown_ = true;
  }

 private:
  std::string key_;
  bool enabled_;
  bool shown_ = false;
};


/// The scenario with the varied key at each value: the value goes in as one more --set, after the
/// user's, so every check --set makes (range, --change times against the duration) applies to it.
std::vector<ScenarioSpec> sweep_specs(const SweepArgs& args, const SweepRange& range,
                                      const std::vector<double>& values) {
  std::vector<ScenarioSpec> specs;
  for (const double v : values) {
    ScenarioOverrides overrides{.set = args.set, .duration = args.duration, .change = args.change};
    overrides.set.push_back(range.key + "=" + format_number(v));
    specs.push_back(load_scenario(args.scenario, overrides));
  }
  return specs;
}

int sweep_command(const SweepArgs& args) {
  // the scenario and its overrides first, as `run` checks them; then the range
  load_scenario(args.scenario,
                ScenarioOverrides{.set = args.set, .duration = args.duration, .change = args.change});
  const SweepRange range = parse_sweep_range(args.vary);
  const std::string vary_flag = "--vary " + args.vary;
  if (range.key == "duration_s" && args.duration)
    throw InputError(vary_flag, 0, "", "--duration would override the varied duration_s; leave it out");
  for (const std::string& s : args.set)
    if (s.substr(0, s.find('=')) == range.key)
      throw InputError(vary_flag, 0, "", "--set " + s + " sets the key the sweep varies; leave it out");
  const std::vector<double> values = sweep_values(range);
  const std::vector<ScenarioSpec> specs = sweep_specs(args, range, values);
  // Ctrl-C from here on removes the temporaries (declared first: restored last)
  const StopOnSignals stop_on_signals;
  OutputFiles outputs;
  outputs.add_input(args.scenario, "the scenario file");
  OutputFile* json = args.json_path.empty() ? nullptr : &outputs.add("--json", args.json_path);
  OutputFile* csv = args.csv_path.empty() ? nullptr : &outputs.add("--csv", args.csv_path);

  // the rows are written as the runs finish (in value order); the table keeps a copy without steps
  std::optional<SweepJsonWriter> json_writer;
  if (json) json_writer.emplace(*json, range.key);
  if (csv) csv->write(sweep_csv_header());
  std::vector<SweepRow> table;
  const auto on_row = [&](const SweepRow& row) {
    if (json_writer) json_writer->add(row);
    if (csv) {
      std::string line;
      append_sweep_csv_row(line, row);
      csv->write(line);
    }
    if (outputs.empty()) {
      table.push_back({row.value, row.summary});
      table.back().summary.steps.clear();
    }
  };

  SweepResult result;
  {
    SweepProgressLine line(range.key, !args.quiet);
    line.start(specs.size(), std::min<int>(args.jobs, static_cast<int>(specs.size())));
    result = run_sweep(
        specs, values, args.jobs,
        [&line](std::size_t done, std::size_t total, double v) { line.update(done, total, v); }, on_row);
  }
  if (result.diverged_value) {
    print_error(args.scenario + ": the simulation diverged (non-finite state) at " + range.key + " = " +
                format_number(*result.diverged_value) +
                ", t = " + format_number(result.divergence_time_s.value_or(0)) + " s; no output written");
    return kExitFailure;
  }

  if (json_writer) json_writer->finish();
  throw_if_stop_requested();
  outputs.commit();
  if (outputs.empty() && !args.quiet) print_sweep_table(std::cout, range.key, table);
  return kExitOk;
}

}  // namespace

void add_sweep_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<SweepArgs>();
  CLI::App* sub = app.add_subcommand(
      "sweep", "Run a scenario once per value of one numeric key; one row of summary figures per value");
  sub->add_option("SCENARIO", args->scenario, "Scenario file (TOML)")->required();
  sub->add_option("--vary", args->vary,
                  "The key and its values, e.g. --vary left.superior_gluteal_nerve=1:0:0.1 (1, 0.9, ..., 0)")
      ->type_name("KEY=FROM:TO:STEP")
      ->required();
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
  sub->add_option("--jobs", args->jobs, "Runs at a time, each on its own thread (default 2)")
      ->check(CLI::Range(1, 64));
  sub->add_flag("--quiet", args->quiet, "No progress line and no table");
  sub->callback([args, &action] { action = [args] { return sweep_command(*args); }; });
}

}  // namespace gait
