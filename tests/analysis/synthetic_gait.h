// Synthetic walking Frames for the analysis tests: no physics, every event at a known time.
//
// Each foot's vertical force is a trapezoid over its stance: it ramps linearly from 0 to
// `peak_force_N` over `ramp_s` after the true contact, holds, and ramps back to 0 over `ramp_s` before
// the true lift-off. With the defaults every corner falls on a sample, so linear interpolation finds
// the detector's threshold crossings exactly: initial contact `ramp_s * 30 / peak` after the true
// contact, toe-off `ramp_s * 10 / peak` before the true lift-off (see ic_offset_s, to_offset_s).
#pragma once

#include <cmath>
#include <functional>
#include <vector>

#include "side.h"
#include "sim/frame.h"
#include "sim/run.h"
#include "units.h"

namespace gait::test {

struct SyntheticGait {
  double stride_s = 1.0;           ///< cycle duration
  double stance_frac = 0.6;        ///< stance / cycle
  double right_offset_frac = 0.5;  ///< right contacts lag the left by this fraction of a cycle
  double sample_rate_Hz = 100.0;
  double duration_s = 10.0;
  double peak_force_N = 600.0;
  double ramp_s = 0.05;
  double speed_m_s = 1.2;     ///< pelvis speed along `heading_rad`
  double step_width_m = 0.1;  ///< ankle centres at +-step_width/2 across the walking direction
  double heading_rad = 0.0;   ///< walking direction in the world (0 = +x)

  /// True (force starts rising) contact time of `side`'s k-th cycle (k may be negative).
  double contact_s(Side s, int k) const {
    return (k + (s == Side::Right ? right_offset_frac : 0.0)) * stride_s;
  }
  /// Time since `side`'s last true contact, in [0, stride_s).
  double time_in_cycle_s(Side s, double t_s) const {
    const double u = t_s - contact_s(s, 0);
    return u - std::floor(u / stride_s) * stride_s;
  }
  double ic_offset_s() const { return ramp_s * 30.0 / peak_force_N; }
  double to_offset_s() const { return ramp_s * 10.0 / peak_force_N; }
  /// Detected initial contact / toe-off of `side`'s k-th cycle.
  double detected_contact_s(Side s, int k) const { return contact_s(s, k) + ic_offset_s(); }
  double detected_toe_off_s(Side s, int k) const {
    return contact_s(s, k) + stance_frac * stride_s - to_offset_s();
  }

  double force_N(Side s, double t_s) const {
    const double tau = time_in_cycle_s(s, t_s);
    const double stance_s = stance_frac * stride_s;
    if (tau >= stance_s) return 0.0;
    return peak_force_N * std::min({1.0, tau / ramp_s, (stance_s - tau) / ramp_s});
  }

  /// Forward position (m along the walking direction) of `side`'s ankle: planted in stance, moving
  /// linearly to the next landing spot in swing; each landing at speed * true contact time.
  double ankle_forward_m(Side s, double t_s) const {
    const double tau = time_in_cycle_s(s, t_s);
    const double landed_m = speed_m_s * (t_s - tau);
    const double stance_s = stance_frac * stride_s;
    if (tau < stance_s) return landed_m;
    const double w = (tau - stance_s) / (stride_s - stance_s);
    return landed_m + w * speed_m_s * stride_s;
  }

  /// A point `forward_m` along and `left_m` to the left of the walking direction, at height z_m.
  Vec3 world(double forward_m, double left_m, double z_m) const {
    const double c = std::cos(heading_rad), s = std::sin(heading_rad);
    return {forward_m * c - left_m * s, forward_m * s + left_m * c, z_m};
  }

  /// The Frames; `decorate` (optional) then sets any other field, e.g. the pelvic obliquity.
  std::vector<Frame> frames(const std::function<void(Frame&)>& decorate = {}) const {
    std::vector<Frame> out;
    const int n = static_cast<int>(std::llround(duration_s * sample_rate_Hz)) + 1;
    for (int i = 0; i < n; ++i) {
      Frame f;
      f.time_s = i / sample_rate_Hz;
      f.step_index = i;
      f.pelvis_position_m = world(speed_m_s * f.time_s, 0.0, 0.95);
      f.pelvis_velocity_m_s = world(speed_m_s, 0.0, 0.0);
      f.standing_pelvis_height_m = 0.95;
      for (Side s : kSides) {
        f.side[s].grf_N = {0, 0, force_N(s, f.time_s)};
        f.side[s].ankle_center_m = world(ankle_forward_m(s, f.time_s), side_sign(s) * step_width_m / 2, 0.08);
      }
      if (decorate) decorate(f);
      out.push_back(f);
    }
    return out;
  }

  RunResult run(const std::function<void(Frame&)>& decorate = {}) const {
    RunResult r;
    r.frames = frames(decorate);
    r.simulated_s = duration_s;
    return r;
  }
};

/// Which single stance is on at t_s, and how far into it (0..1), for a SyntheticGait with the default
/// timing (right offset 0.5, stance 0.6): left single stance from the right's true lift-off to its
/// true contact, and vice versa. Returns false in double support.
inline bool single_stance_at(const SyntheticGait& g, double t_s, Side& stance, double& progress) {
  for (Side s : kSides) {
    const Side o = other(s);
    const double tau_o = g.time_in_cycle_s(o, t_s);  // the other foot's time in its cycle
    const double lift_s = g.stance_frac * g.stride_s;
    if (tau_o >= lift_s && g.force_N(s, t_s) > 0) {
      stance = s;
      progress = (tau_o - lift_s) / (g.stride_s - lift_s);
      return true;
    }
  }
  return false;
}

/// A bump over single stance: amplitude * sin(pi * progress), 0 at both ends and in double support.
/// `amplitude` per stance side.
inline double single_stance_bump(const SyntheticGait& g, double t_s, LeftRight<double> amplitude) {
  Side s;
  double p;
  if (!single_stance_at(g, t_s, s, p)) return 0.0;
  return amplitude[s] * std::sin(kPi * p);
}

}  // namespace gait::test
