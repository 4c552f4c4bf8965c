// The app's dose-response chart (README "The app"): the current scenario swept over the left superior
// gluteal nerve on a worker thread, never stalling the view, and drawn in its own window with the
// same layout as `gaitsim sweep --plot` (analysis/dose_response.h).
#pragma once

#include <future>
#include <optional>
#include <string>
#include <vector>

#include "analysis/dose_response.h"
#include "app/app_state.h"
#include "scenario/scenario_spec.h"

namespace gait {

/// The nerve values the app sweeps, and each run's simulated time (s): enough for the drops of a few
/// strides, little enough to finish within seconds on one thread.
inline constexpr double kChartNerveValues[] = {1.0, 0.75, 0.5, 0.25, 0.0};
inline constexpr double kChartRunDuration_s = 12.0;

class DoseChart {
 public:
  DoseChart() = default;
  ~DoseChart();  ///< waits for a sweep still running (a few seconds at most)
  DoseChart(const DoseChart&) = delete;
  DoseChart& operator=(const DoseChart&) = delete;

  /// Starts the sweep of `spec` (its own inputs, the left nerve at each value) on one worker thread;
  /// a sweep already running is left to finish and its result dropped.
  void start(const ScenarioSpec& spec);
  /// Collects a finished sweep; call once a frame. True when a new chart came in.
  bool poll();
  bool running() const { return job_.valid(); }
  /// The chart of the last finished sweep, if any.
  const std::optional<ChartDrawing>& chart() const { return chart_; }
  const std::string& scenario() const { return scenario_; }

 private:
  std::future<std::vector<SweepRow>> job_;
  std::vector<std::future<std::vector<SweepRow>>> dropped_;
  std::optional<ChartDrawing> chart_;
  std::string scenario_, pending_scenario_;
  double pending_duration_s_ = 0;
};

/// The chart's window (View > Dose-response chart): the chart, or the sweep's progress, and a button
/// to sweep the current scenario; hidden while a quiz case is (it would give the case away).
void draw_dose_chart_window(const DoseChart& chart, AppState& app, Requests& requests);

/// Draws `chart` into the current ImGui window's remaining space, scaled to fit (no rotated text: the
/// vertical axis label is written above the axis).
void draw_chart_in_window(const ChartDrawing& chart);

}  // namespace gait
