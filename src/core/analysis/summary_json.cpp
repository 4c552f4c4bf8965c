// summary_to_json(): the summary object (docs/metrics.md#summary-json). Figures that cannot be computed are
// null.
#include <cmath>

#include "analysis/summary.h"

namespace gait {
namespace {

using nlohmann::json;

/// A number, or null when absent or not finite (a JSON number is never NaN or infinite).
json number(std::optional<double> v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  return *v;
}

json strength_to_json(const AbductorStrength& a) {
  return {{"gluteus_medius", number(a.gluteus_medius)},
          {"gluteus_minimus", number(a.gluteus_minimus)},
          {"tensor_fasciae_latae", number(a.tensor_fasciae_latae)},
          {"superior_gluteal_nerve", number(a.superior_gluteal_nerve)}};
}

/// One value per compared curve, keyed by the curve (norm_curve_fields()).
json norm_curves_to_json(const NormCurves& figures) {
  json j = json::object();
  for (const NormCurveField& f : norm_curve_fields()) j[f.key] = number(figures.*(f.figure));
  return j;
}

/// The events of the side's mean curves (docs/metrics.md#against-adults), null without cycles.
void events_to_json(const SideSummary& s, json& j) {
  const std::optional<GaitCurveEvents>& e = s.curve_events;
  auto put = [&](const char* key, auto read) { j[key] = e ? number(read(*e)) : json(nullptr); };
  put("knee_loading_peak_deg", [](const GaitCurveEvents& x) { return x.knee_loading_peak.value; });
  put("knee_loading_peak_pct", [](const GaitCurveEvents& x) { return x.knee_loading_peak.pct; });
  put("knee_toe_off_deg", [](const GaitCurveEvents& x) { return x.knee_toe_off_deg; });
  put("knee_stance_min_deg", [](const GaitCurveEvents& x) { return x.knee_stance_min_deg; });
  put("knee_swing_peak_deg", [](const GaitCurveEvents& x) { return x.knee_swing_peak_deg; });
  put("ankle_heel_rise_pct", [](const GaitCurveEvents& x) { return x.ankle_heel_rise.pct; });
  put("ankle_mid_stance_deg", [](const GaitCurveEvents& x) { return x.ankle_mid_stance_deg; });
  put("ankle_plantarflexion_peak_deg", [](const GaitCurveEvents& x) { return x.ankle_plantarflexion_peak.value; });
  put("ankle_plantarflexion_peak_pct", [](const GaitCurveEvents& x) { return x.ankle_plantarflexion_peak.pct; });
  put("ankle_push_off_deg", [](const GaitCurveEvents& x) { return x.ankle_push_off_deg; });
  put("ankle_mid_swing_deg", [](const GaitCurveEvents& x) { return x.ankle_mid_swing_deg; });
  put("pelvic_obliquity_peak_deg", [](const GaitCurveEvents& x) { return x.pelvic_obliquity_peak.value; });
  put("pelvic_obliquity_peak_pct", [](const GaitCurveEvents& x) { return x.pelvic_obliquity_peak.pct; });
  j["grf_vertical_humps"] = s.grf_vertical_humps ? json(*s.grf_vertical_humps) : json(nullptr);
}

json side_to_json(const SideSummary& s) {
  json j;
  j["stance_pct"] = number(s.stance_pct);
  j["double_support_pct"] = number(s.double_support_pct);
  j["pelvic_drop_deg"] = number(s.pelvic_drop_deg);
  j["trunk_lean_deg"] = number(s.trunk_lean_deg);
  j["trunk_sway_deg"] = number(s.trunk_sway_deg);
  j["hip_adduction_peak_deg"] = number(s.hip_adduction_peak_deg);
  j["hip_abductor_moment_peak_Nm_kg"] = number(s.hip_abductor_moment_peak_Nm_kg);
  j["abductor_capacity_Nm"] = number(s.abductor_capacity_Nm);
  j["abductor_activation_peak"] = number(s.abductor_activation_peak);
  j["hip_contact_force_peak_bw"] = number(s.hip_contact_force_peak_bw);
  j["grf_vertical_peak_bw"] = number(s.grf_vertical_peak_bw);
  j["trendelenburg"] =
      s.trendelenburg ? json(std::string(trendelenburg_name(*s.trendelenburg))) : json(nullptr);
  j["drop_time_s"] = number(s.drop_time_s);
  j["norm_rms_deg"] = norm_curves_to_json(s.norm_rms_deg);
  j["norm_correlation"] = norm_curves_to_json(s.norm_correlation);
  j["norm_range_ratio"] = norm_curves_to_json(s.norm_range_ratio);
  events_to_json(s, j);
  return j;
}

json step_to_json(const StepMetrics& s) {
  return {{"side", std::string(side_name(s.side))},
          {"start_s", number(s.start_s)},
          {"pelvic_drop_deg", number(s.pelvic_drop_deg)},
          {"trunk_lean_deg", number(s.trunk_lean_deg)},
          {"abductor_activation_peak", number(s.abductor_activation_peak)}};
}

}  // namespace

json inputs_to_json(const ScenarioSpec& spec) {
  json j;
  j["name"] = spec.name;
  j["mode"] = spec.mode == Mode::StanceTest ? "stance-test" : "walk";
  // stance_side only applies to (and is only reported for) the stance test
  if (spec.mode == Mode::StanceTest) j["stance_side"] = std::string(side_name(spec.stance_side));
  j["duration_s"] = number(spec.duration_s);
  j["body"] = {{"mass_kg", number(spec.mass_kg)}, {"height_m", number(spec.height_m)}};
  j["gait"] = {{"speed_m_s", number(spec.inputs.speed_m_s)},
               {"compensation", number(spec.inputs.compensation)}};
  j["left"] = strength_to_json(spec.inputs.strength.left);
  j["right"] = strength_to_json(spec.inputs.strength.right);
  j["view"] = {{"camera", spec.camera}};
  return j;
}

json summary_to_json(const Summary& s) {
  json j;
  j["scenario"] = s.scenario;
  j["inputs"] = inputs_to_json(s.inputs);
  j["duration_s"] = number(s.duration_s);
  j["fell"] = s.fell;
  j["fall_time_s"] = number(s.fall_time_s);
  j["stalled"] = s.stalled;
  j["cycles"] = s.cycles;
  j["speed_m_s"] = number(s.speed_m_s);
  j["cadence_steps_min"] = number(s.cadence_steps_min);
  j["stride_length_m"] = number(s.stride_length_m);
  j["step_width_m"] = number(s.step_width_m);
  j["speed_over_height_per_s"] = number(s.speed_over_height_per_s);
  j["norm_class"] = s.norm_class ? json(s.norm_class->name) : json(nullptr);
  for (Side side : kSides) j[std::string(side_name(side))] = side_to_json(s.side[side]);
  j["steps"] = json::array();
  for (const StepMetrics& step : s.steps) j["steps"].push_back(step_to_json(step));
  return j;
}

}  // namespace gait
