// Live read-outs from the Frame history through the analysis functions (gait events, cycles,
// single stances, pelvic drop, trunk lean, Trendelenburg sign, cycle curves).
#include "analysis/live_readouts.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "analysis/cycle_metrics.h"
#include "analysis/gait_cycles.h"
#include "analysis/spatiotemporal.h"

namespace gait {

namespace {

struct PhaseInfo {
  std::string_view name, abbreviation;
  double start_pct;
};
constexpr std::array<PhaseInfo, kNumGaitPhases> kPhases = {{{"Initial contact", "IC", 0},
                                                            {"Loading response", "LR", 2},
                                                            {"Mid stance", "MSt", 12},
                                                            {"Terminal stance", "TSt", 31},
                                                            {"Pre-swing", "PSw", 50},
                                                            {"Initial swing", "ISw", 62},
                                                            {"Mid swing", "MSw", 75},
                                                            {"Terminal swing", "TSw", 87}}};

/// The latest event of `side` and `kind` at or before `t_s`.
std::optional<double> last_event(const std::vector<GaitEvent>& events, Side side, GaitEvent::Kind kind, double t_s) {
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    if (it->side == side && it->kind == kind && it->time_s <= t_s) return it->time_s;
  return std::nullopt;
}

/// Perry's phase of `side` at `t_s` from the events so far and the last cycle's timing.
std::optional<GaitPhase> current_phase(const std::vector<GaitEvent>& events, const std::vector<GaitCycle>& cycles,
                                       Side side, double t_s) {
  using K = GaitEvent::Kind;
  const auto ic = last_event(events, side, K::InitialContact, t_s);
  const auto to = last_event(events, side, K::ToeOff, t_s);
  if (!ic && !to) return std::nullopt;
  // typical durations from the last complete cycle (a 1.1 s cycle until there is one)
  double cycle_s = 1.1, single_s = 0.4, swing_s = 0.42;
  if (!cycles.empty()) {
    const GaitCycle& c = cycles.back();
    cycle_s = c.duration_s();
    swing_s = c.end_s - c.toe_off_s;
    if (c.is_regular) single_s = c.single_stance().duration_s();
  }
  const Side other_side = other(side);
  if (ic && (!to || *ic > *to)) {  // stance
    const double since = t_s - *ic;
    if (since < 0.02 * cycle_s) return GaitPhase::InitialContact;
    const auto other_off = last_event(events, other_side, K::ToeOff, t_s);
    const auto other_on = last_event(events, other_side, K::InitialContact, t_s);
    if (!other_off || *other_off < *ic) return GaitPhase::LoadingResponse;
    if (other_on && *other_on > *other_off) return GaitPhase::PreSwing;
    return t_s - *other_off < 0.5 * single_s ? GaitPhase::MidStance : GaitPhase::TerminalStance;
  }
  const double f = (t_s - *to) / std::max(swing_s, 0.1);
  return f < 1.0 / 3 ? GaitPhase::InitialSwing : f < 2.0 / 3 ? GaitPhase::MidSwing : GaitPhase::TerminalSwing;
}

}  // namespace

std::string_view gait_phase_name(GaitPhase phase) { return kPhases[static_cast<int>(phase)].name; }
std::string_view gait_phase_abbreviation(GaitPhase phase) { return kPhases[static_cast<int>(phase)].abbreviation; }
double gait_phase_start_pct(GaitPhase phase) { return kPhases[static_cast<int>(phase)].start_pct; }

LiveReadouts compute_live_readouts(const std::vector<Frame>& history, double mass_kg) {
  LiveReadouts out;
  if (history.size() < 2) return out;
  const GaitCycleSet set = find_gait_cycles(history);
  const std::vector<SingleStance> stances = find_single_stances(set.events, set.contact);
  const double now_s = history.back().time_s;
  double distance_m = 0, duration_s = 0;  // over the plotted cycles, for speed_m_s

  for (Side s : kSides) {
    SideReadout& r = out.side[s];
    // the last complete single stance on this side
    for (auto it = stances.rbegin(); it != stances.rend(); ++it) {
      if (it->side != s) continue;
      r.pelvic_drop_deg = pelvic_drop_deg(history, s, it->interval);
      r.trunk_lean_deg = trunk_lean_deg(history, s, it->interval);
      r.sign = classify_trendelenburg(*r.pelvic_drop_deg, *r.trunk_lean_deg);
      r.last_stance_end_s = it->interval.end_s;
      break;
    }
    r.phase = current_phase(set.events, set.all[s], s, now_s);
    if (const auto ic = last_event(set.events, s, GaitEvent::Kind::InitialContact, now_s)) {
      const double cycle_s = set.all[s].empty() ? 1.1 : set.all[s].back().duration_s();
      r.cycle_pct = std::clamp(100.0 * (now_s - *ic) / cycle_s, 0.0, 100.0);
      r.last_contact_s = *ic;
    }
    for (auto it = set.all[s].rbegin(); it != set.all[s].rend(); ++it)
      if (it->is_regular) {
        r.last_cycle_start_s = it->start_s;
        r.last_cycle_end_s = it->end_s;
        break;
      }

    // the most recent regular cycles, for the plots
    std::vector<GaitCycle> recent;
    for (auto it = set.all[s].rbegin(); it != set.all[s].rend() && static_cast<int>(recent.size()) < kPlottedCycles;
         ++it)
      if (it->is_regular) recent.insert(recent.begin(), *it);
    if (recent.empty()) continue;
    LeftRight<std::vector<GaitCycle>> selected;
    selected[s] = recent;
    const CycleCurves curves = compute_cycle_curves(history, selected, mass_kg);
    r.curves = curves.side[s];
    r.cycles = static_cast<int>(recent.size());
    double toe_off = 0;
    for (const GaitCycle& c : recent) toe_off += 100.0 * (c.toe_off_s - c.start_s) / c.duration_s();
    r.toe_off_pct = toe_off / static_cast<double>(recent.size());
    for (const GaitCycle& c : recent) {
      const Vec3 from = positions_at(history, s, c.start_s).pelvis_m;
      const Vec3 to = positions_at(history, s, c.end_s).pelvis_m;
      distance_m += std::hypot(to.x - from.x, to.y - from.y);
      duration_s += c.duration_s();
    }
  }
  if (duration_s > 0) out.speed_m_s = distance_m / duration_s;
  return out;
}

}  // namespace gait
