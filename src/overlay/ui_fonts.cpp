// Font atlas and style sizes for the UI scale.
#include "overlay/ui_fonts.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace gait {

namespace {
constexpr const char* kFontPaths[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                      "/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"};
constexpr const char* kBoldPaths[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                                      "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
                                      "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"};

template <std::size_t N>
const char* first_existing(const char* const (&paths)[N]) {
  for (const char* p : paths)
    if (std::filesystem::exists(p)) return p;
  return nullptr;
}
}  // namespace

float ui_scale_for_display(float dpi, float framebuffer_scale) {
  const float from_dpi = dpi > 0 ? dpi / 96.0f : 1.0f;
  return std::clamp(std::max(from_dpi, framebuffer_scale), 1.0f, 3.0f);
}

UiFonts load_fonts(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  UiFonts fonts;
  const char* regular = first_existing(kFontPaths);
  const char* bold = first_existing(kBoldPaths);
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2190, 0x2193, 0x2264, 0x2265, 0};
  if (regular) {
    fonts.regular = io.Fonts->AddFontFromFileTTF(regular, 15.0f * scale, nullptr, kRanges);
    fonts.large = io.Fonts->AddFontFromFileTTF(bold ? bold : regular, 26.0f * scale, nullptr, kRanges);
  }
  if (!fonts.regular || !fonts.large) {
    io.Fonts->Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    fonts.regular = io.Fonts->AddFontDefault(&config);
    config.SizePixels = 24.0f * scale;
    fonts.large = io.Fonts->AddFontDefault(&config);
  }
  io.Fonts->Build();
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 0;
  style.FrameRounding = 3;
  // a slider's value is written over its grab, centred: a narrow grab (ImGui's is 10 px), drawn a
  // little see-through, leaves "1.0x" or "50 %" readable wherever the grab stands; a click anywhere
  // on the slider still takes it there
  style.GrabMinSize = 4;
  style.Colors[ImGuiCol_SliderGrab].w = 0.75f;
  style.ScaleAllSizes(scale);
  return fonts;
}

}  // namespace gait
