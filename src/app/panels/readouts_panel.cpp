// Right column: the clinical read-outs per side in large type, the demand/capacity bar, the phase
// bar, and the anatomy card (also shown for a hovered muscle band).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/anatomy_cards.h"
#include "app/column_layout.h"
#include "overlay/overlay_draw.h"
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
  // the peaks of the last single stance; the view's labels give the angles now (issue 16)
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("peak of last stance: pelvic drop");
  ImGui::PopStyleColor();
  ImGui::PushFont(fonts.large);
  if (r.pelvic_drop_deg)
    ImGui::Text("%.1f\xc2\xb0", *r.pelvic_drop_deg);
  else
    ImGui::TextUnformatted("--");
  // the sign in large type where it fits the column, else in the regular face (never clipped)
  const bool sign_fits = !r.sign || ImGui::CalcTextSize(sign_label(*r.sign)).x <= ImGui::GetContentRegionAvail().x;
  if (!sign_fits) ImGui::PushFont(fonts.regular);
  if (r.sign)
    ImGui::TextColored(sign_color(*r.sign), "%s", sign_label(*r.sign));
  else
    ImGui::TextDisabled("...");
  if (!sign_fits) ImGui::PopFont();
  ImGui::PopFont();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Trendelenburg sign of the last %s single stance:\npositive: drop >= 8 deg; compensated: "
                      "smaller drop with the trunk leaning >= 5 deg over the stance hip",
                      side_name(s).data());
  if (r.trunk_lean_deg)
    ImGui::TextWrapped("trunk lean to stance side %.1f\xc2\xb0", *r.trunk_lean_deg);
  else
    ImGui::TextDisabled("trunk lean --");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Peak lean of the trunk toward the %s side in the last %s single stance",
                      side_name(s).data(), side_name(s).data());

  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("demand / capacity");
  ImGui::PopStyleColor();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const double capacity_Nm = sf.abductor_capacity_Nm + other_Nm;
  draw_demand_bar(ImGui::GetWindowDrawList(), p, {w, 10 * scale}, sf.abductor_demand_Nm, capacity_Nm, scale);
  ImGui::Dummy({w, 12 * scale});
  ImGui::TextWrapped("%.0f / %.0f Nm now", std::max(0.0, sf.abductor_demand_Nm), capacity_Nm);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Abduction moment the controller asks of this hip, against what all its abductors can give "
                      "now\n(the seven superior-gluteal compartments at their strength, plus %.0f Nm from gluteus "
                      "maximus, piriformis and sartorius)",
                      other_Nm);

  ImGui::TextWrapped("%s", r.phase ? gait_phase_name(*r.phase).data() : "--");
  const ImVec2 q = ImGui::GetCursorScreenPos();
  draw_phase_bar(ImGui::GetWindowDrawList(), q, {w, ImGui::GetFontSize() * 1.3f}, s, r, scale);
  ImGui::Dummy({w, ImGui::GetFontSize() * 1.3f + 6 * scale});
}

}  // namespace

void draw_readouts_panel(const SimSession& session, const LiveReadouts& readouts, const LiveReadouts& ghost,
                         const UiFonts& fonts, AppState& app) {
  if (app.tier == LayoutTier::Narrow || app.tier == LayoutTier::Presentation) {
    app.right_w = 0;
    return;
  }
  place_side_column(app, ColumnSide::Right);
  ImGui::Begin("Read-outs", nullptr, kPanelFlags);
  note_right_column(app, ImGui::GetWindowWidth());
  if (app.tier == LayoutTier::Full) {
    draw_readouts_contents(session, readouts, fonts, app);
  } else if (ImGui::BeginTabBar("compact")) {
    // the plots share the column with the read-outs: the view keeps the window's height
    if (ImGui::BeginTabItem("Read-outs")) {
      draw_readouts_contents(session, readouts, fonts, app);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Gait cycle")) {
      draw_plot_grid(readouts, ghost, app, 1);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

void draw_readouts_contents(const SimSession& session, const LiveReadouts& readouts, const UiFonts& fonts,
                            AppState& app) {

  // the sides beside each other where each gets 170 units, else one under the other
  const int columns = ImGui::GetContentRegionAvail().x >= 340 * app.ui_scale ? 2 : 1;
  if (ImGui::BeginTable("sides", columns, ImGuiTableFlags_SizingStretchSame)) {
    for (Side side : kSides) {
      ImGui::TableNextColumn();
      side_readout(side, readouts.side[side], session.frame().side[side], session.model().other_abductor_moment_Nm,
                   fonts, app.ui_scale);
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  // the angles now, only when the view's labels do not give them: one number per quantity
  const Frame& f = session.frame();
  const bool labelled = app.view.angles == AngleLabels::Frontal;
  if (!labelled || !app.view.show_pelvis_line)
    ImGui::TextWrapped("Pelvis now: %.1f\xc2\xb0 (%s)", std::abs(rad_to_deg(f.pelvic_obliquity_rad)),
                       f.pelvic_obliquity_rad >= 0 ? "right side low" : "left side low");
  if (!labelled || !app.view.show_trunk_axis)
    ImGui::TextWrapped("Trunk now: %.1f\xc2\xb0 toward %s", std::abs(rad_to_deg(f.trunk_lean_rad)),
                       f.trunk_lean_rad >= 0 ? "left" : "right");

  // closed at first: a page of text costs llvmpipe several milliseconds a frame
  if (ImGui::CollapsingHeader("Anatomy###anatomy")) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The anatomy cards; hovering a muscle band in the view shows its card too");
    for (int i = 0; i < kNumAnatomyCards; ++i) {
      const char* short_names[] = {"G. medius", "G. minimus", "TFL", "Nerve"};
      if (i > 0)
        same_line_if_fits(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                          ImGui::CalcTextSize(short_names[i]).x);
      if (ImGui::RadioButton(short_names[i], app.anatomy_topic == i)) app.anatomy_topic = i;
    }
    ImGui::BeginChild("card", {0, 0}, false);
    draw_anatomy_card(app.anatomy_topic);
    ImGui::EndChild();
  }
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

namespace gait {

namespace {

double cross2(double ax, double ay, double bx, double by) { return ax * by - ay * bx; }

/// Whether segment a-b passes through rectangle r (x0, y0, x1, y1).
bool segment_hits(const ImVec4& seg, const ImVec4& r) {
  const auto in = [&](float x, float y) { return x >= r.x && x <= r.z && y >= r.y && y <= r.w; };
  if (in(seg.x, seg.y) || in(seg.z, seg.w)) return true;
  const auto crosses = [&](float ax, float ay, float bx, float by) {
    const double d1 = cross2(seg.z - seg.x, seg.w - seg.y, ax - seg.x, ay - seg.y);
    const double d2 = cross2(seg.z - seg.x, seg.w - seg.y, bx - seg.x, by - seg.y);
    const double d3 = cross2(bx - ax, by - ay, seg.x - ax, seg.y - ay);
    const double d4 = cross2(bx - ax, by - ay, seg.z - ax, seg.w - ay);
    return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
  };
  return crosses(r.x, r.y, r.z, r.y) || crosses(r.z, r.y, r.z, r.w) || crosses(r.z, r.w, r.x, r.w) ||
         crosses(r.x, r.w, r.x, r.y);
}

}  // namespace

std::vector<ImVec4> draw_view_readouts(ImDrawList* dl, ImVec4 view, const LiveReadouts& readouts, const UiFonts& fonts,
                                       float scale, bool large, const std::vector<ImVec4>& lines) {
  std::vector<ImVec4> rects;
  if (!fonts.regular) return rects;
  struct Line {
    std::string text;
    ImU32 color;
  };
  std::vector<Line> text;
  text.push_back({"Pelvic drop, peak of last stance", IM_COL32(200, 200, 200, 255)});
  for (Side s : kSides) {
    const SideReadout& r = readouts.side[s];
    char buf[96];
    const char* name = s == Side::Left ? "Left" : "Right";
    if (r.pelvic_drop_deg)
      std::snprintf(buf, sizeof buf, "%s %.1f\xc2\xb0  %s", name, *r.pelvic_drop_deg, r.sign ? sign_label(*r.sign) : "");
    else
      std::snprintf(buf, sizeof buf, "%s --", name);
    text.push_back({buf, r.sign && *r.sign == Trendelenburg::Positive ? IM_COL32(255, 95, 70, 255) : side_imgui_color(s)});
  }
  // large type in presentation, where it fits the view; the first line always regular
  const float margin = 8 * scale;
  const auto block_size = [&](ImFont* big, ImVec2& out) {
    out = {0, 0};
    for (std::size_t i = 0; i < text.size(); ++i) {
      ImFont* f = i == 0 ? fonts.regular : big;
      const ImVec2 e = f->CalcTextSizeA(f->FontSize, 1e9f, 0, text[i].text.c_str());
      out.x = std::max(out.x, e.x);
      out.y += e.y + 0.3f * f->FontSize;
    }
  };
  ImFont* big = large && fonts.large ? fonts.large : fonts.regular;
  ImVec2 size;
  block_size(big, size);
  if (size.x + 2 * margin > view.z - view.x) {
    big = fonts.regular;
    block_size(big, size);
  }
  const float pad = 0.3f * fonts.regular->FontSize;
  // the first corner whose block no overlay line crosses: top right, top left, bottom right, bottom left
  const ImVec2 corners[] = {{view.z - margin - size.x, view.y + margin},
                            {view.x + margin, view.y + margin},
                            {view.z - margin - size.x, view.w - margin - size.y},
                            {view.x + margin, view.w - margin - size.y}};
  ImVec2 at = corners[0];
  for (const ImVec2& c : corners) {
    const ImVec4 block{c.x - pad, c.y - pad, c.x + size.x + pad, c.y + size.y + pad};
    if (std::none_of(lines.begin(), lines.end(), [&](const ImVec4& seg) { return segment_hits(seg, block); })) {
      at = c;
      break;
    }
  }
  const ImVec4 block{at.x - pad, at.y - pad, at.x + size.x + pad, at.y + size.y + pad};
  dl->AddRectFilled({block.x, block.y}, {block.z, block.w}, IM_COL32(20, 22, 26, 200), pad);
  float y = at.y;
  for (std::size_t i = 0; i < text.size(); ++i) {
    ImFont* f = i == 0 ? fonts.regular : big;
    dl->AddText(f, f->FontSize, {at.x, y}, text[i].color, text[i].text.c_str());
    y += f->FontSize * 1.3f;
  }
  rects.push_back(block);
  return rects;
}

}  // namespace gait
