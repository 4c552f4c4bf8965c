// Foot placement of the walking controller (docs/controller.md#swing-and-placement).
#include "control/foot_placement.h"

#include <algorithm>
#include <cmath>

#include "control/joint_control.h"

namespace gait {

namespace {

/// Time left until the nominal touchdown.
double remaining_swing_s(const StepContext& ctx) {
  return std::max(0.0, ctx.p.swing_time_s * (1 - ctx.phase));
}

/// The lateral capture point predicted for the nominal touchdown: a linear inverted pendulum over
/// the stance foot's centre of pressure (Pratt 2006, Koolen 2012).
double capture_point_lat_m(const StepContext& ctx) {
  const BodyReadings& r = ctx.r;
  const Side st = ctx.st;
  const Vec3& lat = ctx.h.lat;
  const double omega = pendulum_omega_1_s(r);
  const Vec3 pivot =
      r.contact[st].force_N.z > 50 ? r.contact[st].cop_m : r.segment[foot_index(st)].position_m;
  const double grow = std::exp(omega * remaining_swing_s(ctx));
  const Vec3 xi_now = capture_point_now_m(r);
  return dot(pivot, lat) + (dot(xi_now - Vec3{0, 0, 0}, lat) - dot(pivot, lat)) * grow;
}

/// Forward: from the centre of mass and its velocity, further ahead above the target speed.
double forward_target_m(const StepContext& ctx, double bias_m) {
  const ControllerParams& p = ctx.p;
  const double v_fwd = ctx.h.v_fwd_m_s;
  const double com_fwd = dot(ctx.r.com_m, ctx.h.fwd);
  const double x_rule =
      com_fwd + p.place_com_velocity_gain_s * v_fwd + p.place_speed_gain_s * (v_fwd - ctx.v_target_m_s);
  return std::clamp(x_rule + p.place_offset_m + bias_m, com_fwd - 0.3, com_fwd + 0.5);
}

/// Sideways: the capture point, less the walkway return, offset by the step-width setting.
double lateral_target_m(const StepContext& ctx, double width_bias_m) {
  const ControllerParams& p = ctx.p;
  const Side sw = ctx.sw;
  const Vec3& lat = ctx.h.lat;
  const double com_lat = dot(ctx.r.com_m, lat);
  // the walkway: aim the lateral capture point back toward y = 0 slowly
  // to drift toward +lat the foot lands to the -lat side of the capture point, and vice versa
  const double offset_m = mix(p.weak_lateral_offset_m, p.lateral_offset_m + width_bias_m, ctx.w_full);
  const double y_goal =
      capture_point_lat_m(ctx) - p.lateral_velocity_gain_s * ctx.v_lat_target_m_s + side_sign(sw) * offset_m;
  // never across the stance foot: legs cannot pass through each other, and a crossed step cannot
  // catch the next fall
  const double stance_lat = dot(ctx.r.segment[foot_index(ctx.st)].position_m, lat);
  const double min_width = p.min_step_width_m;
  return side_sign(sw) > 0
             ? std::clamp(y_goal, std::max(com_lat + p.min_com_offset_m, stance_lat + min_width),
                          com_lat + 0.4)
             : std::clamp(y_goal, com_lat - 0.4,
                          std::min(com_lat - p.min_com_offset_m, stance_lat - min_width));
}

/// Within reach: a leg short of full extension (reach_knee_rad) from where the hip will be.
Vec3 within_reach(const StepContext& ctx, Vec3 target_xy) {
  const BodyReadings& r = ctx.r;
  const Model& m = ctx.m;
  const Vec3 hip_now = r.segment[thigh_index(ctx.sw)].position_m;
  const Vec3 hip_td = hip_now + Vec3{r.com_velocity_m_s.x, r.com_velocity_m_s.y, 0} * remaining_swing_s(ctx);
  const double l1 = m.thigh_length_m, l2 = m.shank_length_m;
  const double leg = std::sqrt(l1 * l1 + l2 * l2 + 2 * l1 * l2 * std::cos(ctx.p.reach_knee_rad));
  const double dz = std::max(0.0, hip_td.z - m.ankle_height_m);
  const double reach = std::sqrt(std::max(0.0, leg * leg - dz * dz));
  const Vec3 d{target_xy.x - hip_td.x, target_xy.y - hip_td.y, 0};
  const double dist = norm(d);
  if (dist > reach) target_xy = Vec3{hip_td.x, hip_td.y, 0} + d * (reach / dist);
  return target_xy;
}

}  // namespace

double walkway_return_velocity_m_s(const ControllerParams& p, const BodyReadings& r) {
  const double y = r.com_m.y;
  const double beyond_edge_m = std::copysign(std::max(0.0, std::abs(y) - p.path_edge_m), y);
  return std::clamp(-p.path_gain_1_s * y - p.path_edge_gain_1_s * beyond_edge_m, -p.path_max_speed_m_s,
                    p.path_max_speed_m_s);
}

Vec3 placement_target_m(const StepContext& ctx, double place_bias_m, double width_bias_m) {
  // forward from the centre of mass and its velocity; sideways at the capture point, offset by
  // lateral_offset_m plus the learned width_bias_m, which set the step width
  const double x_t = forward_target_m(ctx, place_bias_m);
  const double y_t = lateral_target_m(ctx, width_bias_m);
  return within_reach(ctx, ctx.h.fwd * x_t + ctx.h.lat * y_t);
}

}  // namespace gait
