// gaitsim check SCENARIO...: validate scenario files, one line each ("path: ok" or the problem).
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "input_error.h"
#include "scenario/parse_scenario.h"

namespace gait {
namespace {

struct CheckArgs {
  std::vector<std::string> scenarios;
  bool print_keys = false;
};

int check_command(const CheckArgs& args) {
  if (args.print_keys) {
    std::cout << scenario_key_reference_markdown();
    return kExitOk;
  }
  if (args.scenarios.empty()) throw InputError("", 0, "", "check: give at least one scenario file");
  bool all_ok = true;
  for (const std::string& path : args.scenarios) {
    try {
      load_scenario(path);
      std::cout << path << ": ok\n";
    } catch (const InputError& e) {
      std::cout << e.what() << "\n";
      all_ok = false;
    }
  }
  return all_ok ? kExitOk : kExitBadInput;
}

}  // namespace

void add_check_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* sub =
      app.add_subcommand("check", "Validate scenario files: one line per file, 'ok' or the problem");
  sub->add_option("SCENARIO", args->scenarios, "Scenario files (TOML)");
  sub->add_flag("--keys", args->print_keys,
                "Print every scenario key (type, unit, range, default) as Markdown");
  sub->callback([args, &action] { action = [args] { return check_command(*args); }; });
}

}  // namespace gait
