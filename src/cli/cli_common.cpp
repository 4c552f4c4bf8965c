// Shared command-line pieces: one-line errors on stderr and the terminal progress bar.
#include "cli_common.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "input_error.h"
#include "io/atomic_file.h"

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

std::vector<Output> plan_outputs(std::initializer_list<std::pair<const char*, const std::string*>> requested) {
  std::vector<Output> outputs;
  for (const auto& [flag, path] : requested) {
    if (path->empty()) continue;
    for (const Output& o : outputs)
      if (o.path == *path)
        throw InputError(*path, 0, "", std::string(flag) + " names the same file as " + o.flag);
    check_writable(*path);
    outputs.push_back({flag, *path, ""});
  }
  return outputs;
}

void write_outputs(const std::vector<Output>& outputs) {
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    try {
      write_file_atomically(outputs[i].path, outputs[i].content);
    } catch (...) {
      for (std::size_t j = 0; j < i; ++j) std::remove(outputs[j].path.c_str());
      throw;
    }
  }
}

}  // namespace gait
