// State: everything that changes while the model walks. Move-only (it owns the Bullet world).
#pragma once

#include <array>
#include <cstdint>

#include "control/walking_controller.h"
#include "physics/physics_world.h"
#include "scenario/scenario_spec.h"

namespace gait {

/// Boxcar average over the last N steps (N * dt = 10 ms): the figures read from contact forces.
inline constexpr int kForceWindowSteps = 10;
struct ForceWindow {
  std::array<Vec3, kForceWindowSteps> samples{};
  int next = 0;
  int count = 0;
  void push(const Vec3& v) {
    samples[next] = v;
    next = (next + 1) % kForceWindowSteps;
    count = std::min(count + 1, kForceWindowSteps);
  }
  Vec3 mean() const {
    Vec3 s{};
    for (int i = 0; i < count; ++i) s += samples[i];
    return count > 0 ? s / count : s;
  }
};

struct State {
  double time_s = 0;
  std::int64_t step_index = 0;
  Inputs inputs;              ///< written only between steps (sliders, --change)
  std::size_t next_change = 0;  ///< next entry of the scenario's timed changes to apply

  PhysicsWorld world;
  ControllerState control;
  PerCoord<double> last_row_torque_Nm{};

  LeftRight<ForceWindow> grf_window;
  LeftRight<ForceWindow> hip_contact_window;  ///< hip contact force vector (N, on the leg)

  bool fell = false;
  double fall_time_s = 0;
  bool diverged = false;
};

}  // namespace gait
