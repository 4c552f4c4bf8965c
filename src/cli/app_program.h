// The app is its own program, gaitsim-app, installed beside gaitsim: `gaitsim [SCENARIO] [flags]`
// (no command) hands its command line over to it, so the command line itself (run, record, quiz,
// ...) never loads SDL2 (docs/architecture.md#programs; tests/house/link_rules_test.cpp).
#pragma once

namespace CLI {
class App;
}

namespace gait {

/// True when argv[1] names one of `app`'s subcommands: the command line runs it in this program.
bool names_a_command(const CLI::App& app, int argc, char** argv);

/// Replaces this process with the app program beside this one (same pid, same arguments, same exit
/// code); returns only if it cannot start, after one error line, with kExitFailure.
int exec_app_program(const char* program_name, char** argv);

}  // namespace gait
