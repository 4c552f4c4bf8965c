// Single-leg stance (the Trendelenburg test). The standing leg's hip holds the pelvis at a target
// that raises the lifted side a little, as the test asks; its adduction row is capped by the
// abductors exactly as in walking, so a weak side lets the pelvis drop. The stance ankle keeps the
// centre of mass over the foot (an ankle strategy): it is the only balance the test allows.
#include "control/stance_test_controller.h"

#include <algorithm>
#include <cmath>

#include "control/joint_control.h"
#include "units.h"

namespace gait {

namespace {

// the lifted leg: hip about 30 degrees and knee about 90 degrees flexed (Hardcastle and Nade 1985;
// docs/controller.md#single-leg-stance-test)
constexpr double kLiftedHipFlexion_rad = 0.52;
constexpr double kLiftedKneeFlexion_rad = 1.57;
// the patient raises the lifted side as high as the stance hip's abductors allow (Hardcastle and
// Nade 1985); the controller asks for a few degrees
constexpr double kPelvisRaise_rad = 0.1;
// ankle strategy: torque on the body per m of COM offset from the foot's centre and per m/s
constexpr double kComStiffness_Nm_m_per_kg = 25;
constexpr double kComDamping_Nms_m_per_kg = 6;

}  // namespace

InitialPose initial_stance_test_pose(const Model& m, Side stance) {
  InitialPose p;
  // the stance leg adducted so that its foot sits under the body's midline
  const double leg = m.thigh_length_m + m.shank_length_m;
  const double add = std::asin(std::abs(m.hip_center_m.y) / leg);
  p.q_rad[coord_index(stance, LegCoord::HipAdduction)] = add;
  p.q_rad[coord_index(stance, LegCoord::AnkleInversion)] = -add;
  const Side lifted = other(stance);
  p.q_rad[coord_index(lifted, LegCoord::HipFlexion)] = kLiftedHipFlexion_rad;
  p.q_rad[coord_index(lifted, LegCoord::Knee)] = kLiftedKneeFlexion_rad;
  p.pelvis_position_m = {0, 0, m.ankle_height_m + leg * std::cos(add) - m.hip_center_m.z - 0.002};
  return p;
}

namespace {

/// The stance ankle's rows: a torque on the body that pulls the centre of mass over the foot's
/// centre (an ankle strategy), asked of the implicit rows as target offsets.
void set_ankle_strategy_rows(const Model& m, const BodyReadings& r, Side st, ControlOutput& out) {
  // stance ankle: a torque on the body that pulls the COM over the foot's centre; the joint torque
  // that makes it (applied +tau to the foot, -tau to the shank) is -T along each ankle axis
  const double mass = m.total_mass_kg;
  const Pose& foot = r.segment[foot_index(st)];
  const Vec3 centre = foot.apply(Vec3{0.045 * m.length_scale, 0, -m.ankle_height_m});
  const Vec3 dx{centre.x - r.com_m.x, centre.y - r.com_m.y, 0};
  const Vec3 dv{-r.com_velocity_m_s.x, -r.com_velocity_m_s.y, 0};
  const Vec3 push = dx * (kComStiffness_Nm_m_per_kg * mass) + dv * (kComDamping_Nms_m_per_kg * mass);
  const Vec3 body_torque = cross(Vec3{0, 0, 1}, push);  // rotates the body about the ankle toward `push`
  const Mat3 r_shank = to_mat3(r.segment[shank_index(st)].orientation);
  const double k = -side_sign(st);
  const Vec3 flex_axis = r_shank * Vec3{0, -1, 0};
  const Mat3 r_foot = to_mat3(foot.orientation);
  const Vec3 inv_axis = r_foot * Vec3{k, 0, 0};
  const double tau_flex = -dot(body_torque, flex_axis);
  const double tau_inv = -dot(body_torque, inv_axis);
  // as implicit rows: the target offset that asks for that torque at the row's stiffness
  const int ia = coord_index(st, LegCoord::AnkleFlexion), ii = coord_index(st, LegCoord::AnkleInversion);
  const JointGains ankle{600, 30, 300};
  out.rows[ia] = pd(r.q_rad[ia] + tau_flex / ankle.stiffness_Nm_rad, 0, ankle);
  out.rows[ii] = pd(r.q_rad[ii] + tau_inv / ankle.stiffness_Nm_rad, 0, ankle);
}

}  // namespace

ControlOutput compute_stance_test_control(const Model& m, const Inputs& in, const BodyReadings& r,
                                          const LeftRight<HipAbductors>& abductors, ControllerState& c) {
  const ControllerParams& p = m.control;
  ControlOutput out;
  c.time_s += m.dt_s;
  c.preswing = false;
  const Side st = c.stance;
  const Side up = other(st);

  // stance hip: pelvis level with the lifted side raised; obliquity (+ = left up) is a roll about +x
  const double roll = side_sign(up) * kPelvisRaise_rad;
  const Mat3 r_pd = rot_x(roll);
  const HipTarget h = pelvis_hip_target(r, st, r_pd);
  out.rows[coord_index(st, LegCoord::HipFlexion)] = pd(h.q.flexion_rad, h.qd.x, p.stance_hip);
  out.rows[coord_index(st, LegCoord::HipAdduction)] = pd(h.q.adduction_rad, h.qd.y, p.stance_hip);
  out.rows[coord_index(st, LegCoord::HipRotation)] = pd(h.q.rotation_rad, h.qd.z, p.hip_rotation);
  out.rows[coord_index(st, LegCoord::Knee)] = pd(0.05, 0, p.stance_knee);

  set_ankle_strategy_rows(m, r, st, out);

  // lifted leg
  out.rows[coord_index(up, LegCoord::HipFlexion)] = pd(kLiftedHipFlexion_rad, 0, p.swing_hip);
  out.rows[coord_index(up, LegCoord::HipAdduction)] = pd(0, 0, p.swing_hip);
  out.rows[coord_index(up, LegCoord::HipRotation)] = pd(0, 0, p.hip_rotation);
  out.rows[coord_index(up, LegCoord::Knee)] = pd(kLiftedKneeFlexion_rad, 0, p.swing_knee);
  out.rows[coord_index(up, LegCoord::AnkleFlexion)] = pd(0, 0, p.swing_ankle);
  out.rows[coord_index(up, LegCoord::AnkleInversion)] = pd(0, 0, p.ankle_inversion);

  set_trunk_rows(m, r, 0.0, 0.0, 0.0, out);
  apply_abductor_limits(m, in, r, abductors, c, out);
  add_passive_knee_stops(r, out);
  return out;
}

}  // namespace gait
