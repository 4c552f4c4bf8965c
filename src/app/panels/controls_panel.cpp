// Left column: playback, the abductor sliders per side (through the --change input path), gait,
// body size (rebuild), view options, and the Record section (record_panel.cpp).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/column_layout.h"
#include "app/panels/panels.h"
#include "scenario/scenario_keys.h"

namespace gait {

namespace {

/// A 0..1 input shown in percent; a change becomes an InputRequest.
void percent_slider(const char* label, const std::string& key, double value, Requests& requests) {
  float pct = static_cast<float>(value * 100.0);
  if (ImGui::SliderFloat(label, &pct, 0.0f, 100.0f, "%.0f %%", ImGuiSliderFlags_AlwaysClamp))
    requests.inputs.push_back({key, pct / 100.0});
}

void side_controls(Side s, const AbductorStrength& st, Requests& requests) {
  const std::string side(side_name(s));
  ImGui::PushID(side.c_str());
  percent_slider("Gluteus medius", side + ".gluteus_medius", st.gluteus_medius, requests);
  percent_slider("Gluteus minimus", side + ".gluteus_minimus", st.gluteus_minimus, requests);
  percent_slider("TFL", side + ".tensor_fasciae_latae", st.tensor_fasciae_latae, requests);
  percent_slider("Sup. gluteal n.", side + ".superior_gluteal_nerve", st.superior_gluteal_nerve, requests);
  bool palsy = st.superior_gluteal_nerve <= 0.0;
  if (ImGui::Checkbox("Superior gluteal nerve palsy", &palsy))
    requests.inputs.push_back({side + ".superior_gluteal_nerve", palsy ? 0.0 : 1.0});
  ImGui::PopID();
}

void ranged_slider(const char* label, const char* key, double value, const char* format, Requests& requests) {
  const ScenarioKey* k = find_scenario_key(key);
  float v = static_cast<float>(value);
  if (k && ImGui::SliderFloat(label, &v, static_cast<float>(k->min), static_cast<float>(k->max), format,
                              ImGuiSliderFlags_AlwaysClamp))
    requests.inputs.push_back({key, v});
}

}  // namespace

void draw_controls_panel(const SimSession& session, AppState& app, Requests& requests) {
  place_side_column(app, ColumnSide::Left);
  ImGui::Begin("Controls", nullptr, kPanelFlags);
  note_left_column(app, ImGui::GetWindowWidth());
  ImGui::PushItemWidth(-ImGui::GetFontSize() * 7.5f);

  // scenario and playback
  ImGui::TextWrapped("%s", session.spec().name.c_str());
  if (!session.spec().description.empty() && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 25);
    ImGui::TextUnformatted(session.spec().description.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (ImGui::Button(app.paused ? "Play" : "Pause")) requests.toggle_pause = true;
  ImGui::SameLine();
  if (ImGui::Button("Step")) requests.step_s = 0.01;
  ImGui::SameLine();
  if (ImGui::Button("Reset")) requests.reset = true;
  ImGui::SameLine();
  ImGui::Text("t = %.2f s", session.time_s());
  float speed = static_cast<float>(app.playback_speed);
  if (ImGui::SliderFloat("Playback", &speed, 0.1f, 2.0f, "%.1fx", ImGuiSliderFlags_AlwaysClamp))
    app.playback_speed = speed;
  if (session.frame().fell)
    ImGui::TextColored({1, 0.4f, 0.3f, 1}, "The model fell at %.1f s. Reset (R) to start again.", session.time_s());
  if (session.frame().diverged) ImGui::TextColored({1, 0.3f, 0.3f, 1}, "The simulation diverged: reset.");

  // the abductors, per side
  for (Side side : kSides) {
    ImGui::PushStyleColor(ImGuiCol_Header, side == Side::Left ? IM_COL32(120, 40, 40, 255) : IM_COL32(35, 100, 50, 255));
    const bool open = ImGui::CollapsingHeader(side == Side::Left ? "Left hip abductors" : "Right hip abductors",
                                              ImGuiTreeNodeFlags_DefaultOpen);
    ImGui::PopStyleColor();
    if (open) side_controls(side, session.inputs().strength[side], requests);
  }

  if (ImGui::CollapsingHeader("Gait", ImGuiTreeNodeFlags_DefaultOpen)) {
    ranged_slider("Compensation", "gait.compensation", session.inputs().compensation, "%.2f", requests);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("0: uncompensated (Trendelenburg); 1: full trunk lean over the weak hip (Duchenne)");
    ranged_slider("Speed", "gait.speed_m_s", session.inputs().speed_m_s, "%.2f m/s", requests);
  }

  if (ImGui::CollapsingHeader("Body")) {
    // the scenario keys' own ranges
    const auto body_slider = [](const char* label, const char* key, double& value, const char* format) {
      const ScenarioKey* k = find_scenario_key(key);
      float v = static_cast<float>(value);
      if (k && ImGui::SliderFloat(label, &v, static_cast<float>(k->min), static_cast<float>(k->max), format,
                                  ImGuiSliderFlags_AlwaysClamp))
        value = v;
    };
    body_slider("Mass", "body.mass_kg", app.body_mass_kg, "%.0f kg");
    body_slider("Height", "body.height_m", app.body_height_m, "%.2f m");
    const bool changed = std::abs(app.body_mass_kg - session.spec().mass_kg) > 1e-6 ||
                         std::abs(app.body_height_m - session.spec().height_m) > 1e-6;
    if (ImGui::Button(changed ? "Rebuild body (restarts)" : "Rebuild body"))
      requests.body = std::pair{app.body_mass_kg, app.body_height_m};
  }

  if (ImGui::CollapsingHeader("View", ImGuiTreeNodeFlags_DefaultOpen)) {
    int camera = static_cast<int>(app.camera);
    const char* names[] = {"Posterior (1)", "Anterior (2)", "Left (3)", "Right (4)", "Top (5)", "Orbit (6)"};
    if (ImGui::Combo("Camera", &camera, names, kNumCameraModes)) app.camera = static_cast<CameraMode>(camera);
    ImGui::Checkbox("Muscles", &app.view.show_muscles);
    ImGui::SameLine();
    ImGui::Checkbox("Pelvis line", &app.view.show_pelvis_line);
    ImGui::Checkbox("Trunk axis", &app.view.show_trunk_axis);
    ImGui::SameLine();
    ImGui::Checkbox("Forces", &app.view.show_forces);
    ImGui::Checkbox("Centre of mass", &app.view.show_com);
    ImGui::SameLine();
    ImGui::Checkbox("Ground", &app.view.show_ground);
    ImGui::Checkbox("Compare with healthy", &app.compare);
    if (app.compare) {
      ImGui::SameLine();
      ImGui::Checkbox("overlaid", &app.ghost_overlaid);
    }
  }
  draw_record_section(app, requests);
  ImGui::PopItemWidth();
  ImGui::End();
}

}  // namespace gait
