// Widths of the two side columns (Controls left, Read-outs right) for a window width and UI scale:
// their preferred widths while the centre (3D view and gait-cycle plots) keeps at least
// kCentreMinFraction of the window, else narrowed towards their minimum widths.
#pragma once

namespace gait {

struct AppState;

/// In ImGui pixels at UI scale 1 (multiply by the scale).
inline constexpr float kLeftColumnDefault = 300, kLeftColumnMin = 220;
inline constexpr float kRightColumnDefault = 360, kRightColumnMin = 240;
/// The share of the window width the columns leave to the centre when they can.
inline constexpr float kCentreMinFraction = 0.45f;
/// The largest share of the window width one column may take (also the drag limit).
inline constexpr float kColumnMaxFraction = 0.45f;

/// How the window is shared, from its size in UI-scale units (issue 16: at 1280x720 and scale 2 the
/// three docked panels left the 3D view a 360x100 strip). Every tier leaves the view at least 40 %
/// of the window.
enum class LayoutTier {
  Full,          ///< controls left, read-outs right, the gait-cycle plots under the view
  Compact,       ///< controls left; read-outs and plots as tabs of the right column
  Narrow,        ///< one column of tabs (controls, read-outs, plots); the drops over the view
  Presentation,  ///< F11: the view alone, full screen, with large read-outs over it
};

/// The tier for a window `width` x `height` pixels at UI scale `scale`: Full from 1500 x 800 units,
/// Compact from 760 units wide, else Narrow; Presentation whenever `presentation`.
LayoutTier layout_tier(float width, float height, float scale, bool presentation);

/// The largest share of the window the plot strip may take in the Full tier so that the view keeps
/// kViewMinShare of the window: its height in pixels for a window `window_w` x `window_h` with the
/// centre `centre_w` wide under a menu bar `menu_h` tall.
inline constexpr float kViewMinShare = 0.42f;
float max_plots_height(float window_w, float window_h, float centre_w, float menu_h);

struct ColumnWidths {
  float left = 0, right = 0;
};

/// The columns' widths (pixels) in a window `window_w` pixels wide at UI scale `scale`, the user's
/// preferred widths `left_pref`, `right_pref` (pixels at scale 1; 0: the defaults). Unchanged
/// preferences while both fit in (1 - kCentreMinFraction) of the window; else each gives up a share
/// of the excess in proportion to its width above its minimum, never going below the minimum (the
/// centre then gets less: the columns' text stays usable).
ColumnWidths side_column_widths(float window_w, float scale, float left_pref = 0, float right_pref = 0);

/// Once a frame, before the columns are drawn: when the window width or the UI scale changed since
/// the last fit (or on the first frame after the columns reported their widths), sets
/// `app.columns_refit` and the widths the columns take this frame (`app.left_fit`, `app.right_fit`).
void plan_side_columns(AppState& app, float window_w);

/// The width of the Narrow tier's one column (pixels): its preference within its minimum and
/// kColumnMaxFraction of the window.
float single_column_width(float window_w, float scale, float pref = 0);

enum class ColumnSide { Left, Right };

/// Before a column's Begin: anchors it at its side under the menu bar, full height, at this frame's
/// fitted width when refit (else the saved or default width), within its drag limits.
void place_side_column(const AppState& app, ColumnSide side);

/// After a column's Begin: records its width `width` (pixels) in `app`, and as the user's preference
/// when it changed without a refit (the user dragged its edge) or on the first frame (a saved layout).
void note_left_column(AppState& app, float width);
void note_right_column(AppState& app, float width);

}  // namespace gait
