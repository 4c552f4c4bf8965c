// ScenarioSpec: the plain data a scenario file (TOML, README.md#scenario-files) describes, in the file's
// units.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "side.h"

namespace gait {

enum class Mode { Walk, StanceTest };

/// Strength of one side's hip abductors, each 0..1 (fraction of normal maximum force; default 1).
struct AbductorStrength {
  double gluteus_medius = 1.0;          ///< 3 compartments (gait2392 glut_med1-3)
  double gluteus_minimus = 1.0;         ///< 3 compartments (glut_min1-3)
  double tensor_fasciae_latae = 1.0;    ///< tfl
  double superior_gluteal_nerve = 1.0;  ///< function of L4-S1 nerve; multiplies all seven
  bool operator==(const AbductorStrength&) const = default;
};

/// Inputs that may change while the simulation runs (sliders, --change): written into the State
/// between steps and taking effect at the next step.
struct Inputs {
  double speed_m_s = 1.3;     ///< target walking speed, 0.6..1.8 m/s (adults' slow to fast walking)
  double compensation = 0.0;  ///< trunk-lean compensation, 0 (none) .. 1 (full Duchenne)
  LeftRight<AbductorStrength> strength;
};

/// One expected outcome of a scenario ([expect] table): a summary key and either a string
/// (e.g. "positive") or a closed numeric range [lo, hi].
struct Expectation {
  std::string key;  ///< summary path, e.g. "left.pelvic_drop_deg" or "speed_m_s"
  std::variant<std::string, std::pair<double, double>> value;
  int line = 0;     ///< line in the scenario file, for messages
};

/// A timed input change (--change T:KEY=VALUE, or a [[change]] table of the scenario file).
struct InputChange {
  double time_s = 0;
  std::string key;  ///< an Inputs key: "gait.speed_m_s", "gait.compensation", "left.gluteus_medius", ...
  double value = 0;
};

/// A run's timeline (docs/architecture.md#the-simulation-api): the changeable inputs at its start and
/// their timed changes. It belongs to the run (make_state keeps it in the State), not to the Model.
struct Timeline {
  Inputs initial;                    ///< the inputs at the start (and through the warm-up)
  std::vector<InputChange> changes;  ///< sorted by time, all at times >= 0
};

struct ScenarioSpec {
  std::string source;  ///< the file it came from (or "<string>"), for messages
  std::string name = "Unnamed scenario";
  std::string description;
  Mode mode = Mode::Walk;
  Side stance_side = Side::Left;  ///< stance-test only: the leg that stands
  double duration_s = 30.0;       ///< simulated time, 1..3600 s

  double mass_kg = 75.0;    ///< body mass, 30..150 kg
  double height_m = 1.75;   ///< body height, 1.2..2.2 m

  Inputs inputs;            ///< initial values of the changeable inputs ([gait], [left], [right])
  std::vector<InputChange> changes;  ///< sorted by time

  std::string camera = "posterior";  ///< [view] camera: posterior, anterior, left, right, top, orbit
  std::vector<Expectation> expect;
};

/// The scenario's timeline: its initial inputs and timed changes.
inline Timeline timeline_of(const ScenarioSpec& spec) { return {spec.inputs, spec.changes}; }

}  // namespace gait
