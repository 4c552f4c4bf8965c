// What the app remembers between frames that is not the simulation (AppState), what panels ask of
// the simulation (Requests, applied between steps by the loop), and the command line (AppOptions).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/column_layout.h"
#include "quiz/quiz_key.h"
#include "video/video_encoder.h"
#include "render/camera.h"
#include "scenario/parse_scenario.h"
#include "scene/build_scene.h"

namespace gait {

/// A changeable input to write at a frame: "--test-set KEY=VALUE@FRAME" (tests drive the same
/// path as a slider).
struct TimedInput {
  std::string key;
  double value = 0;
  int frame = 0;
};

/// A clip's picture: the 3D view as it is on screen, or a size of its own (`gaitsim record`'s).
enum class ClipSize { View, Hd720, Hd1080 };

/// The Record panel's settings for the next clip.
struct ClipSettings {
  VideoFormat format = VideoFormat::Mp4;
  /// 720p by default, with the overlays `gaitsim record` burns in: a clip for a lecture (issue 16);
  /// View records the view as shown (its size, its labels, no overlays).
  ClipSize size = ClipSize::Hd720;
  bool overlays = true;  ///< burn in the title, weakened muscles, drops, phase bars and plot (sized clips)
  int fps = 30;          ///< frames per second of the clip, 1..120, GIF 1..100 (MP4 30, GIF 15 by default)
  double length_s = 0;   ///< simulated seconds after which the clip stops itself; 0: until stopped
};

/// How the app was started (gaitsim [SCENARIO] [--set ...] [--change ...] and the app's flags).
struct AppOptions {
  std::string scenario_path;          ///< empty: scenarios/normal.toml if found, else defaults
  ScenarioOverrides overrides;
  std::optional<std::string> camera;  ///< overrides the scenario's [view] camera
  bool compare = false;               ///< start with the healthy ghost shown
  float ui_scale = 0;                 ///< 0: from the display's DPI
  int width = 1280, height = 720;     ///< window size (pixels)
  // measurement and tests
  int frames = 0;                     ///< > 0: quit after this many frames and print timing
  double frame_dt_s = 0;              ///< > 0: every frame advances exactly this much simulated time
  std::string screenshot_path;        ///< with `frames`: PNG of the window after the last frame
  std::vector<TimedInput> test_inputs;
  std::vector<std::pair<std::string, int>> test_loads;  ///< (scenario file, frame): as the menu loads it
  bool print_readouts = false;        ///< print the read-outs before each test input and at the end
  std::vector<std::pair<std::string, int>> test_records;  ///< (clip file, frame): as the Record button starts it
  double record_length_s = 0;         ///< the Record panel's clip length at start (0: until stopped)
  ClipSize record_size = ClipSize::Hd720;  ///< the Record panel's clip size at start
  bool presentation = false;          ///< start in presentation mode (F11)
  std::string layout_report_path;     ///< with `frames`: the layout's rectangles as JSON after the last frame
  std::optional<std::uint64_t> quiz_seed;  ///< --quiz [SEED]: start in Quiz mode
  std::vector<std::pair<std::uint64_t, int>> test_quiz_starts;  ///< (seed, frame): as the Teach menu starts one
  std::vector<std::pair<QuizAnswer, int>> test_quiz_answers;    ///< (answer, frame): as the Submit button
  std::vector<std::pair<std::string, int>> test_screenshots;    ///< (PNG file, frame): as the F key
  int test_dose_chart_frame = -1;  ///< >= 0: open the dose-response chart at this frame, as the Teach menu
};

/// One slider change: a changeable input key (as --change) and its new value.
struct InputRequest {
  std::string key;
  double value = 0;
};

/// What the panels and shortcuts ask for this frame; the loop applies it before stepping.
struct Requests {
  bool toggle_pause = false;
  bool toggle_presentation = false;  ///< F11 or the View menu
  bool reset = false;
  double step_s = 0;  ///< single-step this much simulated time (paused or not)
  std::optional<std::string> load_scenario;
  std::optional<std::pair<double, double>> body;  ///< rebuild with (mass kg, height m)
  std::vector<InputRequest> inputs;
  std::optional<std::string> screenshot;  ///< PNG path
  /// Start a clip of the 3D view at this path (.mp4 or .gif); empty: gaitsim-YYYYMMDD-HHMMSS.mp4 (or
  /// .gif) in the current folder, in the Record panel's format.
  std::optional<std::string> start_recording;
  bool stop_recording = false;
  std::optional<std::uint64_t> quiz_start;  ///< start a quiz with this seed (its first case)
  bool quiz_next = false;                   ///< the quiz's next case
  std::optional<QuizAnswer> quiz_submit;    ///< the student's answer: score and reveal
  bool quiz_leave = false;
  bool dose_chart_run = false;  ///< sweep the current scenario for the dose-response chart
  bool quit = false;
};

/// The app's Quiz mode (README "The app"): a hidden case from the case bank, the answer form, and
/// after the answer the score and the reveal.
struct QuizView {
  bool active = false;
  bool revealed = false;
  std::uint64_t seed = 1;
  int round = 0;             ///< the case shown is the round-th of the seed's draw (1-based)
  bool allow_plots = false;  ///< the bank's show_plots: the gait-cycle plots during the question
  QuizItem item;             ///< the hidden case
  /// The answer form's choices: indices into kWeakSides, (negative, positive, compensated) per side,
  /// (yes, no), kLesions; -1 unanswered.
  int weak_side = -1, compensated = -1, lesion = -1;
  LeftRight<int> sign{-1, -1};
  std::optional<QuizKeyEntry> key;  ///< after the reveal: the truth and what this run measured
  std::optional<QuizScore> score;
  int total_points = 0, total_max = 0;  ///< over the rounds of this quiz
};

/// UI-only state.
struct AppState {
  bool paused = false;
  double playback_speed = 1.0;  ///< simulated seconds per wall second, 0.1..2
  CameraMode camera = CameraMode::Posterior;
  OrbitCamera orbit;
  ViewOptions view;
  bool compare = false;         ///< show (and step) the healthy ghost; off by default: it doubles the physics
  bool ghost_overlaid = false;  ///< on the walker instead of beside it
  float ui_scale = 1;
  bool fonts_dirty = false;     ///< ui_scale changed: rebuild the font atlas before the next frame
  std::string scenario_path;
  std::vector<std::string> scenario_files;  ///< listed in the scenario menu
  std::string error;    ///< one-line error shown in a banner (e.g. a bad scenario file)
  std::string status;   ///< last message (screenshot saved, ...)
  double body_mass_kg = 75, body_height_m = 1.75;  ///< the body sliders (applied on "Rebuild")
  PickId hovered;        ///< the muscle band under the mouse
  int anatomy_topic = 0; ///< card shown: 0 gluteus medius, 1 gluteus minimus, 2 TFL, 3 nerve
  /// What each of the four cycle plots shows: an index into the plot choices (plots_panel.cpp);
  /// pelvic obliquity, hip adduction, trunk lean, hip abductor moment by default.
  std::array<int, 4> plot_choice = {0, 4, 8, 9};
  int plot_choosing = 0;  ///< the plot whose choice menu is open
  // layout, in ImGui pixels, measured each frame
  LayoutTier tier = LayoutTier::Full;  ///< how the window is shared this frame (column_layout.h)
  bool presentation = false;           ///< F11: full screen, the view alone, large read-outs
  float menu_h = 0, left_w = 0, right_w = 0, plots_h = 0;
  // the side columns' widths (column_layout.h): the user's (dragged or saved) at UI scale 1, 0 until
  // known; the window width and scale of the last fit; this frame's fitted widths, when refit
  float left_pref = 0, right_pref = 0;
  float columns_fit_w = 0, columns_fit_scale = 0;
  LayoutTier columns_fit_tier = LayoutTier::Full;
  float left_fit = 0, right_fit = 0;
  bool columns_refit = false;
  // timing
  double frame_ms = 0;    ///< smoothed wall time per frame
  double physics_ms = 0;  ///< smoothed stepping time per frame
  bool lagging = false;   ///< the simulation fell behind real time x speed in the last second
  // recording: the Record panel's settings, and what the loop reports back each frame
  ClipSettings clip;
  bool recording = false;     ///< a clip is being taken
  bool clip_saving = false;   ///< a stopped clip is still being written
  double clip_elapsed_s = 0;  ///< simulated seconds in the clip so far
  std::string clip_path;      ///< the clip being taken or written
  QuizView quiz;
  bool show_dose_chart = false;  ///< the dose-response chart window
};

}  // namespace gait
