// Shared command-line pieces: one-line errors on stderr, the terminal progress bar, Ctrl-C.
#include "cli_common.h"

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "interrupt.h"

namespace gait {

void print_error(std::string_view message) {
  std::string line(message);
  std::replace(line.begin(), line.end(), '\n', ' ');
  while (!line.empty() && line.back() == ' ') line.pop_back();
  std::cerr << "gaitsim: " << line << std::endl;
}

ProgressBar::ProgressBar(std::string label, bool enabled)
    : label_(std::move(label)), enabled_(enabled && isatty(STDERR_FILENO) != 0) {}

ProgressBar::~ProgressBar() {
  // erase the bar, leaving the line clean for what follows
  if (enabled_ && last_permille_ >= 0) std::fprintf(stderr, "\r\033[K");
}

void ProgressBar::update(double done, double total) {
  if (!enabled_ || total <= 0) return;
  const int permille = static_cast<int>(std::clamp(done / total, 0.0, 1.0) * 1000);
  if (permille == last_permille_) return;
  last_permille_ = permille;
  constexpr int kWidth = 30;
  const int filled = permille * kWidth / 1000;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '-');
  std::fprintf(stderr, "\r%s [%s] %6.1f / %.1f s", label_.c_str(), bar.c_str(), done, total);
  std::fflush(stderr);
}

namespace {

extern "C" void on_stop_signal(int signal) {
  // a second Ctrl-C ends the process at once, as if there were no handler
  if (stop_signal() != 0) {
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    return;
  }
  request_stop(signal);
}

}  // namespace

struct StopOnSignals::Saved {
  struct sigaction on_int {
  }, on_term{}, on_pipe{};
};

StopOnSignals::StopOnSignals() : saved_(std::make_unique<Saved>()) {
  clear_stop_request();
  struct sigaction stop {};
  stop.sa_handler = on_stop_signal;
  sigemptyset(&stop.sa_mask);
  stop.sa_flags = 0;  // no SA_RESTART: a blocking open or write returns EINTR
  sigaction(SIGINT, &stop, &saved_->on_int);
  sigaction(SIGTERM, &stop, &saved_->on_term);
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGPIPE, &ignore, &saved_->on_pipe);
}

StopOnSignals::~StopOnSignals() {
  sigaction(SIGINT, &saved_->on_int, nullptr);
  sigaction(SIGTERM, &saved_->on_term, nullptr);
  sigaction(SIGPIPE, &saved_->on_pipe, nullptr);
}

}  // namespace gait
