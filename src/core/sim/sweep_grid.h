// Sweep grids (README "Grids and shards"): the Cartesian product of several --vary ranges, and the
// I-th of N equal, contiguous parts of it (--shard I/N), so one grid can run on many machines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/sweep.h"

namespace gait {

/// At most this many cells in one grid (every --vary's values multiplied); a shard runs a part.
inline constexpr std::size_t kMaxGridCells = 100000;

/// The grid of one sweep: one axis per --vary, in the order given.
struct SweepGrid {
  std::vector<SweepRange> axes;
  std::vector<std::vector<double>> axis_values;  ///< sweep_values of each axis
  /// Cells in all; cell c has axis k at axis_values[k][digit k of c], the last axis varying fastest
  /// (row-major order, as nested loops over the axes in the order given).
  std::size_t cell_count() const;
  /// The value of every axis at cell `c` (< cell_count()).
  std::vector<double> point(std::size_t c) const;
  /// The varied keys, in axis order.
  std::vector<std::string> keys() const;
};

/// Parses every --vary text (parse_sweep_range) into a grid. Throws InputError naming the flag when a
/// key is varied twice or the grid has more than kMaxGridCells cells.
SweepGrid make_sweep_grid(const std::vector<std::string>& vary_texts);

/// --shard I/N: part `index` (1-based) of `count`.
struct Shard {
  std::size_t index = 1;
  std::size_t count = 1;
};

/// At most this many shards (a Slurm array or a GNU parallel run; more would be a typo).
inline constexpr std::size_t kMaxShards = 100000;

/// Parses "I/N" with whole numbers 1 <= I <= N <= kMaxShards. Throws InputError naming "--shard TEXT".
Shard parse_shard(std::string_view text);

/// The cells [begin, end) shard `s` runs of `cells`: the I-th of N contiguous parts whose sizes differ
/// by at most one (the first cells % N parts take one more). A part may be empty when N > cells.
struct CellRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};
CellRange shard_cells(std::size_t cells, const Shard& s);

/// FNV-1a, 64 bit (Fowler, Noll and Vo; IETF draft-eastlake-fnv): a fingerprint that tells shards of
/// one sweep from shards of another, not a cryptographic hash.
std::uint64_t fnv1a_64(std::string_view bytes, std::uint64_t hash = 14695981039346656037ull);

/// 16 lower-case hex digits.
std::string hex_64(std::uint64_t v);

}  // namespace gait
