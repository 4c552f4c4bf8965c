// measure_accuracy: the production run against the converged reference, figure by figure.
#include "analysis/accuracy.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

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

/// The body's mass of start i: 0, +10 g, -10 g, +20 g, ... (a last-digit change that starts another
/// trajectory of the same chaotic walker).
double start_mass_kg(double mass_kg, int i) {
  const int k = (i + 1) / 2;
  return mass_kg + (i % 2 == 1 ? 0.01 : -0.01) * k;
}

/// The mean over the starts' summaries of one figure; empty when a start has none.
template <class Get>
std::optional<double> mean_figure(const std::vector<Summary>& runs, Get get) {
  double sum = 0;
  for (const Summary& s : runs) {
    const std::optional<double> v = get(s);
    if (!v) return std::nullopt;
    sum += *v;
  }
  return runs.empty() ? std::nullopt : std::optional<double>(sum / static_cast<double>(runs.size()));
}

}  // namespace

void use_reference_physics(Model& m, const ReferenceSettings& reference) {
  // only the step, iterations and warm starting change
  if (reference.controller_at_reference_step)
    m.dt_s = reference.physics_step_s;
  else
    m.physics_substeps = std::max(1, static_cast<int>(std::lround(m.dt_s / reference.physics_step_s)));
  m.solver_iterations = reference.solver_iterations;
  m.warm_start_factor = reference.warm_start_factor;
}

AccuracyReport measure_accuracy(const ScenarioSpec& spec, const ReferenceSettings& reference, int starts,
                                const std::function<void(Model&)>& candidate) {
  RunOptions production_options;
  production_options.adjust_model = candidate;
  RunOptions ref_options;
  ref_options.adjust_model = [&reference, &candidate](Model& m) {
    if (candidate) candidate(m);
    use_reference_physics(m, reference);
  };
  AccuracyReport r;
  r.scenario = spec.name;
  r.reference = reference.controller_at_reference_step ? "physics and controller" : "physics";
  r.starts = std::max(1, starts);
  std::vector<Summary> p, c;
  for (int i = 0; i < r.starts; ++i) {
    ScenarioSpec start = spec;
    start.mass_kg = start_mass_kg(spec.mass_kg, i);
    const RunResult production = run_scenario(start, production_options);
    const RunResult converged = run_scenario(start, ref_options);
    r.production_fell = r.production_fell || production.fell || production.diverged;
    r.reference_fell = r.reference_fell || converged.fell || converged.diverged;
    p.push_back(summarize(start, production));
    c.push_back(summarize(start, converged));
  }
  auto both = [&p, &c](auto get) { return std::pair{mean_figure(p, get), mean_figure(c, get)}; };
  // issue 13's tolerances: speed 3 %, pelvic drop 0.5 deg, peak forces 5 %
  const auto speed = both([](const Summary& s) { return s.speed_m_s; });
  add_relative(r, "speed_m_s", speed.first, speed.second, 3.0);
  for (Side side : kSides) {
    const std::string name = side == Side::Left ? "left." : "right.";
    const auto drop = both([side](const Summary& s) { return s.side[side].pelvic_drop_deg; });
    add_absolute(r, name + "pelvic_drop_deg", drop.first, drop.second, 0.5);
    const auto grf = both([side](const Summary& s) { return s.side[side].grf_vertical_peak_bw; });
    add_relative(r, name + "grf_vertical_peak_bw", grf.first, grf.second, 5.0);
    const auto hcf = both([side](const Summary& s) { return s.side[side].hip_contact_force_peak_bw; });
    add_relative(r, name + "hip_contact_force_peak_bw", hcf.first, hcf.second, 5.0);
  }
  return r;
}

std::string accuracy_table(const AccuracyReport& r) {
  std::string out = r.scenario + " against the " + r.reference + " reference";
  if (r.starts > 1) out += ", mean of " + std::to_string(r.starts) + " starts";
  out += std::string(r.production_fell ? " (production run FELL)" : "") +
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
