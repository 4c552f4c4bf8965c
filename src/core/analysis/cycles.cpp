// Mean and SD curves over each side's analysed gait cycles, and the `--cycles` CSV.
#include "analysis/cycles.h"

#include "analysis/norm_comparison.h"
#include "analysis/number_text.h"
#include "analysis/side_signals.h"
#include "analysis/spatiotemporal.h"

namespace gait {
namespace {

/// A curve: its field and how to read it from a Frame for a side and body mass.
struct CurveDefinition {
  CycleCurveField field;
  FrameSignal (*signal)(Side, double mass_kg);
};

const std::vector<CurveDefinition>& curve_definitions() {
  static const std::vector<CurveDefinition> defs = {
      {{"pelvic_obliquity_deg", &SideCycleCurves::pelvic_obliquity_deg},
       [](Side s, double) { return pelvic_obliquity_toward_deg(s); }},
      {{"hip_flexion_deg", &SideCycleCurves::hip_flexion_deg},
       [](Side s, double) { return hip_flexion_deg(s); }},
      {{"hip_adduction_deg", &SideCycleCurves::hip_adduction_deg},
       [](Side s, double) { return hip_adduction_deg(s); }},
      {{"knee_flexion_deg", &SideCycleCurves::knee_flexion_deg},
       [](Side s, double) { return knee_flexion_deg(s); }},
      {{"trunk_lean_deg", &SideCycleCurves::trunk_lean_deg},
       [](Side s, double) { return trunk_lean_toward_deg(s); }},
      {{"hip_abductor_moment_Nm_kg", &SideCycleCurves::hip_abductor_moment_Nm_kg},
       [](Side s, double m) { return hip_abductor_moment_Nm_kg(s, m); }},
      {{"grf_vertical_bw", &SideCycleCurves::grf_vertical_bw},
       [](Side s, double m) { return grf_vertical_bw(s, m); }},
      // issue 15: the sagittal and transverse curves a clinician reads besides the frontal ones
      {{"pelvic_tilt_deg", &SideCycleCurves::pelvic_tilt_deg}, [](Side s, double) { return pelvic_tilt_deg(s); }},
      {{"pelvic_rotation_deg", &SideCycleCurves::pelvic_rotation_deg},
       [](Side s, double) { return pelvic_rotation_toward_deg(s); }},
      {{"hip_rotation_deg", &SideCycleCurves::hip_rotation_deg}, [](Side s, double) { return hip_rotation_deg(s); }},
      {{"ankle_dorsiflexion_deg", &SideCycleCurves::ankle_dorsiflexion_deg},
       [](Side s, double) { return ankle_dorsiflexion_deg(s); }},
  };
  return defs;
}

}  // namespace

const std::vector<CycleCurveField>& cycle_curve_fields() {
  static const std::vector<CycleCurveField> fields = [] {
    std::vector<CycleCurveField> f;
    for (const CurveDefinition& d : curve_definitions()) f.push_back(d.field);
    return f;
  }();
  return fields;
}

std::vector<CycleCurve> resample_cycle_curves(const std::vector<Frame>& frames, const GaitCycle& cycle,
                                              double mass_kg) {
  std::vector<CycleCurve> curves;
  for (const CurveDefinition& d : curve_definitions())
    curves.push_back(resample(frames, cycle, d.signal(cycle.side, mass_kg)));
  return curves;
}

SideCycleCurves side_cycle_curves(const std::vector<std::vector<CycleCurve>>& per_field) {
  SideCycleCurves side;
  side.cycles = static_cast<int>(per_field.front().size());
  const std::vector<CycleCurveField>& fields = cycle_curve_fields();
  for (std::size_t f = 0; f < fields.size(); ++f) side.*(fields[f].stats) = *mean_and_sd(per_field[f]);
  return side;
}

CycleCurves compute_cycle_curves(const std::vector<Frame>& frames,
                                 const LeftRight<std::vector<GaitCycle>>& analysed, double mass_kg) {
  CycleCurves curves;
  for (Side s : kSides) {
    if (analysed[s].empty()) continue;
    std::vector<std::vector<CycleCurve>> per_field(cycle_curve_fields().size());
    for (const GaitCycle& c : analysed[s]) {
      std::vector<CycleCurve> resampled = resample_cycle_curves(frames, c, mass_kg);
      for (std::size_t f = 0; f < resampled.size(); ++f) per_field[f].push_back(resampled[f]);
    }
    curves.side[s] = side_cycle_curves(per_field);  // not empty: analysed[s] is not
  }
  return curves;
}

std::string cycles_csv(const ScenarioSpec& spec, const RunResult& result) {
  // stance test: issue 3 (no gait cycles in the single-leg stance test)
  if (spec.mode == Mode::StanceTest) return cycles_csv(CycleCurves{}, true);
  const GaitCycleSet cycles = find_gait_cycles(result.frames);
  const std::optional<double> speed_m_s = measure_spatiotemporal(result.frames, cycles).speed_m_s;
  return cycles_csv(compute_cycle_curves(result.frames, cycles.analysed, spec.mass_kg), false,
                    speed_m_s ? &adult_class_for(*speed_m_s, spec.height_m) : nullptr);
}

std::string cycles_csv(const CycleCurves& curves, bool stance_test, const AdultSpeedClass* adults) {
  std::string csv = "gait_cycle_pct,side";
  for (const CycleCurveField& f : cycle_curve_fields()) {
    csv += ',';
    csv += f.name;
    csv += "_mean,";
    csv += f.name;
    csv += "_sd";
  }
  for (const NormCurveField& f : norm_curve_fields()) {
    const std::string name = std::string("norm_") + f.key + "_deg";
    csv += ',' + name + "_mean," + name + "_sd";
  }
  csv += ",norm_class\n";
  if (stance_test) return csv;
  for (Side s : kSides) {
    if (!curves.side[s]) continue;
    const SideCycleCurves& side = *curves.side[s];
    for (std::size_t k = 0; k < kCyclePoints; ++k) {
      csv += std::to_string(k);
      csv += ',';
      csv += side_name(s);
      for (const CycleCurveField& f : cycle_curve_fields()) {
        const CycleStats& stats = side.*(f.stats);
        csv += ',';
        append_number(csv, stats.mean[k]);
        csv += ',';
        append_number(csv, stats.sd[k]);
      }
      // the adults' curves as published (levels included), for plotting beside the walker's
      for (const NormCurveField& f : norm_curve_fields()) {
        csv += ',';
        if (adults) append_number(csv, (adults->*(f.adult)).mean[k]);
        csv += ',';
        if (adults) append_number(csv, (adults->*(f.adult)).sd[k]);
      }
      csv += ',';
      if (adults) csv += adults->name;
      csv += '\n';
    }
  }
  return csv;
}

}  // namespace gait
