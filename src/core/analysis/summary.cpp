// summarize(): the run's figures (docs/metrics.md) gathered into a Summary.
#include "analysis/summary.h"

#include <algorithm>

#include "analysis/cycles.h"
#include "analysis/spatiotemporal.h"

namespace gait {
namespace {

/// One side's means over its analysed cycles, Trendelenburg sign and distance from normal.
SideSummary summarize_side(const std::vector<Frame>& frames, const GaitCycleSet& cycles, Side s,
                           const std::optional<SideCycleCurves>& curves, double mass_kg,
                           const AdultSpeedClass* adults) {
  std::vector<CycleMetrics> per_cycle;
  for (const GaitCycle& c : cycles.analysed[s]) {
    per_cycle.push_back(measure_cycle(frames, c, cycles.contact[other(s)], mass_kg));
  }
  return summarize_side(per_cycle, curves, adults);
}

}  // namespace

SideSummary summarize_side(const std::vector<CycleMetrics>& per_cycle, const std::optional<SideCycleCurves>& curves,
                           const AdultSpeedClass* adults) {
  SideSummary out;
  out.cycles = static_cast<int>(per_cycle.size());
  const std::optional<CycleMetrics> mean = mean_metrics(per_cycle);
  if (!mean) return out;
  out.stance_pct = mean->stance_pct;
  out.double_support_pct = mean->double_support_pct;
  out.pelvic_drop_deg = mean->pelvic_drop_deg;
  out.trunk_lean_deg = mean->trunk_lean_deg;
  out.hip_adduction_peak_deg = mean->hip_adduction_peak_deg;
  out.hip_abductor_moment_peak_Nm_kg = mean->hip_abductor_moment_peak_Nm_kg;
  out.abductor_capacity_Nm = mean->abductor_capacity_Nm;
  out.abductor_activation_peak = mean->abductor_activation_peak;
  out.hip_contact_force_peak_bw = mean->hip_contact_force_peak_bw;
  out.grf_vertical_peak_bw = mean->grf_vertical_peak_bw;
  out.trendelenburg = classify_trendelenburg(mean->pelvic_drop_deg, mean->trunk_lean_deg);
  if (curves) {
    if (adults) {
      const SideAgainstAdults against = compare_with_adults(*curves, *adults);
      out.norm_rms_deg = against.rms_deg;
      out.norm_correlation = against.correlation;
      out.norm_range_ratio = against.range_ratio;
    }
    const CycleCurve& lean_deg = curves->trunk_lean_deg.mean;
    out.trunk_sway_deg = *std::max_element(lean_deg.begin(), lean_deg.end()) -
                         *std::min_element(lean_deg.begin(), lean_deg.end());
    // the events need a toe-off inside the cycle (a regular cycle always has one)
    const double toe_off_pct = std::clamp(mean->stance_pct, 1.0, 99.0);
    out.curve_events = side_curve_events(*curves, toe_off_pct);
    out.grf_vertical_humps = grf_vertical_humps(*curves, toe_off_pct);
  }
  return out;
}

Summary summarize(const ScenarioSpec& spec, const RunResult& result) {
  Summary s;
  s.scenario = spec.name;
  s.inputs = spec;
  s.duration_s = result.simulated_s;
  s.fell = result.fell;
  s.fall_time_s = result.fall_time_s;
  const std::vector<Frame>& frames = result.frames;

  if (spec.mode == Mode::StanceTest) {
    // stance test: issue 3. No gait cycles, no steps; the stance-test sign (docs/metrics.md#stance-test) of
    // the leg that stands, when the pelvis dropped, and how far the lifted side sank at worst
    const StanceTestSign test = classify_stance_test(frames, spec.stance_side, result.fall_time_s);
    s.side[spec.stance_side].trendelenburg = test.sign;
    s.side[spec.stance_side].drop_time_s = test.drop_time_s;
    if (!frames.empty()) s.side[spec.stance_side].pelvic_drop_deg = test.max_drop_deg;
    return s;
  }

  s.stalled = is_stalled(frames);
  const GaitCycleSet cycles = find_gait_cycles(frames);
  const Spatiotemporal st = measure_spatiotemporal(frames, cycles);
  s.speed_m_s = st.speed_m_s;
  s.cadence_steps_min = st.cadence_steps_min;
  s.stride_length_m = st.stride_length_m;
  s.step_width_m = st.step_width_m;

  if (s.speed_m_s) {
    s.speed_over_height_per_s = *s.speed_m_s / spec.height_m;
    s.norm_class = &adult_class_for(*s.speed_m_s, spec.height_m);
  }

  const CycleCurves curves = compute_cycle_curves(frames, cycles.analysed, spec.mass_kg);
  for (Side side : kSides) {
    s.side[side] = summarize_side(frames, cycles, side, curves.side[side], spec.mass_kg, s.norm_class);
  }
  s.cycles = std::min(s.side.left.cycles, s.side.right.cycles);

  for (const SingleStance& stance : find_single_stances(cycles.events, cycles.contact)) {
    s.steps.push_back(measure_step(frames, stance));
  }
  return s;
}

}  // namespace gait
