// Records a scenario as a clip (MP4 or GIF) or one picture (PNG) in simulated time, with no display:
// the session steps the simulation to each frame's time (frame i at i / (fps * slow_motion) s),
// the renderer draws the scene offscreen, the overlays are burned in with Dear ImGui, and the
// encoder writes the file (a temporary file committed when complete, io/output_file.h).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "io/output_file.h"
#include "render/camera.h"
#include "scenario/scenario_spec.h"
#include "scene/build_scene.h"

namespace gait {

enum class OutputKind { Mp4, Gif, Png };

/// The kind of `path` from its extension (.mp4, .gif, .png, any case); throws InputError for others.
OutputKind output_kind(const std::string& path);

/// Which overlays are burned in (all on by default).
struct OverlaySet {
  bool name = true;     ///< scenario name, simulated time
  bool muscles = true;  ///< the weakened muscles and their strengths
  bool drop = true;     ///< live pelvic drop (deg) and Trendelenburg sign per side
  bool phase = true;    ///< gait-phase bar per side
  bool plot = true;     ///< pelvic obliquity over the last seconds
  bool labels = true;   ///< the scene's angle labels over the 3D view
};
/// "all", "none", or a comma list of name, muscles, drop, phase, plot, labels; throws InputError.
OverlaySet parse_overlays(std::string_view text);

struct RecordOptions {
  std::string path;
  OutputKind kind = OutputKind::Mp4;
  int width = 1280, height = 720;  ///< even, at most 3840 x 2160
  int fps = 30;                    ///< 1..120 (GIF 1..100: its frame delays are in 1/100 s)
  double duration_s = 10;          ///< simulated seconds recorded
  double slow_motion = 1;          ///< the clip plays this many times slower than real time
  double at_s = 0;                 ///< the PNG's simulated time
  CameraMode camera = CameraMode::Posterior;
  bool compare = false;            ///< the healthy ghost beside the walker
  OverlaySet overlays;
  ViewOptions view;  ///< what the scene shows (the quiz hides the muscle bands and the angle lines)
  /// Multisampling; -1: 4 for a PNG, none for clips (llvmpipe's 4x MSAA doubles a 720p clip's time).
  int samples = -1;
  std::function<void(double done, double total)> progress;  ///< frames done of total
};

/// Frames a clip of `options` has: round(duration * fps * slow_motion), at least 1.
int clip_frame_count(const RecordOptions& options);

struct RecordResult {
  int frames = 0;
  double simulated_s = 0;
  bool fell = false;
};

/// Records `spec` as `options` ask, into `output` (its first file: options.path, planned and checked
/// by the caller; planned here when empty). Throws InputError (bad path, cannot write),
/// std::runtime_error (no OpenGL, encoder failure) or Interrupted (a stop request, checked between
/// frames and every 0.25 s of simulated time); no file is left behind then.
RecordResult record_scenario(const ScenarioSpec& spec, const RecordOptions& options,
                             std::unique_ptr<OutputFiles> output = {});

}  // namespace gait
