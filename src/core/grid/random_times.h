// Reproducible "random" times for grid cells (README, gaitsim grid: [[random_change]]): the same seed
// gives the same times on every standard library, because std::mt19937_64's output is fixed by the
// C++ standard while std::uniform_real_distribution's is not.
#pragma once

#include <cstdint>
#include <vector>

namespace gait {

/// `count` times in [from_s, to_s] from std::mt19937_64 seeded with `seed`: draw i maps the 64-bit
/// output x_i to u = (x_i >> 11) * 2^-53 in [0, 1), then t = from_s + u * (to_s - from_s), rounded to
/// the millisecond (so the time written as text reads back exactly). In draw order, not sorted.
std::vector<double> draw_random_times(std::uint64_t seed, int count, double from_s, double to_s);

}  // namespace gait
