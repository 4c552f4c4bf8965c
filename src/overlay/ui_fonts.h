// Fonts and sizes for every screen: DejaVu Sans (fonts-dejavu-core) scaled by the UI scale, or
// ImGui's built-in font when it is missing; a large face for the clinical figures.
#pragma once

struct ImFont;

namespace gait {

struct UiFonts {
  ImFont* regular = nullptr;
  ImFont* large = nullptr;
};

/// UI scale for a display of `dpi` dots per inch (96 = 1), and for a drawable larger than the
/// window (Retina-style), clamped to 1..3.
float ui_scale_for_display(float dpi, float framebuffer_scale);

/// Rebuilds the font atlas (and the style's sizes) for `scale`; call before NewFrame, then let the
/// renderer back end upload the atlas again.
UiFonts load_fonts(float scale);

}  // namespace gait
