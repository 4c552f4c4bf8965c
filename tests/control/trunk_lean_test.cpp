// The compensating lean's target and how the trunk follows it (docs/controller.md#compensation): the
// sway bound scales both sides' amplitudes, the lean's rate is the time derivative of its profile, the
// rate reaches the lumbar rows only when given (lean_rate_feedforward), and the world damping takes the
// pelvis's roll rate out of the bending row's target velocity (trunk_world_damping).
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "control/joint_control.h"
#include "control/trunk_compensation.h"
#include "model/model.h"
#include "scenario/parse_scenario.h"
#include "units.h"

namespace {

gait::Model normal_model() {
  return gait::build_model(gait::load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml"));
}

/// A bilateral deficit of the given size, compensation 1, at a fraction of a 0.45 s step.
gait::ControllerState leaning_state(double deficit_Nm, double step_fraction) {
  gait::ControllerState c;
  c.compensation = 1;
  c.learned_deficit_Nm = {deficit_Nm, deficit_Nm};
  c.last_step_duration_s = 0.45;
  c.step_time_s = step_fraction * 0.45;
  return c;
}

}  // namespace

TEST_CASE("trunk lean: the sway bound scales both sides and the rate is the profile's derivative", "[unit]") {
  gait::Model m = normal_model();
  m.control.max_trunk_lean_rad = 1.0;  // out of the way: this test is about the sway bound
  m.control.max_trunk_sway_rad = 3.2;  // no bound (each amplitude is at most pi/2) until it is set below
  const double deficit_Nm = 40;
  // unbounded, equal deficits: the lean swings +-A, A the static lean that covers the deficit
  const double amp = std::asin(deficit_Nm / (m.hat.mass_kg * gait::kGravity_m_s2 * gait::norm(m.hat.com_m)));
  const double peak_fraction = 0.5 + m.control.lean_phase_offset;  // sin(theta) = 1 in left stance
  CHECK(gait::trunk_lean_target(m, gait::Side::Left, leaning_state(deficit_Nm, peak_fraction)).lean_rad ==
        Approx(amp));
  // bounded below 2A: each side gets half the bound
  m.control.max_trunk_sway_rad = amp;
  CHECK(gait::trunk_lean_target(m, gait::Side::Left, leaning_state(deficit_Nm, peak_fraction)).lean_rad ==
        Approx(amp / 2));
  CHECK(gait::trunk_lean_target(m, gait::Side::Right, leaning_state(deficit_Nm, peak_fraction)).lean_rad ==
        Approx(-amp / 2));

  // the rate against a central difference of the lean over 1 ms, at several points of the step
  for (double fraction : {0.1, 0.3, 0.45, 0.9}) {  // not at the peak, where the rate is 0
    INFO("step fraction " << fraction);
    const double h_s = 1e-3;
    const double before = gait::trunk_lean_target(m, gait::Side::Left, leaning_state(deficit_Nm, fraction - h_s / 0.45)).lean_rad;
    const double after = gait::trunk_lean_target(m, gait::Side::Left, leaning_state(deficit_Nm, fraction + h_s / 0.45)).lean_rad;
    CHECK(gait::trunk_lean_target(m, gait::Side::Left, leaning_state(deficit_Nm, fraction)).rate_rad_s ==
          Approx((after - before) / (2 * h_s)).epsilon(1e-3));
  }
  // past the last step's duration the profile waits, and so does its rate
  CHECK(gait::trunk_lean_target(m, gait::Side::Left, leaning_state(deficit_Nm, 1.2)).rate_rad_s == 0);
}

TEST_CASE("trunk lean: the lumbar rows get the lean's rate as target velocity only when asked", "[unit]") {
  const gait::Model m = normal_model();
  gait::BodyReadings r;  // pelvis level, facing +x
  gait::ControlOutput without, with_rate;
  gait::set_trunk_rows(m, r, 0, 0, 0.1, without);
  gait::set_trunk_rows(m, r, 0, 0, 0.1, with_rate, 0.5);
  const int bending = gait::idx(gait::Coord::LumbarBending);
  CHECK(without.rows[bending].target_velocity_rad_s == 0);
  CHECK(with_rate.rows[bending].target_rad == without.rows[bending].target_rad);
  // a level pelvis: the bending coordinate moves with the lean, in the sign of its target
  CHECK(with_rate.rows[bending].target_velocity_rad_s == Approx(0.5 * without.rows[bending].target_rad / 0.1).epsilon(1e-3));
}

TEST_CASE("trunk lean: world damping takes the pelvis's roll rate out of the bending row's target velocity", "[unit]") {
  const gait::Model m = normal_model();
  gait::BodyReadings r;  // pelvis level, facing +x, rolling about the forward axis
  const double roll_rate_rad_s = 0.8;
  r.pelvis_angular_velocity_rad_s = {roll_rate_rad_s, 0, 0};
  gait::ControlOutput relative, world, half;
  gait::set_trunk_rows(m, r, 0, 0, 0.1, relative);
  gait::set_trunk_rows(m, r, 0, 0, 0.1, world, 0, 1);
  gait::set_trunk_rows(m, r, 0, 0, 0.1, half, 0, 0.5);
  const int bending = gait::idx(gait::Coord::LumbarBending);
  CHECK(relative.rows[bending].target_velocity_rad_s == 0);
  // a pelvis rolling about +x (forward) tips its top toward -y (the right); a trunk held still in
  // the world then leans toward the left relative to it, so the bending coordinate moves at w in
  // the sign that a larger lean toward the left moves it
  gait::ControlOutput more_left;
  gait::set_trunk_rows(m, r, 0, 0, 0.1 + 1e-3, more_left);
  const double sign = more_left.rows[bending].target_rad > relative.rows[bending].target_rad ? 1.0 : -1.0;
  CHECK(world.rows[bending].target_velocity_rad_s == Approx(sign * roll_rate_rad_s).epsilon(1e-3));
  CHECK(half.rows[bending].target_velocity_rad_s == Approx(world.rows[bending].target_velocity_rad_s / 2));
  // flexion and twist rows are left alone
  CHECK(world.rows[gait::idx(gait::Coord::LumbarFlexion)].target_velocity_rad_s == 0);
  CHECK(world.rows[gait::idx(gait::Coord::LumbarTwist)].target_velocity_rad_s == 0);
}
