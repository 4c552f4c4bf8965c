// Pre-swing of the walking controller (docs/controller.md#pre-swing).
#include "control/preswing.h"

#include <algorithm>

#include "control/joint_control.h"
#include "control/stance_leg.h"

namespace gait {

void set_preswing_leg_rows(const StepContext& ctx, const ControllerState& c, ControlOutput& out) {
  const ControllerParams& p = ctx.p;
  const BodyReadings& r = ctx.r;
  const Side sw = ctx.sw;
  const double share = std::clamp(r.contact[sw].force_N.z / ctx.total_fz_N, 0.0, 1.0);
  const HipTarget h = pelvis_hip_target(r, sw, ctx.r_pd);
  out.rows[coord_index(sw, LegCoord::HipFlexion)] = pd(h.q.flexion_rad, h.qd.x, p.stance_hip, share);
  out.rows[coord_index(sw, LegCoord::HipAdduction)] = pd(h.q.adduction_rad, h.qd.y, p.stance_hip, share);
  out.rows[coord_index(sw, LegCoord::HipRotation)] = pd(h.q.rotation_rad, h.qd.z, p.hip_rotation, share);
  out.rows[coord_index(sw, LegCoord::Knee)] = pd(p.preswing_knee_rad, 0, p.preswing_knee);
  const double po = pushoff_target_rad(ctx, c);
  out.rows[coord_index(sw, LegCoord::AnkleFlexion)] =
      pd(-po - p.preswing_pushoff_extra_rad, 0, p.preswing_ankle);
  const FootTilt tilt = foot_tilt(r, sw);
  out.rows[coord_index(sw, LegCoord::AnkleInversion)] =
      pd(r.q_rad[coord_index(sw, LegCoord::AnkleInversion)] - tilt.inversion_rad, 0, p.ankle_inversion);
}

}  // namespace gait
