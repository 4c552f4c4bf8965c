// measure_accuracy: the production run against the converged reference, figure by figure.
#include "analysis/accuracy.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "analysis/summary.h"
#include "sim/run.h"

namespace gait {

bool AccuracyFigure::within() const { return std::isfinite(difference) && std::abs(difference) <= tolerance; }

bool AccuracyReport::within() const {
  if (production_fell || reference_fell) return false;
  for (const AccuracyFigure& f : figures)
    if (!f.within()) return false;
  return true;
}

namespace {

double value_or_nan(const std::optional<double>& v) { return v ? *v : std::nan(""); }

void add_absolute(AccuracyReport& r, const std::string& name, const std::optional<double>& p,
                  const std::optional<double>& ref, double tolerance) {
  const double a = value_or_nan(p), b = value_or_nan(ref);
  r.figures.push_back({name, a, b, a - b, tolerance, false});
}

void add_relative(AccuracyReport& r, const std::string& name, const std::optional<double>& p,
                  const std::optional<double>& ref, double tolerance_pct) {
  const double a = value_or_nan(p), b = value_or_nan(ref);
  r.figures.push_back({name, a, b, b != 0 ? (a - b) / b * 100.0 : std::nan(""), tolerance_pct, true});
}

}  // namespace

AccuracyReport measure_accuracy(const ScenarioSpec& spec, const ReferenceSettings& reference) {
  const RunResult production = run_scenario(spec);
  RunOptions ref_options;
  // only the step, iterations and warm starting change: the laws stay the production run's, their
  // damping included (Model::damping_reference_step_s, docs/model.md#physics-settings)
  ref_options.adjust_model = [&reference](Model& m) {
    if (reference.controller_at_reference_step)
      m.dt_s = reference.physics_step_s;
    else
      m.physics_substeps = std::max(1, static_cast<int>(std::lround(m.dt_s / reference.physics_step_s)));
    m.solver_iterations = reference.solver_iterations;
    m.warm_start_factor = reference.warm_start_factor;
  };
  const RunResult converged = run_scenario(spec, ref_options);
  const Summary p = summarize(spec, production), c = summarize(spec, converged);

  AccuracyReport r;
  r.scenario = spec.name;
  r.reference = reference.controller_at_reference_step ? "physics and controller" : "physics";
  r.production_fell = production.fell || production.diverged;
  r.reference_fell = converged.fell || converged.diverged;
  // issue 13's tolerances: speed 3 %, pelvic drop 0.5 deg, peak forces 5 %
  add_relative(r, "speed_m_s", p.speed_m_s, c.speed_m_s, 3.0);
  for (Side s : kSides) {
    const std::string side = s == Side::Left ? "left." : "right.";
    add_absolute(r, side + "pelvic_drop_deg", p.side[s].pelvic_drop_deg, c.side[s].pelvic_drop_deg, 0.5);
    add_relative(r, side + "grf_vertical_peak_bw", p.side[s].grf_vertical_peak_bw, c.side[s].grf_vertical_peak_bw,
                 5.0);
    add_relative(r, side + "hip_contact_force_peak_bw", p.side[s].hip_contact_force_peak_bw,
                 c.side[s].hip_contact_force_peak_bw, 5.0);
  }
  return r;
}

std::string accuracy_table(const AccuracyReport& r) {
  std::string out = r.scenario + " against the " + r.reference + " reference" + (r.production_fell ? " (production run FELL)" : "") +
                    (r.reference_fell ? " (reference run FELL)" : "") + "\n";
  char line[200];
  std::snprintf(line, sizeof line, "  %-30s %10s %10s %10s %8s\n", "figure", "production", "reference", "difference",
                "within");
  out += line;
  for (const AccuracyFigure& f : r.figures) {
    std::snprintf(line, sizeof line, "  %-30s %10.3f %10.3f %+9.2f%s %8s\n", f.name.c_str(), f.production,
                  f.reference, f.difference, f.relative ? "%" : " ",
                  f.within() ? "yes" : "NO");
    out += line;
  }
  return out;
}

}  // namespace gait
