// Moment arms against finite differences of path length, and the anatomy they encode.
#include <catch2/catch.hpp>

#include "muscle/abductor_geometry.h"
#include "units.h"

using namespace gait;

TEST_CASE("moment arm equals -dL/dq by central difference", "[unit][muscle]") {
  ScenarioSpec spec;
  const Model m = build_model(spec);
  const double h = 1e-6;
  const HipAngles postures[] = {{0, 0, 0}, {0.6, 0.1, -0.2}, {1.5, -0.2, 0.3}};
  for (Side s : kSides)
    for (const HipAngles& q : postures)
      for (const AbductorParams& a : m.abductors) {
        const Vec3 r = moment_arms_m(m, a, s, q);
        for (int i = 0; i < 3; ++i) {
          HipAngles lo = q, hi = q;
          double* plo = i == 0 ? &lo.flexion_rad : i == 1 ? &lo.adduction_rad : &lo.rotation_rad;
          double* phi = i == 0 ? &hi.flexion_rad : i == 1 ? &hi.adduction_rad : &hi.rotation_rad;
          *plo -= h;
          *phi += h;
          const double fd = -(path_length_m(m, a, s, hi) - path_length_m(m, a, s, lo)) / (2 * h);
          const double analytic = i == 0 ? r.x : i == 1 ? r.y : r.z;
          CHECK(analytic == Approx(fd).margin(1e-7));
        }
      }
}

TEST_CASE("abductors abduct at neutral and the left hip mirrors the right", "[unit][muscle]") {
  ScenarioSpec spec;
  spec.height_m = 1.80;  // unscaled gait2392
  spec.mass_kg = 75.16;
  const Model m = build_model(spec);
  for (const AbductorParams& a : m.abductors) {
    const Vec3 r_right = moment_arms_m(m, a, Side::Right, {});
    const Vec3 r_left = moment_arms_m(m, a, Side::Left, {});
    CHECK(-r_right.y > 0.03);  // abduction moment arm above 30 mm for every compartment
    CHECK(r_left.x == Approx(r_right.x).margin(1e-12));
    CHECK(r_left.y == Approx(r_right.y).margin(1e-12));
    CHECK(r_left.z == Approx(r_right.z).margin(1e-12));
  }
  // physiology.md section 5: gluteus medius anterior at 0 deg: -14.5 / +47.8 / +20.4 mm
  const Vec3 gmed1 = moment_arms_m(m, m.abductors[0], Side::Right, {});
  CHECK(gmed1.x * 1000 == Approx(-14.5).margin(1.0));
  CHECK(-gmed1.y * 1000 == Approx(47.8).margin(1.0));
  CHECK(gmed1.z * 1000 == Approx(20.4).margin(1.0));
}

TEST_CASE("capacity scales with strength and vanishes with the nerve", "[unit][muscle]") {
  ScenarioSpec spec;
  const Model m = build_model(spec);
  AbductorStrength full, half, palsy;
  half.gluteus_medius = half.gluteus_minimus = half.tensor_fasciae_latae = 0.5;
  palsy.superior_gluteal_nerve = 0;
  const double c_full = abduction_capacity_Nm(m, Side::Left, full, {});
  CHECK(c_full > 80);
  CHECK(abduction_capacity_Nm(m, Side::Left, half, {}) == Approx(c_full / 2));
  CHECK(abduction_capacity_Nm(m, Side::Left, palsy, {}) == 0);
}
