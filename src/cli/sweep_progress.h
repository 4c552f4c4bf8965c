// The sweep's progress bar on stderr: runs done, the simulated seconds of the runs under way, and an
// estimate of the time left (issue 16: counting finished runs alone stood still for minutes).
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace gait {

/// What the bar shows, kept apart from the terminal so that a test can read the line.
struct SweepProgressState {
  std::string key;                        ///< the varied key
  std::vector<double> durations_s;        ///< each run's simulated length (s)
  std::size_t done = 0;                   ///< runs finished
  double done_duration_s = 0;             ///< their lengths, summed (s): a fallen run counts whole
  std::map<std::size_t, double> running;  ///< run index -> simulated seconds so far
};

/// "sweep [#####---------------] 3/11 runs  running 12 s, 4 s of 30 s  0:41 elapsed  ETA 1:20": the bar
/// fills with the simulated seconds done of all runs' seconds; the estimate divides the seconds
/// still to simulate by the rate so far (simulated seconds per wall second, all workers together);
/// "ETA -" before there is a rate.
std::string sweep_progress_text(const SweepProgressState& state, double elapsed_s);

/// The bar, rewritten in place on stderr when it is a terminal (nothing otherwise), at most five
/// times a second; erased when destroyed. Its methods may be called from any thread.
class SweepProgressBar {
 public:
  SweepProgressBar(std::string key, std::vector<double> durations_s, bool enabled);
  ~SweepProgressBar();
  SweepProgressBar(const SweepProgressBar&) = delete;
  SweepProgressBar& operator=(const SweepProgressBar&) = delete;

  /// Run `index` has simulated `simulated_s` seconds (run_sweep's on_time).
  void run_time(std::size_t index, double simulated_s);
  /// Run `index` has finished (run_sweep's progress).
  void run_done(std::size_t index);

 private:
  void draw(bool force);
  std::mutex mutex_;
  SweepProgressState state_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace gait
