// The Bullet body's joint signs against the pure hip geometry the muscles and the controller use.
#include <catch2/catch.hpp>

#include "math/mat3.h"
#include "muscle/abductor_geometry.h"
#include "physics/physics_world.h"

using namespace gait;

namespace {

Model test_model() {
  ScenarioSpec spec;
  return build_model(spec);
}

/// A world posed in mid-air (no contact) with the given coordinates.
PhysicsWorld posed_world(const Model& m, const PerCoord<double>& q) {
  InitialPose pose;
  pose.q_rad = q;
  pose.pelvis_position_m = {0, 0, 2.0};
  return PhysicsWorld(m, pose);
}

}  // namespace

TEST_CASE("positive hip adduction moves the knee toward the midline", "[unit][physics]") {
  const Model m = test_model();
  for (Side s : kSides) {
    PerCoord<double> q{};
    q[coord_index(s, LegCoord::HipAdduction)] = 0.3;
    PhysicsWorld w = posed_world(m, q);
    const BodyReadings& r = w.readings();
    const int thigh = s == Side::Left ? 2 : 5, shank = thigh + 1;
    const double medial = -side_sign(s);  // the midline is at -y for the left leg, +y for the right
    const double dy = r.segment[shank].position_m.y - r.segment[thigh].position_m.y;
    CHECK(dy * medial == Approx(m.thigh_length_m * std::sin(0.3)).margin(1e-6));
  }
}

TEST_CASE("Bullet's leg chain matches hip_rotation() for arbitrary hip angles", "[unit][physics]") {
  const Model m = test_model();
  const HipAngles cases[] = {{0.4, 0.1, -0.2}, {-0.3, -0.15, 0.3}, {1.2, 0.2, 0.5}};
  for (Side s : kSides)
    for (const HipAngles& h : cases) {
      PerCoord<double> q{};
      q[coord_index(s, LegCoord::HipFlexion)] = h.flexion_rad;
      q[coord_index(s, LegCoord::HipAdduction)] = h.adduction_rad;
      q[coord_index(s, LegCoord::HipRotation)] = h.rotation_rad;
      PhysicsWorld w = posed_world(m, q);
      const BodyReadings& r = w.readings();
      const int thigh = s == Side::Left ? 2 : 5;
      const Vec3 hip = r.segment[thigh].position_m;
      // a point on the femur away from the axis checks all three rotations
      const Vec3 local{0.05, 0.03, -m.thigh_length_m};
      const Vec3 expected = hip + hip_rotation(s, h) * local;  // pelvis frame == world at rest
      const Vec3 actual = r.segment[thigh].apply(local);
      CHECK(actual.x == Approx(expected.x).margin(1e-9));
      CHECK(actual.y == Approx(expected.y).margin(1e-9));
      CHECK(actual.z == Approx(expected.z).margin(1e-9));
    }
}

TEST_CASE("knee flexion swings the shank back and dorsiflexion lifts the toes", "[unit][physics]") {
  const Model m = test_model();
  PerCoord<double> q{};
  q[idx(Coord::KneeL)] = 0.5;
  q[idx(Coord::AnkleFlexionL)] = 0.2;
  PhysicsWorld w = posed_world(m, q);
  const BodyReadings& r = w.readings();
  const Vec3 knee = r.segment[3].position_m, ankle = r.segment[4].position_m;
  CHECK(ankle.x - knee.x == Approx(-m.shank_length_m * std::sin(0.5)).margin(1e-9));
  const Vec3 toe_dir = rotate(r.segment[4].orientation, Vec3{1, 0, 0});
  CHECK(std::atan2(toe_dir.z, toe_dir.x) == Approx(-0.5 + 0.2).margin(1e-9));  // the shank tips the foot down
}

TEST_CASE("the body's mass sums to the scenario's mass", "[unit][model]") {
  ScenarioSpec spec;
  spec.mass_kg = 82.5;
  spec.height_m = 1.68;
  const Model m = build_model(spec);
  CHECK(m.total_mass_kg == Approx(82.5).epsilon(1e-12));
}
