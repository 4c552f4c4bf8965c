// sweep --plot FILE.png|.svg: the dose-response chart of a sweep (README "The dose-response chart").
#pragma once

#include <string>
#include <vector>

#include "analysis/dose_response.h"
#include "io/text_sink.h"

namespace gait {

struct SweepPlot {
  std::string path;
  bool png = false;  ///< else SVG
  const ChartFigure* figure = nullptr;
};

/// Checks --plot and --plot-figure before any run: the extension (.png or .svg), the figure's name,
/// one varied key, no --shard. Throws InputError naming the flag.
SweepPlot plan_sweep_plot(const std::string& path, const std::string& figure, std::size_t varied_keys,
                          bool sharded);

/// Draws the chart of `rows` (values of the one varied key) and writes it to `out`.
void write_sweep_plot(TextSink& out, const SweepPlot& plot, const std::vector<SweepRow>& rows,
                      const DoseResponseLabels& labels);

}  // namespace gait
