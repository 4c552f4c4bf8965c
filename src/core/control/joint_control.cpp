// Shared joint-level control: PD rows, pelvis targets through the stance hip, trunk, abductor limits.
#include "control/joint_control.h"

#include <algorithm>
#include <cmath>

#include "control/weak_settings.h"

namespace gait {

JointCommand pd(double target, double target_velocity, const JointGains& g, double scale) {
  return {target, target_velocity, g.stiffness_Nm_rad * scale, g.damping_Nms_rad * scale, -g.max_torque_Nm,
          g.max_torque_Nm};
}


namespace {

/// Solves a x = b for a 3x3 matrix given by columns (Cramer's rule); zero if singular.
Vec3 solve3(const Vec3& c0, const Vec3& c1, const Vec3& c2, const Vec3& b) {
  const double det = dot(c0, cross(c1, c2));
  if (std::abs(det) < 1e-9) return {};
  return {dot(b, cross(c1, c2)) / det, dot(c0, cross(b, c2)) / det, dot(c0, cross(c1, b)) / det};
}

}  // namespace

HipAngles hip_angles(const BodyReadings& r, Side s) {
  return {r.q_rad[coord_index(s, LegCoord::HipFlexion)], r.q_rad[coord_index(s, LegCoord::HipAdduction)],
          r.q_rad[coord_index(s, LegCoord::HipRotation)]};
}

HipTarget pelvis_hip_target(const BodyReadings& r, Side s, const Mat3& r_pd) {
  const Mat3 r_thigh = to_mat3(r.segment[thigh_index(s)].orientation);
  const EulerYXZ e = decompose_yxz(r_pd.transposed() * r_thigh);
  const double k = -side_sign(s);
  HipTarget t;
  t.q = {-e.a, k * e.b, k * e.c};
  const auto axes = hip_axes(s, t.q);
  t.qd = solve3(r_pd * axes[0], r_pd * axes[1], r_pd * axes[2], r.segment_angular_velocity_rad_s[thigh_index(s)]);
  return t;
}

FootTilt foot_tilt(const BodyReadings& r, Side s) {
  const Mat3 f = to_mat3(r.segment[foot_index(s)].orientation);
  const Vec3 fx = f.column(0), fy = f.column(1);
  return {std::atan2(fx.z, std::hypot(fx.x, fx.y)), -side_sign(s) * std::asin(std::clamp(fy.z, -1.0, 1.0))};
}

void set_trunk_rows(const Model& m, const BodyReadings& r, double yaw_rad, double pitch_rad, double lean_left_rad,
                    ControlOutput& out, double lean_rate_rad_s, double world_damping) {
  const ControllerParams& p = m.control;
  const auto lumbar_angles = [&](const Quat& pelvis, double lean_rad) {
    return decompose_yxz(to_mat3(pelvis).transposed() * (rot_z(yaw_rad) * rot_y(pitch_rad) * rot_x(-lean_rad)));
  };
  const EulerYXZ e = lumbar_angles(r.pelvis.orientation, lean_left_rad);
  // the lumbar angles' rates as finite differences of the same decomposition over a short interval
  constexpr double kInterval_s = 1e-4;
  EulerYXZ rate{};
  if (lean_rate_rad_s != 0) {
    // the rate that the lean's own rate asks, the pelvis held where it is
    const EulerYXZ later = lumbar_angles(r.pelvis.orientation, lean_left_rad + lean_rate_rad_s * kInterval_s);
    rate = {(later.a - e.a) / kInterval_s, (later.b - e.b) / kInterval_s, (later.c - e.c) / kInterval_s};
  }
  const Vec3 w = r.pelvis_angular_velocity_rad_s;
  if (world_damping != 0 && norm(w) > 0) {
    // the side bending's rate that the pelvis's own rotation asks of a trunk held in the world
    // (trunk_world_damping; the bending row only: the same in pitch and twist left the light pelvis
    // undamped between legs and trunk, and the walker fell in its first second)
    const Quat pelvis_later = quat_from_axis_angle(w, norm(w) * kInterval_s) * r.pelvis.orientation;
    const EulerYXZ later = lumbar_angles(pelvis_later, lean_left_rad);
    rate.b += world_damping * (later.b - e.b) / kInterval_s;
  }
  out.rows[idx(Coord::LumbarFlexion)] = pd(e.a, rate.a, p.lumbar);
  out.rows[idx(Coord::LumbarBending)] = pd(-e.b, -rate.b, p.lumbar);
  out.rows[idx(Coord::LumbarTwist)] = pd(e.c, rate.c, p.lumbar);
}

void apply_abductor_limits(const Model& m, const Inputs& in, const BodyReadings& r,
                           const LeftRight<HipAbductors>& abductors, ControllerState& c, ControlOutput& out) {
  const ControllerParams& p = m.control;
  const double dt = m.dt_s;
  for (Side s : kSides) {
    AbductorState& a = c.abductor[s];
    // the geometry of the posture these readings show: the muscle stage computed it after the last step
    a.capacity_Nm = stored_abduction_capacity_Nm(m, abductors[s], effective_strength(m, in.strength[s], c.time_s));
    a.total_capacity_Nm = a.capacity_Nm + m.other_abductor_moment_Nm;
    const double ceiling = std::min(1.0, a.activation + dt * (1 - a.activation) / p.activation_time_s);
    JointCommand& row = out.rows[coord_index(s, LegCoord::HipAdduction)];
    const int i = coord_index(s, LegCoord::HipAdduction);
    a.demand_Nm = -(row.stiffness_Nm_rad * (row.target_rad - r.q_rad[i]) +
                    row.damping_Nms_rad * (row.target_velocity_rad_s - r.qd_rad_s[i]));
    row.min_torque_Nm = -ceiling * a.total_capacity_Nm;
    row.max_torque_Nm = m.adductor_capacity_Nm;
    // passive adduction limit (capsule, iliotibial band), explicit and never capped (docs/model.md#passive-joint-structures)
    const double over = r.q_rad[i] - p.hip_adduction_limit_rad;
    const double tau = over > 0 ? -p.hip_adduction_limit_stiffness_Nm_rad * over -
                                      p.hip_adduction_limit_damping_Nms_rad * r.qd_rad_s[i]
                                : 0.0;
    out.explicit_torque_Nm[i] = std::min(0.0, tau);
    a.passive_Nm = -out.explicit_torque_Nm[i];
  }
}

void add_passive_knee_stops(const BodyReadings& r, ControlOutput& out) {
  for (Side s : kSides) {
    const int k = coord_index(s, LegCoord::Knee);
    if (r.q_rad[k] < 0) out.explicit_torque_Nm[k] = -500 * r.q_rad[k] - 5 * r.qd_rad_s[k];
  }
}

void update_abductors_after_step(const Model& m, const PerCoord<double>& row_torque_Nm, ControllerState& c) {
  const ControllerParams& p = m.control;
  for (Side s : kSides) {
    AbductorState& a = c.abductor[s];
    a.delivered_Nm = std::max(0.0, -row_torque_Nm[coord_index(s, LegCoord::HipAdduction)]);
    a.delivered_activation = a.total_capacity_Nm > 1e-9 ? std::min(1.0, a.delivered_Nm / a.total_capacity_Nm) : 0;
    // the state follows what was used, decaying no faster than the deactivation time
    a.activation = std::max(a.delivered_activation, a.activation * (1 - m.dt_s / p.deactivation_time_s));
  }
}

}  // namespace gait
