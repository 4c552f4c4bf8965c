// How far the production physics settings are from a converged simulation of the same scenario
// (issue 13's accuracy reference): the summary's figures at the production step and iterations
// against the same run at a 0.5 ms step and 100 solver iterations (docs/model.md, Physics settings).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "scenario/scenario_spec.h"

namespace gait {

struct Model;

/// The reference: a physics step and iteration count at which halving the step moves no reported
/// figure. The physics reference (the default, issue 13's acceptance) keeps the controller at the
/// production step and holds its commands over the finer physics steps (Model::physics_substeps):
/// it converges the physics of the same walker. With `controller_at_reference_step` the controller runs
/// at the fine step too: a different, finer-sampled controller, whose gap is the controller's rate
/// (docs/model.md#physics-settings).
struct ReferenceSettings {
  double physics_step_s = 0.0005;
  int solver_iterations = 100;
  double warm_start_factor = 0;
  bool controller_at_reference_step = false;
};

/// Puts `m` on the reference's physics: its step (as substeps under the production controller, or the
/// controller's step too), iterations and warm starting; the laws stay the production run's, their
/// damping included (Model::damping_reference_step_s, docs/model.md#physics-settings).
void use_reference_physics(Model& m, const ReferenceSettings& reference);

/// One compared figure: production and reference value, their difference and the tolerance.
struct AccuracyFigure {
  std::string name;    ///< e.g. "speed_m_s", "left.pelvic_drop_deg"
  double production = 0;
  double reference = 0;
  double difference = 0;   ///< production - reference, in the figure's unit (or % for relative ones)
  double tolerance = 0;    ///< |difference| allowed (same unit)
  bool relative = false;   ///< difference and tolerance in % of the reference
  bool within() const;
};

struct AccuracyReport {
  std::string scenario;
  std::string reference;  ///< which reference: "physics" or "physics and controller"
  int starts = 1;         ///< how many starts each figure is the mean of
  bool production_fell = false;
  bool reference_fell = false;
  std::vector<AccuracyFigure> figures;
  bool within() const;
};

/// Runs `spec` at the production settings and at `reference`, and compares speed (3 %), each side's
/// pelvic drop (0.5 deg), peak vertical ground reaction force and peak hip contact force (5 %).
/// With starts > 1, each figure is the mean over that many starts of the same scenario, the body's mass
/// moved by 0, +10 g, -10 g, +20 g, ...: the walker is chaotic, and one 30 s run's figure moves by about
/// as much as the tolerances (docs/model.md#physics-settings).
/// `candidate`, when given, changes both runs' models first (a candidate's controller settings, as
/// `gaitsim_accuracy NAME=VALUE` sets them): a setting tuned at the production step is judged against
/// the converged physics of the same walker (docs/model.md#physics-settings).
AccuracyReport measure_accuracy(const ScenarioSpec& spec, const ReferenceSettings& reference = {}, int starts = 1,
                                const std::function<void(Model&)>& candidate = {});

/// A fixed-width table of the report, one figure a line.
std::string accuracy_table(const AccuracyReport& report);

}  // namespace gait
