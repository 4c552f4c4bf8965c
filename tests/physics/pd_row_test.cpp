// The implicit PD row against the closed-form implicit step it is meant to be.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "physics/physics_world.h"
#include "units.h"

using namespace gait;

namespace {

/// The default body, posed 3 m up: in the air, where only the rows act between the links.
InitialPose in_the_air() {
  InitialPose pose;
  pose.pelvis_position_m = {0, 0, 3.0};
  return pose;
}

}  // namespace

TEST_CASE("a PD row on a free-floating body turns its link the commanded way", "[unit][physics]") {
  // In the air (no contacts, gravity acts on everything equally), a stiff row on the left knee pulls
  // the shank toward a flexed target; the delivered torque is positive (flexing) and bounded.
  const Model m = build_model(ScenarioSpec{});
  PhysicsWorld w(m, in_the_air());
  PerCoord<JointCommand> cmd{};
  const int knee = idx(Coord::KneeL);
  cmd[knee] = JointCommand{0.5, 0, 300, 30, -1000, 1000};
  const PerCoord<double> none{};
  w.step(cmd, none);
  CHECK(w.row_torque_Nm()[knee] > 0);
  CHECK(w.readings().qd_rad_s[knee] > 0);
  // 0.4 s: still in the air (a fall from 3 m takes 0.67 s), long enough to settle
  for (int i = 0; i < static_cast<int>(0.4 / m.dt_s); ++i) w.step(cmd, none);
  CHECK(w.readings().q_rad[knee] == Approx(0.5).margin(0.01));

  // a bound caps the torque exactly
  PhysicsWorld w2(m, in_the_air());
  cmd[knee] = JointCommand{1.5, 0, 3000, 30, -5, 5};
  w2.step(cmd, none);
  CHECK(w2.row_torque_Nm()[knee] == Approx(5).epsilon(1e-6));
}

namespace {

/// Holds a row on the right knee in the air for `steps` steps of `m`'s step and checks, every step,
/// that the torque applied is k (q_d - q+) + c (qd_d - qd+) - (h_ref - h) k qd+ (h_ref: the model's
/// damping reference step); returns the largest |(h_ref - h) k qd+| seen.
double check_row_law(const Model& m, int steps) {
  PhysicsWorld w(m, in_the_air());
  PerCoord<JointCommand> cmd{};
  const int knee = idx(Coord::KneeR);
  const double k = 200, c = 10, qd_target = 0.3;
  cmd[knee] = JointCommand{0.4, qd_target, k, c, -1e4, 1e4};
  const PerCoord<double> none{};
  double largest_extra_Nm = 0;
  for (int i = 0; i < steps; ++i) {
    w.step(cmd, none);
    const double q = w.readings().q_rad[knee], qd = w.readings().qd_rad_s[knee];
    const double extra_Nm = (m.damping_reference_step_s - m.dt_s) * k * qd;
    largest_extra_Nm = std::max(largest_extra_Nm, std::abs(extra_Nm));
    // the torque the row applied equals the law evaluated at the end of the step
    CHECK(w.row_torque_Nm()[knee] == Approx(k * (0.4 - q) + c * (qd_target - qd) - extra_Nm).margin(1e-6 * k));
  }
  return largest_extra_Nm;
}

}  // namespace

TEST_CASE("the PD row is the implicit spring-damper tau = k (q_d - q+) + c (qd_d - qd+)", "[unit][physics]") {
  const Model m = build_model(ScenarioSpec{});
  REQUIRE(m.damping_reference_step_s == m.dt_s);  // the production step: no extra term
  CHECK(check_row_law(m, 20) == 0);
}

TEST_CASE("at a finer step the PD row keeps the production step's damping (the same law in every run)", "[unit][physics]") {
  // Implicit Euler damps as c + h k; the row is given c - (h - h_ref) k, so at a step h it applies
  // k (q_d - q+) + c (qd_d - qd+) - (h_ref - h) k qd+: at h_ref (5 ms) the plain law, at 0.5 ms the
  // extra damping the 5 ms run has (docs/model.md#physics-settings)
  Model m = build_model(ScenarioSpec{});
  REQUIRE(m.damping_reference_step_s == m.dt_s);
  m.dt_s = 0.0005;
  CHECK(check_row_law(m, 200) > 0.1);  // the extra damping was there to see
}
