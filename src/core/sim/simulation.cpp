// make_state / step / observe: the fixed order of one step is
// due input changes -> controller -> physics step -> abductor state -> derived loads -> checks.
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "scenario/scenario_keys.h"
#include "math/heading.h"
#include "math/mat3.h"
#include "control/joint_control.h"
#include "control/stance_test_controller.h"
#include "control/weak_settings.h"
#include "muscle/abductor_geometry.h"
#include "units.h"

namespace gait {

namespace {

/// The muscle stage's geometry at the posture of the current readings (docs/model.md#muscle-stage).
void update_abductor_geometry(const Model& model, State& s) {
  for (Side side : kSides) update_abductor_geometry(model, side, hip_angles(s.world.readings(), side), s.abductors[side]);
}

/// The muscle stage's forces at the state's time and each hip's delivered activation.
void update_abductor_forces(const Model& model, State& s, Side side) {
  update_abductor_forces(model, effective_strength(model, s.inputs.strength[side], s.time_s),
                         s.control.abductor[side].delivered_activation, s.abductors[side]);
}

bool finite(const Vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

/// The warm-up (Model::warmup_s): steps from -warmup_s to 0 with the timeline's initial inputs; timed
/// changes wait for their times (all >= 0). A fall in the warm-up is reported at time 0.
void warm_up(const Model& model, State& s, const WarmupObserver& observer) {
  const auto steps = static_cast<std::int64_t>(std::llround(model.warmup_s / model.dt_s));
  if (steps <= 0) return;
  s.step_index = -steps;
  s.time_s = static_cast<double>(s.step_index) * model.dt_s;
  s.control.time_s = s.time_s;
  while (s.step_index < 0 && !s.fell && !s.diverged) {
    step(model, s);
    if (observer && s.step_index < 0) observer(s);
  }
  if (s.fell) s.fall_time_s = 0;
  s.time_s = 0;  // exactly 0, also after a fall or divergence in the warm-up
}

}  // namespace

State make_state(const Model& model, Timeline timeline, const WarmupObserver& during_warmup) {
  const bool test = model.mode == Mode::StanceTest;
  const InitialPose pose = test ? initial_stance_test_pose(model, model.stance_side)
                                : initial_walking_pose(model, timeline.initial);
  ControllerState control;
  if (test) {
    control.stance = model.stance_side;
    control.preswing = false;
  }
  State s{0, 0, timeline.initial, std::move(timeline.changes), 0, PhysicsWorld(model, pose), control, {}, {}, {}, {},
          false, 0, false};
  const int window = std::clamp(static_cast<int>(std::lround(kForceWindow_s / model.dt_s)), 1, kMaxForceWindowSteps);
  for (Side side : kSides) s.grf_window[side].size = s.hip_contact_window[side].size = window;
  update_abductor_geometry(model, s);
  for (Side side : kSides) update_abductor_forces(model, s, side);
  warm_up(model, s, during_warmup);
  return s;
}

void step(const Model& model, State& s) {
  if (s.fell || s.diverged) return;
  const auto& changes = s.changes;
  while (s.next_change < changes.size() && changes[s.next_change].time_s <= s.time_s + 1e-9) {
    set_input(s.inputs, changes[s.next_change].key, changes[s.next_change].value);  // checked when parsed
    ++s.next_change;
  }

  const ControlOutput cmd = model.mode == Mode::StanceTest
                                ? compute_stance_test_control(model, s.inputs, s.world.readings(), s.abductors, s.control)
                                : compute_walking_control(model, s.inputs, s.world.readings(), s.abductors, s.control);
  s.world.step(cmd.rows, cmd.explicit_torque_Nm);
  s.last_row_torque_Nm = s.world.row_torque_Nm();
  update_abductors_after_step(model, s.last_row_torque_Nm, s.control);
  s.time_s = static_cast<double>(++s.step_index) * model.dt_s;
  update_abductor_geometry(model, s);

  const BodyReadings& r = s.world.readings();
  const Mat3 r_pelvis = to_mat3(r.pelvis.orientation);
  for (Side side : kSides) {
    s.grf_window[side].push(r.contact[side].force_N);
    // hip contact: the pelvis's force on the leg, less the abductors' pull on the femur (muscles
    // pull the femur toward their origins, so the bone-on-bone force is larger by that much)
    const AbductorState& a = s.control.abductor[side];
    update_abductor_forces(model, s, side);
    const HipAbductors& hip = s.abductors[side];
    Vec3 pull{};
    for (int i = 0; i < kNumAbductors; ++i) pull += r_pelvis * hip[i].direction * hip[i].force_N;
    // abductors on other nerves: their moment over a 26 mm arm, along the middle gluteus medius line
    const Vec3 mid = r_pelvis * hip[static_cast<int>(AbductorId::GluteusMediusMiddle)].direction;
    pull += mid * (a.delivered_activation * model.other_abductor_moment_Nm / (0.026 * model.length_scale));
    s.hip_contact_window[side].push(r.hip_reaction_on_leg_N[side] - pull);
  }

  // checks: divergence, then the fall criterion (docs/model.md#falls-and-stalls)
  if (!finite(r.com_m) || !finite(r.com_velocity_m_s)) {
    s.diverged = true;
    return;
  }
  const double pelvis_z = r.pelvis.position_m.z;
  bool fell = pelvis_z < 0.5 * model.standing_pelvis_height_m;
  for (Side side : kSides) fell = fell || r.segment[shank_index(side)].position_m.z < 0.06;  // a knee on the ground
  const Vec3 hat_axis = r.segment_com_m[segment_index(SegmentId::Hat)] - r.segment[segment_index(SegmentId::Hat)].position_m;
  fell = fell || hat_axis.z < 0.5 * norm(hat_axis);  // trunk tipped more than 60 degrees
  if (fell) {
    s.fell = true;
    s.fall_time_s = s.time_s;
  }
}

Frame observe(const Model& model, const State& s) {
  const BodyReadings& r = s.world.readings();
  Frame f;
  f.time_s = s.time_s;
  f.step_index = s.step_index;
  const Mat3 r_pelvis = to_mat3(r.pelvis.orientation);
  const HeadingAxes heading = heading_axes(r_pelvis);
  const double yaw = heading.yaw_rad;
  const Vec3& fwd = heading.fwd;
  const Vec3& lat = heading.lat;

  f.pelvis_position_m = r.pelvis.position_m;
  f.pelvis_velocity_m_s = r.segment_velocity_m_s[0];
  const Vec3 hip_l = r.segment[thigh_index(Side::Left)].position_m;
  const Vec3 hip_r = r.segment[thigh_index(Side::Right)].position_m;
  f.pelvic_obliquity_rad = std::atan2(hip_l.z - hip_r.z, dot(hip_l - hip_r, lat));
  const Vec3 px = r_pelvis.column(0);
  f.pelvic_tilt_rad = std::asin(std::clamp(-px.z, -1.0, 1.0));
  f.heading_rad = yaw;
  f.pelvic_rotation_rad = -yaw;

  const Vec3 hat_axis = r.segment_com_m[segment_index(SegmentId::Hat)] - r.segment[segment_index(SegmentId::Hat)].position_m;
  f.trunk_lean_rad = std::atan2(dot(hat_axis, lat), hat_axis.z);
  f.trunk_pitch_rad = std::atan2(dot(hat_axis, fwd), hat_axis.z);

  f.com_m = r.com_m;
  f.com_velocity_m_s = r.com_velocity_m_s;
  f.standing_pelvis_height_m = model.standing_pelvis_height_m;
  for (int i = 0; i < kNumSegments; ++i) f.segment_pose[i] = r.segment[i];

  for (Side side : kSides) {
    SideFrame& sf = f.side[side];
    const auto q = [&](LegCoord c) { return r.q_rad[coord_index(side, c)]; };
    sf.hip_flexion_rad = q(LegCoord::HipFlexion);
    sf.hip_adduction_rad = q(LegCoord::HipAdduction);
    sf.hip_rotation_rad = q(LegCoord::HipRotation);
    sf.knee_flexion_rad = q(LegCoord::Knee);
    sf.ankle_dorsiflexion_rad = q(LegCoord::AnkleFlexion);
    sf.ankle_inversion_rad = q(LegCoord::AnkleInversion);
    sf.hip_center_m = r.segment[thigh_index(side)].position_m;
    sf.knee_center_m = r.segment[shank_index(side)].position_m;
    sf.ankle_center_m = r.segment[foot_index(side)].position_m;
    sf.grf_N = s.grf_window[side].mean();
    sf.cop_m = r.contact[side].cop_m;
    sf.controller_stance = s.control.stance == side || (s.control.preswing && s.control.stance != side);

    const AbductorState& a = s.control.abductor[side];
    sf.abductor_demand_Nm = a.demand_Nm;
    sf.abductor_capacity_Nm = a.capacity_Nm;
    sf.abductor_activation = a.delivered_activation;
    sf.abductor_moment_Nm = a.delivered_activation * a.capacity_Nm;
    sf.other_abductor_moment_Nm = a.delivered_activation * model.other_abductor_moment_Nm;
    sf.passive_adduction_moment_Nm = a.passive_Nm;
    for (int i = 0; i < kNumAbductors; ++i) {
      sf.muscle_force_N[i] = s.abductors[side][i].force_N;
      sf.muscle_strength_frac[i] = s.abductors[side][i].strength_frac;
    }
    sf.hip_flexion_moment_Nm = s.last_row_torque_Nm[coord_index(side, LegCoord::HipFlexion)];
    sf.hip_contact_force_N = norm(s.hip_contact_window[side].mean());
  }
  f.fell = s.fell;
  f.diverged = s.diverged;
  f.controller_phase = (s.control.stance == Side::Left ? 0 : 2) + (s.control.preswing ? 1 : 0);
  return f;
}

}  // namespace gait
