// Right column: the clinical read-outs per side in large type, the demand/capacity bar, the phase
// bar, and the anatomy card (also shown for a hovered muscle band).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/anatomy_cards.h"
#include "app/column_layout.h"
#include "app/overlay_draw.h"
#include "app/panels/panels.h"
#include "units.h"

namespace gait {

namespace {

ImVec4 sign_color(Trendelenburg sign) {
  switch (sign) {
    case Trendelenburg::Positive: return {1.0f, 0.35f, 0.25f, 1};
    case Trendelenburg::Compensated: return {1.0f, 0.75f, 0.2f, 1};
    case Trendelenburg::Negative: break;
  }
  return {0.6f, 0.85f, 0.6f, 1};
}

const char* sign_label(Trendelenburg sign) {
  switch (sign) {
    case Trendelenburg::Positive: return "POSITIVE";
    case Trendelenburg::Compensated: return "compensated";
    case Trendelenburg::Negative: break;
  }
  return "negative";
}

/// `other_Nm`: the abductors on other nerves (gluteus maximus, piriformis, sartorius) at full activation.
void side_readout(Side s, const SideReadout& r, const SideFrame& sf, double other_Nm, const UiFonts& fonts,
                  float scale) {
  ImGui::PushStyleColor(ImGuiCol_Text, side_imgui_color(s));
  ImGui::TextUnformatted(s == Side::Left ? "LEFT stance" : "RIGHT stance");
  ImGui::PopStyleColor();
  ImGui::TextDisabled("pelvic drop");
  ImGui::PushFont(fonts.large);
  if (r.pelvic_drop_deg)
    ImGui::Text("%.1f\xc2\xb0", *r.pelvic_drop_deg);
  else
    ImGui::TextUnformatted("--");
  if (r.sign)
    ImGui::TextColored(sign_color(*r.sign), "%s", sign_label(*r.sign));
  else
    ImGui::TextDisabled("...");
  ImGui::PopFont();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Trendelenburg sign of the last %s single stance:\npositive: drop >= 8 deg; compensated: "
                      "smaller drop with the trunk leaning >= 5 deg over the stance hip",
                      side_name(s).data());
  if (r.trunk_lean_deg)
    ImGui::Text("trunk lean %.1f\xc2\xb0", *r.trunk_lean_deg);
  else
    ImGui::TextDisabled("trunk lean --");

  ImGui::TextDisabled("demand / capacity");
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const double capacity_Nm = sf.abductor_capacity_Nm + other_Nm;
  draw_demand_bar(ImGui::GetWindowDrawList(), p, {w, 10 * scale}, sf.abductor_demand_Nm, capacity_Nm, scale);
  ImGui::Dummy({w, 12 * scale});
  ImGui::Text("%.0f / %.0f Nm", std::max(0.0, sf.abductor_demand_Nm), capacity_Nm);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Abduction moment the controller asks of this hip, against what all its abductors can give "
                      "now\n(the seven superior-gluteal compartments at their strength, plus %.0f Nm from gluteus "
                      "maximus, piriformis and sartorius)",
                      other_Nm);

  ImGui::TextUnformatted(r.phase ? gait_phase_name(*r.phase).data() : "--");
  const ImVec2 q = ImGui::GetCursorScreenPos();
  draw_phase_bar(ImGui::GetWindowDrawList(), q, {w, ImGui::GetFontSize() * 1.3f}, s, r, scale);
  ImGui::Dummy({w, ImGui::GetFontSize() * 1.3f + 6 * scale});
}

}  // namespace

void draw_readouts_panel(const SimSession& session, const LiveReadouts& readouts, const UiFonts& fonts,
                         AppState& app) {
  place_side_column(app, ColumnSide::Right);
  ImGui::Begin("Read-outs", nullptr, kPanelFlags);
  note_right_column(app, ImGui::GetWindowWidth());

  if (ImGui::BeginTable("sides", 2, ImGuiTableFlags_SizingStretchSame)) {
    for (Side side : kSides) {
      ImGui::TableNextColumn();
      side_readout(side, readouts.side[side], session.frame().side[side], session.model().other_abductor_moment_Nm,
                   fonts, app.ui_scale);
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  const Frame& f = session.frame();
  ImGui::Text("Pelvis now: %.1f\xc2\xb0 (%s)", std::abs(rad_to_deg(f.pelvic_obliquity_rad)),
              f.pelvic_obliquity_rad >= 0 ? "right side low" : "left side low");
  ImGui::Text("Trunk now: %.1f\xc2\xb0 toward %s", std::abs(rad_to_deg(f.trunk_lean_rad)),
              f.trunk_lean_rad >= 0 ? "left" : "right");

  // closed at first: a page of text costs llvmpipe several milliseconds a frame
  if (ImGui::CollapsingHeader("Anatomy (or hover a muscle band)")) {
    for (int i = 0; i < kNumAnatomyCards; ++i) {
      if (i > 0) ImGui::SameLine();
      const char* short_names[] = {"G. medius", "G. minimus", "TFL", "Nerve"};
      if (ImGui::RadioButton(short_names[i], app.anatomy_topic == i)) app.anatomy_topic = i;
    }
    ImGui::BeginChild("card", {0, 0}, false);
    draw_anatomy_card(app.anatomy_topic);
    ImGui::EndChild();
  }
  ImGui::End();
}

void draw_anatomy_card(int topic) {
  const AnatomyCard& c = anatomy_cards()[std::clamp(topic, 0, kNumAnatomyCards - 1)];
  const bool nerve = topic == 3;
  const char* labels[6] = {"Origin", "Insertion", "Actions", "Innervation", "Blood supply", "When it fails"};
  const char* nerve_labels[6] = {"Roots and exit", "Course", "Supplies", "Segments", "Vessels", "Palsy"};
  const std::string_view texts[6] = {c.origin, c.insertion, c.actions, c.innervation, c.blood_supply, c.palsy};
  ImGui::TextColored({1.0f, 0.85f, 0.4f, 1}, "%s", c.title.data());
  for (int i = 0; i < 6; ++i) {
    ImGui::TextDisabled("%s", nerve ? nerve_labels[i] : labels[i]);
    ImGui::TextWrapped("%.*s", static_cast<int>(texts[i].size()), texts[i].data());
  }
}

void draw_muscle_tooltip(const SimSession& session, PickId muscle) {
  if (!muscle.valid()) return;
  const Side side = static_cast<Side>(muscle.side);
  const AbductorParams& a = session.model().abductors[muscle.muscle];
  const SideFrame& sf = session.frame().side[side];
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  std::string name = a.name;
  std::replace(name.begin(), name.end(), '_', ' ');
  ImGui::TextColored({1.0f, 1.0f, 0.6f, 1}, "%s %s", side == Side::Left ? "Left" : "Right", name.c_str());
  ImGui::Text("strength %.0f %%, activation %.2f, force %.0f N", 100 * sf.muscle_strength_frac[muscle.muscle],
              sf.abductor_activation, sf.muscle_force_N[muscle.muscle]);
  ImGui::Separator();
  const AnatomyCard& c = anatomy_cards()[anatomy_card_of_muscle(muscle.muscle)];
  ImGui::TextDisabled("Actions");
  ImGui::TextWrapped("%.*s", static_cast<int>(c.actions.size()), c.actions.data());
  ImGui::TextDisabled("Innervation");
  ImGui::TextWrapped("%.*s", static_cast<int>(c.innervation.size()), c.innervation.data());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void draw_error_banner(AppState& app) {
  if (app.error.empty()) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float width = display.x - app.left_w - app.right_w;
  ImGui::SetNextWindowPos({app.left_w, app.menu_h}, ImGuiCond_Always);
  ImGui::SetNextWindowSize({width, 0}, ImGuiCond_Always);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(120, 25, 25, 235));
  ImGui::Begin("##error", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PushTextWrapPos(width - ImGui::GetFontSize() * 5);
  ImGui::TextUnformatted(app.error.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(width - ImGui::GetFontSize() * 4.5f);
  if (ImGui::Button("Dismiss")) app.error.clear();
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace gait
