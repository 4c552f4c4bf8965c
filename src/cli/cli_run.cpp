// gaitsim run SCENARIO: simulate a scenario headless and report its summary (stdout or --json), its
// time series (--csv), its mean cycles (--cycles) and its joint angles as an OpenSim motion (--mot).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include "analysis/adult_check.h"
#include "analysis/cycles.h"
#include "analysis/opensim_motion.h"
#include "analysis/run_analyzer.h"
#include "analysis/summary.h"
#include "analysis/time_series_csv.h"
#include "cli_common.h"
#include "input_error.h"
#include "interrupt.h"
#include "io/output_file.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"
#include "sim/run.h"

namespace gait {
namespace {

struct RunArgs {
  std::string scenario;
  std::optional<std::string> duration;
  std::vector<std::string> set;
  std::vector<std::string> change;
  std::string json_path, csv_path, cycles_path, mot_path;
  bool quiet = false;
  bool adults = false;
};


int run_command(const RunArgs& args) {
  const ScenarioSpec spec = load_scenario(
      args.scenario, ScenarioOverrides{.set = args.set, .duration = args.duration, .change = args.change});
  // Ctrl-C from here on removes the temporaries (declared first: restored last)
  const StopOnSignals stop_on_signals;
  // every output checked (and its temporary made) before the run
  OutputFiles outputs;
  outputs.add_input(args.scenario, "the scenario file");
  const auto plan = [&outputs](const char* flag, const std::string& path) {
    return path.empty() ? nullptr : &outputs.add(flag, path);
  };
  OutputFile* json = plan("--json", args.json_path);
  OutputFile* csv = plan("--csv", args.csv_path);
  OutputFile* cycles = plan("--cycles", args.cycles_path);
  OutputFile* mot = plan("--mot", args.mot_path);

  // the time series and the summary's records are written and kept as the run goes, not its Frames
  RunAnalyzer analyzer(spec);
  std::optional<TimeSeriesCsvWriter> csv_writer;
  if (csv) csv_writer.emplace(*csv);
  std::optional<MotionFileWriter> mot_writer;
  if (mot) mot_writer.emplace(*mot, "gaitsim " + spec.name);
  RunOutcome outcome;
  {
    ProgressBar bar(args.scenario, !args.quiet);
    RunOptions options;
    options.progress = [&bar](double t_s, double total_s) { bar.update(t_s, total_s); };
    outcome = stream_scenario(
        spec,
        [&](const Frame& f) {
          analyzer.add(f);
          if (csv_writer) csv_writer->add(f);
          if (mot_writer) mot_writer->add(f);
        },
        options);
  }
  if (outcome.diverged) {
    print_error(args.scenario + ": the simulation diverged (non-finite state) at t = " +
                format_number(outcome.divergence_time_s.value_or(outcome.simulated_s)) +
                " s; no output written");
    return kExitFailure;
  }

  // every output is complete before any target changes
  const Summary summary = analyzer.finish(outcome);
  if (csv_writer) csv_writer->finish();
  if (mot_writer) mot_writer->finish();
  if (json) json->write(summary_to_json(summary).dump(2) + "\n");
  if (cycles) cycles->write(analyzer.cycles_csv());
  throw_if_stop_requested();
  outputs.commit();
  if (args.json_path.empty() && !args.quiet) print_summary_table(std::cout, summary);
  if (args.adults && spec.mode != Mode::StanceTest) {
    if (args.json_path.empty() && !args.quiet) std::cout << '\n';
    print_adult_check(std::cout, summary);
  }
  return kExitOk;
}

}  // namespace

void add_run_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<RunArgs>();
  CLI::App* sub = app.add_subcommand("run", "Simulate a scenario headless; print or write its summary");
  sub->add_option("SCENARIO", args->scenario, "Scenario file (TOML)")->required();
  sub->add_option("--duration", args->duration, "Simulated time in s (overrides duration_s)");
  sub->add_option("--set", args->set,
                  "Override a scenario key, e.g. --set left.gluteus_medius=0.2 (repeatable)")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false);  // one value per --set, so the scenario may follow it
  sub->add_option("--change", args->change,
                  "Change an input at a time, e.g. --change 10:left.superior_gluteal_nerve=0 (repeatable)")
      ->type_name("T:KEY=VALUE")
      ->allow_extra_args(false);
  sub->add_option("--json", args->json_path, "Write the summary as JSON to FILE")->type_name("FILE");
  sub->add_option("--csv", args->csv_path, "Write the time series (100 Hz) as CSV to FILE")
      ->type_name("FILE");
  sub->add_option("--cycles", args->cycles_path, "Write the mean gait-cycle curves as CSV to FILE")
      ->type_name("FILE");
  sub->add_option("--mot", args->mot_path,
                  "Write the joint angles (100 Hz) as an OpenSim motion file for the gait2392 model to FILE")
      ->type_name("FILE");
  sub->add_flag("--quiet", args->quiet, "No progress bar and no summary table");
  sub->add_flag("--adults", args->adults,
                "Also print the healthy-adult check: per side the curves' correlation with adults at this speed "
                "and the clinical events, against healthy ranges");
  sub->callback([args, &action] { action = [args] { return run_command(*args); }; });
}

}  // namespace gait
