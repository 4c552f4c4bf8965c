// One side's figures over one gait cycle or one single-stance interval (docs/metrics.md#per-side-figures).
#include "analysis/cycle_metrics.h"

#include <algorithm>

#include "analysis/side_signals.h"

namespace gait {
namespace {

/// Total time (s) `window` overlaps the sorted, disjoint `intervals`.
double overlap_s(TimeInterval window, const std::vector<TimeInterval>& intervals) {
  double total_s = 0;
  for (const TimeInterval& iv : intervals) {
    const double lo = std::max(window.start_s, iv.start_s);
    const double hi = std::min(window.end_s, iv.end_s);
    if (hi > lo) total_s += hi - lo;
  }
  return total_s;
}

}  // namespace

double pelvic_drop_deg(const std::vector<Frame>& frames, Side stance, TimeInterval interval) {
  return peak_over(frames, interval, pelvic_obliquity_toward_deg(stance));
}

double trunk_lean_deg(const std::vector<Frame>& frames, Side stance, TimeInterval interval) {
  return peak_over(frames, interval, trunk_lean_toward_deg(stance));
}

double double_support_pct(const GaitCycle& cycle, const std::vector<TimeInterval>& contralateral_contact) {
  // both feet loaded: this foot's stance overlapping the other foot's contact
  return overlap_s(cycle.stance(), contralateral_contact) / cycle.duration_s() * 100.0;
}

CycleMetrics measure_cycle(const std::vector<Frame>& frames, const GaitCycle& cycle,
                           const std::vector<TimeInterval>& contralateral_contact, double mass_kg) {
  const Side s = cycle.side;
  const TimeInterval stance = cycle.stance();
  const TimeInterval single = cycle.single_stance();
  const double duration_s = cycle.duration_s();
  CycleMetrics m;
  m.stance_pct = stance.duration_s() / duration_s * 100.0;
  m.double_support_pct = double_support_pct(cycle, contralateral_contact);
  m.pelvic_drop_deg = pelvic_drop_deg(frames, s, single);
  m.trunk_lean_deg = trunk_lean_deg(frames, s, single);
  m.hip_adduction_peak_deg = peak_over(frames, stance, hip_adduction_deg(s));
  m.hip_abductor_moment_peak_Nm_kg = peak_over(frames, stance, hip_abductor_moment_Nm_kg(s, mass_kg));
  m.abductor_capacity_Nm = mean_over(frames, single, abductor_capacity_Nm(s));
  m.abductor_activation_peak = peak_over(frames, stance, abductor_activation(s));
  m.hip_contact_force_peak_bw = peak_over(frames, stance, hip_contact_force_bw(s, mass_kg));
  m.grf_vertical_peak_bw = peak_over(frames, stance, grf_vertical_bw(s, mass_kg));
  return m;
}

std::optional<CycleMetrics> mean_metrics(const std::vector<CycleMetrics>& metrics) {
  if (metrics.empty()) return std::nullopt;
  static constexpr double CycleMetrics::*kFields[] = {
      &CycleMetrics::stance_pct,
      &CycleMetrics::double_support_pct,
      &CycleMetrics::pelvic_drop_deg,
      &CycleMetrics::trunk_lean_deg,
      &CycleMetrics::hip_adduction_peak_deg,
      &CycleMetrics::hip_abductor_moment_peak_Nm_kg,
      &CycleMetrics::abductor_capacity_Nm,
      &CycleMetrics::abductor_activation_peak,
      &CycleMetrics::hip_contact_force_peak_bw,
      &CycleMetrics::grf_vertical_peak_bw,
  };
  CycleMetrics mean;
  for (const auto field : kFields) {
    double sum = 0;
    for (const CycleMetrics& m : metrics) sum += m.*field;
    mean.*field = sum / static_cast<double>(metrics.size());
  }
  return mean;
}

StepMetrics measure_step(const std::vector<Frame>& frames, const SingleStance& stance) {
  StepMetrics step;
  step.side = stance.side;
  step.start_s = stance.interval.start_s;
  step.pelvic_drop_deg = pelvic_drop_deg(frames, stance.side, stance.interval);
  step.trunk_lean_deg = trunk_lean_deg(frames, stance.side, stance.interval);
  step.abductor_activation_peak = peak_over(frames, stance.interval, abductor_activation(stance.side));
  return step;
}

}  // namespace gait
