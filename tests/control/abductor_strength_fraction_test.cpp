// The strength fraction the foot placement narrows the base by (walking_controller.h): the weaker
// side's abductor capacity over its full-strength capacity, from the scenario's strengths.
#include <catch2/catch.hpp>

#include "control/weak_settings.h"
#include "model/model.h"
#include "scenario/scenario_spec.h"

TEST_CASE("abductor strength fraction: the weaker side's capacity over full strength", "[unit][control]") {
  const gait::ScenarioSpec spec;
  const gait::Model m = gait::build_model(spec);
  gait::Inputs in;
  CHECK(gait::abductor_strength_fraction(m, in) == Approx(1.0));
  // the nerve scales all seven compartments: capacity is linear in it
  in.strength.left.superior_gluteal_nerve = 0.3;
  CHECK(gait::abductor_strength_fraction(m, in) == Approx(0.3));
  // the weaker side counts, whichever it is
  in.strength.right.superior_gluteal_nerve = 0.1;
  CHECK(gait::abductor_strength_fraction(m, in) == Approx(0.1));
  in = {};
  in.strength.right.superior_gluteal_nerve = 0.0;
  CHECK(gait::abductor_strength_fraction(m, in) == Approx(0.0).margin(1e-12));
  // one muscle weak: between, weighted by its share of the capacity (medius the largest)
  in = {};
  in.strength.left.gluteus_medius = 0.0;
  const double without_medius = gait::abductor_strength_fraction(m, in);
  in = {};
  in.strength.left.tensor_fasciae_latae = 0.0;
  const double without_tfl = gait::abductor_strength_fraction(m, in);
  CHECK(without_medius > 0.0);
  CHECK(without_medius < without_tfl);
  CHECK(without_tfl < 1.0);
}
