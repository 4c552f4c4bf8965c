// Spatiotemporal figures and the stall criterion.
#include "analysis/spatiotemporal.h"

#include <algorithm>
#include <cmath>

namespace gait {
namespace {

/// A point of the world interpolated at time t_s from a Vec3 field of the Frames.
Vec3 position_at(const std::vector<Frame>& frames, double t_s, Vec3 (*read)(const Frame&)) {
  return {value_at(frames, t_s, [read](const Frame& f) { return read(f).x; }),
          value_at(frames, t_s, [read](const Frame& f) { return read(f).y; }),
          value_at(frames, t_s, [read](const Frame& f) { return read(f).z; })};
}

Vec3 pelvis(const Frame& f) {
  return f.pelvis_position_m;
}
Vec3 left_ankle(const Frame& f) {
  return f.side.left.ankle_center_m;
}
Vec3 right_ankle(const Frame& f) {
  return f.side.right.ankle_center_m;
}

/// The horizontal (x, y) part of a displacement.
Vec3 horizontal(const Vec3& v) {
  return {v.x, v.y, 0};
}

std::optional<double> mean_of(const std::vector<double>& v) {
  if (v.empty()) return std::nullopt;
  double sum = 0;
  for (double x : v) sum += x;
  return sum / static_cast<double>(v.size());
}

}  // namespace

std::optional<double> previous_contact(const std::vector<GaitEvent>& events, Side side, double t_s) {
  auto it = std::lower_bound(events.begin(), events.end(), t_s,
                             [](const GaitEvent& e, double t) { return e.time_s < t; });
  while (it != events.begin()) {
    --it;
    if (it->side == side && it->kind == GaitEvent::Kind::InitialContact) return it->time_s;
  }
  return std::nullopt;
}

ContactPositions positions_at(const std::vector<Frame>& frames, Side foot, double t_s) {
  return {position_at(frames, t_s, pelvis),
          position_at(frames, t_s, foot == Side::Left ? left_ankle : right_ankle)};
}

CycleSpatial measure_cycle_spatial(const GaitCycle& cycle, const ContactPositions& start,
                                   const ContactPositions& end, const std::optional<Vec3>& other_ankle_m) {
  CycleSpatial out;
  const Vec3 travel = horizontal(end.pelvis_m - start.pelvis_m);
  out.distance_m = norm(travel);
  out.duration_s = cycle.duration_s();
  out.stride_m = norm(horizontal(end.ankle_m - start.ankle_m));
  // step width: this foot's landing against where the other foot landed last
  if (other_ankle_m) {
    const Vec3 dir = norm(travel) > 0 ? normalized(travel) : Vec3{1, 0, 0};
    const Vec3 d = start.ankle_m - *other_ankle_m;
    out.width_m = std::abs(dir.x * d.y - dir.y * d.x);
  }
  return out;
}

Spatiotemporal combine_spatiotemporal(const std::vector<CycleSpatial>& cycles) {
  Spatiotemporal out;
  double distance_m = 0, time_s = 0;
  std::vector<double> strides_m, widths_m;
  for (const CycleSpatial& c : cycles) {
    distance_m += c.distance_m;
    time_s += c.duration_s;
    strides_m.push_back(c.stride_m);
    if (c.width_m) widths_m.push_back(*c.width_m);
  }
  if (time_s <= 0) return out;
  const double n_cycles = static_cast<double>(strides_m.size());
  out.speed_m_s = distance_m / time_s;
  out.cadence_steps_min = 2.0 * 60.0 / (time_s / n_cycles);
  out.stride_length_m = mean_of(strides_m);
  out.step_width_m = mean_of(widths_m);
  return out;
}

Spatiotemporal measure_spatiotemporal(const std::vector<Frame>& frames, const GaitCycleSet& cycles) {
  std::vector<CycleSpatial> per_cycle;
  for (Side s : kSides) {
    for (const GaitCycle& c : cycles.analysed[s]) {
      const std::optional<double> other_contact_s = previous_contact(cycles.events, other(s), c.start_s);
      std::optional<Vec3> other_ankle_m;
      if (other_contact_s) other_ankle_m = positions_at(frames, other(s), *other_contact_s).ankle_m;
      per_cycle.push_back(measure_cycle_spatial(c, positions_at(frames, s, c.start_s),
                                                positions_at(frames, s, c.end_s), other_ankle_m));
    }
  }
  return combine_spatiotemporal(per_cycle);
}

double final_forward_speed_m_s(const std::vector<Frame>& frames) {
  if (frames.size() < 2) return 0;
  return final_forward_speed_m_s(frames, frames.front().time_s);
}

double final_forward_speed_m_s(const std::vector<Frame>& frames, double first_s) {
  if (frames.empty()) return 0;
  const Frame& last = frames.back();
  const double start_s = std::max(first_s, last.time_s - kStallWindow_s);
  const double span_s = last.time_s - start_s;
  if (span_s <= 0) return 0;
  const double start_x_m = value_at(frames, start_s, [](const Frame& f) { return f.pelvis_position_m.x; });
  return (last.pelvis_position_m.x - start_x_m) / span_s;
}

bool is_stalled(const std::vector<Frame>& frames) {
  // a run with less than two Frames has no speed to judge
  return frames.size() >= 2 && final_forward_speed_m_s(frames) < kStallSpeed_m_s;
}

}  // namespace gait
