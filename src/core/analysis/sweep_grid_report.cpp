// Grid sweep outputs (CSV, JSON), shard headers, and the merge of shards.
#include "analysis/sweep_grid_report.h"

#include <cstdio>
#include <map>

#include "analysis/number_text.h"
#include "analysis/sweep_report.h"
#include "input_error.h"

namespace gait {
namespace {

std::string shard_csv_line(const ShardInfo& s) {
  return "# gaitsim sweep shard " + std::to_string(s.shard.index) + "/" + std::to_string(s.shard.count) +
         " cells " + std::to_string(s.cells.begin) + ":" + std::to_string(s.cells.end) + " of " +
         std::to_string(s.total) + " grid " + s.fingerprint;
}

/// `text` indented: every line after the first gets `spaces` more spaces.
std::string indent_after_first(const std::string& text, int spaces) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    out += c;
    if (c == '\n') out.append(static_cast<std::size_t>(spaces), ' ');
  }
  return out;
}

/// A shard's part: which one, from which file, and its rows (CSV lines or JSON rows).
template <typename Rows>
struct ShardPart {
  const ShardText* file = nullptr;
  ShardInfo info;
  Rows rows;
};

/// Checks that `parts` are the N shards of one sweep, each once, each with its cells' rows, and
/// returns them ordered by shard index.
template <typename Rows>
std::vector<ShardPart<Rows>> order_shards(std::vector<ShardPart<Rows>> parts) {
  if (parts.empty()) throw InputError("", 0, "", "no shard files given");
  const ShardPart<Rows>& first = parts.front();
  std::map<std::size_t, const ShardPart<Rows>*> by_index;
  for (const ShardPart<Rows>& p : parts) {
    const ShardInfo& s = p.info;
    const std::string& path = p.file->path;
    if (s.shard.count != first.info.shard.count || s.total != first.info.total ||
        s.fingerprint != first.info.fingerprint)
      throw InputError(path, 0, "",
                       "a shard of another sweep than " + first.file->path +
                           " (its scenario, --vary, --set, --change or --duration differ, or its N)");
    const CellRange expected = shard_cells(s.total, s.shard);
    if (s.shard.index < 1 || s.shard.index > s.shard.count || expected.begin != s.cells.begin ||
        expected.end != s.cells.end)
      throw InputError(path, 1, "", "its shard line does not describe a part of its grid");
    if (p.rows.size() != s.cells.end - s.cells.begin)
      throw InputError(path, 0, "",
                       "holds " + std::to_string(p.rows.size()) + " rows; shard " +
                           std::to_string(s.shard.index) + "/" + std::to_string(s.shard.count) + " has " +
                           std::to_string(s.cells.end - s.cells.begin) + " (an unfinished or edited file?)");
    const auto [it, inserted] = by_index.emplace(s.shard.index, &p);
    if (!inserted)
      throw InputError(path, 0, "",
                       "shard " + std::to_string(s.shard.index) + "/" + std::to_string(s.shard.count) +
                           " is given twice (also " + it->second->file->path + ")");
  }
  for (std::size_t i = 1; i <= first.info.shard.count; ++i)
    if (!by_index.count(i))
      throw InputError("", 0, "",
                       "shard " + std::to_string(i) + "/" + std::to_string(first.info.shard.count) +
                           " is missing (the merge needs all " + std::to_string(first.info.shard.count) +
                           ")");
  std::vector<ShardPart<Rows>> ordered;
  for (const auto& [index, p] : by_index) ordered.push_back(*p);
  return ordered;
}

/// The shard line of a CSV, read back; nullopt when it is not one.
std::optional<ShardInfo> parse_shard_csv_line(const std::string& line) {
  ShardInfo s;
  char fingerprint[17] = {};
  if (std::sscanf(line.c_str(), "# gaitsim sweep shard %zu/%zu cells %zu:%zu of %zu grid %16s", &s.shard.index,
                  &s.shard.count, &s.cells.begin, &s.cells.end, &s.total, fingerprint) != 6)
    return std::nullopt;
  s.fingerprint = fingerprint;
  if (shard_csv_line(s) != line) return std::nullopt;  // nothing before, between or after the fields
  return s;
}

}  // namespace

std::string grid_sweep_csv_header(const std::vector<std::string>& keys, const std::optional<ShardInfo>& shard) {
  std::string csv = shard ? shard_csv_line(*shard) + "\n" : std::string();
  if (keys.size() == 1) {
    csv += "value";
  } else {
    for (std::size_t k = 0; k < keys.size(); ++k) csv += (k ? "," : "") + keys[k];
  }
  return csv + sweep_csv_figures_header();
}

void append_grid_sweep_csv_row(std::string& csv, const std::vector<double>& point, const Summary& summary) {
  for (std::size_t k = 0; k < point.size(); ++k) {
    if (k) csv += ',';
    append_number(csv, point[k], 12);
  }
  append_sweep_csv_figures(csv, summary);
}

nlohmann::json grid_sweep_json_row(const std::vector<double>& point, const Summary& summary) {
  nlohmann::json row = {{"summary", summary_to_json(summary)}};
  if (point.size() == 1)
    row["value"] = point[0];
  else
    row["values"] = point;
  return row;
}

nlohmann::json grid_sweep_json_members(const std::vector<std::string>& keys,
                                       const std::optional<ShardInfo>& shard) {
  nlohmann::json m;
  m["vary"] = keys.size() == 1 ? nlohmann::json(keys[0]) : nlohmann::json(keys);
  if (shard)
    m["shard"] = {{"index", shard->shard.index}, {"count", shard->shard.count}, {"begin", shard->cells.begin},
                  {"end", shard->cells.end},     {"cells", shard->total},      {"fingerprint", shard->fingerprint}};
  return m;
}

JsonRowsWriter::JsonRowsWriter(TextSink& sink, nlohmann::json members) : sink_(sink), members_(std::move(members)) {
  // dump(2) writes an object's members in key order: those before "rows" first
  sink_.write("{\n");
  for (const auto& [key, value] : members_.items()) {
    if (key >= "rows") break;
    sink_.write("  " + nlohmann::json(key).dump() + ": " + indent_after_first(value.dump(2), 2) + ",\n");
  }
  sink_.write("  \"rows\": ");
}

void JsonRowsWriter::add(const nlohmann::json& row) {
  sink_.write((any_ ? ",\n    " : "[\n    ") + indent_after_first(row.dump(2), 4));
  any_ = true;
}

void JsonRowsWriter::finish() {
  sink_.write(any_ ? "\n  ]" : "[]");
  for (const auto& [key, value] : members_.items()) {
    if (key <= "rows") continue;
    sink_.write(",\n  " + nlohmann::json(key).dump() + ": " + indent_after_first(value.dump(2), 2));
  }
  sink_.write("\n}\n");
}

std::string merge_sweep_csv(const std::vector<ShardText>& shards) {
  std::vector<ShardPart<std::vector<std::string_view>>> parts;
  std::string header;
  for (const ShardText& f : shards) {
    ShardPart<std::vector<std::string_view>> p;
    p.file = &f;
    std::vector<std::string_view> lines;
    std::string_view rest = f.text;
    while (!rest.empty()) {
      const auto nl = rest.find('\n');
      if (nl == std::string_view::npos)
        throw InputError(f.path, static_cast<int>(lines.size()) + 1, "",
                         "the last line has no newline (an unfinished file?)");
      lines.push_back(rest.substr(0, nl + 1));
      rest.remove_prefix(nl + 1);
    }
    const std::optional<ShardInfo> info =
        lines.empty() ? std::nullopt : parse_shard_csv_line(std::string(lines[0].substr(0, lines[0].size() - 1)));
    if (!info)
      throw InputError(f.path, 1, "",
                       "not a shard's CSV (written by gaitsim sweep --shard I/N --csv FILE; its first line "
                       "is \"# gaitsim sweep shard ...\")");
    if (lines.size() < 2) throw InputError(f.path, 2, "", "the CSV header is missing");
    if (header.empty()) header = lines[1];
    if (lines[1] != header)
      throw InputError(f.path, 2, "", "its CSV header differs from " + shards.front().path + "'s");
    p.info = *info;
    p.rows.assign(lines.begin() + 2, lines.end());
    parts.push_back(std::move(p));
  }
  std::string csv = header;
  for (const auto& p : order_shards(std::move(parts)))
    for (const std::string_view line : p.rows) csv += line;
  return csv;
}

std::string merge_sweep_json(const std::vector<ShardText>& shards) {
  std::vector<ShardPart<nlohmann::json>> parts;
  nlohmann::json vary;
  for (const ShardText& f : shards) {
    const auto fail = [&f] {
      throw InputError(f.path, 0, "",
                       "not a shard's JSON (written by gaitsim sweep --shard I/N --json FILE; it has "
                       "\"rows\", \"shard\" and \"vary\")");
    };
    nlohmann::json j = nlohmann::json::parse(f.text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("shard") || !j.contains("rows") ||
        !j.contains("vary") || !j["rows"].is_array() || !j["shard"].is_object())
      fail();
    ShardPart<nlohmann::json> p;
    p.file = &f;
    try {
      const nlohmann::json& s = j["shard"];
      p.info.shard = {s.at("index").get<std::size_t>(), s.at("count").get<std::size_t>()};
      p.info.cells = {s.at("begin").get<std::size_t>(), s.at("end").get<std::size_t>()};
      p.info.total = s.at("cells").get<std::size_t>();
      p.info.fingerprint = s.at("fingerprint").get<std::string>();
    } catch (const nlohmann::json::exception&) {
      fail();
    }
    if (parts.empty()) vary = j["vary"];
    if (j["vary"] != vary)
      throw InputError(f.path, 0, "", "varies other keys than " + shards.front().path);
    p.rows = std::move(j["rows"]);
    parts.push_back(std::move(p));
  }
  StringSink out;
  JsonRowsWriter writer(out, {{"vary", vary}});
  for (const auto& p : order_shards(std::move(parts)))
    for (const nlohmann::json& row : p.rows) writer.add(row);
  writer.finish();
  return out.take();
}

}  // namespace gait
