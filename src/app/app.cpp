// The app's loop (style.md 8.8, raylib's sections): init -> per frame {events -> panels (requests)
// -> apply requests -> build scene -> render -> overlays and ImGui -> flush -> simulate -> swap} ->
// shutdown. Simulating after the flush lets the physics run while llvmpipe's threads rasterize.
// Physics steps a fixed dt until simulated time reaches wall time x playback speed, within 70 % of
// the frame budget, and re-syncs beyond 0.1 s of drift (MuJoCo's simulate), so the UI never stalls.
// While a clip records, stepping also stops at the next clip frame's simulated time until the view
// drawn there has been taken (app/viewport_recorder.h). The docked panels are drawn into a texture
// at most ten times a second (and at once on input) and copied around the view every frame: in
// llvmpipe they cost more than the 3D view.
#include "app/app.h"

#include <SDL.h>
#include <sys/resource.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <vector>

#include "app/anatomy_cards.h"
#include "app/app_files.h"
#include "overlay/clip_frame.h"
#include "analysis/ghost_phase.h"
#include "app/heap_settings.h"
#include "app/column_layout.h"
#include "app/dose_chart.h"
#include "analysis/live_readouts.h"
#include "overlay/overlay_draw.h"
#include "app/panels/panels.h"
#include "app/quiz_mode.h"
#include "sim/sim_session.h"
#include "overlay/ui_fonts.h"
#include "app/viewport_recorder.h"
#include "input_error.h"
#include "io/output_file.h"
#include "render/gl.h"
#include "render/offscreen.h"
#include "render/picking.h"
#include "render/png_writer.h"
#include "render/renderer.h"
#include "scene/build_scene.h"

namespace gait {

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kFrameBudget_s = 1.0 / 60.0;
constexpr double kPhysicsShare = 0.7;     ///< of the frame budget (MuJoCo simRefreshFraction)
constexpr double kMaxDrift_s = 0.1;       ///< re-sync beyond this lag (MuJoCo syncMisalign)
constexpr double kReadoutPeriod_s = 0.1;  ///< simulated time between read-out updates
constexpr double kPanelPeriod_s = 0.1;    ///< the docked panels are redrawn this often without input

/// CPU seconds this process has used, all its threads together.
double process_cpu_s() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         1e-6 * static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string optional_number(const std::optional<double>& v) {
  if (!v) return "none";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", *v);
  return buf;
}

/// The `pct` percentile of `values` (nearest rank; 100: the largest), 0 when empty.
double percentile(std::vector<double> values, double pct) {
  if (values.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::ceil(pct / 100 * static_cast<double>(values.size())));
  const std::size_t at = std::clamp<std::size_t>(rank, 1, values.size()) - 1;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(at), values.end());
  return values[at];
}

/// SDL window with a GL 3.3 core context, and Dear ImGui bound to both.
class Platform {
 public:
  /// `interactive`: a person is to see the window, so SDL's invisible drivers (which it falls back
  /// to without a display) are refused unless SDL_VIDEODRIVER asks for them.
  Platform(int width, int height, bool interactive) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0)
      throw DisplayError(std::string("cannot open the app window (no display?): ") + SDL_GetError() +
                         "; 'gaitsim run SCENARIO' runs without one");
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if (interactive && (driver == "offscreen" || driver == "dummy") && !SDL_getenv("SDL_VIDEODRIVER")) {
      SDL_Quit();
      throw DisplayError("cannot open the app window: no display (set DISPLAY, or use 'gaitsim run SCENARIO' "
                         "without one)");
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
    window_ = SDL_CreateWindow("gaitsim", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                               SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!window_) fail("cannot create the window");
    context_ = SDL_GL_CreateContext(window_);
    if (!context_) fail("cannot create an OpenGL 3.3 core context");
    SDL_GL_MakeCurrent(window_, context_);
    SDL_GL_SetSwapInterval(interactive ? 1 : 0);  // timed runs measure the real frame cost
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplSDL2_InitForOpenGL(window_, context_);
    ImGui_ImplOpenGL3_Init("#version 330 core");
  }
  ~Platform() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    if (context_) SDL_GL_DeleteContext(context_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
  }
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  SDL_Window* window() const { return window_; }
  /// UI scale for the display the window is on.
  float display_scale() const {
    float dpi = 0;
    if (SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window_), &dpi, nullptr, nullptr) != 0) dpi = 96;
    int w = 0, h = 0, fw = 0, fh = 0;
    SDL_GetWindowSize(window_, &w, &h);
    SDL_GL_GetDrawableSize(window_, &fw, &fh);
    return ui_scale_for_display(dpi, w > 0 ? static_cast<float>(fw) / static_cast<float>(w) : 1.0f);
  }

 private:
  [[noreturn]] void fail(const char* what) {
    const std::string message = std::string(what) + ": " + SDL_GetError();
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
    throw DisplayError(message);
  }
  SDL_Window* window_ = nullptr;
  SDL_GLContext context_ = nullptr;
};

class App {
 public:
  App(const AppOptions& options, std::unique_ptr<SimSession> session, const std::string& startup_error = {})
      : options_(options),
        platform_(options.width, options.height, options.frames == 0),
        session_(std::move(session)) {
    ImGuiIO& io = ImGui::GetIO();
    // tests and measurements leave the user's layout alone
    ini_path_ = options.frames > 0 ? std::string() : layout_ini_path();
    io.IniFilename = ini_path_.empty() ? nullptr : ini_path_.c_str();
    state_.ui_scale = options.ui_scale > 0 ? options.ui_scale : platform_.display_scale();
    fonts_ = load_fonts(state_.ui_scale);
    renderer_ = std::make_unique<SceneRenderer>();
    state_.compare = options.compare;
    state_.scenario_path = options.scenario_path;
    state_.scenario_files = list_scenarios(options.scenario_path);
    state_.clip.length_s = options.record_length_s;
    state_.clip.size = options.record_size;
    if (options.presentation) set_presentation(true);
    if (!startup_error.empty()) state_.error = startup_error + " (opened " + state_.scenario_path + " instead)";
    adopt_scenario(options.camera);
  }

  ~App() {
    // the layout is saved now, while ini_path_ lives: ImGui::DestroyContext (~Platform, after the
    // members are gone) would save it through io.IniFilename, a pointer into ini_path_
    ImGuiIO& io = ImGui::GetIO();
    if (io.IniFilename) ImGui::SaveIniSettingsToDisk(io.IniFilename);
    io.IniFilename = nullptr;
    if (panel_fbo_) glDeleteFramebuffers(1, &panel_fbo_);
    if (panel_tex_) glDeleteTextures(1, &panel_tex_);
  }
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  int run();

 private:
  void adopt_scenario(const std::optional<std::string>& camera);
  void handle_events(Requests& requests);
  void handle_key(const SDL_KeyboardEvent& key, Requests& requests);
  void apply(Requests& requests);
  void simulate(double wall_dt_s);
  void update_readouts(bool force);
  /// F11: full screen with the view alone and large read-outs, or back.
  void set_presentation(bool on);
  /// --layout-report: the rectangles of this frame's panels, view, labels and read-outs as JSON.
  void write_layout_report(const std::string& path) const;
  /// The menu bar and the panels of this frame's layout (a hidden quiz case hides some).
  void draw_panels(Requests& requests);
  /// A timed run's inputs, loads, recordings, quiz steps and screenshots due at `frame`, as requests.
  void add_test_requests(int frame, Requests& requests);
  void draw_frame(const Requests& requests);
  /// Over the 3D view `r` (vw x vh px): the last-stance read-outs when there is no read-out column,
  /// and the scene's labels.
  void draw_view_overlays(const ImVec4& r, int vw, int vh);
  /// The due clip frame, drawn offscreen and handed to the recorder; the window's framebuffer
  /// (fb_w x fb_h) bound again after it.
  void add_clip_frame(int fb_w, int fb_h);
  /// ImGui's draw data in two passes, the view's layer (the scene labels: ImGui's background list,
  /// which it draws first) and then the panels, so a clip can take the view between the two.
  void render_imgui(const Viewport& view);
  /// The docked panels (`part`) drawn into a texture at most every kPanelPeriod_s (and at once on
  /// input), and copied around `view` every frame; false when something else (a menu, popup,
  /// tooltip, the error banner) is on screen, which may lie over the view: then draw directly.
  bool draw_panels_cached(ImDrawData& part, const Viewport& view);
  void start_recording(const std::string& path);
  /// The Teach menu's and the quiz panel's requests: a new case, the answer (score and reveal), leaving.
  void apply_quiz(const Requests& requests);
  /// Copies the recorder's state into AppState for the panels, and reports a finished clip.
  void report_recording(std::optional<ClipOutcome> outcome);
  /// The 3D view in framebuffer pixels (origin bottom-left, as glViewport).
  Viewport view_viewport() const;
  void print_readouts(int frame) const;
  /// The 3D view's rectangle in ImGui pixels (between the panels).
  ImVec4 view_rect() const;

  AppOptions options_;
  std::string ini_path_;  // before platform_: io.IniFilename points into it until ImGui's context goes
  Platform platform_;
  std::unique_ptr<SimSession> session_;
  std::unique_ptr<SceneRenderer> renderer_;
  AppState state_;
  UiFonts fonts_;
  LiveReadouts readouts_, ghost_readouts_;
  double readouts_time_s_ = -1, ghost_readouts_time_s_ = -1;
  int readouts_generation_ = -1;
  double sim_target_s_ = 0;
  Clock::time_point lag_until_{};
  bool quit_ = false;
  bool screenshot_failed_ = false;  ///< a timed run's --screenshot could not be written: exit 1
  bool dragging_ = false;
  Scene scene_;
  CameraMatrices camera_{};
  ImVec4 last_view_{};
  ViewportRecorder recorder_;  // after platform_: its GL objects go before the context
  std::vector<DrawnLabel> labels_;     ///< where this frame's scene labels went
  std::vector<ImVec4> view_readouts_;  ///< the read-outs drawn over the view this frame
  std::unique_ptr<ClipFrameRenderer> clip_renderer_;  ///< a clip of its own size (720p, 1080p)
  bool clip_frame_due_ = false;                        ///< render the clip's next frame this frame
  DoseChart dose_chart_;       ///< the dose-response sweep on its worker thread
  GLuint panel_fbo_ = 0, panel_tex_ = 0;
  int panel_w_ = 0, panel_h_ = 0;
  bool panels_valid_ = false, panels_dirty_ = true;
  Clock::time_point panels_drawn_{};
};

void App::adopt_scenario(const std::optional<std::string>& camera) {
  const ScenarioSpec& spec = session_->spec();
  if (auto mode = parse_camera_mode(camera.value_or(spec.camera))) state_.camera = *mode;
  state_.body_mass_kg = spec.mass_kg;
  state_.body_height_m = spec.height_m;
  sim_target_s_ = session_->time_s();
  update_readouts(true);
}

Viewport App::view_viewport() const {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec4 r = view_rect();
  const ImVec2 s = io.DisplayFramebufferScale;
  return {static_cast<int>(r.x * s.x), static_cast<int>((io.DisplaySize.y - r.w) * s.y),
          static_cast<int>((r.z - r.x) * s.x), static_cast<int>((r.w - r.y) * s.y)};
}

ImVec4 App::view_rect() const {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float x0 = state_.left_w, y0 = state_.menu_h;
  const float x1 = std::max(x0 + 1, display.x - state_.right_w);
  const float y1 = std::max(y0 + 1, display.y - state_.plots_h);
  return {x0, y0, x1, y1};
}

void App::handle_key(const SDL_KeyboardEvent& key, Requests& requests) {
  static constexpr double kSpeeds[] = {0.1, 0.25, 0.5, 1.0, 1.5, 2.0};
  switch (key.keysym.sym) {
    case SDLK_SPACE: requests.toggle_pause = true; break;
    case SDLK_r: requests.reset = true; break;
    case SDLK_RIGHT: requests.step_s = 0.01; break;
    case SDLK_LEFT: requests.step_s = 0.001; break;
    case SDLK_UP:
      for (double s : kSpeeds)
        if (s > state_.playback_speed + 1e-9) {
          state_.playback_speed = s;
          break;
        }
      break;
    case SDLK_DOWN:
      for (auto it = std::rbegin(kSpeeds); it != std::rend(kSpeeds); ++it)
        if (*it < state_.playback_speed - 1e-9) {
          state_.playback_speed = *it;
          break;
        }
      break;
    case SDLK_f: requests.screenshot = std::string(); break;
    case SDLK_F9:
      if (state_.recording)
        requests.stop_recording = true;
      else
        requests.start_recording = std::string();
      break;
    case SDLK_c: state_.compare = !state_.compare; break;
    case SDLK_F11: requests.toggle_presentation = true; break;
    case SDLK_q:
      if (key.keysym.mod & KMOD_CTRL) requests.quit = true;
      break;
    default:
      if (key.keysym.sym >= SDLK_1 && key.keysym.sym <= SDLK_6)
        state_.camera = static_cast<CameraMode>(key.keysym.sym - SDLK_1);
  }
}

void App::handle_events(Requests& requests) {
  const ImGuiIO& io = ImGui::GetIO();
  SDL_Event e;
  while (SDL_PollEvent(&e)) {
    ImGui_ImplSDL2_ProcessEvent(&e);
    panels_dirty_ = true;  // the panels answer input in the same frame
    switch (e.type) {
      case SDL_QUIT: requests.quit = true; break;
      case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE) requests.quit = true;
        break;
      case SDL_KEYDOWN:
        if (!io.WantCaptureKeyboard) handle_key(e.key, requests);
        break;
      case SDL_MOUSEBUTTONDOWN:
        if (!io.WantCaptureMouse && e.button.button == SDL_BUTTON_LEFT) dragging_ = true;
        break;
      case SDL_MOUSEBUTTONUP:
        if (e.button.button == SDL_BUTTON_LEFT) dragging_ = false;
        break;
      case SDL_MOUSEMOTION:
        if (dragging_ && (e.motion.xrel != 0 || e.motion.yrel != 0)) {
          if (state_.camera != CameraMode::Orbit) {
            // start the orbit from the view the user was looking at
            const CameraView v = camera_view(state_.camera, scene_.focus_m, state_.orbit);
            const Vec3 d = v.eye_m - v.target_m;
            state_.orbit.distance_m = norm(d);
            state_.orbit.yaw_rad = std::atan2(d.y, d.x);
            state_.orbit.pitch_rad = std::asin(std::clamp(d.z / norm(d), -1.0, 1.0));
            state_.camera = CameraMode::Orbit;
          }
          state_.orbit.drag(e.motion.xrel, e.motion.yrel);
        }
        break;
      case SDL_MOUSEWHEEL:
        if (!io.WantCaptureMouse) {
          if (state_.camera != CameraMode::Orbit) {
            const CameraView v = camera_view(state_.camera, scene_.focus_m, state_.orbit);
            const Vec3 d = v.eye_m - v.target_m;
            state_.orbit = {std::atan2(d.y, d.x), std::asin(std::clamp(d.z / norm(d), -1.0, 1.0)), norm(d)};
            state_.camera = CameraMode::Orbit;
          }
          state_.orbit.zoom(e.wheel.y);
        }
        break;
      default: break;
    }
  }
}

void App::apply(Requests& rq) {
  if (rq.quit) quit_ = true;
  if (rq.toggle_pause) state_.paused = !state_.paused;
  if (rq.toggle_presentation) set_presentation(!state_.presentation);
  if (rq.stop_recording) recorder_.stop();
  if (rq.load_scenario) {
    // a bad file shows its one-line error and the current session goes on
    try {
      auto loaded = std::make_unique<SimSession>(SimSession::from_file(*rq.load_scenario));
      recorder_.stop();  // a clip holds one run: it ends where the simulation restarts
      session_ = std::move(loaded);
      state_.scenario_path = *rq.load_scenario;
      state_.error.clear();
      state_.status = "Loaded " + *rq.load_scenario;
      adopt_scenario(std::nullopt);
    } catch (const InputError& e) {
      state_.error = e.what();
    } catch (const std::exception& e) {
      state_.error = *rq.load_scenario + ": " + e.what();
    }
    state_.scenario_files = list_scenarios(state_.scenario_path);
  }
  if (rq.body) {
    try {
      recorder_.stop();
      session_->rebuild_body(rq.body->first, rq.body->second);
      adopt_scenario(std::nullopt);
    } catch (const std::exception& e) {
      state_.error = e.what();
    }
  }
  if (rq.reset) {
    recorder_.stop();
    session_->reset();
    sim_target_s_ = 0;
    update_readouts(true);
  }
  session_->set_ghost_active(state_.compare);
  // sliders: the same input mechanism as --change, written between steps
  for (const InputRequest& in : rq.inputs)
    if (!session_->set_input(in.key, in.value)) state_.error = in.key + ": not a changeable input";
  if (rq.step_s > 0) {
    double target_s = session_->time_s() + rq.step_s;
    if (recorder_.recording()) target_s = std::min(target_s, recorder_.hold_time_s());
    session_->step_until(target_s, INT_MAX);
    sim_target_s_ = session_->time_s();
  }
  if (rq.start_recording && !recorder_.recording()) start_recording(*rq.start_recording);
  apply_quiz(rq);
}

void App::apply_quiz(const Requests& rq) {
  if (rq.load_scenario) state_.quiz.active = false;  // a scenario from the menu ends the quiz
  if (rq.quiz_start || rq.quiz_next) {
    try {
      const std::uint64_t seed = rq.quiz_start.value_or(state_.quiz.seed);
      const int round = rq.quiz_start ? 1 : state_.quiz.round + 1;
      auto case_session = start_quiz_case(state_, default_quiz_bank_path(), seed, round);
      recorder_.stop();
      session_ = std::move(case_session);
      state_.paused = false;
      state_.error.clear();
      adopt_scenario(std::string(camera_mode_name(state_.camera)));
    } catch (const std::exception& e) {
      state_.error = e.what();
    }
  }
  if (rq.quiz_submit && state_.quiz.active && !state_.quiz.revealed) {
    update_readouts(true);  // the signs of the run as far as it went
    reveal_quiz_case(state_, readouts_, *rq.quiz_submit);
    if (options_.frames > 0) std::printf("%s\n", quiz_result_line(state_.quiz).c_str());
  }
  if (rq.quiz_leave) state_.quiz.active = false;
  if (rq.dose_chart_run) dose_chart_.start(session_->spec());
}

void App::start_recording(const std::string& path) {
  ClipSettings settings = state_.clip;
  // a path given with its extension (tests) says the format
  if (path.size() > 4) {
    std::string ext = path.substr(path.size() - 4);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".gif") settings.format = VideoFormat::Gif;
    if (ext == ".mp4") settings.format = VideoFormat::Mp4;
  }
  const std::string file = path.empty() ? default_clip_name(settings) : path;
  const Viewport view = view_viewport();
  try {
    if (settings.size == ClipSize::View) {
      recorder_.start(file, settings, view.width, view.height, session_->time_s());
    } else {
      // the clip `gaitsim record --size` makes, with its burned-in overlays (overlay/clip_frame.h)
      const bool hd1080 = settings.size == ClipSize::Hd1080;
      const int w = hd1080 ? 1920 : 1280, h = hd1080 ? 1080 : 720;
      OverlaySet overlays;
      if (!settings.overlays) overlays = {false, false, false, false, false, false};
      clip_renderer_ = std::make_unique<ClipFrameRenderer>(w, h, 0, overlays);
      recorder_.start(file, settings, w, h, session_->time_s(), false);
    }
    state_.status.clear();
  } catch (const std::exception& e) {
    clip_renderer_.reset();
    state_.error = e.what();
  }
  report_recording(std::nullopt);
}

void App::report_recording(std::optional<ClipOutcome> outcome) {
  if (!recorder_.recording()) clip_renderer_.reset();
  state_.recording = recorder_.recording();
  state_.clip_saving = recorder_.saving();
  state_.clip_elapsed_s = recorder_.elapsed_s();
  state_.clip_path = recorder_.path();
  if (!outcome) return;
  if (outcome->error.empty()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " (%d frames, %.2f s)", outcome->frames, outcome->length_s);
    state_.status = "Saved " + outcome->path + buf;
  } else {
    state_.error = outcome->error;
    state_.status.clear();
  }
}

void App::simulate(double wall_dt_s) {
  const Clock::time_point start = Clock::now();
  // a clip's next frame has to be drawn before the simulation passes its time
  const double hold_s = recorder_.recording() ? recorder_.hold_time_s() : HUGE_VAL;
  if (options_.frame_dt_s > 0) {
    // tests: a fixed amount of simulated time per frame, however long it takes
    if (!state_.paused)
      session_->step_until(std::min(session_->time_s() + options_.frame_dt_s, hold_s), INT_MAX);
    sim_target_s_ = session_->time_s();
  } else if (state_.paused || session_->stopped()) {
    sim_target_s_ = session_->time_s();
  } else {
    sim_target_s_ += std::min(wall_dt_s, 0.25) * state_.playback_speed;
    if (sim_target_s_ - session_->time_s() > kMaxDrift_s * std::max(1.0, state_.playback_speed)) {
      sim_target_s_ = session_->time_s();  // cannot keep up: drop the lag rather than stall the UI
      lag_until_ = Clock::now() + std::chrono::seconds(1);
    }
    const double budget_s = kPhysicsShare * kFrameBudget_s;
    const double target_s = std::min(sim_target_s_, hold_s);
    // check the clock every 5 ms; step_until takes no step once the target is within half a step
    while (seconds_since(start) < budget_s &&
           session_->step_until(std::min(target_s, session_->time_s() + 0.005), 50) > 0) {
    }
  }
  state_.lagging = Clock::now() < lag_until_;
  const double ms = 1000 * seconds_since(start);
  state_.physics_ms = state_.physics_ms == 0 ? ms : 0.9 * state_.physics_ms + 0.1 * ms;
}

void App::update_readouts(bool force) {
  const bool restarted = session_->generation() != readouts_generation_;
  if (force || restarted || std::abs(session_->time_s() - readouts_time_s_) >= kReadoutPeriod_s) {
    readouts_ = compute_live_readouts(session_->history(), session_->model().total_mass_kg);
    readouts_time_s_ = session_->time_s();
  }
  // the ghost's reference curves change slowly
  if (force || restarted || std::abs(session_->time_s() - ghost_readouts_time_s_) >= 1.0) {
    ghost_readouts_ = compute_live_readouts(session_->ghost_history(), session_->ghost_model().total_mass_kg);
    ghost_readouts_time_s_ = session_->time_s();
  }
  readouts_generation_ = session_->generation();
}

void App::set_presentation(bool on) {
  state_.presentation = on;
  // a timed run keeps its window size (its layout is what it measures)
  if (options_.frames == 0) SDL_SetWindowFullscreen(platform_.window(), on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

namespace {

nlohmann::json rect_json(float x0, float y0, float x1, float y1) { return {x0, y0, x1, y1}; }

/// A docked window's rectangle and how far its items reached: an item past the window's clip
/// rectangle is cut off (there is no horizontal scrolling).
nlohmann::json window_json(const char* name) {
  const ImGuiWindow* w = ImGui::FindWindowByName(name);
  if (!w || !w->WasActive) return nullptr;
  return {{"rect", rect_json(w->Pos.x, w->Pos.y, w->Pos.x + w->Size.x, w->Pos.y + w->Size.y)},
          {"clip", rect_json(w->InnerClipRect.Min.x, w->InnerClipRect.Min.y, w->InnerClipRect.Max.x,
                             w->InnerClipRect.Max.y)},
          {"content_max_x", w->DC.CursorMaxPos.x},
          {"scroll_max_y", w->ScrollMax.y}};
}

}  // namespace

void App::write_layout_report(const std::string& path) const {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  static constexpr const char* kTiers[] = {"full", "compact", "narrow", "presentation"};
  const ImVec4 v = view_rect();
  nlohmann::json j;
  j["window"] = {display.x, display.y};
  j["ui_scale"] = state_.ui_scale;
  j["tier"] = kTiers[static_cast<int>(state_.tier)];
  j["view"] = rect_json(v.x, v.y, v.z, v.w);
  j["windows"] = {{"menu", window_json("##MainMenuBar")},
                  {"controls", window_json("Controls")},
                  {"readouts", window_json("Read-outs")},
                  {"plots", window_json("###gait_cycle_plots")}};
  j["view_readouts"] = nlohmann::json::array();
  for (const ImVec4& r : view_readouts_) j["view_readouts"].push_back(rect_json(r.x, r.y, r.z, r.w));
  j["labels"] = nlohmann::json::array();
  for (std::size_t i = 0; i < labels_.size() && i < scene_.labels.size(); ++i) {
    const DrawnLabel& l = labels_[i];
    if (!l.visible) continue;
    j["labels"].push_back({{"index", i},
                           {"text", scene_.labels[i].text},
                           {"box", rect_json(l.box.x, l.box.y, l.box.z, l.box.w)},
                           {"anchor", {l.anchor.x, l.anchor.y}},
                           {"leader_end", {l.leader_end.x, l.leader_end.y}}});
  }
  // the lines labels name, on screen, with their width
  j["lines"] = nlohmann::json::array();
  const float vw = v.z - v.x, vh = v.w - v.y;
  for (const SceneKeepClear& k : scene_.keep_clear) {
    if (k.names_label < 0) continue;
    const auto a = project(camera_, k.a_m, static_cast<int>(vw), static_cast<int>(vh));
    const auto b = project(camera_, k.b_m, static_cast<int>(vw), static_cast<int>(vh));
    if (!a || !b) continue;
    j["lines"].push_back({{"label", k.names_label},
                          {"a", {v.x + a->x_px, v.y + a->y_px}},
                          {"b", {v.x + b->x_px, v.y + b->y_px}}});
  }
  OutputFiles out;
  out.add("--layout-report", path).write(j.dump(2) + "\n");
  out.commit();
}

void App::print_readouts(int frame) const {
  std::printf("readouts frame=%d t=%.3f", frame, session_->time_s());
  for (Side s : kSides) {
    const SideReadout& r = readouts_.side[s];
    const char* side = side_name(s).data();
    std::printf(" %s.pelvic_drop_deg=%s %s.trunk_lean_deg=%s %s.trendelenburg=%s", side,
                optional_number(r.pelvic_drop_deg).c_str(), side, optional_number(r.trunk_lean_deg).c_str(), side,
                r.sign ? trendelenburg_name(*r.sign).data() : "none");
  }
  std::printf(" fell=%d\n", session_->frame().fell ? 1 : 0);
  std::fflush(stdout);
}

void App::draw_frame(const Requests& requests) {
  const ImGuiIO& io = ImGui::GetIO();
  // the scene of this instant, with the ghost beside (or on) the walker
  state_.view.highlight = state_.hovered;
  fit_view_to_camera(state_.view, state_.camera);
  const ViewOptions scene_view = quiz_scene_options(state_, state_.view);  // a hidden case hides its muscles
  scene_ = build_scene(session_->model(), session_->frame(), scene_view);
  if (state_.compare && session_->ghost_active()) {
    // in phase with the patient: at each of its left heel strikes the ghost is at one of its own
    const Frame& ghost =
        ghost_frame_in_phase(session_->ghost_history(), ghost_readouts_,
                             patient_cycle_fraction(readouts_, session_->time_s()), session_->ghost_frame());
    add_ghost(scene_, session_->ghost_model(), ghost, ghost_offset_m(session_->frame(), ghost, state_.ghost_overlaid, state_.camera));
  }

  const ImVec4 r = view_rect();
  const int vw = static_cast<int>(r.z - r.x), vh = static_cast<int>(r.w - r.y);
  camera_ = camera_matrices(camera_view(state_.camera, scene_.focus_m, state_.orbit), vw, vh);

  // hover: which band is under the mouse (highlighted from the next frame on)
  state_.hovered = {};
  // (not in timed runs: a pointer parked over the view would put a tooltip in their screenshots)
  if (options_.frames == 0 && !io.WantCaptureMouse && !dragging_ && io.MousePos.x >= r.x && io.MousePos.x < r.z && io.MousePos.y >= r.y &&
      io.MousePos.y < r.w && scene_view.show_muscles)
    state_.hovered = pick_at(scene_, camera_, vw, vh, io.MousePos.x - r.x, io.MousePos.y - r.y, 6.0 * state_.ui_scale);
  if (state_.hovered.valid()) {
    draw_muscle_tooltip(*session_, state_.hovered);
    state_.anatomy_topic = anatomy_card_of_muscle(state_.hovered.muscle);
  }
  draw_view_overlays(r, vw, vh);
  ImGui::Render();

  // the 3D view into the window's framebuffer, then ImGui over it
  const ImVec2 fb_scale = io.DisplayFramebufferScale;
  const int fb_w = static_cast<int>(io.DisplaySize.x * fb_scale.x), fb_h = static_cast<int>(io.DisplaySize.y * fb_scale.y);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(0, 0, fb_w, fb_h);
  // one clear of the whole window serves as the panels' background (they draw none: see
  // kPanelFlags) and the 3D view's sky: llvmpipe clears a whole framebuffer fast, and a part of it
  // by drawing a quad
  const Rgba sky = SceneRenderer::kBackground;
  glClearColor(sky.r, sky.g, sky.b, 1.0f);
  glClearDepth(1.0);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  const Viewport viewport = view_viewport();
  if (viewport.width > 0 && viewport.height > 0) renderer_->draw(scene_, camera_, viewport, false);
  glViewport(0, 0, fb_w, fb_h);
  // what a timed run sets or saves shows in the panels of that frame
  if (requests.screenshot || !requests.inputs.empty() || requests.load_scenario) panels_dirty_ = true;
  render_imgui(viewport);
  if (clip_frame_due_) add_clip_frame(fb_w, fb_h);

  if (requests.screenshot) {
    const std::string path =
        requests.screenshot->empty() ? timestamped_file_name(".png") : *requests.screenshot;
    try {
      glReadBuffer(GL_BACK);
      write_png(path, read_framebuffer(fb_w, fb_h));
      state_.status = "Saved " + path;
    } catch (const std::exception& e) {
      state_.error = e.what();
      screenshot_failed_ = true;
    }
  }
}

void App::draw_view_overlays(const ImVec4& r, int vw, int vh) {
  // without a read-out column, each side's last-stance drop and sign over the view's top right
  view_readouts_.clear();
  if (state_.tier == LayoutTier::Narrow || state_.tier == LayoutTier::Presentation) {
    // in a corner no overlay line crosses
    std::vector<ImVec4> lines;
    for (const SceneKeepClear& k : scene_.keep_clear) {
      if (k.names_label < 0) continue;
      const auto a = project(camera_, k.a_m, vw, vh), b = project(camera_, k.b_m, vw, vh);
      if (a && b)
        lines.push_back({r.x + static_cast<float>(a->x_px), r.y + static_cast<float>(a->y_px),
                         r.x + static_cast<float>(b->x_px), r.y + static_cast<float>(b->y_px)});
    }
    view_readouts_ = draw_view_readouts(ImGui::GetBackgroundDrawList(), r, readouts_, fonts_, state_.ui_scale,
                                        state_.tier == LayoutTier::Presentation, lines);
  }
  labels_ = draw_scene_labels(ImGui::GetBackgroundDrawList(), scene_, camera_, {r.x, r.y}, {r.z - r.x, r.w - r.y},
                              fonts_, view_readouts_);
}

void App::add_clip_frame(int fb_w, int fb_h) {
  clip_frame_due_ = false;
  ClipLook look;
  look.camera = state_.camera;
  look.orbit = state_.orbit;
  look.view = state_.view;
  look.compare = state_.compare && session_->ghost_active();
  look.ghost_overlaid = state_.ghost_overlaid;
  look.overlays = state_.clip.overlays ? OverlaySet{} : OverlaySet{false, false, false, false, false, false};
  recorder_.add(clip_renderer_->render(*session_, look));
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(0, 0, fb_w, fb_h);
}

void App::render_imgui(const Viewport& view) {
  const ImDrawData* all = ImGui::GetDrawData();
  const int view_layer = all->CmdListsCount > 0 && all->CmdLists[0] == ImGui::GetBackgroundDrawList() ? 1 : 0;
  ImDrawData part = *all;
  part.CmdListsCount = view_layer;
  if (view_layer > 0) ImGui_ImplOpenGL3_RenderDrawData(&part);
  if (recorder_.wants_frame(session_->time_s(), session_->model().dt_s)) {
    if (clip_renderer_) {
      clip_frame_due_ = true;  // drawn offscreen once the window's picture is done
    } else {
      glReadBuffer(GL_BACK);
      recorder_.grab(view);
    }
  }
  part = *all;
  part.CmdLists += view_layer;
  part.CmdListsCount -= view_layer;
  if (!draw_panels_cached(part, view)) ImGui_ImplOpenGL3_RenderDrawData(&part);
}

bool App::draw_panels_cached(ImDrawData& part, const Viewport& view) {
  panels_valid_ = panels_valid_ && part.CmdListsCount <= 4;
  if (part.CmdListsCount > 4) return false;  // the menu bar and the three docked windows only
  const ImGuiIO& io = ImGui::GetIO();
  const int w = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x);
  const int h = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
  if (w <= 0 || h <= 0) return false;
  if (w != panel_w_ || h != panel_h_) {
    if (!panel_fbo_) glGenFramebuffers(1, &panel_fbo_);
    if (!panel_tex_) glGenTextures(1, &panel_tex_);
    glBindTexture(GL_TEXTURE_2D, panel_tex_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, panel_fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, panel_tex_, 0);
    const bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!ok) return false;
    panel_w_ = w;
    panel_h_ = h;
    panels_valid_ = false;
  }
  if (!panels_valid_ || panels_dirty_ || seconds_since(panels_drawn_) >= kPanelPeriod_s) {
    glBindFramebuffer(GL_FRAMEBUFFER, panel_fbo_);
    glViewport(0, 0, w, h);
    const Rgba sky = SceneRenderer::kBackground;
    glClearColor(sky.r, sky.g, sky.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(&part);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    panels_drawn_ = Clock::now();
    panels_valid_ = true;
    panels_dirty_ = false;
  }
  // copy everything around the view: below, above, left and right of it
  glDisable(GL_SCISSOR_TEST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, panel_fbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  const int x0 = std::clamp(view.x, 0, w), y0 = std::clamp(view.y, 0, h);
  const int x1 = std::clamp(view.x + view.width, x0, w), y1 = std::clamp(view.y + view.height, y0, h);
  const int rects[4][4] = {{0, 0, w, y0}, {0, y1, w, h}, {0, y0, x0, y1}, {x1, y0, w, y1}};
  for (const auto& r : rects)
    if (r[2] > r[0] && r[3] > r[1])
      glBlitFramebuffer(r[0], r[1], r[2], r[3], r[0], r[1], r[2], r[3], GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return true;
}

void App::draw_panels(Requests& requests) {
  draw_menu_bar(state_, requests);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  state_.tier = layout_tier(display.x, display.y, state_.ui_scale, state_.presentation);
  plan_side_columns(state_, display.x);
  // a hidden quiz case shows no sliders, no read-outs, and the plots only if the bank allows
  const bool quiz_hidden = state_.quiz.active && !state_.quiz.revealed;
  if (state_.quiz.active)
    draw_quiz_panel(*session_, state_, requests);
  else
    draw_controls_panel(*session_, readouts_, ghost_readouts_, fonts_, state_, requests);
  if (quiz_hidden)
    state_.right_w = 0;
  else
    draw_readouts_panel(*session_, readouts_, ghost_readouts_, fonts_, state_);
  if (quiz_hidden && !state_.quiz.allow_plots)
    state_.plots_h = 0;
  else
    draw_plots_panel(readouts_, ghost_readouts_, state_);
  if (dose_chart_.poll()) state_.status = "Dose-response chart of " + dose_chart_.scenario() + " ready";
  draw_dose_chart_window(dose_chart_, state_, requests);
  draw_error_banner(state_);
}

void App::add_test_requests(int frame, Requests& requests) {
  // test inputs go through the same requests as the sliders
  for (const TimedInput& t : options_.test_inputs)
    if (t.frame == frame) {
      if (options_.print_readouts) print_readouts(frame);
      requests.inputs.push_back({t.key, t.value});
    }
  for (const auto& [path, at] : options_.test_loads)
    if (at == frame) requests.load_scenario = path;
  for (const auto& [path, at] : options_.test_records)
    if (at == frame) requests.start_recording = path;
  // the quiz: as the Teach menu starts one, as the Submit button sends the form, as F saves
  if (frame == 0 && options_.quiz_seed) requests.quiz_start = *options_.quiz_seed;
  for (const auto& [seed, at] : options_.test_quiz_starts)
    if (at == frame) requests.quiz_start = seed;
  for (const auto& [answer, at] : options_.test_quiz_answers)
    if (at == frame) requests.quiz_submit = answer;
  for (const auto& [path, at] : options_.test_screenshots)
    if (at == frame) requests.screenshot = path;
  if (frame == options_.test_dose_chart_frame) {
    state_.show_dose_chart = true;
    requests.dose_chart_run = true;
  }
}

int App::run() {
  Clock::time_point last = Clock::now();
  const Clock::time_point start = last;
  double frame_ms_sum = 0, sim_start_s = session_->time_s(), cpu_start_s = 0;
  std::vector<double> frame_ms;  // each measured frame, for the percentile of a timed run
  int frame = 0;
  while (!quit_) {
    const double wall_dt = seconds_since(last);
    last = Clock::now();
    if (state_.fonts_dirty) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      fonts_ = load_fonts(state_.ui_scale);
      ImGui_ImplOpenGL3_CreateFontsTexture();
      state_.fonts_dirty = false;
    }

    Requests requests;
    handle_events(requests);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    draw_panels(requests);
    add_test_requests(frame, requests);
    const bool last_frame = options_.frames > 0 && frame + 1 >= options_.frames;
    if (last_frame && !options_.screenshot_path.empty()) requests.screenshot = options_.screenshot_path;

    apply(requests);
    update_readouts(false);
    draw_frame(requests);
    // llvmpipe rasterizes on its own threads once flushed: step the physics for the next frame
    // meanwhile, instead of before drawing (the picture is one frame behind the simulation)
    glFlush();
    simulate(wall_dt);
    recorder_.collect();  // the view's pixels, read back once the physics has overlapped their drawing
    report_recording(recorder_.poll());
    SDL_GL_SwapWindow(platform_.window());

    const double ms = 1000 * seconds_since(last);
    state_.frame_ms = state_.frame_ms == 0 ? ms : 0.95 * state_.frame_ms + 0.05 * ms;
    if (frame >= 10) {  // skip start-up frames
      frame_ms_sum += ms;
      if (options_.frames > 0) frame_ms.push_back(ms);
    }
    if (frame == 9) cpu_start_s = process_cpu_s();
    ++frame;
    if (last_frame) {
      update_readouts(true);
      if (options_.print_readouts) print_readouts(frame);
      report_recording(recorder_.wait());  // a clip still recording ends with the run
      if (!options_.layout_report_path.empty()) write_layout_report(options_.layout_report_path);
      if (!state_.error.empty()) std::printf("app error: %s\n", state_.error.c_str());
      if (!state_.status.empty()) std::printf("app status: %s\n", state_.status.c_str());
      const double wall_s = seconds_since(start);
      const int measured = std::max(1, frame - 10);
      // CPU time of the whole process (llvmpipe's threads too) per frame: what a frame costs
      // whatever else the machine runs; on 2 cores, at most 2 x 16.7 ms of it fits in a 60 fps frame
      const double cpu_ms = 1000 * (process_cpu_s() - cpu_start_s) / measured;
      std::printf(
          "frames=%d mean_frame_ms=%.2f fps=%.1f cpu_ms=%.2f physics_ms=%.2f triangles=%zu simulated_s=%.2f "
          "wall_s=%.2f p95_frame_ms=%.2f max_frame_ms=%.2f\n",
          frame, frame_ms_sum / measured, 1000.0 * measured / std::max(frame_ms_sum, 1e-9), cpu_ms, state_.physics_ms,
          renderer_->last_triangle_count(), session_->time_s() - sim_start_s, wall_s, percentile(frame_ms, 95),
          percentile(frame_ms, 100));
      break;
    }
  }
  return screenshot_failed_ ? 1 : 0;
}

}  // namespace

int run_app(const AppOptions& options) {
  keep_freed_heap_for_frames();
  AppOptions o = options;
  if (o.scenario_path.empty()) o.scenario_path = default_scenario_path();
  std::unique_ptr<SimSession> session;
  try {
    session = o.scenario_path.empty() ? std::make_unique<SimSession>(ScenarioSpec{})
                                      : std::make_unique<SimSession>(SimSession::from_file(o.scenario_path, o.overrides));
  } catch (const InputError& e) {
    // a bad scenario on the command line: without a display, an input error before any window
    // opens; with one, the app opens on the default scenario and shows the error in its window, as
    // a desktop launcher shows no stderr (issue 16); the exit code is 2 all the same
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if (!((display && *display) || (wayland && *wayland))) throw;
    const std::string fallback = default_scenario_path();
    AppOptions shown = o;
    shown.scenario_path = fallback;
    shown.overrides = {};
    std::unique_ptr<App> app;
    try {
      app = std::make_unique<App>(shown,
                                  fallback.empty() ? std::make_unique<SimSession>(ScenarioSpec{})
                                                   : std::make_unique<SimSession>(SimSession::from_file(fallback)),
                                  e.what());
    } catch (const DisplayError&) {
      throw e;  // no window after all: the one line on stderr
    }
    std::fprintf(stderr, "gaitsim: %s\n", e.what());
    app->run();
    return 2;
  }
  App app(o, std::move(session));
  return app.run();
}

}  // namespace gait
