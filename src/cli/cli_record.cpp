// gaitsim record SCENARIO -o OUT.{mp4,gif,png}: a clip (or one picture) of a scenario in simulated
// time, rendered offscreen with no display and encoded in-process (src/record).
#ifdef GAITSIM_HAS_RECORD
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>

#include "cli_common.h"
#include "input_error.h"
#include "io/output_file.h"
#include "record/recorder.h"
#include "video/video_encoder.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"

namespace gait {
namespace {

inline constexpr int kMaxWidth = 3840, kMaxHeight = 2160;

struct RecordArgs {
  std::string scenario;
  std::string output;
  std::optional<std::string> duration;
  std::optional<std::string> camera;
  std::optional<std::string> size;
  std::optional<int> fps;
  std::optional<double> slow_motion;
  std::optional<double> at;
  std::optional<double> from;
  std::vector<std::string> set;
  std::vector<std::string> change;
  std::string overlays = "all";
  bool compare = false;
  bool quiet = false;
};

/// "1280x720" -> {1280, 720}: even, positive, at most 3840 x 2160.
std::pair<int, int> parse_size(const std::string& text) {
  int w = 0, h = 0;
  char x = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X'))
    throw InputError("--size", 0, "", "expected WIDTHxHEIGHT, e.g. 1280x720, got \"" + text + "\"");
  if (w <= 0 || h <= 0 || w > kMaxWidth || h > kMaxHeight)
    throw InputError("--size", 0, "", text + " is outside 2x2..3840x2160");
  if (w % 2 != 0 || h % 2 != 0)
    throw InputError("--size", 0, "", text + ": width and height must be multiples of 2");
  return {w, h};
}

RecordOptions plan(const RecordArgs& args, const ScenarioSpec& spec) {
  RecordOptions o;
  o.path = args.output;
  o.kind = output_kind(args.output);
  const bool gif = o.kind == OutputKind::Gif;
  if (args.size) {
    std::tie(o.width, o.height) = parse_size(*args.size);
  } else if (gif) {
    o.width = 640, o.height = 360;  // slides: a few MB, not 25-100
  }
  o.fps = args.fps.value_or(gif ? 15 : 30);
  if (o.fps < 1 || o.fps > 120)
    throw InputError("--fps", 0, "", std::to_string(o.fps) + " is outside 1..120 frames per second");
  // a GIF's frame delays are whole hundredths of a second (kMaxGifFps)
  if (gif && o.fps > kMaxGifFps)
    throw InputError(
        "--fps", 0, "",
        std::to_string(o.fps) +
            ": a GIF's frame delays are whole hundredths of a second, so a GIF takes 1..100 fps");
  o.slow_motion = args.slow_motion.value_or(1.0);
  if (!(o.slow_motion >= 1 && o.slow_motion <= 20))
    throw InputError("--slow-motion", 0, "", format_number(o.slow_motion) + " is outside 1..20");
  o.duration_s = spec.duration_s;
  if (args.at) {
    if (o.kind != OutputKind::Png) throw InputError("--at", 0, "", "is for .png outputs (one picture)");
    if (!(*args.at >= 0 && *args.at <= spec.duration_s))
      throw InputError("--at", 0, "", format_number(*args.at) + " is outside 0.." + format_number(spec.duration_s) + " s");
    o.at_s = *args.at;
  } else if (o.kind == OutputKind::Png) {
    o.at_s = spec.duration_s;  // the last instant
  }
  if (args.from) {
    if (o.kind == OutputKind::Png) throw InputError("--from", 0, "", "is for clips (.mp4, .gif); a .png takes --at");
    o.from_s = *args.from;  // checked by record_command against the run's length
  }
  const std::string camera = args.camera.value_or(spec.camera);
  const auto mode = parse_camera_mode(camera);
  if (!mode)
    throw InputError("--camera", 0, "", "unknown camera \"" + camera +
                                            "\": use posterior, anterior, left, right, top or orbit");
  o.camera = *mode;
  o.compare = args.compare;
  o.overlays = parse_overlays(args.overlays);
  return o;
}

/// The scenario as `record` runs it: with --from T the run lasts T + the clip's duration, so that
/// --change times anywhere in it are valid; the clip's own duration is returned in `clip_s`.
ScenarioSpec load_record_scenario(const RecordArgs& args, double& clip_s) {
  ScenarioOverrides overrides{.set = args.set, .duration = args.duration, .change = args.change};
  if (!args.from) {
    ScenarioSpec spec = load_scenario(args.scenario, overrides);
    clip_s = spec.duration_s;
    return spec;
  }
  const double from = *args.from;
  const ScenarioKey* duration_key = find_scenario_key("duration_s");
  if (!(from >= 0 && from + 1 <= duration_key->max))
    throw InputError("--from", 0, "", format_number(from) + " is outside 0.." + format_number(duration_key->max - 1) +
                                          " s (the simulated time of the clip's first frame)");
  clip_s = load_scenario(args.scenario, ScenarioOverrides{.set = args.set, .duration = args.duration}).duration_s;
  if (from + clip_s > duration_key->max)
    throw InputError("--from", 0, "", format_number(from) + " s + a clip of " + format_number(clip_s) +
                                          " s passes the longest run, " + format_number(duration_key->max) + " s");
  overrides.duration = format_number(from + clip_s);
  return load_scenario(args.scenario, overrides);
}

int record_command(const RecordArgs& args) {
  double clip_s = 0;
  const ScenarioSpec spec = load_record_scenario(args, clip_s);
  RecordOptions options = plan(args, spec);
  options.duration_s = clip_s;
  // Ctrl-C from here on removes the temporary (declared first: restored last)
  const StopOnSignals stop_on_signals;
  // before any work: an unwritable directory, a directory or the scenario itself is bad input
  auto output = std::make_unique<OutputFiles>();
  output->add_input(args.scenario, "the scenario file");
  output->add("-o", options.path);

  RecordResult result;
  {
    ProgressBar bar(args.scenario + " -> " + args.output, !args.quiet);
    options.progress = [&bar](double done_s, double total_s) { bar.update(done_s, total_s); };
    try {
      result = record_scenario(spec, options, std::move(output));
    } catch (const InputError&) {
      throw;
    } catch (const std::runtime_error& e) {
      print_error(e.what());
      return kExitFailure;
    }
  }
  if (!args.quiet)
    std::fprintf(stderr, "gaitsim: wrote %s (%d frame%s, %dx%d%s)\n", args.output.c_str(), result.frames,
                 result.frames == 1 ? "" : "s", options.width, options.height, result.fell ? "; the model fell" : "");
  return kExitOk;
}

}  // namespace

void add_record_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<RecordArgs>();
  CLI::App* sub = app.add_subcommand(
      "record", "Record a scenario as a clip (.mp4, .gif) or one picture (.png), headless, in simulated time");
  sub->add_option("SCENARIO", args->scenario, "Scenario file (TOML)")->required();
  sub->add_option("-o,--output", args->output, "Output file: .mp4 (H.264), .gif or .png")
      ->type_name("FILE")
      ->required();
  sub->add_option("--duration", args->duration, "Simulated seconds recorded (default: the scenario's duration_s)");
  sub->add_option("--camera", args->camera,
                  "posterior, anterior, left, right, top or orbit (default: the scenario's [view] camera)");
  sub->add_option("--size", args->size, "Picture size, even, at most 3840x2160 (default 1280x720; GIF 640x360)")
      ->type_name("WxH");
  sub->add_option("--fps", args->fps,
                  "Frames per second of the clip, 1..120 (GIF 1..100; default 30, GIF 15)");
  sub->add_option("--slow-motion", args->slow_motion, "Play the clip F times slower than real time (1..20)")
      ->type_name("F");
  sub->add_option("--from", args->from,
                  "Simulated time of the clip's first frame in s: the run is simulated up to it, then recorded "
                  "(default 0)")
      ->type_name("T");
  sub->add_option("--at", args->at, "Simulated time of a .png picture in s (default: the end)")->type_name("T");
  sub->add_option("--set", args->set, "Override a scenario key, e.g. --set left.gluteus_medius=0.2 (repeatable)")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false);
  sub->add_option("--change", args->change,
                  "Change an input at a time, e.g. --change 5:left.superior_gluteal_nerve=0 (repeatable)")
      ->type_name("T:KEY=VALUE")
      ->allow_extra_args(false);
  sub->add_flag("--compare", args->compare, "Show the healthy ghost walking beside the model");
  sub->add_option("--overlays", args->overlays,
                  "Burned-in overlays: all (default), none, or a list of name,muscles,drop,phase,plot,labels")
      ->type_name("LIST");
  sub->add_flag("--quiet", args->quiet, "No progress bar and no closing line");
  sub->callback([args, &action] { action = [args] { return record_command(*args); }; });
}

}  // namespace gait
#endif  // GAITSIM_HAS_RECORD
