// gaitsim's entry point: parse the command line, run the chosen subcommand, map errors to exit codes
// (0 success, 1 divergence or internal error, 2 bad input; docs/architecture.md#errors-and-outputs).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>

#include "cli_common.h"
#include "cli_grid.h"
#ifdef GAITSIM_HAS_APP
#include "cli_app.h"
#endif
#ifdef GAITSIM_APP_PROGRAM
#include "app_program.h"
#endif
#include "input_error.h"
#include "interrupt.h"

namespace {

// "gaitsim [SCENARIO]" (no subcommand) opens the app: add_app_options below
constexpr gait::CommandSetup kCommands[] = {gait::add_run_command,     gait::add_sweep_command,
                                            gait::add_grid_command,    gait::add_check_command,
                                            gait::add_muscles_command,    gait::add_scenarios_command,
                                            gait::add_merge_command,
#ifdef GAITSIM_HAS_RECORD
                                            gait::add_record_command,
                                            gait::add_quiz_command
#endif
};

/// "run, check": the subcommands, for messages.
std::string command_names(CLI::App& app) {
  std::string names;
  for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    names += (names.empty() ? "" : ", ") + sub->get_name();
  return names;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gaitsim: a walking lower body, its hip abductors and the Trendelenburg sign", "gaitsim"};
  app.set_version_flag("--version", std::string(gait::kVersion));
  app.footer(
      "Exit codes: 0 success (a fall is a result), 1 numerical divergence or internal error, 2 bad input.\n"
      "Run 'gaitsim COMMAND --help' for a command's options.");
  gait::CommandAction action;
  for (gait::CommandSetup setup : kCommands) setup(app, action);
#ifdef GAITSIM_HAS_APP
  gait::add_app_options(app, action);  // no subcommand: gaitsim [SCENARIO] opens the app
#endif
#ifdef GAITSIM_APP_PROGRAM
  // no command (a scenario, app flags, --help, --version or nothing): the app program, which holds the
  // same command line plus the app; the commands run here, without SDL2 (app_program.h)
  if (!gait::names_a_command(app, argc, argv)) return gait::exec_app_program(GAITSIM_APP_PROGRAM, argv);
#endif

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ExtrasError& e) {
    if (app.get_subcommands().empty() && argc > 1)
      gait::print_error("unknown command \"" + std::string(argv[1]) + "\"; the commands are " +
                        command_names(app));
    else
      gait::print_error(e.what());
    return gait::kExitBadInput;
  } catch (const CLI::ParseError& e) {
    gait::print_error(e.what());
    return gait::kExitBadInput;
  }
  if (!action) {
    gait::print_error("no command given (the app is not part of this build); see gaitsim --help");
    return gait::kExitBadInput;
  }

  try {
    return action();
  } catch (const gait::Interrupted& e) {
    // the outputs' temporaries are gone (unwinding removed them); 130 for SIGINT, 143 for SIGTERM
    gait::print_error("interrupted; no file written");
    return 128 + e.signal();
  } catch (const gait::InputError& e) {
    gait::print_error(e.what());
    return gait::kExitBadInput;
  } catch (const std::exception& e) {
    gait::print_error(std::string("internal error: ") + e.what());
    return gait::kExitFailure;
  }
}
