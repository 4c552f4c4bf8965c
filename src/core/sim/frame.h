// Frame: the plain snapshot of one instant that everything downstream reads (analysis, CSV, scene,
// plots, recorder). Produced by observe(); never holds Bullet types or State internals.
#pragma once

#include <array>
#include <cstdint>

#include "math/vec3.h"
#include "model/ids.h"
#include "side.h"

namespace gait {

/// Per-side part of a Frame. Angles follow docs/model.md#frames-and-signs.
struct SideFrame {
  // joint angles (rad): hip in gait2392 order, positive flexion / adduction / internal rotation
  double hip_flexion_rad = 0;
  double hip_adduction_rad = 0;
  double hip_rotation_rad = 0;
  double knee_flexion_rad = 0;        ///< positive flexion
  double ankle_dorsiflexion_rad = 0;  ///< positive dorsiflexion
  double ankle_inversion_rad = 0;

  // joint centres in the world (m)
  Vec3 hip_center_m, knee_center_m, ankle_center_m;

  // ground contact of this foot (sum over its contact points), averaged over the last 20 ms
  Vec3 grf_N;            ///< ground reaction force on the foot (world; z = vertical)
  Vec3 cop_m;            ///< centre of pressure (world), valid when grf_N.z > 0
  bool controller_stance = false;  ///< the walking controller treats this leg as stance

  // hip abductors (docs/model.md#abductor-activation); moments in Nm, positive = abduction
  double abductor_demand_Nm = 0;    ///< abduction moment the controller asked of this hip
  double abductor_capacity_Nm = 0;  ///< M_cap: what the seven compartments can deliver now
  double abductor_moment_Nm = 0;    ///< abduction moment delivered by the seven compartments
  double abductor_activation = 0;   ///< shared activation of the seven compartments, 0..1
  double other_abductor_moment_Nm = 0;  ///< from abductors on other nerves (glut max, piriformis, sartorius)
  double passive_adduction_moment_Nm = 0;  ///< passive limit torque (capsule, IT band), + = abduction
  std::array<double, kNumAbductors> muscle_force_N{};  ///< per compartment, along its line of action
  /// Strength of each compartment as the inputs set it now: its group's strength times the superior
  /// gluteal nerve function (0..1); lets the scene and overlays show what was weakened.
  std::array<double, kNumAbductors> muscle_strength_frac{};

  // loads
  double hip_flexion_moment_Nm = 0;   ///< internal moment at the hip about flexion (+ flexor)
  double hip_contact_force_N = 0;     ///< hip joint reaction incl. abductor forces (magnitude)
};

struct Frame {
  double time_s = 0;
  std::int64_t step_index = 0;

  // pelvis (floating base)
  Vec3 pelvis_position_m;     ///< pelvis origin (midpoint of the ASIS, gait2392) in the world
  Vec3 pelvis_velocity_m_s;
  double pelvic_obliquity_rad = 0;  ///< hip line vs horizontal; + = left side higher (docs/metrics.md)
  double pelvic_tilt_rad = 0;       ///< sagittal; + = anterior tilt
  double pelvic_rotation_rad = 0;   ///< yaw relative to the walking direction; + = left side forward
  double heading_rad = 0;           ///< pelvis yaw in the world

  // trunk (HAT)
  double trunk_lean_rad = 0;   ///< frontal angle of lumbar joint -> HAT COM from vertical; + = toward left
  double trunk_pitch_rad = 0;  ///< sagittal; + = forward

  // whole body
  Vec3 com_m, com_velocity_m_s;
  double standing_pelvis_height_m = 0;  ///< reference for the fall criterion

  LeftRight<SideFrame> side;
  std::array<Pose, kNumSegments> segment_pose{};  ///< world pose of each segment's body frame

  bool fell = false;        ///< fall criterion (docs/model.md#falls-and-stalls) met by now
  bool diverged = false;    ///< non-finite numbers: the run stops, exit code 1
  int controller_phase = 0; ///< walking FSM state, for debugging and plots
};

}  // namespace gait
