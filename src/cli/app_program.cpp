// Handing the command line over to the app program (app_program.h).
#include "app_program.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "cli_common.h"

namespace gait {

bool names_a_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2) return false;
  const std::string first = argv[1];
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->get_name() == first) return true;
  return false;
}

int exec_app_program(const char* program_name, char** argv) {
  // beside this program: the build folder, or PREFIX/bin after make install (Linux: /proc/self/exe)
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  const std::filesystem::path app = (ec ? std::filesystem::path(".") : self.parent_path()) / program_name;
  execv(app.c_str(), argv);  // returns only on failure
  print_error("cannot start the app (" + app.string() + "): " + std::strerror(errno));
  return kExitFailure;
}

}  // namespace gait
