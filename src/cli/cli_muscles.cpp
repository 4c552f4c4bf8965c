// gaitsim muscles: moment arms and maximum abduction moments of the right hip's seven abductor
// compartments at chosen hip flexion angles (docs/metrics.md#muscles-table), as a table or --json.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <optional>

#include "analysis/muscle_table.h"
#include "cli_common.h"
#include "input_error.h"
#include "io/output_file.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_values.h"

namespace gait {
namespace {

struct MusclesArgs {
  std::string hip_flexion = "0,45,90";
  std::optional<std::string> scenario;
  std::vector<std::string> set;
  std::string json_path;
};

/// "0,45,90" -> {0, 45, 90}; each a number of degrees in the table's range. Throws InputError naming
/// the flag for an empty entry, a non-number or an angle out of range.
std::vector<double> parse_hip_flexion(const std::string& text) {
  const std::string flag = "--hip-flexion " + text;
  const std::string range =
      format_number(kMuscleTableMinFlexion_deg) + ".." + format_number(kMuscleTableMaxFlexion_deg) + " deg";
  std::vector<double> angles;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    const std::string item =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const auto deg = parse_number_text(item);
    if (!deg)
      throw InputError(flag, 0, "",
                       (item.empty() ? std::string("empty angle") : "\"" + item + "\" is not a number") +
                           "; expected degrees in " + range + ", separated by commas, e.g. 0,45,90");
    if (*deg < kMuscleTableMinFlexion_deg || *deg > kMuscleTableMaxFlexion_deg)
      throw InputError(flag, 0, "", format_number(*deg) + " deg is outside " + range);
    angles.push_back(*deg);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return angles;
}

int muscles_command(const MusclesArgs& args) {
  const std::vector<double> angles = parse_hip_flexion(args.hip_flexion);
  // the body: the scenario file's, or the registry defaults (75 kg, 1.75 m); --set applies to either
  const ScenarioOverrides overrides{.set = args.set};
  const ScenarioSpec spec = args.scenario ? load_scenario(*args.scenario, overrides)
                                          : parse_scenario_text("", "default scenario", overrides);
  OutputFiles outputs;
  if (args.scenario) outputs.add_input(*args.scenario, "the scenario file");
  OutputFile* json = args.json_path.empty() ? nullptr : &outputs.add("--json", args.json_path);

  const MuscleTable table = compute_muscle_table(build_model(spec), angles);
  if (json) {
    json->write(muscle_table_to_json(table).dump(2) + "\n");
    outputs.commit();
  } else {
    print_muscle_table(std::cout, table);
  }
  return kExitOk;
}

}  // namespace

void add_muscles_command(CLI::App& app, CommandAction& action) {
  auto args = std::make_shared<MusclesArgs>();
  CLI::App* sub = app.add_subcommand(
      "muscles", "Moment arms and maximum abduction moments of the right hip's abductor compartments");
  sub->add_option("--hip-flexion", args->hip_flexion,
                  "Hip flexion angles in deg, -30..120, separated by commas (default 0,45,90)")
      ->type_name("DEG,...");
  sub->add_option("--scenario", args->scenario,
                  "Take the body (mass, height) from this scenario file; default 75 kg, 1.75 m")
      ->type_name("FILE");
  sub->add_option("--set", args->set,
                  "Override a scenario key, e.g. --set body.height_m=1.8 (repeatable; only body.mass_kg and "
                  "body.height_m change the table, which is for full strength)")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false);
  sub->add_option("--json", args->json_path, "Write the table as JSON to FILE")->type_name("FILE");
  sub->callback([args, &action] { action = [args] { return muscles_command(*args); }; });
}

}  // namespace gait
