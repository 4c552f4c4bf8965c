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

/// A muscle's strength slider. The superior gluteal nerve supplies gluteus medius, minimus and TFL
/// and multiplies their strength (README, Every scenario key), so under a weakened nerve the slider
/// also reads what acts, "100 % -> 30 %", and a bar along its foot shows that share: a student must
/// not read a full-strength muscle under a palsy (issue 16).
void muscle_slider(const char* label, const std::string& key, double value, double nerve, Requests& requests) {
  if (nerve >= 0.999) {
    percent_slider(label, key, value, requests);
    return;
  }
  // "set -> acting", shortened until it fits the slider (its frame clips the text)
  const double acting = 100.0 * value * nerve;
  char format[64], shown[64];
  const float room = ImGui::CalcItemWidth() - 2 * ImGui::GetStyle().FramePadding.x;
  std::snprintf(format, sizeof format, "%%.0f %%%% \xE2\x86\x92 %.0f %%%%", acting);
  std::snprintf(shown, sizeof shown, "%.0f %% \xE2\x86\x92 %.0f %%", 100.0 * value, acting);
  if (ImGui::CalcTextSize(shown).x > room) {
    std::snprintf(format, sizeof format, "%%.0f\xE2\x86\x92%.0f%%%%", acting);
    std::snprintf(shown, sizeof shown, "%.0f\xE2\x86\x92%.0f%%", 100.0 * value, acting);
    if (ImGui::CalcTextSize(shown).x > room) std::snprintf(format, sizeof format, "\xE2\x86\x92%.0f%%%%", acting);
  }
  float pct = static_cast<float>(value * 100.0);
  if (ImGui::SliderFloat(label, &pct, 0.0f, 100.0f, format, ImGuiSliderFlags_AlwaysClamp))
    requests.inputs.push_back({key, pct / 100.0});
  const ImVec2 r0 = ImGui::GetItemRectMin();
  const ImVec2 r1{r0.x + ImGui::CalcItemWidth(), ImGui::GetItemRectMax().y};
  const float h = std::max(2.0f, 0.15f * (r1.y - r0.y));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled({r0.x, r1.y - h}, {r1.x, r1.y}, IM_COL32(60, 60, 60, 255));
  dl->AddRectFilled({r0.x, r1.y - h}, {r0.x + static_cast<float>(value * nerve) * (r1.x - r0.x), r1.y},
                    IM_COL32(240, 170, 60, 255));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Set to %.0f %%; with the superior gluteal nerve at %.0f %% it acts at %.0f %% of normal",
                      100.0 * value, 100.0 * nerve, 100.0 * value * nerve);
}

void side_controls(Side s, const AbductorStrength& st, Requests& requests) {
  const std::string side(side_name(s));
  ImGui::PushID(side.c_str());
  const double nerve = st.superior_gluteal_nerve;
  muscle_slider("Gluteus medius", side + ".gluteus_medius", st.gluteus_medius, nerve, requests);
  muscle_slider("Gluteus minimus", side + ".gluteus_minimus", st.gluteus_minimus, nerve, requests);
  muscle_slider("TFL", side + ".tensor_fasciae_latae", st.tensor_fasciae_latae, nerve, requests);
  percent_slider("Sup. gluteal n.", side + ".superior_gluteal_nerve", nerve, requests);
  if (nerve < 0.999) ImGui::TextDisabled("muscle \xE2\x86\x92 acting (x nerve)");
  bool palsy = nerve <= 0.0;
  if (ImGui::Checkbox("Nerve palsy", &palsy))
    requests.inputs.push_back({side + ".superior_gluteal_nerve", palsy ? 0.0 : 1.0});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Superior gluteal nerve palsy: the nerve at 0 %%");
  ImGui::PopID();
}

float checkbox_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

float button_width(const char* label) { return ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x; }

void ranged_slider(const char* label, const char* key, double value, const char* format, Requests& requests) {
  const ScenarioKey* k = find_scenario_key(key);
  float v = static_cast<float>(value);
  if (k && ImGui::SliderFloat(label, &v, static_cast<float>(k->min), static_cast<float>(k->max), format,
                              ImGuiSliderFlags_AlwaysClamp))
    requests.inputs.push_back({key, v});
}

}  // namespace

void same_line_if_fits(float next_w) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_w <= right) ImGui::SameLine();
}

namespace {

/// The scenario's name, the playback buttons and speed, and the fall or divergence notice.
void draw_playback(const SimSession& session, AppState& app, Requests& requests) {
  ImGui::TextWrapped("%s", session.spec().name.c_str());
  if (!session.spec().description.empty() && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 25);
    ImGui::TextUnformatted(session.spec().description.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (ImGui::Button(app.paused ? "Play" : "Pause")) requests.toggle_pause = true;
  same_line_if_fits(button_width("Step"));
  if (ImGui::Button("Step")) requests.step_s = 0.01;
  same_line_if_fits(button_width("Reset"));
  if (ImGui::Button("Reset")) requests.reset = true;
  char time_text[32];
  std::snprintf(time_text, sizeof time_text, "t = %.2f s", session.time_s());
  same_line_if_fits(ImGui::CalcTextSize(time_text).x);
  ImGui::TextUnformatted(time_text);
  float speed = static_cast<float>(app.playback_speed);
  if (ImGui::SliderFloat("Playback", &speed, 0.1f, 2.0f, "%.1fx", ImGuiSliderFlags_AlwaysClamp))
    app.playback_speed = speed;
  if (session.frame().fell)
    ImGui::TextWrapped("The model fell at %.1f s. Reset (R) to start again.", session.time_s());
  if (session.frame().diverged) ImGui::TextWrapped("The simulation diverged: reset.");
}

/// The View section: the camera and what the scene shows.
void draw_view_section(AppState& app) {
  if (ImGui::CollapsingHeader("View", ImGuiTreeNodeFlags_DefaultOpen)) {
    int camera = static_cast<int>(app.camera);
    const char* names[] = {"Posterior (1)", "Anterior (2)", "Left (3)", "Right (4)", "Top (5)", "Orbit (6)"};
    if (ImGui::Combo("Camera", &camera, names, kNumCameraModes)) app.camera = static_cast<CameraMode>(camera);
    ImGui::Checkbox("Muscles", &app.view.show_muscles);
    same_line_if_fits(checkbox_width("Pelvis line"));
    ImGui::Checkbox("Pelvis line", &app.view.show_pelvis_line);
    ImGui::Checkbox("Trunk axis", &app.view.show_trunk_axis);
    same_line_if_fits(checkbox_width("Forces"));
    ImGui::Checkbox("Forces", &app.view.show_forces);
    ImGui::Checkbox("Centre of mass", &app.view.show_com);
    same_line_if_fits(checkbox_width("Ground"));
    ImGui::Checkbox("Ground", &app.view.show_ground);
    ImGui::Checkbox("Compare with healthy", &app.compare);
    if (app.compare) {
      same_line_if_fits(checkbox_width("overlaid"));
      ImGui::Checkbox("overlaid", &app.ghost_overlaid);
    }
  }
}

}  // namespace

void draw_controls_contents(const SimSession& session, AppState& app, Requests& requests) {
  // the sliders take what the longest label leaves (never less than 4 em), so no label runs past the
  // column's edge at any width or scale (issue 16)
  float label_w = 0;
  for (const char* label : {"Gluteus minimus", "Gluteus medius", "Sup. gluteal n.", "Compensation", "Playback",
                            "Camera", "Format", "Length"})
    label_w = std::max(label_w, ImGui::CalcTextSize(label).x);
  label_w += ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::PushItemWidth(std::max(4.0f * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x - label_w));

  draw_playback(session, app, requests);

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

  draw_view_section(app);
  draw_record_section(app, requests);
  ImGui::PopItemWidth();
}

void draw_controls_panel(const SimSession& session, const LiveReadouts& readouts, const LiveReadouts& ghost,
                         const UiFonts& fonts, AppState& app, Requests& requests) {
  if (app.tier == LayoutTier::Presentation) {
    app.left_w = 0;
    return;
  }
  place_side_column(app, ColumnSide::Left);
  ImGui::Begin("Controls", nullptr, kPanelFlags);
  note_left_column(app, ImGui::GetWindowWidth());
  if (app.tier != LayoutTier::Narrow) {
    draw_controls_contents(session, app, requests);
  } else if (ImGui::BeginTabBar("narrow")) {
    // one column for everything: the controls, the read-outs and the plots as tabs
    if (ImGui::BeginTabItem("Controls")) {
      draw_controls_contents(session, app, requests);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Read-outs")) {
      draw_readouts_contents(session, readouts, fonts, app);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Plots")) {
      draw_plot_grid(readouts, ghost, app, 1);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

}  // namespace gait
