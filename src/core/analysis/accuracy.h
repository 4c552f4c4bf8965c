// How far the production physics settings are from a converged simulation of the same scenario
// (issue 13's accuracy reference): the summary's figures at the production step and iterations
// against the same run at a 0.5 ms step and 100 solver iterations (docs/model.md, Physics settings).
#pragma once

#include <string>
#include <vector>

#include "scenario/scenario_spec.h"

namespace gait {

/// The reference: a step and iteration count at which halving the step moves no reported figure.
struct ReferenceSettings {
  double dt_s = 0.0005;
  int solver_iterations = 100;
  double warm_start_factor = 0;
};

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
  bool production_fell = false;
  bool reference_fell = false;
  std::vector<AccuracyFigure> figures;
  bool within() const;
};

/// Runs `spec` at the production settings and at `reference`, and compares speed (3 %), each side's
/// pelvic drop (0.5 deg), peak vertical ground reaction force and peak hip contact force (5 %).
AccuracyReport measure_accuracy(const ScenarioSpec& spec, const ReferenceSettings& reference = {});

/// A fixed-width table of the report, one figure a line.
std::string accuracy_table(const AccuracyReport& report);

}  // namespace gait
