// What every subcommand shares: exit codes, the version, one-line errors, the progress bar.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace gait {

/// Exit codes (DESIGN section 9).
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
/// gaitsim record (only in builds with the app's renderer: GAITSIM_HAS_RECORD)
void add_record_command(CLI::App& app, CommandAction& action);

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

/// One output file: the flag that asked for it, its path, and (once computed) its content.
struct Output {
  std::string flag;
  std::string path;
  std::string content;
};

/// The requested outputs (flag, path; empty paths skipped), checked before any work: distinct
/// paths that can be written. Throws InputError.
std::vector<Output> plan_outputs(std::initializer_list<std::pair<const char*, const std::string*>> requested);

/// Writes every output, each atomically; if one fails, removes those already written.
void write_outputs(const std::vector<Output>& outputs);

}  // namespace gait
