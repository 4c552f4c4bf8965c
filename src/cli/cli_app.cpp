// The app's command line: gaitsim [SCENARIO] [--set K=V]... [--change T:K=V]... and its own flags,
// including the ones tests and measurements use (--frames, --frame-dt, --screenshot, --test-set).
#ifdef GAITSIM_HAS_APP

#include "cli_app.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <memory>

#include "app/app.h"
#include "input_error.h"
#include "render/camera.h"
#include "scenario/scenario_keys.h"

namespace gait {

namespace {

struct AppArgs {
  AppOptions options;
  std::vector<std::string> set, change, test_set, test_load, test_record;
  std::vector<std::string> test_quiz, test_quiz_answer, test_screenshot;
  std::optional<std::uint64_t> quiz;
  std::string size = "1280x720";
  std::string record_size = "720p";
};

/// "KEY=VALUE@FRAME" for a changeable input.
TimedInput parse_test_set(const std::string& arg) {
  const std::string flag = "--test-set " + arg;
  const auto eq = arg.find('='), at = arg.rfind('@');
  if (eq == std::string::npos || at == std::string::npos || at < eq)
    throw InputError(flag, 0, "", "expected KEY=VALUE@FRAME, e.g. left.superior_gluteal_nerve=0@120");
  TimedInput t;
  t.key = arg.substr(0, eq);
  const ScenarioKey* key = find_scenario_key(t.key);
  if (!key || !key->is_changeable()) throw InputError(flag, 0, t.key, "not a changeable input");
  try {
    t.value = std::stod(arg.substr(eq + 1, at - eq - 1));
    t.frame = std::stoi(arg.substr(at + 1));
  } catch (const std::exception&) {
    throw InputError(flag, 0, t.key, "expected a number and a frame");
  }
  if (t.value < key->min || t.value > key->max) throw InputError(flag, 0, t.key, "expected " + describe_range(*key));
  if (t.frame < 0) throw InputError(flag, 0, t.key, "the frame must be 0 or later");
  return t;
}

/// "FILE@FRAME" of a test flag.
std::pair<std::string, int> parse_file_at_frame(const std::string& flag, const std::string& arg,
                                                const char* example) {
  const auto at = arg.rfind('@');
  int frame = -1;
  if (at != std::string::npos) frame = std::atoi(arg.c_str() + at + 1);
  if (at == std::string::npos || at == 0 || frame < 0)
    throw InputError(flag + " " + arg, 0, "", std::string("expected FILE@FRAME, e.g. ") + example);
  return {arg.substr(0, at), frame};
}

/// "SIDE,SIGN_LEFT,SIGN_RIGHT,COMPENSATED,LESION@FRAME", e.g. "right,negative,positive,no,gluteus_medius@300":
/// the answer form as the Submit button sends it.
std::pair<QuizAnswer, int> parse_test_quiz_answer(const std::string& arg) {
  const auto [text, frame] = parse_file_at_frame("--test-quiz-answer", arg, "left,positive,negative,no,none@300");
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
    parts.push_back(text.substr(start, comma - start));
  parts.push_back(text.substr(start));
  const auto fail = [&arg]() -> std::pair<QuizAnswer, int> {
    throw InputError("--test-quiz-answer " + arg, 0, "",
                     "expected SIDE,SIGN_LEFT,SIGN_RIGHT,yes|no,LESION@FRAME with the quiz's words");
  };
  if (parts.size() != 5) return fail();
  QuizAnswer a;
  for (const WeakSide w : kWeakSides)
    if (parts[0] == weak_side_name(w)) a.weak_side = w;
  for (const Side s : kSides)
    for (const Trendelenburg t : {Trendelenburg::Negative, Trendelenburg::Positive, Trendelenburg::Compensated})
      if (parts[s == Side::Left ? 1 : 2] == trendelenburg_name(t)) a.sign[s] = t;
  if (parts[3] == "yes" || parts[3] == "no") a.compensated = parts[3] == "yes";
  for (const Lesion l : kLesions)
    if (parts[4] == lesion_name(l)) a.lesion = l;
  if (!a.weak_side || !a.sign.left || !a.sign.right || !a.compensated || !a.lesion) return fail();
  return {a, frame};
}

int run_app_command(AppArgs& args) {
  AppOptions& o = args.options;
  o.overrides = ScenarioOverrides{.set = args.set, .duration = std::nullopt, .change = args.change};
  for (const std::string& s : args.test_set) o.test_inputs.push_back(parse_test_set(s));
  for (const std::string& s : args.test_load)
    o.test_loads.push_back(parse_file_at_frame("--test-load", s, "scenarios/normal.toml@60"));
  for (const std::string& s : args.test_record)
    o.test_records.push_back(parse_file_at_frame("--test-record", s, "clip.mp4@10"));
  o.quiz_seed = args.quiz;
  for (const std::string& s : args.test_quiz) {
    const auto [seed, frame] = parse_file_at_frame("--test-quiz", s, "1@30");
    char* end = nullptr;
    const unsigned long long v = std::strtoull(seed.c_str(), &end, 10);
    if (seed.empty() || *end) throw InputError("--test-quiz " + s, 0, "", "expected SEED@FRAME, e.g. 1@30");
    o.test_quiz_starts.emplace_back(v, frame);
  }
  for (const std::string& s : args.test_quiz_answer) o.test_quiz_answers.push_back(parse_test_quiz_answer(s));
  for (const std::string& s : args.test_screenshot)
    o.test_screenshots.push_back(parse_file_at_frame("--test-screenshot", s, "question.png@200"));
  if (o.camera && !parse_camera_mode(*o.camera))
    throw InputError("--camera " + *o.camera, 0, "", "expected posterior, anterior, left, right, top or orbit");
  if (std::sscanf(args.size.c_str(), "%dx%d", &o.width, &o.height) != 2 || o.width < 320 || o.height < 240 ||
      o.width > 7680 || o.height > 4320)
    throw InputError("--size " + args.size, 0, "", "expected WIDTHxHEIGHT, from 320x240 to 7680x4320");
  if (args.record_size == "view")
    o.record_size = ClipSize::View;
  else if (args.record_size == "720p")
    o.record_size = ClipSize::Hd720;
  else if (args.record_size == "1080p")
    o.record_size = ClipSize::Hd1080;
  else
    throw InputError("--record-size " + args.record_size, 0, "", "expected 720p, 1080p or view");
  if (!o.screenshot_path.empty() && o.frames <= 0)
    throw InputError("--screenshot", 0, "", "needs --frames N (the screenshot is taken after the last frame)");
  try {
    return run_app(o);
  } catch (const DisplayError& e) {
    print_error(e.what());
    return kExitFailure;
  }
}

}  // namespace

void add_app_options(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<AppArgs>();
  AppOptions& o = args->options;
  app.add_option("SCENARIO", o.scenario_path, "Open the app on this scenario (default scenarios/normal.toml)");
  app.add_option("--set", args->set, "Override a scenario key for the app (repeatable)")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false);
  app.add_option("--change", args->change, "Change an input at a simulated time (repeatable)")
      ->type_name("T:KEY=VALUE")
      ->allow_extra_args(false);
  app.add_option("--camera", o.camera, "posterior, anterior, left, right, top or orbit");
  app.add_flag("--compare", o.compare, "Start with the healthy ghost shown (C toggles it)");
  app.add_option("--ui-scale", o.ui_scale, "Size of text and controls (default: from the display's DPI)")
      ->check(CLI::Range(0.5, 4.0));
  app.add_option("--size", args->size, "Window size (default 1280x720)")->type_name("WxH");
  app.add_option("--record-size", args->record_size,
                 "Clips recorded with F9: 720p (default) or 1080p with gaitsim record's overlays, or view (the 3D "
                 "view as shown)")
      ->type_name("SIZE");
  app.add_option("--record-length", o.record_length_s,
                 "Clips recorded with F9 stop after S simulated seconds (default: when stopped)")
      ->type_name("S")
      ->check(CLI::Range(0.0, 3600.0));
  // tests and measurements (an option group would show up as a nameless subcommand)
  const std::string testing = "App testing and timing";
  app.add_flag("--presentation", o.presentation, "Start in presentation mode (F11: full screen, the view alone)");
  app.add_option("--layout-report", o.layout_report_path,
                 "With --frames: the layout's rectangles (panels, view, labels) as JSON after the last frame")
      ->type_name("FILE")
      ->group(testing);
  app.add_option("--frames", o.frames, "Quit after N frames and print the frame time")
      ->check(CLI::PositiveNumber)
      ->group(testing);
  app.add_option("--frame-dt", o.frame_dt_s, "Advance exactly S of simulated time per frame")
      ->check(CLI::Range(0.0, 1.0))
      ->group(testing);
  app.add_option("--screenshot", o.screenshot_path, "PNG of the window after the last frame")
      ->type_name("FILE")
      ->group(testing);
  app.add_option("--test-set", args->test_set, "Set an input through the app's slider path at a frame")
      ->type_name("KEY=VALUE@FRAME")
      ->allow_extra_args(false)
      ->group(testing);
  app.add_option("--test-load", args->test_load, "Load a scenario through the scenario menu's path at a frame")
      ->type_name("FILE@FRAME")
      ->allow_extra_args(false)
      ->group(testing);
  app.add_option("--test-record", args->test_record,
                 "Start a clip (.mp4, .gif) through the Record button's path at a frame")
      ->type_name("FILE@FRAME")
      ->allow_extra_args(false)
      ->group(testing);
  app.add_option("--quiz", args->quiz, "Start in Quiz mode: mystery patients from the case bank, drawn by SEED")
      ->type_name("SEED");
  app.add_option("--test-quiz", args->test_quiz, "Start a quiz through the Teach menu's path at a frame")
      ->type_name("SEED@FRAME")
      ->allow_extra_args(false)
      ->group(testing);
  app.add_option("--test-quiz-answer", args->test_quiz_answer, "Send a quiz answer through the Submit button's path")
      ->type_name("SIDE,SIGN_L,SIGN_R,yes|no,LESION@FRAME")
      ->allow_extra_args(false)
      ->group(testing);
  app.add_option("--test-screenshot", args->test_screenshot, "PNG of the window at a frame, as the F key")
      ->type_name("FILE@FRAME")
      ->allow_extra_args(false)
      ->group(testing);
  app.add_option("--test-dose-chart", o.test_dose_chart_frame, "Open the dose-response chart at a frame, as the Teach menu")
      ->type_name("FRAME")
      ->group(testing);
  app.add_flag("--print-readouts", o.print_readouts, "Print the read-outs before each --test-set and at the end")
      ->group(testing);
  app.callback([args, &action, &app] {
    if (!action && app.get_subcommands().empty()) action = [args] { return run_app_command(*args); };
  });
}

}  // namespace gait

#endif  // GAITSIM_HAS_APP
