// Learning of the walking controller (docs/controller.md#learning).
#include "control/controller_learning.h"

#include <algorithm>

#include "control/joint_control.h"
#include "units.h"

namespace gait {

void learn_stance_deficit(const ControllerParams& p, Side st, ControllerState& c) {
  // learn the finished stance side's abductor deficit (docs/controller.md#learning)
  if (c.deficit_time_s[st] > 0) {
    const double mean = c.deficit_sum_Nm_s[st] / c.deficit_time_s[st];
    c.learned_deficit_Nm[st] += p.deficit_learning_rate * (mean - c.learned_deficit_Nm[st]);
    c.preswing_deficit_Nm[st] += p.preswing_deficit_learning_rate * (mean - c.preswing_deficit_Nm[st]);
  }
  c.deficit_sum_Nm_s[st] = c.deficit_time_s[st] = 0;
}

void learn_pushoff_bias(const ControllerParams& p, const BodyReadings& r, const Heading& h,
                        double v_target_m_s, ControllerState& c) {
  // step-mean speed, and the push-off and placement integrals on its error
  const double com_fwd_now = dot(r.com_m, h.fwd);
  if (c.step_time_s > 0.1) {
    c.step_speed_m_s = (com_fwd_now - c.step_start_com_m) / c.step_time_s;
    c.pushoff_bias_rad =
        std::clamp(c.pushoff_bias_rad + p.pushoff_integral_gain * (v_target_m_s - c.step_speed_m_s),
                   -p.pushoff_bias_max_rad, p.pushoff_bias_max_rad);
    // the forward placement's offset: nearer the centre of mass when too slow (docs/controller.md#speed)
    c.place_bias_m = std::clamp(c.place_bias_m - p.place_integral_gain_s * (v_target_m_s - c.step_speed_m_s),
                                -p.place_bias_max_m, p.place_bias_max_m);
  }
  c.step_start_com_m = com_fwd_now;
}

void learn_width_bias(const ControllerParams& p, const BodyReadings& r, Side landing, ControllerState& c) {
  // full-strength walkers only: a weaker one (a moderate weakness at 0.6 m/s) weaves, steps of -7 to 38
  // cm, and the band's narrowing of its base made it fall (tools/tuning/README.md, "The 38th stop")
  if (p.width_integral_gain <= 0 || c.full_strength_weight < 1 || c.steps < p.width_learning_start_step)
    return;
  const Vec3 d = r.segment[foot_index(landing)].position_m - r.segment[foot_index(other(landing))].position_m;
  // across the walkway (world y), as the summary's step width: the heading's axes turn with the
  // pelvis's rotation, by several degrees at touchdown, which over a step's length is centimetres
  const double width_m = side_sign(landing) * d.y;
  const double excess_m = std::clamp(width_m < p.width_band_lo_m   ? p.width_band_lo_m - width_m
                                     : width_m > p.width_band_hi_m ? p.width_band_hi_m - width_m
                                                                   : 0.0,
                                     -p.width_excess_max_m, p.width_excess_max_m);
  c.width_bias_m = std::clamp(c.width_bias_m + p.width_integral_gain * excess_m,
                              -p.width_bias_max_m, p.width_bias_max_m);
}

void forget_speed_learning(double dt_s, double decay_s, ControllerState& c) {
  if (decay_s <= 0) return;
  const double keep = std::max(0.0, 1.0 - dt_s / decay_s);
  c.pushoff_bias_rad *= keep;
  c.place_bias_m *= keep;
}

void accumulate_stance_deficit(const Model& m, const BodyReadings& r, Side st, const Vec3& lat, double dt_s,
                               ControllerState& c) {
  const Vec3 hip = r.segment[thigh_index(st)].position_m;
  double moment = 0;
  for (int seg = 0; seg < kNumSegments; ++seg) {
    if (seg == thigh_index(st) || seg == shank_index(st) || seg == foot_index(st)) continue;
    Vec3 com = r.segment_com_m[seg];
    if (seg == segment_index(SegmentId::Hat)) com = r.segment[seg].position_m;  // trunk upright
    const double mass = seg == 0                 ? m.pelvis.mass_kg
                        : seg == 1               ? m.hat.mass_kg
                        : (seg == 2 || seg == 5) ? m.thigh.mass_kg
                        : (seg == 3 || seg == 6) ? m.shank.mass_kg
                                                 : m.foot.mass_kg;
    moment += mass * kGravity_m_s2 * side_sign(st) * dot(hip - com, lat);
  }
  AbductorState& a = c.abductor[st];
  a.quasi_static_demand_Nm = moment;
  c.deficit_sum_Nm_s[st] += std::max(0.0, moment - a.total_capacity_Nm) * dt_s;
  c.deficit_time_s[st] += dt_s;
}

}  // namespace gait
