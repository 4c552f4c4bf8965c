// Stopping long work on request: the command line's SIGINT / SIGTERM handler calls request_stop(),
// and the run loop, the sweep's workers and the output writer call throw_if_stop_requested().
#pragma once

#include <exception>

namespace gait {

/// Thrown by throw_if_stop_requested(): the work was abandoned at the user's request. The command
/// line prints "interrupted; no file written" and exits with 128 + signal (130 for SIGINT, 143 for
/// SIGTERM), the shells' convention for a process ended by a signal.
class Interrupted : public std::exception {
 public:
  explicit Interrupted(int signal) : signal_(signal) {}
  int signal() const { return signal_; }
  const char* what() const noexcept override { return "interrupted"; }

 private:
  int signal_;
};

/// Asks long work to stop; `signal` is the signal number that asked (non-zero). Async-signal-safe
/// (one lock-free atomic store), so a signal handler may call it.
void request_stop(int signal) noexcept;

/// The signal that asked to stop, or 0 when none did.
int stop_signal() noexcept;

/// Forgets a stop request (for tests, and for a new command in the same process).
void clear_stop_request() noexcept;

/// Throws Interrupted when a stop was requested.
void throw_if_stop_requested();

}  // namespace gait
