#include "analysis/ghost_phase.h"

#include <algorithm>
#include <iterator>

namespace gait {

std::optional<double> patient_cycle_fraction(const LiveReadouts& patient, double now_s) {
  const SideReadout& r = patient.side[Side::Left];
  if (!r.last_contact_s || !r.last_cycle_start_s || !r.last_cycle_end_s) return std::nullopt;
  const double cycle_s = *r.last_cycle_end_s - *r.last_cycle_start_s;
  if (cycle_s <= 0) return std::nullopt;
  return std::clamp((now_s - *r.last_contact_s) / cycle_s, 0.0, 1.0);
}

const Frame& ghost_frame_in_phase(const std::vector<Frame>& ghost_history, const LiveReadouts& ghost,
                                  std::optional<double> fraction, const Frame& live) {
  const SideReadout& g = ghost.side[Side::Left];
  if (!fraction || !g.last_cycle_start_s || !g.last_cycle_end_s || ghost_history.empty()) return live;
  const double t = *g.last_cycle_start_s + *fraction * (*g.last_cycle_end_s - *g.last_cycle_start_s);
  const auto it = std::lower_bound(ghost_history.begin(), ghost_history.end(), t,
                                   [](const Frame& f, double time_s) { return f.time_s < time_s; });
  if (it == ghost_history.end()) return ghost_history.back();
  if (it != ghost_history.begin() && t - std::prev(it)->time_s < it->time_s - t) return *std::prev(it);
  return *it;
}

}  // namespace gait
