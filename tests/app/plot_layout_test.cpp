// The gait-cycle strip's text at every width and UI scale, with the app's own fonts (no window): a
// plot's title and unit never overlap nor leave the plot, and share a line whenever they fit on
// one; the strip's caption keeps every clause, its title-bar part fitting the title bar.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <string>
#include <utility>

#include "overlay/overlay_draw.h"
#include "app/panels/panels.h"
#include "overlay/ui_fonts.h"

using namespace gait;

namespace {

/// An ImGui context with the app's fonts at `scale`, for the length of a test.
struct FontContext {
  explicit FontContext(float scale) {
    ImGui::CreateContext();
    fonts = load_fonts(scale);
  }
  ~FontContext() { ImGui::DestroyContext(); }
  FontContext(const FontContext&) = delete;
  FontContext& operator=(const FontContext&) = delete;
  UiFonts fonts;
};

float width_of(const ImFont* font, const std::string& text) {
  return font->CalcTextSizeA(font->FontSize, 1e9f, 0, text.c_str()).x;
}

}  // namespace

TEST_CASE("plot header: title and unit apart and inside the plot at any width and UI scale", "[unit][app]") {
  // the strip's longest pairs (plots_panel.cpp)
  const std::pair<const char*, const char*> headers[] = {{"Pelvic obliquity", "deg, side up +"},
                                                         {"Trunk lean", "deg, to side +"},
                                                         {"Hip abductor moment", "Nm/kg"}};
  for (float scale : {1.0f, 1.25f, 1.5f, 2.0f, 3.0f}) {
    FontContext context(scale);
    const ImFont* font = context.fonts.regular;
    REQUIRE(font != nullptr);
    const float size = font->FontSize;
    for (const auto& [title, unit] : headers) {
      const float whole = width_of(font, title) + width_of(font, unit);
      int one_line = 0, two_lines = 0;
      for (float width = 10; width <= 1000; width += 1) {
        const PlotHeader h = layout_plot_header(font, size, title, unit, width, scale);
        INFO("scale " << scale << ", " << title << ", width " << width << ": '" << h.title << "' / '"
                      << h.unit << "'");
        // what is drawn is as wide as it is measured, and inside the plot
        CHECK(h.title_size.x == Approx(width_of(font, h.title)).margin(0.01));
        CHECK(h.unit_size.x == Approx(width_of(font, h.unit)).margin(0.01));
        CHECK(h.title_pos.x >= 0);
        CHECK(h.title_pos.x + h.title_size.x <= width + 0.01f);
        CHECK(h.unit_pos.x >= 0);
        CHECK(h.unit_pos.x + h.unit_size.x <= width + 0.01f);
        // never on one another: apart on one line, or on lines of their own
        const bool apart_x =
            h.title_pos.x + h.title_size.x < h.unit_pos.x || h.unit_pos.x + h.unit_size.x < h.title_pos.x;
        const bool apart_y = h.title_pos.y + h.title_size.y <= h.unit_pos.y;
        CHECK((apart_x || apart_y));
        CHECK(h.height(size) >= h.unit_pos.y + h.unit_size.y);
        // side by side where both fit with a gap (no line lost to the plot), cut only where one
        // does not fit even on its own line
        if (whole + size + 12 * scale <= width) CHECK(h.lines == 1);
        if (width_of(font, title) + 12 * scale <= width) CHECK(h.title == title);
        if (width_of(font, unit) + 12 * scale <= width) CHECK(h.unit == unit);
        CHECK(h.elided == (h.title != title || h.unit != unit));
        if (h.title != title && !h.title.empty()) CHECK(h.title.substr(h.title.size() - 3) == "...");
        ++(h.lines == 1 ? one_line : two_lines);
      }
      // the sweep saw both layouts
      CHECK(one_line > 0);
      CHECK(two_lines > 0);
    }
    // a strip whose plots need two lines gives every plot two: their plot areas stay level
    CHECK(layout_plot_header(font, size, "Trunk lean", "deg, to side +", 1000, scale, 2).lines == 2);
  }
}

TEST_CASE("plots caption: every clause shown, the title bar's part fitting it", "[unit][app]") {
  const std::string whole =
      "Gait cycle: last 4 strides; shaded: normal adults; blue: healthy model (compare)";
  for (float scale : {1.0f, 1.5f, 2.0f}) {
    FontContext context(scale);
    const ImFont* font = context.fonts.regular;
    REQUIRE(font != nullptr);
    for (float width = 50; width <= 1500; width += 5) {
      const PlotsCaption c = plots_caption(font, font->FontSize, width);
      INFO("scale " << scale << ", width " << width << ": '" << c.title << "' + '" << c.legend << "'");
      // "Gait cycle" stays in the title bar however narrow; the rest only where it fits
      if (c.title != "Gait cycle") CHECK(width_of(font, c.title) <= width);
      const std::string joined =
          c.legend.empty() ? c.title : c.title + (c.title == "Gait cycle" ? ": " : "; ") + c.legend;
      CHECK(joined == whole);
      // nothing left to the legend that would have fitted in the title bar
      if (width_of(font, whole) <= width) CHECK(c.legend.empty());
    }
  }
}
