// Records a scenario as a clip (MP4 or GIF) or one picture (PNG) in simulated time, with no display:
// the session steps the simulation to each frame's time (frame i at i / (fps * slow_motion) s),
// the renderer draws the scene offscreen, the overlays are burned in with Dear ImGui, and the
// encoder writes the file (a temporary file committed when complete, io/output_file.h).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "overlay/clip_frame.h"
#include "io/output_file.h"
#include "render/camera.h"
#include "render/rgb_image.h"
#include "scenario/scenario_spec.h"
#include "scene/build_scene.h"

namespace gait {

enum class OutputKind { Mp4, Gif, Png };

/// The kind of `path` from its extension (.mp4, .gif, .png, any case); throws InputError for others.
OutputKind output_kind(const std::string& path);

/// "all", "none", or a comma list of name, muscles, drop, phase, plot, labels; throws InputError.
OverlaySet parse_overlays(std::string_view text);

struct RecordOptions {
  std::string path;
  OutputKind kind = OutputKind::Mp4;
  int width = 1280, height = 720;  ///< even, at most 3840 x 2160
  int fps = 30;                    ///< 1..120 (GIF 1..100: its frame delays are in 1/100 s)
  double duration_s = 10;          ///< simulated seconds recorded
  /// Simulated time of the first frame: the run is simulated (not drawn) up to it, so frame i is the
  /// frame round(from_s x fps x slow_motion) + i of a clip from 0 (issue 16: `record --from T`).
  double from_s = 0;
  double slow_motion = 1;          ///< the clip plays this many times slower than real time
  double at_s = 0;                 ///< the PNG's simulated time
  CameraMode camera = CameraMode::Posterior;
  bool compare = false;            ///< the healthy ghost beside the walker
  OverlaySet overlays;
  ViewOptions view;  ///< what the scene shows (the quiz hides the muscle bands and the angle lines)
  /// Multisampling; -1: 4 for a PNG, none for clips (llvmpipe's 4x MSAA doubles a 720p clip's time).
  int samples = -1;
  /// Simulated seconds done of the total (from_s + duration_s; a PNG's at_s), now and then.
  std::function<void(double done_s, double total_s)> progress;
  /// Tests: every frame as it goes to the encoder (index, picture), to compare clips pixel for pixel.
  std::function<void(int index, const RgbImage& image)> on_frame;
  /// Tests: changes the models built from the scenario (as RunOptions::adjust_model). May be empty.
  std::function<void(Model&)> adjust_model;
  /// Tests: the session at every frame's instant, as the frame is drawn (what its overlays read).
  std::function<void(int index, const SimSession& session)> on_instant;
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
