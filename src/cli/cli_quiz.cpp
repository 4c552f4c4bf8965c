// gaitsim quiz --cases N --seed S -o DIR: N mystery patients drawn from the case bank, each as a
// numbered clip, with a printable answer sheet and the answer key (README "gaitsim quiz").
#ifdef GAITSIM_HAS_RECORD
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

#include "analysis/run_analyzer.h"
#include "cli_common.h"
#include "input_error.h"
#include "interrupt.h"
#include "io/output_file.h"
#include "quiz/quiz_key.h"
#include "record/recorder.h"
#include "scenario/scenario_keys.h"

namespace gait {
namespace {

inline constexpr int kMaxQuizCases = 99;

struct QuizArgs {
  int cases = 8;
  std::uint64_t seed = 1;
  std::string dir;
  std::string bank = default_quiz_bank_path();
  std::optional<double> duration;
  std::string size = "1280x720";
  int fps = 30;
  std::optional<std::string> camera;
  bool quiet = false;
};

/// "1280x720" -> {1280, 720}: even, 16..3840 x 16..2160.
std::pair<int, int> parse_quiz_size(const std::string& text) {
  int w = 0, h = 0;
  char x = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') || w < 16 ||
      h < 16 || w > 3840 || h > 2160 || w % 2 || h % 2)
    throw InputError("--size " + text, 0, "", "expected even WIDTHxHEIGHT within 16x16..3840x2160, e.g. 1280x720");
  return {w, h};
}

/// Clips recorded under hidden names, renamed to their own only when the whole quiz is done: an
/// interrupted or failed quiz leaves no clip behind.
class StagedClips {
 public:
  explicit StagedClips(std::string dir) : dir_(std::move(dir)) {}
  ~StagedClips() {
    for (const auto& [staged, final_path] : clips_) std::filesystem::remove(staged);
  }
  StagedClips(const StagedClips&) = delete;
  StagedClips& operator=(const StagedClips&) = delete;
  /// A hidden name in the folder for the clip `name`.
  std::string stage(const std::string& name) {
    const std::string staged =
        (std::filesystem::path(dir_) / ("." + name + std::string(kTempMarker) + std::to_string(getpid()) + "-quiz"))
            .string();
    clips_.emplace_back(staged, (std::filesystem::path(dir_) / name).string());
    return staged;
  }
  void commit() {
    for (const auto& [staged, final_path] : clips_) std::filesystem::rename(staged, final_path);
    clips_.clear();
  }

 private:
  std::string dir_;
  std::vector<std::pair<std::string, std::string>> clips_;
};

/// The clips' settings: MP4 at the asked size, rate and camera; no overlay or scene part that names
/// the case. Throws InputError for a bad size, rate or camera.
RecordOptions quiz_record_options(const QuizArgs& args, const QuizBank& bank, double duration_s) {
  RecordOptions options;
  options.kind = OutputKind::Mp4;
  std::tie(options.width, options.height) = parse_quiz_size(args.size);
  if (args.fps < 1 || args.fps > 60) throw InputError("--fps " + std::to_string(args.fps), 0, "", "expected 1 to 60");
  options.fps = args.fps;
  options.duration_s = duration_s;
  const std::string camera = args.camera.value_or(bank.camera);
  const auto mode = parse_camera_mode(camera);
  if (!mode)
    throw InputError(args.camera ? "--camera " + camera : bank.source, 0, args.camera ? "" : "camera",
                     "unknown camera \"" + camera + "\": use posterior, anterior, left, right, top or orbit");
  options.camera = *mode;
  // nothing that names the case: only the gait-phase bars (stance and swing per side)
  options.overlays = parse_overlays("phase");
  // nor anything in the scene: the muscle bands' colours show the strengths, and the pelvis and trunk
  // lines are drawn on no real patient either
  options.view.show_muscles = false;
  options.view.show_pelvis_line = false;
  options.view.show_trunk_axis = false;
  return options;
}

int quiz_command(const QuizArgs& args) {
  if (args.cases < 1 || args.cases > kMaxQuizCases)
    throw InputError("--cases " + std::to_string(args.cases), 0, "",
                     "expected 1 to " + std::to_string(kMaxQuizCases) + " cases");
  const QuizBank bank = load_quiz_bank(args.bank);
  const double duration_s = args.duration.value_or(bank.duration_s);
  if (!(duration_s >= 1 && duration_s <= 600))
    throw InputError("--duration " + format_number(duration_s), 0, "", "expected 1 to 600 s per clip");
  const RecordOptions options = quiz_record_options(args, bank, duration_s);

  const std::vector<QuizItem> items = draw_quiz(bank, args.cases, args.seed);
  std::vector<ScenarioSpec> specs;
  for (const QuizItem& item : items) specs.push_back(quiz_case_spec(bank, item.truth, duration_s, item.number));

  // the folder is made if missing; the key and the sheet are planned (checked) before any run
  std::error_code ec;
  std::filesystem::create_directories(args.dir, ec);
  if (ec) throw InputError(args.dir, 0, "", "cannot make the folder: " + ec.message());
  const StopOnSignals stop_on_signals;
  OutputFiles outputs;
  outputs.add_input(args.bank, "the case bank");
  const auto in_dir = [&](const char* name) { return (std::filesystem::path(args.dir) / name).string(); };
  OutputFile& key_json = outputs.add("-o", in_dir("answer_key.json"));
  OutputFile& key_table = outputs.add("-o", in_dir("answer_key.md"));
  OutputFile& sheet = outputs.add("-o", in_dir("answer_sheet.txt"));

  StagedClips clips(args.dir);
  std::vector<QuizKeyEntry> key;
  for (std::size_t i = 0; i < items.size(); ++i) {
    char clip[32];
    std::snprintf(clip, sizeof clip, "case%02d.mp4", items[i].number);
    if (!args.quiet) std::fprintf(stderr, "gaitsim quiz: case %d of %d -> %s\n", items[i].number, args.cases, clip);
    // the key's signs are this run's: the clip shows the same deterministic run
    const StreamedRun run = run_and_summarize(specs[i]);
    if (run.outcome.diverged || !run.summary) {
      print_error("case " + std::to_string(items[i].number) + " (" + items[i].truth.name +
                  "): the simulation diverged; no output written");
      return kExitFailure;
    }
    key.push_back(make_key_entry(items[i], clip, *run.summary));
    RecordOptions o = options;
    o.path = clips.stage(clip);
    try {
      record_scenario(specs[i], o);
    } catch (const InputError&) {
      throw;
    } catch (const std::runtime_error& e) {
      print_error(e.what());
      return kExitFailure;
    }
  }

  key_json.write(quiz_key_json(key, std::filesystem::path(args.bank).filename().string(), args.seed, duration_s)
                     .dump(2) +
                 "\n");
  key_table.write(quiz_key_table(key, args.seed));
  sheet.write(quiz_answer_sheet(key, args.seed));
  throw_if_stop_requested();
  clips.commit();
  outputs.commit();
  if (!args.quiet)
    std::fprintf(stderr, "gaitsim quiz: wrote %d clips, answer_sheet.txt, answer_key.json and answer_key.md to %s\n",
                 args.cases, args.dir.c_str());
  return kExitOk;
}

}  // namespace

void add_quiz_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<QuizArgs>();
  CLI::App* sub = app.add_subcommand(
      "quiz", "Mystery patients for a class: N numbered clips of hidden cases, an answer sheet and a key");
  sub->add_option("--cases", args->cases, "How many cases (1..99, default 8)")->type_name("N");
  sub->add_option("--seed", args->seed, "The draw's seed: the same seed gives the same cases (default 1)")
      ->type_name("S");
  sub->add_option("-o,--output", args->dir, "The folder for the clips, the sheet and the key")
      ->type_name("DIR")
      ->required();
  sub->add_option("--bank", args->bank, "The case bank (TOML; default assets/quiz_cases.toml)")->type_name("FILE");
  sub->add_option("--duration", args->duration, "Simulated seconds per case (default: the bank's duration_s)")
      ->type_name("S");
  sub->add_option("--size", args->size, "Clip size (default 1280x720)")->type_name("WxH");
  sub->add_option("--fps", args->fps, "Clip frames per second (default 30)");
  sub->add_option("--camera", args->camera, "posterior, anterior, left, right, top or orbit (default: the bank's)");
  sub->add_flag("--quiet", args->quiet, "No progress lines");
  sub->callback([args, &action] { action = [args] { return quiz_command(*args); }; });
}

}  // namespace gait
#endif  // GAITSIM_HAS_RECORD
