// The app's panels: free functions that read the session and read-outs and write only AppState and
// Requests (style.md 8.8). Each anchors itself around the 3D view and records its size in AppState.
#pragma once

#include <imgui.h>

#include <string>

#include "app/app_state.h"
#include "app/live_readouts.h"
#include "app/sim_session.h"
#include "app/ui_fonts.h"

namespace gait {

/// Flags of the three docked panels. They draw no background: the loop clears the whole window to
/// the 3D view's sky colour first, which llvmpipe does far faster than ImGui's blended, textured
/// quads (the panels' backgrounds were a third of the frame time there).
inline constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoBackground;

/// Scenario menu (scenarios/*.toml), view and help menus, timing on the right.
void draw_menu_bar(AppState& app, Requests& requests);

/// Left column: playback, per-side abductor strengths and nerve palsy, compensation, speed, body, view.
void draw_controls_panel(const SimSession& session, AppState& app, Requests& requests);

/// The left column's Record section: format (MP4 / GIF), fps, length, Record / Stop, the status.
void draw_record_section(AppState& app, Requests& requests);
/// The menu bar's Record / Stop item, with the clip's elapsed simulated time while recording.
void draw_record_button(const AppState& app, Requests& requests);
/// "REC 3.47 s" while recording, "Saving PATH ..." while the file is finished, else empty.
std::string recording_status(const AppState& app);

/// Right column: per side, the last stance's pelvic drop and Trendelenburg sign in large type, trunk
/// lean, abductor demand against capacity, the gait phase; then the anatomy card.
void draw_readouts_panel(const SimSession& session, const LiveReadouts& readouts, const UiFonts& fonts,
                         AppState& app);

/// Bottom strip: pelvic obliquity, hip ab/adduction, trunk lean and hip abductor moment against
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
