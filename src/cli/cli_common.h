// What every subcommand shares: exit codes, the version, one-line errors, the progress bar.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace gait {

/// Exit codes (docs/architecture.md#errors-and-outputs).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   ///< numerical divergence or internal error
inline constexpr int kExitBadInput = 2;  ///< scenario, flags, files

/// The program version; keep equal to project(VERSION) in CMakeLists.txt (a test checks).
inline constexpr std::string_view kVersion = "0.1.0";

/// A subcommand's work, run after the whole command line has parsed; returns the exit code.
using CommandAction = std::function<int()>;

/// Registers a subcommand on `app`; when the command line selects it, `action` is set to its work.
using CommandSetup = void (*)(CLI::App& app, CommandAction& action);

void add_run_command(CLI::App& app, CommandAction& action);
void add_check_command(CLI::App& app, CommandAction& action);
void add_sweep_command(CLI::App& app, CommandAction& action);
void add_muscles_command(CLI::App& app, CommandAction& action);
/// gaitsim merge: joins the outputs of sweep --shard (cli_merge.cpp)
void add_merge_command(CLI::App& app, CommandAction& action);
/// gaitsim record (only in builds with the app's renderer: GAITSIM_HAS_RECORD)
void add_record_command(CLI::App& app, CommandAction& action);
/// gaitsim quiz (with the recorder, like record): mystery-patient clips, answer sheet and key
void add_quiz_command(CLI::App& app, CommandAction& action);

/// Prints "gaitsim: <message>" on stderr as one line (newlines in `message` become spaces).
void print_error(std::string_view message);

/// Draws "[#####-----] 12.0 / 30.0 s" on stderr while long work runs, only if stderr is a terminal
/// and it is enabled; erases itself when destroyed.
class ProgressBar {
 public:
  ProgressBar(std::string label, bool enabled);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// Shows progress `done` of `total` (same unit, seconds of simulated time).
  void update(double done, double total);

 private:
  std::string label_;
  bool enabled_;
  int last_permille_ = -1;
};

/// While alive: SIGINT and SIGTERM ask long work to stop (interrupt.h: it throws Interrupted, the
/// outputs' temporaries are removed as it unwinds, and main() prints "interrupted; no file written"
/// and exits with 128 + the signal) instead of ending the process at once; blocking calls are not
/// restarted after them (a FIFO output waiting for its reader gives up). A second such signal ends
/// the process at once. SIGPIPE is ignored, so a closed pipe is a write error with a message.
/// Restores the previous handlers when destroyed.
class StopOnSignals {
 public:
  StopOnSignals();
  ~StopOnSignals();
  StopOnSignals(const StopOnSignals&) = delete;
  StopOnSignals& operator=(const StopOnSignals&) = delete;

 private:
  struct Saved;
  std::unique_ptr<Saved> saved_;
};

}  // namespace gait
