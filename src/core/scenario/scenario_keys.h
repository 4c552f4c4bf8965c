// The scenario key registry: every key a scenario file may set, with its type, range, default, unit
// and meaning, in one table that parsing, --set, --change, error messages and the README all read.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "scenario/scenario_spec.h"

namespace gait {

enum class KeyKind {
  Number,  ///< a float (integers accepted) in [min, max]
  Text,    ///< any string
  Choice,  ///< one of a fixed list of strings
};

/// One scenario key. Exactly one of the accessors is set, by kind: `spec_number` or `input_number`
/// for numbers (`input_number` for keys that may change during a run), `set_text` for text and
/// choices (called with a value already checked against `choices`).
struct ScenarioKey {
  std::string_view key{};  ///< dotted path, e.g. "left.gluteus_medius" ([left] table)
  KeyKind kind = KeyKind::Number;
  double min = 0;                               ///< Number: smallest allowed value (inclusive)
  double max = 0;                               ///< Number: largest allowed value (inclusive)
  double default_number = 0;                    ///< Number: value when the key is absent
  std::string_view default_text{};              ///< Text, Choice: value when the key is absent
  std::span<const std::string_view> choices{};  ///< Choice: the allowed strings
  std::string_view unit{};     ///< Number: unit shown in messages and docs ("" for fractions)
  std::string_view meaning{};  ///< one line for the README and --help
  double& (*spec_number)(ScenarioSpec&) = nullptr;
  double& (*input_number)(Inputs&) = nullptr;  ///< set iff the key may change during a run (--change)
  void (*set_text)(ScenarioSpec&, std::string_view) = nullptr;
  std::string (*get_text)(const ScenarioSpec&) = nullptr;  ///< Text, Choice: the value in a spec

  bool is_changeable() const { return input_number != nullptr; }
};

/// Every scenario key, in file order (top level, [body], [gait], [left], [right], [view]).
/// The free-form [expect] table is not listed: its keys are summary paths (docs/metrics.md#summary-json); nor
/// are the [[change]] tables (time_s, key, value: timed input changes, as --change makes).
std::span<const ScenarioKey> scenario_keys();

/// The key with this dotted path, or nullptr.
const ScenarioKey* find_scenario_key(std::string_view key);

/// The tables a scenario file may contain: "body", "gait", "left", "right", "view", "expect".
std::span<const std::string_view> scenario_tables();

/// Writes every registry default into `spec` (the state before a file is applied).
void apply_scenario_defaults(ScenarioSpec& spec);

/// The value `key` has in `spec`: a number (Number keys) or a string (Text, Choice keys). For
/// reports that list every input as applied, without per-key code.
std::variant<double, std::string> get_scenario_value(const ScenarioSpec& spec, const ScenarioKey& key);

/// Sets the changeable input `key` (e.g. "gait.speed_m_s", "right.superior_gluteal_nerve") to
/// `value`, as an InputChange asks. Returns false for a key that is not a changeable input.
/// The value is not range-checked here: parsing has done that.
bool set_input(Inputs& inputs, std::string_view key, double value);

/// What a number key accepts, for messages and docs: "0..1", "30..150 kg".
std::string describe_range(const ScenarioKey& key);

/// The key's default as written in a file: "1.3", "\"walk\"".
std::string describe_default(const ScenarioKey& key);

/// The shortest decimal text that reads back as `value` ("1.3", "30", "0.05").
std::string format_number(double value);

/// The registry as a Markdown table (key, type, unit, range, default, meaning) for the README.
std::string scenario_key_reference_markdown();

}  // namespace gait
