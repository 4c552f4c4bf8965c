// gaitsim merge SHARD... -o FILE: join the --csv (or --json) outputs of every `sweep --shard I/N` into
// exactly the file the unsharded sweep writes (README "Grids and shards").
#include <CLI/CLI.hpp>
#include <fstream>
#include <memory>
#include <sstream>

#include "analysis/sweep_grid_report.h"
#include "cli_common.h"
#include "input_error.h"
#include "interrupt.h"
#include "io/output_file.h"

namespace gait {
namespace {

struct MergeArgs {
  std::vector<std::string> shards;
  std::string out_path;
};

ShardText read_shard(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "", "cannot open file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw InputError(path, 0, "", "cannot read file");
  return {path, text.str()};
}

int merge_command(const MergeArgs& args) {
  std::vector<ShardText> shards;
  for (const std::string& path : args.shards) shards.push_back(read_shard(path));
  // CSV shards start with their "# gaitsim sweep shard" line, JSON ones with "{"
  const auto is_json = [](const ShardText& s) { return !s.text.empty() && s.text[0] == '{'; };
  for (const ShardText& s : shards)
    if (is_json(s) != is_json(shards.front()))
      throw InputError(s.path, 0, "",
                       std::string("is ") + (is_json(s) ? "JSON" : "not JSON") + " but " + shards.front().path +
                           (is_json(shards.front()) ? " is" : " is not") + "; merge the CSV and the JSON apart");

  OutputFiles outputs;
  for (const std::string& path : args.shards) outputs.add_input(path, "a shard file");
  OutputFile& out = outputs.add("-o", args.out_path);
  out.write(is_json(shards.front()) ? merge_sweep_json(shards) : merge_sweep_csv(shards));
  outputs.commit();
  return kExitOk;
}

}  // namespace

void add_merge_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* sub = app.add_subcommand(
      "merge", "Join the CSV (or JSON) outputs of sweep --shard I/N into the unsharded sweep's file");
  sub->add_option("SHARD", args->shards, "Every shard's --csv (or every shard's --json), in any order")
      ->required();
  sub->add_option("-o,--output", args->out_path, "Write the merged file to FILE")->type_name("FILE")->required();
  sub->callback([args, &action] { action = [args] { return merge_command(*args); }; });
}

}  // namespace gait
