// draw_random_times: std::mt19937_64 and a fixed mapping to seconds.
#include "grid/random_times.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace gait {

std::vector<double> draw_random_times(std::uint64_t seed, int count, double from_s, double to_s) {
  std::mt19937_64 engine(seed);
  std::vector<double> times;
  times.reserve(static_cast<std::size_t>(std::max(count, 0)));
  for (int i = 0; i < count; ++i) {
    // the top 53 bits as a double in [0, 1): exact, so no rounding depends on the platform
    const double u = static_cast<double>(engine() >> 11) * 0x1.0p-53;
    const double t = from_s + u * (to_s - from_s);
    times.push_back(std::clamp(std::round(t * 1000.0) / 1000.0, from_s, to_s));
  }
  return times;
}

}  // namespace gait
