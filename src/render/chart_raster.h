// A ChartDrawing as pixels, drawn on the CPU (no OpenGL, no window): anti-aliased lines and circles,
// blended rectangles, and text from DejaVu Sans through stb_truetype (Debian's libstb).
#pragma once

#include "analysis/chart_drawing.h"
#include "render/rgb_image.h"

namespace gait {

/// Draws `chart` into a new image of its size. Throws std::runtime_error when no DejaVu Sans font is
/// installed (Debian's fonts-dejavu-core, scripts/install-deps.sh).
RgbImage rasterize_chart(const ChartDrawing& chart);

}  // namespace gait
