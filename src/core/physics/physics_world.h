// PhysicsWorld: the Bullet btMultiBody body, ground and solver behind a plain interface. The only
// code that includes Bullet (pimpl); everything crosses the boundary as our own value types.
#pragma once

#include <memory>

#include "math/vec3.h"
#include "model/ids.h"
#include "model/model.h"

namespace gait {

/// What the controller asks of one coordinate for the next step: an implicit PD row with
/// asymmetric torque bounds (Nm). A row with zero gains and zero bounds is off.
struct JointCommand {
  double target_rad = 0;
  double target_velocity_rad_s = 0;
  double stiffness_Nm_rad = 0;
  double damping_Nms_rad = 0;
  double min_torque_Nm = 0;
  double max_torque_Nm = 0;
};

/// Ground contact of one foot over the last step.
struct FootContact {
  Vec3 force_N;      ///< total ground reaction on the foot (world)
  Vec3 cop_m;        ///< centre of pressure (world); zero when unloaded
  double heel_force_N = 0;      ///< vertical force on the heel spheres
  double forefoot_force_N = 0;  ///< vertical force on the metatarsal spheres
};

/// Kinematic readings of the whole body (world frame, SI).
struct BodyReadings {
  PerCoord<double> q_rad{};
  PerCoord<double> qd_rad_s{};
  Pose pelvis;                  ///< pelvis frame at the pelvis origin
  Vec3 pelvis_angular_velocity_rad_s;
  std::array<Pose, kNumSegments> segment{};  ///< frames at each segment's proximal joint (pelvis origin)
  std::array<Vec3, kNumSegments> segment_com_m{};
  std::array<Vec3, kNumSegments> segment_velocity_m_s{};   ///< of each segment's COM
  std::array<Vec3, kNumSegments> segment_angular_velocity_rad_s{};
  Vec3 com_m, com_velocity_m_s;  ///< whole body
  LeftRight<FootContact> contact;
  /// Force the pelvis exerts on each leg through the hip joint over the last step (N, world):
  /// Newton's law on the leg, sum m (dv/h - g) - ground force (docs/model.md#muscle-forces-and-the-hip-contact-force).
  LeftRight<Vec3> hip_reaction_on_leg_N;
};

/// Initial posture and velocity.
struct InitialPose {
  PerCoord<double> q_rad{};
  Vec3 pelvis_position_m;
  double pelvis_pitch_rad = 0;
  Vec3 velocity_m_s;
};

class PhysicsWorld {
 public:
  PhysicsWorld(const Model& model, const InitialPose& pose);
  ~PhysicsWorld();
  PhysicsWorld(PhysicsWorld&&) noexcept;
  PhysicsWorld& operator=(PhysicsWorld&&) noexcept;
  PhysicsWorld(const PhysicsWorld&) = delete;
  PhysicsWorld& operator=(const PhysicsWorld&) = delete;

  /// One fixed step: PD rows as commanded, plus explicit torques (passive structures), then
  /// Bullet's step and the readings of the new state.
  void step(const PerCoord<JointCommand>& rows, const PerCoord<double>& explicit_torque_Nm);

  const BodyReadings& readings() const;
  /// Torque delivered by each PD row in the last step (Nm).
  const PerCoord<double>& row_torque_Nm() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gait
