// Leg IK against forward kinematics through hip_rotation().
#include <catch2/catch.hpp>

#include "control/leg_ik.h"
#include "math/mat3.h"
#include "muscle/abductor_geometry.h"

using namespace gait;

TEST_CASE("leg IK puts the ankle where asked", "[unit][control]") {
  const double l1 = 0.39, l2 = 0.42;
  const Vec3 targets[] = {{0.2, 0.0, -0.7}, {-0.25, 0.05, -0.72}, {0.1, -0.08, -0.6}, {0.35, 0.02, -0.65}};
  for (Side s : kSides)
    for (const Vec3& t : targets) {
      const LegIkSolution ik = solve_leg_ik(s, t, l1, l2);
      REQUIRE(ik.reached);
      const Mat3 r = hip_rotation(s, {ik.hip_flexion_rad, ik.hip_adduction_rad, 0});
      const Vec3 shank{-std::sin(ik.knee_flexion_rad), 0, -std::cos(ik.knee_flexion_rad)};
      const Vec3 ankle = r * (Vec3{0, 0, -l1} + shank * l2);
      CHECK(ankle.x == Approx(t.x).margin(1e-9));
      CHECK(ankle.y == Approx(t.y).margin(1e-9));
      CHECK(ankle.z == Approx(t.z).margin(1e-9));
    }
}
