// Physics substeps (Model::physics_substeps): the controller's commands held over finer Bullet steps,
// as the accuracy reference runs them (docs/model.md#physics-settings). What a step reports must be
// the step's, whatever the number of substeps: checked against Newton's second law for the whole body.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "model/model.h"
#include "physics/physics_world.h"
#include "units.h"

using namespace gait;

namespace {

/// The default body upright, its feet 3 cm above the ground, every row holding the pose.
struct DropTest {
  Model model;
  PhysicsWorld world;
  PerCoord<JointCommand> hold{};
  explicit DropTest(int substeps)
      : model([substeps] {
          Model m = build_model(ScenarioSpec{});
          m.physics_substeps = substeps;
          return m;
        }()),
        world(model, [this] {
          InitialPose pose;
          pose.pelvis_position_m = {0, 0, model.standing_pelvis_height_m + 0.03};
          return pose;
        }()) {
    for (JointCommand& c : hold) c = JointCommand{0, 0, 1000, 100, -1000, 1000};
  }
};

/// Steps `t` through its landing; for every step with a foot loaded returns the largest
/// |F_contact - M g - M dv/dt| over the step, in body weights (F_contact: the left and right feet's
/// reported forces; dv: the change of the centre of mass's velocity over the step).
double largest_momentum_residual_bw(DropTest& t, double& largest_contact_bw) {
  const double mass_kg = t.model.total_mass_kg;
  const double weight_N = mass_kg * kGravity_m_s2;
  const PerCoord<double> none{};
  double residual = 0;
  largest_contact_bw = 0;
  for (int i = 0; i < static_cast<int>(0.3 / t.model.dt_s); ++i) {
    const Vec3 v_before = t.world.readings().com_velocity_m_s;
    t.world.step(t.hold, none);
    const BodyReadings& r = t.world.readings();
    const Vec3 f = r.contact.left.force_N + r.contact.right.force_N;
    if (f.z <= 0) continue;
    const Vec3 rate = (r.com_velocity_m_s - v_before) * (mass_kg / t.model.dt_s);
    const Vec3 miss = f - Vec3{0, 0, weight_N} - rate;
    residual = std::max({residual, std::abs(miss.x), std::abs(miss.y), std::abs(miss.z)});
    largest_contact_bw = std::max(largest_contact_bw, f.z / weight_N);
  }
  return residual / weight_N;
}

}  // namespace

TEST_CASE("a step's contact forces are their mean over its physics substeps (Newton's second law)",
          "[unit][physics]") {
  // one substep is the production run; ten are the accuracy reference's 0.5 ms under the 5 ms step.
  // Had a step reported its last substep's force only, the landing's changing force would miss the
  // body's change of momentum by far more than the tolerance
  for (int substeps : {1, 10}) {
    INFO("substeps " << substeps);
    DropTest t(substeps);
    double peak_bw = 0;
    const double residual_bw = largest_momentum_residual_bw(t, peak_bw);
    CHECK(peak_bw > 1.2);  // the landing was there to see
    CHECK(residual_bw < 0.01);
  }
}

TEST_CASE("physics substeps converge the landing: 10 and 20 substeps report nearly the same forces",
          "[unit][physics]") {
  // the same drop with the physics at 0.5 ms and 0.25 ms under the 5 ms step: the peak contact force
  // changes little between them (the reference's 0.5 ms is converged for this figure)
  DropTest ten(10), twenty(20);
  double peak10 = 0, peak20 = 0;
  largest_momentum_residual_bw(ten, peak10);
  largest_momentum_residual_bw(twenty, peak20);
  CHECK(peak10 == Approx(peak20).epsilon(0.03));
}
