// The outputs of a sweep over a grid of keys (README "Grids and shards"): the CSV and JSON of one
// --vary (sweep_report.h) generalised to several, a shard's part of them with a line saying which
// part it is, and the merge of all parts into exactly the file the unsharded sweep writes.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "io/text_sink.h"
#include "sim/sweep_grid.h"

namespace gait {

/// Which part of which sweep a shard's output holds.
struct ShardInfo {
  Shard shard;
  CellRange cells;          ///< the cells it ran, [begin, end)
  std::size_t total = 0;    ///< the grid's cells
  std::string fingerprint;  ///< hex_64 of the scenario file and the sweep's flags: one sweep's shards agree
};

/// The CSV header: one column per varied key ("value" when only one is varied, as sweep_csv), then
/// sweep_csv's figures. A shard's CSV starts with one more line,
/// "# gaitsim sweep shard I/N cells B:E of T grid FINGERPRINT".
std::string grid_sweep_csv_header(const std::vector<std::string>& keys, const std::optional<ShardInfo>& shard);

/// Appends one row: the point's values, then the figures of `summary`.
void append_grid_sweep_csv_row(std::string& csv, const std::vector<double>& point, const Summary& summary);

/// One JSON row: {"summary": ..., "value": V} for one key (as sweep_to_json), {"summary": ...,
/// "values": [V1, V2, ...]} for several.
nlohmann::json grid_sweep_json_row(const std::vector<double>& point, const Summary& summary);

/// Writes a JSON object whose "rows" member is an array given one element at a time, with the same
/// bytes as the whole object's dump(2) and a newline: a wide sweep need not hold every row.
class JsonRowsWriter {
 public:
  /// `members`: every member but "rows", e.g. {"vary": KEY}.
  JsonRowsWriter(TextSink& sink, nlohmann::json members);
  void add(const nlohmann::json& row);
  /// After the last row.
  void finish();

 private:
  TextSink& sink_;
  nlohmann::json members_;
  bool any_ = false;
};

/// The members besides "rows" of a sweep's JSON: "vary" (the key, or the array of keys when there are
/// several) and, for a shard, "shard": {begin, cells, count, end, fingerprint, index}.
nlohmann::json grid_sweep_json_members(const std::vector<std::string>& keys,
                                       const std::optional<ShardInfo>& shard);

/// One shard output as read from a file: its name (for messages) and content.
struct ShardText {
  std::string path;
  std::string text;
};

/// Joins every shard's CSV (all N, any order) into the CSV the unsharded sweep writes. Throws
/// InputError naming the file when one is not a shard CSV, belongs to another sweep, is given twice,
/// is missing or has the wrong number of rows.
std::string merge_sweep_csv(const std::vector<ShardText>& shards);

/// As merge_sweep_csv, for the shards' JSON.
std::string merge_sweep_json(const std::vector<ShardText>& shards);

}  // namespace gait
