// Gait events from the vertical ground reaction force: a small state machine per foot.
#include "analysis/gait_events.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace gait {
namespace {

/// Tolerance on the 50 ms rule, so that a 50 ms interval summed from 10 ms steps still counts.
constexpr double kTimeTolerance_s = 1e-9;

/// Time at which the force crosses `threshold_N` between (a_s, fa) and (b_s, fb) (linear
/// interpolation).
double crossing_time(double a_s, double fa, double b_s, double fb, double threshold_N) {
  if (fb == fa) return b_s;
  return a_s + (threshold_N - fa) / (fb - fa) * (b_s - a_s);
}

}  // namespace

std::optional<GaitEvent> FootEventDetector::add(const Frame& cur) {
  const double f_N = cur.side[side_].grf_N.z;
  if (!started_) {
    started_ = true;
    state_ = f_N >= kContactOffForce_N ? State::Loaded : State::Dipping;
    below_since_s_ = cur.time_s;
    dip_from_loaded_ = false;
    prev_time_s_ = cur.time_s;
    prev_force_N_ = f_N;
    return std::nullopt;
  }
  std::optional<GaitEvent> event;
  switch (state_) {
    case State::Loaded:
      if (f_N < kContactOffForce_N) {
        state_ = State::Dipping;
        below_since_s_ = crossing_time(prev_time_s_, prev_force_N_, cur.time_s, f_N, kContactOffForce_N);
        dip_from_loaded_ = true;
      }
      break;
    case State::Dipping:
      if (f_N >= kContactOffForce_N) {
        state_ = State::Loaded;  // too short a dip: no event
      }
      break;
    case State::Swing:
      if (f_N > kContactOnForce_N) {
        event = GaitEvent{side_, GaitEvent::Kind::InitialContact,
                          crossing_time(prev_time_s_, prev_force_N_, cur.time_s, f_N, kContactOnForce_N)};
        state_ = State::Loaded;
      }
      break;
  }
  // a dip that has lasted long enough is a swing: its start was the toe-off
  if (state_ == State::Dipping && f_N < kContactOffForce_N &&
      cur.time_s - below_since_s_ >= kMinSwingTime_s - kTimeTolerance_s) {
    if (dip_from_loaded_) event = GaitEvent{side_, GaitEvent::Kind::ToeOff, below_since_s_};
    state_ = State::Swing;
  }
  prev_time_s_ = cur.time_s;
  prev_force_N_ = f_N;
  return event;
}

double FootEventDetector::horizon_s() const {
  if (!started_) return -std::numeric_limits<double>::infinity();
  return state_ == State::Dipping && dip_from_loaded_ ? below_since_s_ : prev_time_s_;
}

namespace {

/// One foot's events, in time order.
std::vector<GaitEvent> detect_foot_events(const std::vector<Frame>& frames, Side s) {
  std::vector<GaitEvent> events;
  FootEventDetector detector(s);
  for (const Frame& f : frames) {
    if (const std::optional<GaitEvent> e = detector.add(f)) events.push_back(*e);
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

void insert_gait_event(std::vector<GaitEvent>& events, const GaitEvent& e) {
  // from the end: events arrive nearly in time order
  auto it = events.end();
  while (it != events.begin()) {
    const GaitEvent& before = *std::prev(it);
    if (before.time_s < e.time_s ||
        (before.time_s == e.time_s && (before.side == Side::Left || e.side == Side::Right)))
      break;
    --it;
  }
  events.insert(it, e);
}

LeftRight<std::vector<TimeInterval>> foot_contact_intervals(const std::vector<Frame>& frames,
                                                            const std::vector<GaitEvent>& events) {
  if (frames.empty()) return {};
  LeftRight<bool> loaded_in_first_frame;
  for (Side s : kSides) loaded_in_first_frame[s] = frames.front().side[s].grf_N.z >= kContactOffForce_N;
  return foot_contact_intervals(frames.front().time_s, frames.back().time_s, loaded_in_first_frame, events);
}

LeftRight<std::vector<TimeInterval>> foot_contact_intervals(double first_s, double last_s,
                                                            LeftRight<bool> loaded_in_first_frame,
                                                            const std::vector<GaitEvent>& events) {
  LeftRight<std::vector<TimeInterval>> intervals;
  for (Side s : kSides) {
    // loaded at the start: the foot's first event is a toe-off, or it has none and bears weight
    const auto first =
        std::find_if(events.begin(), events.end(), [s](const GaitEvent& e) { return e.side == s; });
    const bool loaded_at_start =
        first != events.end() ? first->kind == GaitEvent::Kind::ToeOff : loaded_in_first_frame[s];
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
