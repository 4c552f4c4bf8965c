// Sweep grids: the Cartesian order of cells, shards that cover the grid exactly once, --shard errors,
// the streamed JSON writer against dump(2), and the merge of shard outputs (order, checks).
#include "sim/sweep_grid.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "analysis/sweep_grid_report.h"
#include "input_error.h"

namespace gait {
namespace {

std::string shard_error(const std::string& text) {
  try {
    parse_shard(text);
  } catch (const InputError& e) {
    return e.what();
  }
  FAIL("no InputError for --shard " << text);
  return "";
}

/// A shard's CSV with rows "r<cell>" for its cells, as sweep --shard writes them.
ShardText csv_shard(std::size_t index, std::size_t count, std::size_t cells, const std::string& fp = "00ff") {
  const Shard s{index, count};
  const CellRange r = shard_cells(cells, s);
  std::string text = grid_sweep_csv_header({"a", "b"}, ShardInfo{s, r, cells, fp});
  for (std::size_t c = r.begin; c < r.end; ++c) text += std::to_string(c) + ",row\n";
  return {"part" + std::to_string(index) + ".csv", text};
}

std::string merge_error(const std::vector<ShardText>& shards) {
  try {
    merge_sweep_csv(shards);
  } catch (const InputError& e) {
    return e.what();
  }
  FAIL("no InputError");
  return "";
}

}  // namespace

TEST_CASE("sweep grid: cells in nested-loop order with the last key fastest", "[unit]") {
  const SweepGrid grid =
      make_sweep_grid({"left.superior_gluteal_nerve=1:0:0.5", "gait.speed_m_s=0.8:1.6:0.4"});
  REQUIRE(grid.cell_count() == 9);
  CHECK(grid.keys() == std::vector<std::string>{"left.superior_gluteal_nerve", "gait.speed_m_s"});
  // independent answer: the nested loops themselves
  std::size_t c = 0;
  for (const double nerve : {1.0, 0.5, 0.0})
    for (const double speed : {0.8, 1.2, 1.6}) CHECK(grid.point(c++) == std::vector<double>{nerve, speed});
  CHECK(make_sweep_grid({"gait.compensation=0:1:0.5"}).cell_count() == 3);
}

TEST_CASE("sweep grid: a key varied twice or too many cells is one line naming the flag", "[unit]") {
  try {
    make_sweep_grid({"gait.compensation=0:1:0.5", "gait.compensation=0:1:1"});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) ==
          "--vary gait.compensation=0:1:1: gait.compensation: the key is already varied; give each key once");
  }
  try {
    make_sweep_grid({"gait.compensation=0:1:0.002", "left.gluteus_medius=0:1:0.002"});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK_THAT(e.what(), Catch::StartsWith("--vary left.gluteus_medius=0:1:0.002: the grid would have 251001 "
                                           "cells"));
  }
}

TEST_CASE("shards: N contiguous parts covering every cell once with sizes within one", "[unit]") {
  for (const std::size_t cells : {0u, 1u, 7u, 15u, 100u}) {
    for (const std::size_t n : {1u, 2u, 3u, 4u, 8u, 20u}) {
      INFO(cells << " cells in " << n << " shards");
      std::size_t next = 0, smallest = cells, largest = 0;
      for (std::size_t i = 1; i <= n; ++i) {
        const CellRange r = shard_cells(cells, Shard{i, n});
        CHECK(r.begin == next);
        CHECK(r.end >= r.begin);
        next = r.end;
        smallest = std::min(smallest, r.end - r.begin);
        largest = std::max(largest, r.end - r.begin);
      }
      CHECK(next == cells);
      CHECK(largest - smallest <= 1);
    }
  }
  CHECK(parse_shard("2/3").index == 2);
  CHECK(parse_shard("2/3").count == 3);
  CHECK(parse_shard("1/1").count == 1);
}

TEST_CASE("shards: bad --shard text gives one line naming the flag", "[unit]") {
  CHECK(shard_error("3/2") == "--shard 3/2: I must be 1 to N (2), got 3");
  CHECK(shard_error("0/4") == "--shard 0/4: I must be 1 to N (4), got 0");
  CHECK(shard_error("1/0") == "--shard 1/0: N must be 1 to 100000, got 0");
  for (const char* text : {"a/b", "1", "1/", "/2", "1/2/3", "-1/2", "1.5/2", " 1/2", "1/2x"})
    CHECK_THAT(shard_error(text), Catch::StartsWith("--shard " + std::string(text) + ": expected I/N"));
}

TEST_CASE("JSON rows writer: the same bytes as dump(2) of the whole object", "[unit]") {
  const nlohmann::json rows = nlohmann::json::array(
      {{{"value", 1.0}, {"summary", {{"x", {1, 2}}, {"y", nullptr}}}}, {{"value", 0.5}, {"summary", {}}}});
  for (const nlohmann::json& members :
       {nlohmann::json{{"vary", "k"}}, nlohmann::json{{"vary", {"a", "b"}}, {"shard", {{"index", 1}}}},
        nlohmann::json{{"alpha", {{"n", 1}}}, {"vary", "k"}}}) {
    for (const bool empty : {false, true}) {
      StringSink sink;
      JsonRowsWriter writer(sink, members);
      if (!empty)
        for (const nlohmann::json& row : rows) writer.add(row);
      writer.finish();
      nlohmann::json whole = members;
      whole["rows"] = empty ? nlohmann::json::array() : rows;
      CHECK(sink.text() == whole.dump(2) + "\n");
    }
  }
}

TEST_CASE("merge: shards in any order give the rows in cell order once", "[unit]") {
  std::string expected = grid_sweep_csv_header({"a", "b"}, std::nullopt);
  CHECK_THAT(expected, Catch::StartsWith("a,b,fell,stalled,"));
  for (std::size_t c = 0; c < 7; ++c) expected += std::to_string(c) + ",row\n";
  CHECK(merge_sweep_csv({csv_shard(3, 3, 7), csv_shard(1, 3, 7), csv_shard(2, 3, 7)}) == expected);
  CHECK(merge_sweep_csv({csv_shard(1, 1, 7)}) == expected);
  // more shards than cells: some are empty
  std::vector<ShardText> many;
  for (std::size_t i = 10; i >= 1; --i) many.push_back(csv_shard(i, 10, 7));
  CHECK(merge_sweep_csv(many) == expected);
}

TEST_CASE("merge: a missing, doubled, foreign or cut shard is one line naming it", "[unit]") {
  CHECK(merge_error({csv_shard(1, 3, 7), csv_shard(3, 3, 7)}) == "shard 2/3 is missing (the merge needs all 3)");
  ShardText again = csv_shard(1, 3, 7);
  again.path = "copy.csv";
  CHECK(merge_error({csv_shard(1, 3, 7), again, csv_shard(2, 3, 7)}) ==
        "copy.csv: shard 1/3 is given twice (also part1.csv)");
  CHECK_THAT(merge_error({csv_shard(1, 2, 7), csv_shard(2, 2, 7, "00fe")}),
             Catch::StartsWith("part2.csv: a shard of another sweep than part1.csv"));
  ShardText cut = csv_shard(2, 2, 7);
  cut.text.erase(cut.text.rfind("6,row"));
  CHECK(merge_error({csv_shard(1, 2, 7), cut}) ==
        "part2.csv: holds 2 rows; shard 2/2 has 3 (an unfinished or edited file?)");
  ShardText plain{"whole.csv", "value,fell\n1,0\n"};
  CHECK_THAT(merge_error({plain}), Catch::StartsWith("whole.csv:1: not a shard's CSV"));
}

}  // namespace gait
