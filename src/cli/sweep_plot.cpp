// The chart of sweep --plot: SVG text from core, PNG through the CPU rasteriser of gaitsim_render.
#include "sweep_plot.h"

#include <algorithm>
#include <cctype>

#include "input_error.h"
#ifdef GAITSIM_HAS_RECORD
#include "render/chart_raster.h"
#include "render/png_writer.h"
#endif

namespace gait {

SweepPlot plan_sweep_plot(const std::string& path, const std::string& figure, std::size_t varied_keys,
                          bool sharded) {
  SweepPlot plot;
  plot.path = path;
  const std::string flag = "--plot " + path;
  const auto dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext != ".png" && ext != ".svg")
    throw InputError(flag, 0, "",
                     (ext.empty() ? std::string("no extension") : "unknown extension \"" + ext + "\"") +
                         "; the chart is written as .png or .svg");
#ifndef GAITSIM_HAS_RECORD
  if (ext == ".png")
    throw InputError(flag, 0, "", "this build has no renderer (GAITSIM_BUILD_GUI=OFF); write the chart as .svg");
#endif
  plot.png = ext == ".png";
  plot.figure = find_chart_figure(figure);
  if (!plot.figure)
    throw InputError("--plot-figure " + figure, 0, "", "unknown figure; one of " + chart_figure_names());
  if (varied_keys != 1)
    throw InputError(flag, 0, "", "the chart draws one varied key; give one --vary (" +
                                      std::to_string(varied_keys) + " given)");
  if (sharded)
    throw InputError(flag, 0, "", "a shard holds part of the sweep; plot the whole sweep (leave out --shard)");
  return plot;
}

void write_sweep_plot(TextSink& out, const SweepPlot& plot, const std::vector<SweepRow>& rows,
                      const DoseResponseLabels& labels) {
  const ChartDrawing chart = dose_response_chart(dose_response_points(rows, *plot.figure), *plot.figure, labels);
#ifdef GAITSIM_HAS_RECORD
  if (plot.png) {
    out.write(encode_png(rasterize_chart(chart)));
    return;
  }
#endif
  out.write(chart_svg(chart));
}

}  // namespace gait
