// State: everything that changes while the model walks. Move-only (it owns the Bullet world).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "control/walking_controller.h"
#include "muscle/muscle_stage.h"
#include "physics/physics_world.h"
#include "scenario/scenario_spec.h"

namespace gait {

/// Boxcar average of contact-derived forces over kForceWindow_s (docs/metrics.md#frames-and-averaging;
/// the prototype's peaks were read at a 20 ms average): a rigid contact's single-step impulse is not a force
/// a force plate would record.
inline constexpr double kForceWindow_s = 0.020;
inline constexpr int kMaxForceWindowSteps = 64;  // 20 ms at the 0.5 ms accuracy reference (gaitsim_accuracy)
struct ForceWindow {
  std::array<Vec3, kMaxForceWindowSteps> samples{};
  int size = 10;  ///< steps in the window: round(kForceWindow_s / dt)
  int next = 0;
  int count = 0;
  void push(const Vec3& v) {
    samples[next] = v;
    next = (next + 1) % size;
    count = std::min(count + 1, size);
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
  std::vector<InputChange> changes;  ///< the run's timed changes (Timeline::changes), sorted by time
  std::size_t next_change = 0;  ///< next entry of `changes` to apply

  PhysicsWorld world;
  ControllerState control;
  PerCoord<double> last_row_torque_Nm{};

  LeftRight<ForceWindow> grf_window;
  LeftRight<ForceWindow> hip_contact_window;  ///< hip contact force vector (N, on the leg)
  /// the muscle stage: each hip's abductors at the posture the last physics step left
  /// (docs/model.md#muscle-stage)
  LeftRight<HipAbductors> abductors;

  bool fell = false;
  double fall_time_s = 0;
  bool diverged = false;
};

}  // namespace gait
