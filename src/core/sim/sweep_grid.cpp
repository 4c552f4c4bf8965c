// Cartesian grids of --vary ranges and their shards.
#include "sim/sweep_grid.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "input_error.h"

namespace gait {

std::size_t SweepGrid::cell_count() const {
  if (axis_values.empty()) return 0;
  std::size_t n = 1;
  for (const std::vector<double>& v : axis_values) n *= v.size();
  return n;
}

std::vector<double> SweepGrid::point(std::size_t c) const {
  std::vector<double> p(axis_values.size());
  // the last axis is the fastest digit
  for (std::size_t k = axis_values.size(); k-- > 0;) {
    const std::size_t n = axis_values[k].size();
    p[k] = axis_values[k][c % n];
    c /= n;
  }
  return p;
}

std::vector<std::string> SweepGrid::keys() const {
  std::vector<std::string> keys;
  for (const SweepRange& r : axes) keys.push_back(r.key);
  return keys;
}

SweepGrid make_sweep_grid(const std::vector<std::string>& vary_texts) {
  SweepGrid grid;
  double cells = 1;
  for (const std::string& text : vary_texts) {
    SweepRange range = parse_sweep_range(text);
    for (const SweepRange& earlier : grid.axes)
      if (earlier.key == range.key)
        throw InputError("--vary " + text, 0, range.key, "the key is already varied; give each key once");
    grid.axis_values.push_back(sweep_values(range));
    cells *= static_cast<double>(grid.axis_values.back().size());
    if (cells > static_cast<double>(kMaxGridCells)) {
      char count[64];
      std::snprintf(count, sizeof count, "%.0f", cells);
      throw InputError("--vary " + text, 0, "",
                       "the grid would have " + std::string(count) + " cells; a sweep takes at most " +
                           std::to_string(kMaxGridCells));
    }
    grid.axes.push_back(std::move(range));
  }
  return grid;
}

Shard parse_shard(std::string_view text) {
  const auto fail = [&text](const std::string& why) {
    throw InputError("--shard " + std::string(text), 0, "", why);
  };
  const auto slash = text.find('/');
  const auto whole = [](std::string_view t, std::size_t& out) {
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
    return !t.empty() && ec == std::errc() && ptr == t.data() + t.size();
  };
  Shard s;
  if (slash == std::string_view::npos || !whole(text.substr(0, slash), s.index) ||
      !whole(text.substr(slash + 1), s.count))
    fail("expected I/N, two whole numbers, e.g. --shard 2/8 (the second of 8 parts)");
  if (s.count < 1 || s.count > kMaxShards)
    fail("N must be 1 to " + std::to_string(kMaxShards) + ", got " + std::to_string(s.count));
  if (s.index < 1 || s.index > s.count)
    fail("I must be 1 to N (" + std::to_string(s.count) + "), got " + std::to_string(s.index));
  return s;
}

CellRange shard_cells(std::size_t cells, const Shard& s) {
  const std::size_t base = cells / s.count;
  const std::size_t extra = cells % s.count;
  const std::size_t i = s.index - 1;
  CellRange r;
  r.begin = i * base + std::min(i, extra);
  r.end = r.begin + base + (i < extra ? 1 : 0);
  return r;
}

std::uint64_t fnv1a_64(std::string_view bytes, std::uint64_t hash) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string hex_64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace gait
