// Gait cycles, their selection, single-stance intervals and resampling to 0-100 % of the cycle.
#include "analysis/gait_cycles.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace gait {
namespace {

using Kind = GaitEvent::Kind;

/// Time of the first event of `side` and `kind` with after_s < time < before_s, if any. `events` is in
/// time order, so the search starts with a binary search (long runs have thousands of events).
std::optional<double> first_event(const std::vector<GaitEvent>& events, Side side, Kind kind, double after_s,
                                  double before_s) {
  auto it = std::upper_bound(events.begin(), events.end(), after_s,
                             [](double t, const GaitEvent& e) { return t < e.time_s; });
  for (; it != events.end() && it->time_s < before_s; ++it) {
    if (it->side == side && it->kind == kind) return it->time_s;
  }
  return std::nullopt;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

}  // namespace

std::optional<GaitCycle> make_gait_cycle(const std::vector<GaitEvent>& events, Side side, double start_s,
                                         double end_s) {
  GaitCycle c;
  c.side = side;
  c.start_s = start_s;
  c.end_s = end_s;
  // the detector alternates contact and toe-off, so a toe-off lies between two contacts
  const std::optional<double> toe_off = first_event(events, side, Kind::ToeOff, c.start_s, c.end_s);
  if (!toe_off) return std::nullopt;
  c.toe_off_s = *toe_off;
  const Side o = other(side);
  c.contralateral_toe_off_s = first_event(events, o, Kind::ToeOff, c.start_s, c.end_s);
  if (c.contralateral_toe_off_s) {
    c.contralateral_contact_s =
        first_event(events, o, Kind::InitialContact, *c.contralateral_toe_off_s, c.end_s);
  }
  c.is_regular = c.contralateral_toe_off_s && c.contralateral_contact_s &&
                 *c.contralateral_toe_off_s < c.toe_off_s && *c.contralateral_contact_s <= c.toe_off_s;
  return c;
}

std::vector<GaitCycle> extract_gait_cycles(const std::vector<GaitEvent>& events, Side side) {
  std::vector<double> contacts_s;
  for (const GaitEvent& e : events) {
    if (e.side == side && e.kind == Kind::InitialContact) contacts_s.push_back(e.time_s);
  }
  std::vector<GaitCycle> cycles;
  for (std::size_t k = 0; k + 1 < contacts_s.size(); ++k) {
    if (const std::optional<GaitCycle> c = make_gait_cycle(events, side, contacts_s[k], contacts_s[k + 1]))
      cycles.push_back(*c);
  }
  return cycles;
}

std::vector<GaitCycle> select_analysed_cycles(const std::vector<GaitCycle>& cycles) {
  std::vector<GaitCycle> kept;
  for (std::size_t k = kDiscardedCycles; k < cycles.size(); ++k) {
    if (cycles[k].is_regular) kept.push_back(cycles[k]);
  }
  if (kept.empty()) return kept;
  std::vector<double> durations_s;
  for (const GaitCycle& c : kept) durations_s.push_back(c.duration_s());
  const double median_s = median(durations_s);
  std::erase_if(kept, [median_s](const GaitCycle& c) {
    return std::abs(c.duration_s() - median_s) > kMaxCycleDurationDeviation_frac * median_s;
  });
  return kept;
}

GaitCycleSet find_gait_cycles(const std::vector<Frame>& frames) {
  GaitCycleSet set;
  set.events = detect_gait_events(frames);
  set.contact = foot_contact_intervals(frames, set.events);
  for (Side s : kSides) {
    set.all[s] = extract_gait_cycles(set.events, s);
    set.analysed[s] = select_analysed_cycles(set.all[s]);
  }
  return set;
}

std::vector<SingleStance> find_single_stances(const std::vector<GaitEvent>& events,
                                              const LeftRight<std::vector<TimeInterval>>& contact) {
  std::vector<SingleStance> stances;
  for (const GaitEvent& lift : events) {
    if (lift.kind != Kind::ToeOff) continue;
    const Side stance = other(lift.side);
    // the stance foot's contact interval at the moment the other foot lifts off
    const auto& intervals = contact[stance];
    // (sorted and disjoint: the last one starting at or before the lift-off)
    auto it = std::upper_bound(intervals.begin(), intervals.end(), lift.time_s,
                               [](double t, const TimeInterval& iv) { return t < iv.start_s; });
    if (it == intervals.begin() || std::prev(it)->end_s < lift.time_s) continue;  // both feet off: none
    const TimeInterval& loaded = *std::prev(it);
    const std::optional<double> land =
        first_event(events, lift.side, Kind::InitialContact, lift.time_s, loaded.end_s);
    if (!land) continue;  // the run ended, or the stance foot lifted first
    stances.push_back({stance, {lift.time_s, *land}});
  }
  return stances;
}

CycleCurve resample(const std::vector<Frame>& frames, const GaitCycle& cycle, const FrameSignal& signal) {
  CycleCurve curve{};
  for (int k = 0; k < kCyclePoints; ++k) {
    const double t_s = cycle.start_s + cycle.duration_s() * k / (kCyclePoints - 1);
    curve[static_cast<std::size_t>(k)] = value_at(frames, t_s, signal);
  }
  return curve;
}

std::optional<CycleStats> mean_and_sd(const std::vector<CycleCurve>& curves) {
  if (curves.empty()) return std::nullopt;
  CycleStats stats;
  stats.count = static_cast<int>(curves.size());
  const double n = static_cast<double>(curves.size());
  for (std::size_t k = 0; k < kCyclePoints; ++k) {
    double sum = 0;
    for (const CycleCurve& c : curves) sum += c[k];
    const double mean = sum / n;
    double sq = 0;
    for (const CycleCurve& c : curves) sq += (c[k] - mean) * (c[k] - mean);
    stats.mean[k] = mean;
    stats.sd[k] = curves.size() > 1 ? std::sqrt(sq / (n - 1)) : 0.0;
  }
  return stats;
}

}  // namespace gait
