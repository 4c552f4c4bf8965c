// TEMPORARY stub of run_scenario (replaced by the Bullet simulation): synthetic walking frames so
// that analysis and command-line work can proceed against the real interface.
#include "sim/run.h"

#include <cmath>

#include "units.h"

namespace gait {

RunResult run_scenario(const ScenarioSpec& spec, const RunOptions& options) {
  RunResult r;
  const double dt = 1.0 / options.sample_rate_Hz;
  const double T = 1.1;  // stride time, s
  const int n = static_cast<int>(std::floor(spec.duration_s * options.sample_rate_Hz + 1e-9)) + 1;
  for (int i = 0; i < n; ++i) {
    Frame f;
    f.time_s = i * dt;
    f.step_index = i * 10;
    f.pelvis_position_m = {spec.inputs.speed_m_s * f.time_s, 0, 0.95};
    f.pelvis_velocity_m_s = {spec.inputs.speed_m_s, 0, 0};
    f.standing_pelvis_height_m = 0.95;
    for (Side s : kSides) {
      const double phase = std::fmod(f.time_s / T + (s == Side::Left ? 0.0 : 0.5), 1.0);
      SideFrame& sf = f.side[s];
      const bool stance = phase < 0.6;
      sf.grf_N = {0, 0, stance ? 735.0 * std::sin(kPi * phase / 0.6) + 60 : 0.0};
      sf.hip_flexion_rad = deg_to_rad(20 * std::cos(2 * kPi * phase));
      sf.knee_flexion_rad = deg_to_rad(stance ? 10 : 50);
      sf.abductor_capacity_Nm = 130;
      sf.abductor_moment_Nm = stance ? 60 * std::sin(kPi * phase / 0.6) : 0;
      sf.abductor_activation = sf.abductor_moment_Nm / 130;
    }
    f.pelvic_obliquity_rad = deg_to_rad(4 * std::sin(4 * kPi * f.time_s / T));
    r.frames.push_back(f);
    if (options.progress && i % 100 == 0) options.progress(f.time_s, spec.duration_s);
  }
  r.simulated_s = spec.duration_s;
  return r;
}

}  // namespace gait
