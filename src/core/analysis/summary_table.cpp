// print_summary_table(): the summary as an aligned text table for the terminal.
#include <cstdio>
#include <functional>
#include <string>

#include "analysis/number_text.h"
#include "analysis/summary.h"

namespace gait {
namespace {

/// A line "label  unit  value".
void row(std::ostream& out, const char* label, const char* unit, const std::string& value) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-36s %-10s %s\n", label, unit, value.c_str());
  out << buf;
}

/// A line "label  unit  left  right".
void side_row(std::ostream& out, const char* label, const char* unit, const std::string& left,
              const std::string& right) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "%-36s %-10s %12s %12s\n", label, unit, left.c_str(), right.c_str());
  out << buf;
}

/// A per-side figure on both sides.
template <class Read>
void figure(std::ostream& out, const Summary& s, const char* label, const char* unit, int decimals,
            Read read) {
  side_row(out, label, unit, fixed_text(read(s.side.left), decimals), fixed_text(read(s.side.right), decimals));
}

std::string sign_text(const std::optional<Trendelenburg>& t) {
  return t ? std::string(trendelenburg_name(*t)) : std::string("-");
}

/// An optional event of a side's curves, or nullopt.
template <class Read>
std::function<std::optional<double>(const SideSummary&)> event(Read read) {
  return [read](const SideSummary& x) -> std::optional<double> {
    if (!x.curve_events) return std::nullopt;
    return read(*x.curve_events);
  };
}

/// The curves against the adult class and the events of the curves (docs/metrics.md#against-adults).
void print_against_adults(std::ostream& out, const Summary& s) {
  out << '\n';
  const std::string against =
      s.norm_class ? "class " + s.norm_class->name + " (v/h " + fixed_text(s.norm_class->speed_over_height_per_s, 2) +
                         " 1/s; this walk " + fixed_text(s.speed_over_height_per_s, 2) + ")"
                   : std::string("-");
  row(out, "Against healthy adults", "", against);
  for (const NormCurveField& f : norm_curve_fields()) {
    const std::string label = std::string("Correlation: ") + f.label;
    figure(out, s, label.c_str(), "r", 2, [&f](const SideSummary& x) { return x.norm_correlation.*(f.figure); });
  }
  for (const NormCurveField& f : norm_curve_fields()) {
    const std::string label = std::string("RMS from adults: ") + f.label;
    figure(out, s, label.c_str(), f.level_removed ? "deg shape" : "deg", 1,
           [&f](const SideSummary& x) { return x.norm_rms_deg.*(f.figure); });
  }
  using E = GaitCurveEvents;
  figure(out, s, "Knee loading-response peak", "deg", 1, event([](const E& e) { return e.knee_loading_peak.value; }));
  figure(out, s, "  at", "% cycle", 0, event([](const E& e) { return e.knee_loading_peak.pct; }));
  figure(out, s, "Knee at toe-off", "deg", 1, event([](const E& e) { return e.knee_toe_off_deg; }));
  figure(out, s, "Knee least in stance", "deg", 1, event([](const E& e) { return e.knee_stance_min_deg; }));
  figure(out, s, "Knee peak in swing", "deg", 1, event([](const E& e) { return e.knee_swing_peak_deg; }));
  figure(out, s, "Ankle peak plantarflexion", "deg", 1,
         event([](const E& e) { return e.ankle_plantarflexion_peak.value; }));
  figure(out, s, "  at", "% cycle", 0, event([](const E& e) { return e.ankle_plantarflexion_peak.pct; }));
  figure(out, s, "  below mid-stance (push-off)", "deg", 1, event([](const E& e) { return e.ankle_push_off_deg; }));
  figure(out, s, "Ankle in mid-swing", "deg", 1, event([](const E& e) { return e.ankle_mid_swing_deg; }));
  figure(out, s, "Obliquity peak in stance", "deg", 1, event([](const E& e) { return e.pelvic_obliquity_peak.value; }));
  figure(out, s, "  at", "% cycle", 0, event([](const E& e) { return e.pelvic_obliquity_peak.pct; }));
  figure(out, s, "Vertical GRF humps in stance", "count", 0, [](const SideSummary& x) -> std::optional<double> {
    if (!x.grf_vertical_humps) return std::nullopt;
    return *x.grf_vertical_humps;
  });
}

}  // namespace

void print_summary_table(std::ostream& out, const Summary& s) {
  row(out, "Scenario", "", s.scenario);
  row(out, "Mode", "", s.inputs.mode == Mode::StanceTest ? "stance-test" : "walk");
  row(out, "Simulated", "s", fixed_text(s.duration_s, 2));
  const std::string fell =
      s.fell ? "yes" + (s.fall_time_s ? " at " + fixed_text(s.fall_time_s, 2) + " s" : "") : "no";
  row(out, "Fell / stalled", "", fell + " / " + (s.stalled ? "yes" : "no"));
  row(out, "Cycles analysed (fewer side)", "", std::to_string(s.cycles));
  row(out, "Speed", "m/s", fixed_text(s.speed_m_s, 2));
  row(out, "Cadence", "steps/min", fixed_text(s.cadence_steps_min, 1));
  row(out, "Stride length", "m", fixed_text(s.stride_length_m, 2));
  row(out, "Step width", "m", fixed_text(s.step_width_m, 3));
  out << '\n';
  side_row(out, "", "", "left", "right");
  side_row(out, "Cycles analysed", "", std::to_string(s.side.left.cycles),
           std::to_string(s.side.right.cycles));
  figure(out, s, "Stance", "% cycle", 1, [](const SideSummary& x) { return x.stance_pct; });
  figure(out, s, "Double support", "% cycle", 1, [](const SideSummary& x) { return x.double_support_pct; });
  figure(out, s, "Pelvic drop in stance", "deg", 1, [](const SideSummary& x) { return x.pelvic_drop_deg; });
  figure(out, s, "Trunk lean toward stance", "deg", 1, [](const SideSummary& x) { return x.trunk_lean_deg; });
  figure(out, s, "Trunk sway (cycle range)", "deg", 1, [](const SideSummary& x) { return x.trunk_sway_deg; });
  figure(out, s, "Hip adduction peak", "deg", 1,
         [](const SideSummary& x) { return x.hip_adduction_peak_deg; });
  figure(out, s, "Hip abductor moment peak", "Nm/kg", 2,
         [](const SideSummary& x) { return x.hip_abductor_moment_peak_Nm_kg; });
  figure(out, s, "Abductor capacity (single st.)", "Nm", 1,
         [](const SideSummary& x) { return x.abductor_capacity_Nm; });
  figure(out, s, "Abductor activation peak", "0-1", 2,
         [](const SideSummary& x) { return x.abductor_activation_peak; });
  figure(out, s, "Hip contact force peak", "BW", 2,
         [](const SideSummary& x) { return x.hip_contact_force_peak_bw; });
  figure(out, s, "Vertical GRF peak", "BW", 2, [](const SideSummary& x) { return x.grf_vertical_peak_bw; });
  side_row(out, "Trendelenburg sign", "", sign_text(s.side.left.trendelenburg),
           sign_text(s.side.right.trendelenburg));
  if (s.inputs.mode == Mode::StanceTest) {
    figure(out, s, "Drop time", "s", 2, [](const SideSummary& x) { return x.drop_time_s; });
  }
  if (s.inputs.mode != Mode::StanceTest) print_against_adults(out, s);
}

}  // namespace gait
