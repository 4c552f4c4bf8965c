// The app's panels: free functions that read the session and read-outs and write only AppState and
// Requests (style.md 8.8). Each anchors itself around the 3D view and records its size in AppState.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "app/app_state.h"
#include "analysis/live_readouts.h"
#include "sim/sim_session.h"
#include "overlay/ui_fonts.h"

namespace gait {

/// Flags of the three docked panels. They draw no background: the loop clears the whole window to
/// the 3D view's sky colour first, which llvmpipe does far faster than ImGui's blended, textured
/// quads (the panels' backgrounds were a third of the frame time there).
inline constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoBackground;

/// ImGui::SameLine() when an item `next_w` wide still fits before the window's content edge; else the
/// next item starts a new line, so a narrow column or a large UI scale never cuts it off.
void same_line_if_fits(float next_w);

/// Scenario menu (scenarios/*.toml), view and help menus, timing on the right.
void draw_menu_bar(AppState& app, Requests& requests);

/// Left column: playback, per-side abductor strengths and nerve palsy, compensation, speed, body, view;
/// in the Narrow tier (column_layout.h) with the read-outs and plots as tabs; none in Presentation.
void draw_controls_panel(const SimSession& session, const LiveReadouts& readouts, const LiveReadouts& ghost,
                         const UiFonts& fonts, AppState& app, Requests& requests);
/// The controls inside the current window.
void draw_controls_contents(const SimSession& session, AppState& app, Requests& requests);

/// The left column's Record section: format (MP4 / GIF), fps, length, Record / Stop, the status.
void draw_record_section(AppState& app, Requests& requests);
/// The menu bar's Record / Stop item, with the clip's elapsed simulated time while recording.
void draw_record_button(const AppState& app, Requests& requests);
/// "REC 3.47 s" while recording, "Saving PATH ..." while the file is finished, else empty.
std::string recording_status(const AppState& app);

/// Right column: per side, the last stance's pelvic drop and Trendelenburg sign in large type, trunk
/// lean, abductor demand against capacity, the gait phase; then the anatomy card.
/// In the Compact tier with the plots as a second tab; none in the Narrow and Presentation tiers.
void draw_readouts_panel(const SimSession& session, const LiveReadouts& readouts, const LiveReadouts& ghost,
                         const UiFonts& fonts, AppState& app);
/// The read-outs inside the current window.
void draw_readouts_contents(const SimSession& session, const LiveReadouts& readouts, const UiFonts& fonts,
                            AppState& app);

/// The four gait-cycle plots inside the current window, `columns` across, under a one-line legend.
void draw_plot_grid(const LiveReadouts& readouts, const LiveReadouts& ghost, AppState& app, int columns);

/// Each side's last-stance pelvic drop and sign in a corner of the view (the Narrow and Presentation
/// tiers, which have no read-out column): the first corner, from the top right, that none of `lines`
/// (the overlay lines on screen: x0, y0, x1, y1) crosses; `large`: presentation type. Returns the
/// rectangles it covered (ImGui pixels), for the labels to keep off and the layout report.
std::vector<ImVec4> draw_view_readouts(ImDrawList* dl, ImVec4 view, const LiveReadouts& readouts, const UiFonts& fonts,
                                       float scale, bool large, const std::vector<ImVec4>& lines);

/// Bottom strip (Full tier only): pelvic obliquity, hip ab/adduction, trunk lean and hip abductor moment against
/// 0-100 % of the gait cycle, with the normative band and the healthy ghost's curves.
void draw_plots_panel(const LiveReadouts& readouts, const LiveReadouts& ghost, AppState& app);

/// The plot strip's caption ("Gait cycle: last 4 strides; shaded: normal adults; grey: healthy model
/// (compare)") split where its title bar, `title_width` wide, runs out: `title` holds as many of its
/// leading clauses as fit there ("Gait cycle" at least), `legend` the rest, for the panel to wrap.
struct PlotsCaption {
  std::string title;
  std::string legend;  ///< empty when the whole caption fits in the title bar
};
PlotsCaption plots_caption(const ImFont* font, float font_size, float title_width);

/// The anatomy card `topic` (0 gluteus medius, 1 gluteus minimus, 2 TFL, 3 nerve), text wrapped.
void draw_anatomy_card(int topic);

/// Tooltip for the muscle band under the mouse: compartment, its strength, force, and the card.
void draw_muscle_tooltip(const SimSession& session, PickId muscle);

/// Quiz mode's left column, in place of the controls: playback and cameras, the answer form, then
/// the score and the reveal (quiz_panel.cpp).
void draw_quiz_panel(const SimSession& session, AppState& app, Requests& requests);
/// The menu bar's Teach menu: the dose-response chart; the quiz's new mystery patient, next case, leave.
void draw_quiz_menu(AppState& app, Requests& requests);

/// A one-line error banner over the top of the 3D view, with a dismiss button.
void draw_error_banner(AppState& app);

}  // namespace gait
