// The healthy-adult check (docs/metrics.md#healthy-adult-check).
#include "analysis/adult_check.h"

#include <cstdio>
#include <functional>

#include "analysis/number_text.h"

namespace gait {
namespace {

using SideRead = std::function<std::optional<double>(const SideSummary&)>;

SideRead event(double (*read)(const GaitCurveEvents&)) {
  return [read](const SideSummary& x) -> std::optional<double> {
    if (!x.curve_events) return std::nullopt;
    return read(*x.curve_events);
  };
}

std::string range_text(const AdultCheckRow& r) {
  if (r.min && r.max && *r.min == *r.max) return fixed_text(r.min, r.decimals);
  if (r.min && r.max) return fixed_text(r.min, r.decimals) + " to " + fixed_text(r.max, r.decimals);
  if (r.min) return ">= " + fixed_text(r.min, r.decimals);
  if (r.max) return "<= " + fixed_text(r.max, r.decimals);
  return "-";
}

}  // namespace

std::string AdultCheckRow::verdict(Side s) const {
  const std::optional<double>& v = value[s];
  if (!v || (!min && !max)) return "-";
  return (min && *v < *min) || (max && *v > *max) ? "MISS" : "ok";
}

std::vector<AdultCheckRow> adult_check_rows(const Summary& summary) {
  std::vector<AdultCheckRow> rows;
  const AdultSpeedClass* adults = summary.norm_class;
  // a plain value, not an optional: GCC 12 warns falsely (-Wmaybe-uninitialized) on the optional
  const GaitCurveEvents adult_events = adults ? adult_curve_events(*adults) : GaitCurveEvents{};
  auto add = [&](std::string label, std::string unit, int decimals, const SideRead& read,
                 std::optional<double> adult_value, std::optional<double> min, std::optional<double> max) {
    AdultCheckRow r{std::move(label), std::move(unit), decimals, {}, adult_value, min, max};
    for (Side s : kSides) r.value[s] = read(summary.side[s]);
    rows.push_back(std::move(r));
  };
  auto adult_event = [&](double (*read)(const GaitCurveEvents&)) -> std::optional<double> {
    if (!adults) return std::nullopt;
    return read(adult_events);
  };
  using E = GaitCurveEvents;
  constexpr std::optional<double> kOpen;

  // the shape of the curves: the correlations issue 15 asks for, then the others without a range
  struct Wanted {
    const char* key;
    std::optional<double> min;
  };
  const Wanted wanted[] = {{"hip_flexion", 0.95},      {"knee_flexion", 0.93},    {"ankle_dorsiflexion", 0.80},
                           {"pelvic_obliquity", 0.85}, {"hip_adduction", 0.80},   {"pelvic_rotation", kOpen},
                           {"hip_rotation", kOpen}};
  for (const Wanted& w : wanted) {
    for (const NormCurveField& f : norm_curve_fields()) {
      if (std::string(f.key) != w.key) continue;
      add(std::string("Correlation: ") + f.label, "r", 2,
          [&f](const SideSummary& x) { return x.norm_correlation.*(f.figure); }, std::nullopt, w.min, kOpen);
    }
  }
  // the knee
  add("Knee loading-response peak", "deg", 1, event([](const E& e) { return e.knee_loading_peak.value; }),
      adult_event([](const E& e) { return e.knee_loading_peak.value; }), 10.0, 25.0);
  add("  at", "% cycle", 0, event([](const E& e) { return e.knee_loading_peak.pct; }),
      adult_event([](const E& e) { return e.knee_loading_peak.pct; }), 8.0, 18.0);
  add("Knee at toe-off", "deg", 1, event([](const E& e) { return e.knee_toe_off_deg; }),
      adult_event([](const E& e) { return e.knee_toe_off_deg; }), 30.0, kOpen);
  add("Knee least in stance", "deg", 1, event([](const E& e) { return e.knee_stance_min_deg; }),
      adult_event([](const E& e) { return e.knee_stance_min_deg; }), 0.0, kOpen);
  add("Knee peak in swing", "deg", 1, event([](const E& e) { return e.knee_swing_peak_deg; }),
      adult_event([](const E& e) { return e.knee_swing_peak_deg; }), 55.0, 70.0);
  // the ankle
  add("Ankle push-off below mid-stance", "deg", 1, event([](const E& e) { return e.ankle_push_off_deg; }),
      adult_event([](const E& e) { return e.ankle_push_off_deg; }), 10.0, kOpen);
  add("  peak plantarflexion at", "% cycle", 0, event([](const E& e) { return e.ankle_plantarflexion_peak.pct; }),
      adult_event([](const E& e) { return e.ankle_plantarflexion_peak.pct; }), 55.0, 68.0);
  add("Ankle in mid-swing", "deg", 1, event([](const E& e) { return e.ankle_mid_swing_deg; }),
      adult_event([](const E& e) { return e.ankle_mid_swing_deg; }), -8.0, 8.0);
  // the pelvis
  add("Obliquity peak in stance at", "% cycle", 0, event([](const E& e) { return e.pelvic_obliquity_peak.pct; }),
      adult_event([](const E& e) { return e.pelvic_obliquity_peak.pct; }), 8.0, 20.0);
  add("Pelvic drop in stance", "deg", 1, [](const SideSummary& x) { return x.pelvic_drop_deg; },
      adult_event([](const E& e) { return e.pelvic_obliquity_peak.value; }), 2.0, 7.0);
  // timing
  const std::optional<double> adult_stance = adults ? std::optional(adults->foot_off_pct) : std::nullopt;
  const std::optional<double> adult_double =
      adults ? std::optional(adults->contralateral_foot_off_pct + adults->foot_off_pct -
                             adults->contralateral_foot_strike_pct)
             : std::nullopt;
  add("Double support", "% cycle", 1, [](const SideSummary& x) { return x.double_support_pct; }, adult_double,
      18.0, 28.0);
  add("Stance", "% cycle", 1, [](const SideSummary& x) { return x.stance_pct; }, adult_stance, 58.0, 66.0);
  // forces (the adult file has no force curves)
  add("Vertical GRF peak", "BW", 2, [](const SideSummary& x) { return x.grf_vertical_peak_bw; }, std::nullopt, 1.0,
      1.3);
  add("Vertical GRF humps in stance", "count", 0,
      [](const SideSummary& x) -> std::optional<double> {
        if (!x.grf_vertical_humps) return std::nullopt;
        return *x.grf_vertical_humps;
      },
      std::nullopt, 2.0, 2.0);
  add("Hip contact force peak", "BW", 2, [](const SideSummary& x) { return x.hip_contact_force_peak_bw; },
      std::nullopt, 2.0, 4.0);
  return rows;
}

void print_adult_check(std::ostream& out, const Summary& summary) {
  const AdultSpeedClass* adults = summary.norm_class;
  out << "Healthy-adult check (docs/metrics.md#healthy-adult-check): walked " << fixed_text(summary.speed_m_s, 2)
      << " m/s, v/h " << fixed_text(summary.speed_over_height_per_s, 2) << " 1/s; adults: "
      << (adults ? "class " + adults->name + " (v/h " + fixed_text(adults->speed_over_height_per_s, 2) + " 1/s)"
                 : std::string("none (no analysed cycles)"))
      << '\n';
  char buf[200];
  std::snprintf(buf, sizeof buf, "%-34s %-8s %8s %8s %8s  %-12s %-5s %-5s\n", "figure", "unit", "left", "right",
                "adults", "healthy", "left", "right");
  out << buf;
  for (const AdultCheckRow& r : adult_check_rows(summary)) {
    std::snprintf(buf, sizeof buf, "%-34s %-8s %8s %8s %8s  %-12s %-5s %-5s\n", r.label.c_str(), r.unit.c_str(),
                  fixed_text(r.value.left, r.decimals).c_str(), fixed_text(r.value.right, r.decimals).c_str(),
                  fixed_text(r.adults, r.decimals).c_str(), range_text(r).c_str(), r.verdict(Side::Left).c_str(),
                  r.verdict(Side::Right).c_str());
    out << buf;
  }
}

}  // namespace gait
