// Gait events from the vertical ground reaction force: a small state machine per foot.
#include "analysis/gait_events.h"

#include <algorithm>

namespace gait {
namespace {

/// Tolerance on the 50 ms rule, so that a 50 ms interval summed from 10 ms steps still counts.
constexpr double kTimeTolerance_s = 1e-9;

/// Time at which the force crosses `threshold_N` between Frames a and b (linear interpolation).
double crossing_time(const Frame& a, const Frame& b, Side s, double threshold_N) {
  const double fa = a.side[s].grf_N.z;
  const double fb = b.side[s].grf_N.z;
  if (fb == fa) return b.time_s;
  return a.time_s + (threshold_N - fa) / (fb - fa) * (b.time_s - a.time_s);
}

/// One foot's events, in time order.
std::vector<GaitEvent> detect_foot_events(const std::vector<Frame>& frames, Side s) {
  std::vector<GaitEvent> events;
  if (frames.empty()) return events;

  // Loaded: in contact. Dipping: below 10 N for less than 50 ms so far (a dip, or the start of a
  // swing). Swing: below 10 N for 50 ms at some point since the last contact: armed for the next
  // initial contact, which needs the force above 30 N (hysteresis between 10 and 30 N).
  enum class State { Loaded, Dipping, Swing };
  State state = frames.front().side[s].grf_N.z >= kContactOffForce_N ? State::Loaded : State::Dipping;
  double below_since_s = frames.front().time_s;  // start of the current below-10-N interval
  bool dip_from_loaded = false;                  // a toe-off is due if the dip lasts (not at the start)

  for (std::size_t i = 1; i < frames.size(); ++i) {
    const Frame& prev = frames[i - 1];
    const Frame& cur = frames[i];
    const double f_N = cur.side[s].grf_N.z;
    switch (state) {
      case State::Loaded:
        if (f_N < kContactOffForce_N) {
          state = State::Dipping;
          below_since_s = crossing_time(prev, cur, s, kContactOffForce_N);
          dip_from_loaded = true;
        }
        break;
      case State::Dipping:
        if (f_N >= kContactOffForce_N) {
          state = State::Loaded;  // too short a dip: no event
        }
        break;
      case State::Swing:
        if (f_N > kContactOnForce_N) {
          events.push_back(
              {s, GaitEvent::Kind::InitialContact, crossing_time(prev, cur, s, kContactOnForce_N)});
          state = State::Loaded;
        }
        break;
    }
    // a dip that has lasted long enough is a swing: its start was the toe-off
    if (state == State::Dipping && f_N < kContactOffForce_N &&
        cur.time_s - below_since_s >= kMinSwingTime_s - kTimeTolerance_s) {
      if (dip_from_loaded) events.push_back({s, GaitEvent::Kind::ToeOff, below_since_s});
      state = State::Swing;
    }
  }
  return events;
}

}  // namespace

std::vector<GaitEvent> detect_gait_events(const std::vector<Frame>& frames) {
  std::vector<GaitEvent> events = detect_foot_events(frames, Side::Left);
  const std::vector<GaitEvent> right = detect_foot_events(frames, Side::Right);
  events.insert(events.end(), right.begin(), right.end());
  // stable: at equal times the left foot's event comes first
  std::stable_sort(events.begin(), events.end(),
                   [](const GaitEvent& a, const GaitEvent& b) { return a.time_s < b.time_s; });
  return events;
}

LeftRight<std::vector<TimeInterval>> foot_contact_intervals(const std::vector<Frame>& frames,
                                                            const std::vector<GaitEvent>& events) {
  LeftRight<std::vector<TimeInterval>> intervals;
  if (frames.empty()) return intervals;
  const double first_s = frames.front().time_s;
  const double last_s = frames.back().time_s;
  for (Side s : kSides) {
    // loaded at the start: the foot's first event is a toe-off, or it has none and bears weight
    const auto first =
        std::find_if(events.begin(), events.end(), [s](const GaitEvent& e) { return e.side == s; });
    const bool loaded_at_start = first != events.end() ? first->kind == GaitEvent::Kind::ToeOff
                                                       : frames.front().side[s].grf_N.z >= kContactOffForce_N;
    bool loaded = loaded_at_start;
    double since_s = first_s;
    for (const GaitEvent& e : events) {
      if (e.side != s) continue;
      if (e.kind == GaitEvent::Kind::InitialContact) {
        loaded = true;
        since_s = e.time_s;
      } else if (loaded) {
        intervals[s].push_back({since_s, e.time_s});
        loaded = false;
      }
    }
    if (loaded) intervals[s].push_back({since_s, last_s});
  }
  return intervals;
}

std::vector<LeftRight<bool>> foot_contact_flags(const std::vector<Frame>& frames,
                                                const std::vector<GaitEvent>& events) {
  const LeftRight<std::vector<TimeInterval>> intervals = foot_contact_intervals(frames, events);
  std::vector<LeftRight<bool>> flags(frames.size());
  for (Side s : kSides) {
    // both sequences are sorted: walk them together
    std::size_t k = 0;
    const std::vector<TimeInterval>& iv = intervals[s];
    for (std::size_t i = 0; i < frames.size(); ++i) {
      const double t = frames[i].time_s;
      while (k < iv.size() && iv[k].end_s < t) ++k;
      flags[i][s] = k < iv.size() && iv[k].start_s <= t;
    }
  }
  return flags;
}

}  // namespace gait
