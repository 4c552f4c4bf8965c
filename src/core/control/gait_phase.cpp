// Phase and events of the walking controller (docs/controller.md#phases).
#include "control/gait_phase.h"

#include <algorithm>
#include <cmath>

#include "control/controller_learning.h"
#include "control/joint_control.h"
#include "math/heading.h"

namespace gait {

Heading heading_of(const BodyReadings& r) {
  const HeadingAxes axes = heading_axes(to_mat3(r.pelvis.orientation));
  return {axes, dot(r.com_velocity_m_s, axes.fwd)};
}

double advance_step_clock(const ControllerParams& p, double dt_s, ControllerState& c) {
  c.step_time_s += dt_s;
  c.stance_time_s += dt_s;
  return c.preswing ? 0.0 : (c.step_time_s - c.liftoff_time_s) / p.swing_time_s;  // swing progress
}

bool touchdown_reached(const ControllerParams& p, const BodyReadings& r, double phase, double dt_s,
                       ControllerState& c) {
  const double swing_fz = r.contact[other(c.stance)].force_N.z;
  c.touchdown_time_s = swing_fz > p.switch_force_N && !c.preswing ? c.touchdown_time_s + dt_s : 0.0;
  // touchdown: the foot has carried load for touchdown_hold_s (a scuff of the toe is not a step)
  return (phase >= p.switch_min_phase && c.touchdown_time_s >= p.touchdown_hold_s) || phase >= p.max_phase;
}

void switch_stance(const ControllerParams& p, const BodyReadings& r, const Heading& h, double v_target_m_s,
                   double dt_s, ControllerState& c) {
  const Side st = c.stance;
  c.touchdown_time_s = 0;
  learn_stance_deficit(p, st, c);
  learn_pushoff_bias(p, r, h, v_target_m_s, c);
  learn_width_bias(p, r, other(st), c);
  {
    const Mat3 rp = to_mat3(r.pelvis.orientation);
    c.touchdown_roll_rad = std::atan2(rp.m[2][1], rp.m[2][2]);  // roll about x (+ = left side up)
  }
  c.stance = other(st);
  c.last_step_duration_s = c.step_time_s;
  c.step_time_s = -dt_s;  // the second pass adds dt back
  c.stance_time_s = -dt_s;
  c.steps++;
  c.preswing = true;
  c.preswing_time_s = 0;
  c.swing_ik_valid = false;
}

void update_preswing_phase(const ControllerParams& p, const BodyReadings& r, double dt_s,
                           ControllerState& c) {
  if (!c.preswing) return;
  const Side st = c.stance;
  const Side sw = other(st);
  c.preswing_time_s += dt_s;
  // full-strength walkers may hold a longer double support (weighted by the strength blend of the
  // last step; weak walkers keep the window they were tuned with)
  const double w_full = std::max(0.0, c.full_strength_weight);
  const double window = (p.preswing_max_s + w_full * p.full_preswing_extra_s) /
                        (1 + p.preswing_deficit_gain * c.preswing_deficit_Nm[st]);
  if (r.contact[sw].force_N.z < p.preswing_release_N || c.preswing_time_s >= window) {
    c.preswing = false;
    c.liftoff_time_s = c.step_time_s;
    c.liftoff_ankle_m = r.segment[foot_index(sw)].position_m;
  }
}

}  // namespace gait
