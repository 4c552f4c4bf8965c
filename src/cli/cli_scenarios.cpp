// gaitsim scenarios: the scenario library (scenario/scenario_library.h), one line per scenario with
// its name, so that `gaitsim run normal.toml` can be typed from any folder.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

#include "cli_common.h"
#include "input_error.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_library.h"

namespace gait {
namespace {

int scenarios_command() {
  const std::vector<std::filesystem::path> dirs = scenario_library_dirs();
  if (dirs.empty()) {
    print_error("no scenario library found (PREFIX/share/gaitsim/scenarios beside the program)");
    return kExitFailure;
  }
  const std::filesystem::path& dir = dirs.front();
  std::printf("Scenario library: %s\n", dir.string().c_str());
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& f : files) {
    std::string name;
    try {
      name = load_scenario(f.string()).name;
    } catch (const InputError& e) {
      name = std::string("(") + e.what() + ")";
    }
    std::printf("  %-36s %s\n", f.filename().string().c_str(), name.c_str());
  }
  std::printf("Run one by its file name from any folder, e.g. gaitsim run normal.toml\n");
  return kExitOk;
}

}  // namespace

void add_scenarios_command(CLI::App& app, CommandAction& action) {
  CLI::App* sub = app.add_subcommand("scenarios", "List the scenario library (usable by file name from any folder)");
  sub->callback([&action] { action = [] { return scenarios_command(); }; });
}

}  // namespace gait
