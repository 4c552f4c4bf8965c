// One frame of a clip with its burned-in overlays, drawn offscreen at the clip's size: the scene of
// the session's instant (and the healthy ghost), the camera, then the title, the weakened muscles,
// each side's pelvic drop and Trendelenburg sign, the phase bars and the obliquity plot through a
// Dear ImGui context of its own. `gaitsim record` and the app's Record (F9) both draw their clips
// here, so a clip from the app has the frames the command line makes for the same settings.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>

#include "analysis/live_readouts.h"
#include "sim/sim_session.h"
#include "overlay/ui_fonts.h"
#include "render/camera.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/build_scene.h"

namespace gait {

/// Which overlays are burned in (all on by default).
struct OverlaySet {
  bool name = true;     ///< scenario name, simulated time
  bool muscles = true;  ///< the weakened muscles and their strengths
  bool drop = true;     ///< pelvic drop (deg) and Trendelenburg sign of each side's last stance
  bool phase = true;    ///< gait-phase bar per side
  bool plot = true;     ///< pelvic obliquity over the last seconds
  bool labels = true;   ///< the scene's angle labels over the 3D view
  bool any() const { return name || muscles || drop || phase || plot || labels; }
};

/// What a clip shows besides the session's state.
struct ClipLook {
  CameraMode camera = CameraMode::Posterior;
  OrbitCamera orbit;               ///< the orbit camera's angles and distance
  ViewOptions view;                ///< what the scene holds (the app's View checkboxes)
  bool compare = false;            ///< the healthy ghost beside the walker
  bool ghost_overlaid = false;     ///< the ghost on the walker instead of beside it
  OverlaySet overlays;
  double slow_motion = 1;          ///< named in the title line when not 1
};

/// The text size of the burned-in overlays for a clip `height_px` tall: regular text at least 2.5 %
/// of the height (issue 16), so that a 640x360 GIF stays legible.
float clip_overlay_scale(int height_px);

/// The line the drop overlay burns in for `side`: "Left 2.1° compensated" (its last complete single
/// stance's peak pelvic drop and Trendelenburg sign), or "Left -" before there is one.
std::string last_stance_line(Side side, const SideReadout& readout);

/// The angle labels of `camera`'s plane: frontal from behind, in front and in orbit, sagittal (the
/// near leg) from the sides, none from above.
void fit_view_to_camera(ViewOptions& view, CameraMode camera);

/// How far to the walker's right the healthy ghost walks (m), when not overlaid on the walker.
inline constexpr double kGhostSide_m = 0.7;

/// Where the `ghost` Frame is drawn: moved onto the walker's pelvis (so it keeps pace whatever its
/// own speed), then kGhostSide_m to the walker's right, or to its left for the right camera (so it
/// never walks between that camera and the walker), unless `overlaid`.
Vec3 ghost_offset_m(const Frame& patient, const Frame& ghost, bool overlaid, CameraMode camera);

/// The scene of the session's instant as clips and the app draw it: build_scene with `look.view`
/// (no highlight), plus `ghost` (a Frame of the healthy model, ghost_phase.h) when `look.compare`.
Scene clip_scene(const SimSession& session, const ClipLook& look, const Frame* ghost);

class ClipFrameRenderer {
 public:
  /// An offscreen target of `width` x `height` (`samples`: multisampling, 0 none) and, when any
  /// overlay is on, an ImGui context of its own with fonts for that height. Needs a current GL 3.3
  /// context; leaves the caller's ImGui context current. Throws std::runtime_error.
  ClipFrameRenderer(int width, int height, int samples, const OverlaySet& overlays);
  ~ClipFrameRenderer();
  ClipFrameRenderer(const ClipFrameRenderer&) = delete;
  ClipFrameRenderer& operator=(const ClipFrameRenderer&) = delete;

  /// Draws the session's instant and reads it back (top row first). Changes the GL framebuffer
  /// binding and viewport; the caller's ImGui context stays current.
  RgbImage render(const SimSession& session, const ClipLook& look);

  int width() const { return target_.width(); }
  int height() const { return target_.height(); }

 private:
  void draw_overlays(ImDrawList* dl, const SimSession& session, const Scene& scene, const CameraMatrices& camera,
                     const ClipLook& look);
  OffscreenTarget target_;
  SceneRenderer renderer_;
  ImGuiContext* context_ = nullptr;
  UiFonts fonts_;
  float scale_ = 1;
};

}  // namespace gait
