// The stop request: one process-wide atomic, set from a signal handler and polled by long work.
#include "interrupt.h"

#include <atomic>

namespace gait {
namespace {

// lock-free, so storing it is async-signal-safe (C++20 [support.signal])
std::atomic<int> g_stop_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

}  // namespace

void request_stop(int signal) noexcept {
  g_stop_signal.store(signal, std::memory_order_relaxed);
}

int stop_signal() noexcept {
  return g_stop_signal.load(std::memory_order_relaxed);
}

void clear_stop_request() noexcept {
  g_stop_signal.store(0, std::memory_order_relaxed);
}

void throw_if_stop_requested() {
  if (const int s = stop_signal(); s != 0) throw Interrupted(s);
}

}  // namespace gait
