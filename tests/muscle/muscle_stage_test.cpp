// The muscle stage (docs/model.md#muscle-stage) against the muscle maths it stores: the capacity it
// sums equals abduction_capacity_Nm to the bit, its forces are activation x strength x the largest
// path force, and a walking State's stage is the geometry of the posture its readings show.
#include <catch2/catch.hpp>
#include <string>

#include "control/joint_control.h"
#include "control/weak_settings.h"
#include "muscle/muscle_stage.h"
#include "sim/simulation.h"

using namespace gait;

namespace {

const HipAngles kPostures[] = {{0, 0, 0}, {0.6, 0.1, -0.2}, {1.5, -0.2, 0.3}, {-0.3, 0.25, 0.1}};

}  // namespace

TEST_CASE("the muscle stage's capacity equals the direct formula to the bit", "[unit][muscle]") {
  const Model m = build_model(ScenarioSpec{});
  AbductorStrength weak;
  weak.gluteus_medius = 0.4;
  weak.gluteus_minimus = 0.7;
  weak.tensor_fasciae_latae = 0.2;
  weak.superior_gluteal_nerve = 0.9;
  for (Side s : kSides)
    for (const HipAngles& q : kPostures) {
      HipAbductors hip{};
      update_abductor_geometry(m, s, q, hip);
      for (const AbductorStrength& strength : {AbductorStrength{}, weak}) {
        const double direct = abduction_capacity_Nm(m, s, strength, q);
        CHECK(direct > 0);
        CHECK(stored_abduction_capacity_Nm(m, hip, strength) == direct);
      }
    }
}

TEST_CASE("the muscle stage's forces: activation x strength x largest path force and none where a compartment adducts",
          "[unit][muscle]") {
  const Model m = build_model(ScenarioSpec{});
  AbductorStrength strength;
  strength.gluteus_minimus = 0.5;
  strength.superior_gluteal_nerve = 0.8;
  const double activation = 0.6;
  int adducting = 0;
  for (Side s : kSides)
    for (const HipAngles& q : kPostures) {
      HipAbductors hip{};
      update_abductor_geometry(m, s, q, hip);
      update_abductor_forces(m, strength, activation, hip);
      for (int i = 0; i < kNumAbductors; ++i) {
        const AbductorParams& a = m.abductors[i];
        const bool abducts = -moment_arms_m(m, a, s, q).y > 0;
        adducting += abducts ? 0 : 1;
        CHECK(hip[i].strength_frac == Approx(strength_factor(strength, a)));
        CHECK(hip[i].force_N == Approx(abducts ? activation * strength_factor(strength, a) * max_path_force_N(m, a, s, q) : 0.0));
        CHECK(hip[i].direction.x == Approx(line_of_action(m, a, s, q).direction.x));
        CHECK(hip[i].direction.z == Approx(line_of_action(m, a, s, q).direction.z));
      }
    }
  CHECK(adducting > 0);  // the postures reach one where a compartment adducts, so the zero is tested
}

TEST_CASE("each compartment's muscle group is the muscle its name says and takes that muscle's strength",
          "[unit][muscle]") {
  const Model m = build_model(ScenarioSpec{});
  AbductorStrength strength;
  strength.gluteus_medius = 0.25;
  strength.gluteus_minimus = 0.5;
  strength.tensor_fasciae_latae = 0.75;
  for (const AbductorParams& a : m.abductors) {
    const std::string name = a.name;
    const double expected = name.rfind("gluteus_medius", 0) == 0    ? 0.25
                            : name.rfind("gluteus_minimus", 0) == 0 ? 0.5
                            : name == "tensor_fasciae_latae"        ? 0.75
                                                                    : -1;
    INFO(name);
    CHECK(strength_factor(strength, a) == expected);
  }
}

TEST_CASE("a walking State's muscle stage is the geometry of the posture its readings show", "[unit][muscle][sim]") {
  ScenarioSpec spec;
  spec.inputs.strength.left.superior_gluteal_nerve = 0.3;
  Model m = build_model(spec);
  m.warmup_s = 0;
  State s = make_state(m, timeline_of(spec));
  for (int n = 0; n < 400; ++n) step(m, s);  // 2 s of walking: both hips loaded and moving
  REQUIRE_FALSE(s.fell);
  const Frame f = observe(m, s);
  double largest_N = 0;
  for (Side side : kSides) {
    const HipAngles q = hip_angles(s.world.readings(), side);
    const AbductorStrength strength = effective_strength(m, s.inputs.strength[side], s.time_s);
    const double activation = s.control.abductor[side].delivered_activation;
    for (int i = 0; i < kNumAbductors; ++i) {
      const AbductorParams& a = m.abductors[i];
      const double expected =
          -moment_arms_m(m, a, side, q).y > 0 ? activation * strength_factor(strength, a) * max_path_force_N(m, a, side, q) : 0.0;
      CHECK(f.side[side].muscle_force_N[i] == Approx(expected).margin(1e-9));
      largest_N = std::max(largest_N, expected);
    }
  }
  CHECK(largest_N > 10);  // some compartment is working, so a stale posture would show
}
