// What the stages of one walking-control step share (docs/controller.md#overview): the readings, the
// settings, the sides, the heading frame, the capture point now, and two small blending helpers.
#pragma once

#include <algorithm>
#include <cmath>

#include "control/walking_controller.h"
#include "math/heading.h"
#include "math/mat3.h"
#include "units.h"

namespace gait {

/// The heading frame (math/heading.h) and the centre of mass's speed along it.
struct Heading : HeadingAxes {
  double v_fwd_m_s = 0;  ///< the centre of mass's forward speed
};

/// Read-only inputs of one control step, built once and passed to every stage.
struct StepContext {
  const Model& m;
  const ControllerParams& p;
  const Inputs& in;
  const BodyReadings& r;
  const LeftRight<HipAbductors>& abductors;  ///< the muscle stage (docs/model.md#muscle-stage)
  double dt_s = 0;
  double v_target_m_s = 0;      ///< the walker's own target speed (ControllerState::target_speed_m_s)
  double v_lat_target_m_s = 0;  ///< walkway-return velocity
  Side st = Side::Left;         ///< stance side
  Side sw = Side::Right;        ///< swing (or trailing) side
  Heading h;
  double phase = 0;       ///< swing progress (0 in pre-swing)
  double w_full = 1;      ///< full-strength settings' weight (full_strength_weight)
  Mat3 r_pd;              ///< desired pelvis orientation (world)
  double total_fz_N = 1;  ///< both feet's vertical load (at least 1 N)
};

/// The linear inverted pendulum's natural frequency, sqrt(g / com height) (1/s; the height at least
/// 0.5 m), that the foot placement and the lateral ankle strategy share.
inline double pendulum_omega_1_s(const BodyReadings& r) {
  return std::sqrt(kGravity_m_s2 / std::max(0.5, r.com_m.z));
}

/// The capture point now (Hof 2008's extrapolated centre of mass): the centre of mass plus its velocity
/// over the pendulum's omega.
inline Vec3 capture_point_now_m(const BodyReadings& r) {
  return r.com_m + r.com_velocity_m_s / pendulum_omega_1_s(r);
}

inline double smoothstep(double x) {
  x = std::clamp(x, 0.0, 1.0);
  return x * x * (3 - 2 * x);
}

/// (1 - w) weak + w full: exactly `full` at w = 1 and `weak` at w = 0 (weak + w (full - weak) is not,
/// and a last-bit change of a gain moves this chaotic walker's figures by a few hundredths)
inline double mix(double weak, double full, double w) {
  return (1 - w) * weak + w * full;
}

/// weak + w (full - weak): exactly `weak` whenever the two are equal, at every w, so a full-strength
/// setting split from a weak one changes no run until the two differ (mix is exact at w = 0 and 1 only)
inline double blend_keeping_equal(double weak, double full, double w) {
  return weak + w * (full - weak);
}

}  // namespace gait
