// The main menu bar: scenarios from scenarios/, view options and cameras, help with the shortcuts,
// the record button, and the frame time on the right.
#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "app/panels/panels.h"

namespace gait {

void draw_menu_bar(AppState& app, Requests& requests) {
  if (!ImGui::BeginMainMenuBar()) return;
  app.menu_h = ImGui::GetWindowHeight();
  if (ImGui::BeginMenu("Scenario")) {
    if (app.scenario_files.empty()) ImGui::TextDisabled("no scenarios/*.toml found");
    for (const std::string& path : app.scenario_files) {
      const std::string label = std::filesystem::path(path).filename().string();
      if (ImGui::MenuItem(label.c_str(), nullptr, path == app.scenario_path)) requests.load_scenario = path;
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Reset", "R")) requests.reset = true;
    if (ImGui::MenuItem("Screenshot", "F")) requests.screenshot = std::string();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) requests.quit = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    const char* names[] = {"Posterior", "Anterior", "Left", "Right", "Top", "Orbit (drag, wheel)"};
    const char* keys[] = {"1", "2", "3", "4", "5", "6"};
    for (int i = 0; i < kNumCameraModes; ++i)
      if (ImGui::MenuItem(names[i], keys[i], static_cast<int>(app.camera) == i)) app.camera = static_cast<CameraMode>(i);
    ImGui::Separator();
    ImGui::MenuItem("Compare with healthy (ghost)", "C", &app.compare);
    ImGui::MenuItem("Ghost on the walker", nullptr, &app.ghost_overlaid);
    if (ImGui::MenuItem("Presentation mode", "F11", app.presentation)) requests.toggle_presentation = true;
    ImGui::Separator();
    float scale = app.ui_scale;
    if (ImGui::SliderFloat("UI scale", &scale, 0.75f, 3.0f, "%.2f")) {
      app.ui_scale = scale;
      app.fonts_dirty = true;
    }
    ImGui::EndMenu();
  }
  draw_quiz_menu(app, requests);
  if (ImGui::BeginMenu("Help")) {
    ImGui::TextUnformatted(
        "Space  play / pause\n"
        "R      reset\n"
        "Right  step 10 ms    Left  step 1 ms\n"
        "Up / Down  playback speed\n"
        "1-6    posterior, anterior, left, right, top, orbit camera\n"
        "C      compare with the healthy model\n"
        "F      screenshot (PNG in the current folder)\n"
        "F9     record a clip of the 3D view / stop (MP4 in the current folder)\n"
        "Drag   orbit the camera; wheel zooms\n"
        "Hover a muscle band for its anatomy card.");
    ImGui::EndMenu();
  }
  draw_record_button(app, requests);
  // timing on the right
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s%.1f ms/frame  %.0f fps  %.1fx", app.lagging ? "behind real time  " : "",
                app.frame_ms, app.frame_ms > 0 ? 1000.0 / app.frame_ms : 0.0, app.paused ? 0.0 : app.playback_speed);
  const float w = ImGui::CalcTextSize(buf).x;
  ImGui::SameLine(ImGui::GetWindowWidth() - w - ImGui::GetFontSize());
  ImGui::TextDisabled("%s", buf);
  if (!app.status.empty()) {
    ImGui::SameLine(ImGui::GetWindowWidth() - w - ImGui::CalcTextSize(app.status.c_str()).x - 3 * ImGui::GetFontSize());
    ImGui::TextUnformatted(app.status.c_str());
  }
  ImGui::EndMainMenuBar();
}

}  // namespace gait
