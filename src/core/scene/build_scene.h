// Model + Frame + ViewOptions -> Scene: the bones, the abductor compartments as bands coloured by
// activation and faded by lost strength, the clinical overlays, the ground, and a healthy ghost.
#pragma once

#include <vector>

#include "model/model.h"
#include "scene/scene.h"
#include "sim/frame.h"

namespace gait {

/// What to show. Defaults: everything on (the app's and clips' default view).
/// Which joint angles the view labels: those in the picture's plane (issue 16: frontal-plane lines
/// seen edge-on from the side named nothing one could see).
enum class AngleLabels {
  Frontal,   ///< pelvic obliquity and trunk lean (posterior, anterior and orbit cameras)
  Sagittal,  ///< hip and knee flexion of the near leg (left and right cameras)
  None,      ///< no angle lines or labels (the top camera)
};

struct ViewOptions {
  bool show_muscles = true;      ///< the seven abductor compartments per side
  bool show_pelvis_line = true;  ///< line through the iliac crests, horizontal and angle label
  bool show_trunk_axis = true;   ///< lumbar joint -> HAT centre of mass, vertical and angle label
  bool show_forces = true;       ///< ground reaction force arrows at the centres of pressure
  bool show_com = true;          ///< centre of mass over the base of support
  bool show_ground = true;       ///< ground grid and walkway
  PickId highlight{};            ///< a compartment drawn highlighted (hovered), or none
  AngleLabels angles = AngleLabels::Frontal;  ///< the lines and labels of the camera's plane
  Side near_side = Side::Left;   ///< Sagittal: the leg nearer the camera
};

/// The scene of one Frame of the model.
Scene build_scene(const Model& model, const Frame& frame, const ViewOptions& view = {});

/// Adds a translucent skeleton (no muscles, no overlays) of `ghost` (a Frame of the healthy model
/// stepped in lockstep), moved by `offset_m` (e.g. beside the walker, or onto its pelvis).
void add_ghost(Scene& scene, const Model& model, const Frame& ghost, const Vec3& offset_m);

/// The world path of one compartment's band at `frame`: origin (pelvis frame via the pelvis pose),
/// insertion (femur frame via the thigh pose), then the TFL's distal points (iliotibial tract).
std::vector<Vec3> muscle_band_path(const Model& model, const Frame& frame, Side side, AbductorId muscle);

/// World pose of a segment of `frame` (segment_pose by SegmentId).
const Pose& segment_pose(const Frame& frame, SegmentId id);


/// Top of the iliac crest of a side, world (the clinician's landmark for the pelvis line).
Vec3 iliac_crest_m(const Model& model, const Frame& frame, Side side);

}  // namespace gait
