#include "sweep_progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gait {
namespace {

/// "m:ss"
std::string clock_text(double s) {
  const long total = std::lround(std::max(s, 0.0));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
  return buf;
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f s", s);
  return buf;
}

}  // namespace

std::string sweep_progress_text(const SweepProgressState& state, double elapsed_s) {
  double total_s = 0;
  for (double d : state.durations_s) total_s += d;
  double simulated_s = state.done_duration_s;
  std::string running;
  for (const auto& [index, t] : state.running) {
    simulated_s += t;
    running += (running.empty() ? "running " : ", ") + seconds_text(t);
  }
  // the runs under way may differ in length (a swept duration_s): name the longest
  if (!state.running.empty()) {
    double longest = 0;
    for (const auto& [index, t] : state.running)
      if (index < state.durations_s.size()) longest = std::max(longest, state.durations_s[index]);
    running += " of " + seconds_text(longest);
  }
  constexpr int kWidth = 20;
  const double fraction = total_s > 0 ? std::clamp(simulated_s / total_s, 0.0, 1.0) : 0;
  const int filled = static_cast<int>(fraction * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '-');
  const double rate = elapsed_s > 0 ? simulated_s / elapsed_s : 0;
  const std::string eta = rate > 0 ? clock_text((total_s - simulated_s) / rate) : "-";
  char buf[96];
  std::snprintf(buf, sizeof buf, "] %zu/%zu runs  ", state.done, state.durations_s.size());
  std::string line = "sweep [" + bar + buf;
  if (!running.empty()) line += running + "  ";
  line += clock_text(elapsed_s) + " elapsed  ETA " + eta + "  " + state.key;
  return line;
}

SweepProgressBar::SweepProgressBar(std::string key, std::vector<double> durations_s, bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {
  state_.key = std::move(key);
  state_.durations_s = std::move(durations_s);
  const std::lock_guard lock(mutex_);
  draw(true);
}

SweepProgressBar::~SweepProgressBar() {
  if (enabled_ && shown_) std::fprintf(stderr, "\r\033[K");
}

void SweepProgressBar::run_time(std::size_t index, double simulated_s) {
  const std::lock_guard lock(mutex_);
  state_.running[index] = simulated_s;
  draw(false);
}

void SweepProgressBar::run_done(std::size_t index) {
  const std::lock_guard lock(mutex_);
  state_.running.erase(index);
  ++state_.done;
  if (index < state_.durations_s.size()) state_.done_duration_s += state_.durations_s[index];
  draw(true);
}

void SweepProgressBar::draw(bool force) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  const double elapsed_s = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r\033[K%s", sweep_progress_text(state_, elapsed_s).c_str());
  std::fflush(stderr);
  shown_ = true;
}

}  // namespace gait
