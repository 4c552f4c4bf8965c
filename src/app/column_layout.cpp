#include "app/column_layout.h"

#include <imgui.h>

#include <algorithm>

#include "app/app_state.h"

namespace gait {

ColumnWidths side_column_widths(float window_w, float scale, float left_pref, float right_pref) {
  const float s = scale > 0 ? scale : 1.0f;
  const float left_min = kLeftColumnMin * s, right_min = kRightColumnMin * s;
  // as the panels' own size constraints: at least the minimum, at most 45 % of the window each
  const float left_max = std::max(left_min, window_w * kColumnMaxFraction);
  const float right_max = std::max(right_min, window_w * kColumnMaxFraction);
  ColumnWidths w{std::clamp((left_pref > 0 ? left_pref : kLeftColumnDefault) * s, left_min, left_max),
                 std::clamp((right_pref > 0 ? right_pref : kRightColumnDefault) * s, right_min, right_max)};
  const float budget = window_w * (1 - kCentreMinFraction);
  const float excess = w.left + w.right - budget;
  if (excess <= 0) return w;
  const float left_slack = w.left - left_min, right_slack = w.right - right_min;
  const float slack = left_slack + right_slack;
  if (slack <= excess) return {left_min, right_min};
  w.left -= excess * left_slack / slack;
  w.right -= excess * right_slack / slack;
  return w;
}

LayoutTier layout_tier(float width, float height, float scale, bool presentation) {
  if (presentation) return LayoutTier::Presentation;
  const float s = scale > 0 ? scale : 1.0f;
  if (width / s >= 1500 && height / s >= 800) return LayoutTier::Full;
  if (width / s >= 760) return LayoutTier::Compact;
  return LayoutTier::Narrow;
}

float max_plots_height(float window_w, float window_h, float centre_w, float menu_h) {
  if (centre_w <= 0) return 0;
  return std::max(0.0f, window_h - menu_h - kViewMinShare * window_w * window_h / centre_w);
}

float single_column_width(float window_w, float scale, float pref) {
  const float s = scale > 0 ? scale : 1.0f;
  const float min_w = kLeftColumnMin * s;
  return std::clamp((pref > 0 ? pref : kLeftColumnDefault) * s, min_w, std::max(min_w, window_w * kColumnMaxFraction));
}

void plan_side_columns(AppState& app, float window_w) {
  app.columns_refit = false;
  // first frame: the columns take the saved layout (the Narrow tier has no right column)
  if (app.left_w <= 0 || (app.right_w <= 0 && app.tier != LayoutTier::Narrow)) return;
  if (window_w == app.columns_fit_w && app.ui_scale == app.columns_fit_scale && app.tier == app.columns_fit_tier)
    return;
  const ColumnWidths w = app.tier == LayoutTier::Narrow
                             ? ColumnWidths{single_column_width(window_w, app.ui_scale, app.left_pref), 0}
                             : side_column_widths(window_w, app.ui_scale, app.left_pref, app.right_pref);
  app.columns_refit = true;
  app.columns_fit_tier = app.tier;
  app.left_fit = w.left;
  app.right_fit = w.right;
  app.columns_fit_w = window_w;
  app.columns_fit_scale = app.ui_scale;
}

void place_side_column(const AppState& app, ColumnSide side) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float s = app.ui_scale;
  const float height = display.y - app.menu_h;
  const bool left = side == ColumnSide::Left;
  const float fit = left ? app.left_fit : app.right_fit;
  const float default_w = (left ? kLeftColumnDefault : kRightColumnDefault) * s;
  const float min_w = (left ? kLeftColumnMin : kRightColumnMin) * s;
  // the right column is anchored by its left edge: the width it will have this frame
  const float measured = left ? app.left_w : app.right_w;
  const float width = app.columns_refit ? fit : measured > 0 ? measured : default_w;
  ImGui::SetNextWindowPos({left ? 0.0f : display.x - width, app.menu_h}, ImGuiCond_Always);
  if (app.columns_refit)
    ImGui::SetNextWindowSize({fit, height}, ImGuiCond_Always);
  else
    ImGui::SetNextWindowSize({default_w, height}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSizeConstraints({min_w, height}, {std::max(min_w, display.x * kColumnMaxFraction), height});
}

namespace {

void note_column(const AppState& app, float width, float& measured, float& pref) {
  const float s = app.ui_scale > 0 ? app.ui_scale : 1.0f;
  if (measured <= 0 || (!app.columns_refit && width != measured)) pref = width / s;
  measured = width;
}

}  // namespace

void note_left_column(AppState& app, float width) { note_column(app, width, app.left_w, app.left_pref); }
void note_right_column(AppState& app, float width) { note_column(app, width, app.right_w, app.right_pref); }

}  // namespace gait
