// summarize() and the --cycles curves of a run computed Frame by Frame, while the run goes: memory
// holds a short window of Frames and small per-cycle records, not the whole run, so it does not
// grow with the duration. The results are bit-identical to summarize() / cycles_csv() over all the
// run's Frames.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "analysis/cycles.h"
#include "analysis/summary.h"
#include "scenario/scenario_spec.h"
#include "sim/frame.h"
#include "sim/run.h"

namespace gait {

/// How it works: the gait-event detectors run as the Frames come; every event before their horizon
/// (a toe-off is known 50 ms late) is final. A gait cycle is measured as soon as its closing initial
/// contact and every event before it are known, on the Frames still in the window: its metrics, its
/// seven resampled curves (kept in an unnamed temporary file, io/scratch_file.h, and read back at
/// the end), and its spatiotemporal share; a single-stance interval likewise. Which cycles are
/// analysed (the median duration) is decided at the end from the small records, in the same order
/// summarize() uses, so every sum is taken in the same order. The window holds the last
/// kStallWindow_s of Frames (the stall criterion) and, further back, only what an open cycle or
/// single stance still needs: about one stride in walking. Only a foot that stays on the ground for
/// longer (no event for minutes) makes the window grow, by a Frame per 10 ms.
class RunAnalyzer {
 public:
  explicit RunAnalyzer(const ScenarioSpec& spec);
  ~RunAnalyzer();
  RunAnalyzer(const RunAnalyzer&) = delete;
  RunAnalyzer& operator=(const RunAnalyzer&) = delete;

  /// The run's next Frame (time order).
  void add(const Frame& f);
  /// After the last Frame: the summary, as summarize(spec, result) gives it.
  Summary finish(const RunOutcome& outcome);
  /// After finish(): the mean cycle curves, as compute_cycle_curves() gives them.
  const CycleCurves& curves() const;
  /// After finish(): the --cycles CSV, as cycles_csv(spec, result) gives it.
  std::string cycles_csv() const;
  /// Frames in the window now (for tests of the memory bound).
  std::size_t window_frames() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Runs `spec` with stream_scenario() and summarizes it with RunAnalyzer; `also` (may be empty)
/// gets every Frame too. Returns the outcome and, unless the run diverged, the summary.
struct StreamedRun {
  RunOutcome outcome;
  std::optional<Summary> summary;
};
StreamedRun run_and_summarize(const ScenarioSpec& spec, const RunOptions& options = {},
                              const FrameSink& also = {});

}  // namespace gait
