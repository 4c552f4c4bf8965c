// Pre-swing of the walking controller (docs/controller.md#pre-swing).
#include "control/preswing.h"

#include <algorithm>

#include "control/joint_control.h"
#include "control/stance_leg.h"

namespace gait {

namespace {

/// The trailing hip's flexion row: the stance hip's pelvis target, weighted by the foot's load share,
/// and (full-strength walkers) a pull toward preswing_hip_target_rad weighted by the unloaded share;
/// two PD laws on one joint add up to one with the summed gains and the gain-weighted target.
JointCommand preswing_hip_flexion_row(const StepContext& ctx, const HipTarget& h, double share) {
  const ControllerParams& p = ctx.p;
  const JointCommand held = pd(h.q.flexion_rad, h.qd.x, p.stance_hip, share);
  const double drive = ctx.w_full * p.full_preswing_hip_scale * (1.0 - share);
  if (drive <= 0) return held;
  const JointCommand pull = pd(p.preswing_hip_target_rad, 0, p.swing_hip, drive);
  JointCommand c = held;
  c.stiffness_Nm_rad = held.stiffness_Nm_rad + pull.stiffness_Nm_rad;
  c.damping_Nms_rad = held.damping_Nms_rad + pull.damping_Nms_rad;
  c.target_rad = (held.stiffness_Nm_rad * held.target_rad + pull.stiffness_Nm_rad * pull.target_rad) /
                 std::max(1e-9, c.stiffness_Nm_rad);
  c.target_velocity_rad_s =
      (held.damping_Nms_rad * held.target_velocity_rad_s) / std::max(1e-9, c.damping_Nms_rad);
  return c;
}

}  // namespace

void set_preswing_leg_rows(const StepContext& ctx, const ControllerState& c, ControlOutput& out) {
  const ControllerParams& p = ctx.p;
  const BodyReadings& r = ctx.r;
  const Side sw = ctx.sw;
  const double share = std::clamp(r.contact[sw].force_N.z / ctx.total_fz_N, 0.0, 1.0);
  const HipTarget h = pelvis_hip_target(r, sw, ctx.r_pd);
  out.rows[coord_index(sw, LegCoord::HipFlexion)] = preswing_hip_flexion_row(ctx, h, share);
  out.rows[coord_index(sw, LegCoord::HipAdduction)] = pd(h.q.adduction_rad, h.qd.y, p.stance_hip, share);
  out.rows[coord_index(sw, LegCoord::HipRotation)] = pd(h.q.rotation_rad, h.qd.z, p.hip_rotation, share);
  out.rows[coord_index(sw, LegCoord::Knee)] =
      pd(p.preswing_knee_rad + ctx.w_full * p.full_preswing_knee_extra_rad, 0, p.preswing_knee);
  const double po = pushoff_target_rad(ctx, c);
  out.rows[coord_index(sw, LegCoord::AnkleFlexion)] =
      pd(-po - p.preswing_pushoff_extra_rad, 0, p.preswing_ankle);
  const FootTilt tilt = foot_tilt(r, sw);
  out.rows[coord_index(sw, LegCoord::AnkleInversion)] =
      pd(r.q_rad[coord_index(sw, LegCoord::AnkleInversion)] - tilt.inversion_rad, 0, p.ankle_inversion);
}

}  // namespace gait
