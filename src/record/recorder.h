// Records a scenario as a clip (MP4 or GIF) or one picture (PNG) in simulated time, with no display:
// the session steps the simulation to each frame's time (frame i at i / (fps * slow_motion) s),
// the renderer draws the scene offscreen, the overlays are burned in with Dear ImGui, and the
// encoder writes the file (temporary name, renamed when complete).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "render/camera.h"
#include "scenario/scenario_spec.h"

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
  int fps = 30;                    ///< 1..120
  double duration_s = 10;          ///< simulated seconds recorded
  double slow_motion = 1;          ///< the clip plays this many times slower than real time
  double at_s = 0;                 ///< the PNG's simulated time
  CameraMode camera = CameraMode::Posterior;
  bool compare = false;            ///< the healthy ghost beside the walker
  OverlaySet overlays;
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

/// Records `spec` as `options` ask. Throws InputError (bad path, cannot write) or
/// std::runtime_error (no OpenGL, encoder failure); no file is left behind on failure.
RecordResult record_scenario(const ScenarioSpec& spec, const RecordOptions& options);

}  // namespace gait
