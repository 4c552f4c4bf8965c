// Pieces both controllers (walking, single-leg stance) share: PD row commands, the stance-hip pelvis
// targets, foot tilt, trunk rows, and the hip-abductor limits that are the model's only frontal
// support of the pelvis besides the passive adduction limit.
#pragma once

#include "control/walking_controller.h"
#include "math/mat3.h"
#include "muscle/abductor_geometry.h"

namespace gait {

JointCommand pd(double target, double target_velocity, const JointGains& g, double scale = 1.0);

HipAngles hip_angles(const BodyReadings& r, Side s);

/// Hip coordinates (and rates) that give the pelvis the orientation r_pd (world, not rotating) for
/// the thigh's current orientation and angular velocity: SIMBICON's pelvis control through the
/// stance hip, written as hip targets for the implicit rows.
struct HipTarget {
  HipAngles q;
  Vec3 qd;
};
HipTarget pelvis_hip_target(const BodyReadings& r, Side s, const Mat3& r_pd);

/// Foot pitch (toes up +) and inversion (+) relative to the ground, from the foot's world orientation.
struct FootTilt {
  double pitch_up_rad = 0;
  double inversion_rad = 0;
};
FootTilt foot_tilt(const BodyReadings& r, Side s);

/// Lumbar rows that hold the trunk at (yaw, pitch forward, lean toward the left) in the world; the
/// lean's rate (rad/s), when given, becomes the rows' target velocity, and world_damping (0-1) is the
/// share of the pelvis's roll rate the bending row's target velocity takes out, so that its damping
/// acts on the trunk's side bending in the world (docs/controller.md#compensation).
void set_trunk_rows(const Model& m, const BodyReadings& r, double yaw_rad, double pitch_rad, double lean_left_rad,
                    ControlOutput& out, double lean_rate_rad_s = 0, double world_damping = 0);

/// For both hips: capacity M_cap from the muscle stage's geometry and the strength
/// (docs/model.md#abductor-capacity), the activation-rate ceiling, the demand the row's PD law asks,
/// the row's bound [-ceiling * (M_cap + other), +adductors], and the passive adduction limit as an
/// explicit torque. Call after the hip rows are set.
void apply_abductor_limits(const Model& m, const Inputs& in, const BodyReadings& r,
                           const LeftRight<HipAbductors>& abductors, ControllerState& c, ControlOutput& out);

/// Passive knee stop against hyperextension (explicit torque).
void add_passive_knee_stops(const BodyReadings& r, ControlOutput& out);

}  // namespace gait
