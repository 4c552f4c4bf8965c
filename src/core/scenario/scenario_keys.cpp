// The scenario key registry (README.md#every-scenario-key): the one table of keys, ranges, defaults and
// units.
#include "scenario/scenario_keys.h"

#include <array>
#include <charconv>
#include <iterator>

namespace gait {
namespace {

constexpr std::array<std::string_view, 2> kModeNames = {"walk", "stance-test"};
constexpr std::array<std::string_view, 2> kSideNames = {"left", "right"};
constexpr std::array<std::string_view, 6> kCameraNames = {"posterior", "anterior", "left",
                                                          "right",     "top",      "orbit"};
constexpr std::array<std::string_view, 6> kTables = {"body", "gait", "left", "right", "view", "expect"};

// accessors, generated per field so the table below holds no hand-written per-key code
template <double ScenarioSpec::*Field>
double& spec_field(ScenarioSpec& spec) {
  return spec.*Field;
}
template <double Inputs::*Field>
double& input_field(Inputs& inputs) {
  return inputs.*Field;
}
template <Side S, double AbductorStrength::*Field>
double& strength_field(Inputs& inputs) {
  return inputs.strength[S].*Field;
}
template <std::string ScenarioSpec::*Field>
void set_string(ScenarioSpec& spec, std::string_view text) {
  spec.*Field = std::string(text);
}
template <std::string ScenarioSpec::*Field>
std::string get_string(const ScenarioSpec& spec) {
  return spec.*Field;
}

std::size_t index_of(std::span<const std::string_view> names, std::string_view text) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return i;
  return 0;  // unreachable for checked values
}
void set_mode(ScenarioSpec& spec, std::string_view text) {
  spec.mode = static_cast<Mode>(index_of(kModeNames, text));
}
std::string get_mode(const ScenarioSpec& spec) {
  return std::string(kModeNames[static_cast<std::size_t>(spec.mode)]);
}
void set_stance_side(ScenarioSpec& spec, std::string_view text) {
  spec.stance_side = static_cast<Side>(index_of(kSideNames, text));
}
std::string get_stance_side(const ScenarioSpec& spec) {
  return std::string(side_name(spec.stance_side));
}

constexpr std::string_view kMediusMeaning = "gluteus medius (3 compartments): strength, fraction of normal";
constexpr std::string_view kMinimusMeaning = "gluteus minimus (3 compartments): strength, fraction of normal";
constexpr std::string_view kTflMeaning = "tensor fasciae latae: strength, fraction of normal";
constexpr std::string_view kNerveMeaning =
    "superior gluteal nerve (L4-S1) function: multiplies all seven compartments; 0 = complete palsy";
constexpr std::string_view kStrengthRange = "a fraction of normal strength: 0.5 is half";
constexpr std::string_view kNerveRange = "a fraction of normal nerve function: 0 is a complete palsy";

/// A strength key of one side's table: 0..1, default 1, changeable during a run.
template <Side S, double AbductorStrength::*Field>
ScenarioKey strength_key(std::string_view key, std::string_view meaning, std::string_view range_meaning) {
  return ScenarioKey{.key = key,
                     .min = 0,
                     .max = 1,
                     .default_number = 1,
                     .meaning = meaning,
                     .range_meaning = range_meaning,
                     .input_number = strength_field<S, Field>};
}

const std::array kKeys = {
    ScenarioKey{.key = "name",
                .kind = KeyKind::Text,
                .default_text = "Unnamed scenario",
                .meaning = "title shown in the app and in reports",
                .set_text = set_string<&ScenarioSpec::name>,
                .get_text = get_string<&ScenarioSpec::name>},
    ScenarioKey{.key = "description",
                .kind = KeyKind::Text,
                .default_text = "",
                .meaning = "why the case matters, one or two sentences, shown in the app",
                .set_text = set_string<&ScenarioSpec::description>,
                .get_text = get_string<&ScenarioSpec::description>},
    ScenarioKey{.key = "mode",
                .kind = KeyKind::Choice,
                .default_text = "walk",
                .choices = kModeNames,
                .meaning = "walk, or stance-test: the single-leg stance (Trendelenburg) test",
                .set_text = set_mode,
                .get_text = get_mode},
    ScenarioKey{.key = "stance_side",
                .kind = KeyKind::Choice,
                .default_text = "left",
                .choices = kSideNames,
                .meaning = "stance-test only: the leg that stands",
                .set_text = set_stance_side,
                .get_text = get_stance_side},
    ScenarioKey{.key = "duration_s",
                .min = 1,
                .max = 3600,
                .default_number = 30,
                .unit = "s",
                .meaning = "simulated time",
                .spec_number = spec_field<&ScenarioSpec::duration_s>},
    ScenarioKey{.key = "body.mass_kg",
                .min = 30,
                .max = 150,
                .default_number = 75,
                .unit = "kg",
                .meaning = "body mass; muscle forces scale with (mass / 75.16 kg)^(2/3)",
                .spec_number = spec_field<&ScenarioSpec::mass_kg>},
    ScenarioKey{.key = "body.height_m",
                .min = 1.2,
                .max = 2.2,
                .default_number = 1.75,
                .unit = "m",
                .meaning = "body height; the geometry scales with height / 1.80 m",
                .spec_number = spec_field<&ScenarioSpec::height_m>},
    ScenarioKey{.key = "gait.speed_m_s",
                // adults' slow to fast walking (issue 14: 0.6-1.8 m/s); with weak abductors the walker
                // keeps its own target within 1.2-1.3 m/s (docs/controller.md#speed)
                .min = 0.6,
                .max = 1.8,
                .default_number = 1.3,
                .unit = "m/s",
                .meaning = "target walking speed; reached over a few strides; with weak abductors the walker keeps "
                           "to 1.2-1.3 m/s (see *What the model simplifies*: Target speed)",
                .input_number = input_field<&Inputs::speed_m_s>},
    ScenarioKey{.key = "gait.compensation",
                .min = 0,
                .max = 1,
                .default_number = 0,
                .meaning = "trunk lean over the stance hip: 0 none (Trendelenburg), 1 full (Duchenne)",
                .range_meaning = "0 no trunk lean, 1 the full lean over the stance hip",
                .input_number = input_field<&Inputs::compensation>},
    strength_key<Side::Left, &AbductorStrength::gluteus_medius>("left.gluteus_medius", kMediusMeaning, kStrengthRange),
    strength_key<Side::Left, &AbductorStrength::gluteus_minimus>("left.gluteus_minimus", kMinimusMeaning, kStrengthRange),
    strength_key<Side::Left, &AbductorStrength::tensor_fasciae_latae>("left.tensor_fasciae_latae",
                                                                      kTflMeaning, kStrengthRange),
    strength_key<Side::Left, &AbductorStrength::superior_gluteal_nerve>("left.superior_gluteal_nerve",
                                                                        kNerveMeaning, kNerveRange),
    strength_key<Side::Right, &AbductorStrength::gluteus_medius>("right.gluteus_medius", kMediusMeaning, kStrengthRange),
    strength_key<Side::Right, &AbductorStrength::gluteus_minimus>("right.gluteus_minimus", kMinimusMeaning, kStrengthRange),
    strength_key<Side::Right, &AbductorStrength::tensor_fasciae_latae>("right.tensor_fasciae_latae",
                                                                       kTflMeaning, kStrengthRange),
    strength_key<Side::Right, &AbductorStrength::superior_gluteal_nerve>("right.superior_gluteal_nerve",
                                                                         kNerveMeaning, kNerveRange),
    ScenarioKey{.key = "view.camera",
                .kind = KeyKind::Choice,
                .default_text = "posterior",
                .choices = kCameraNames,
                .meaning = "initial camera of the app and of clips",
                .set_text = set_string<&ScenarioSpec::camera>,
                .get_text = get_string<&ScenarioSpec::camera>},
};

std::string_view kind_name(KeyKind kind) {
  switch (kind) {
    case KeyKind::Number:
      return "number";
    case KeyKind::Text:
      return "string";
    case KeyKind::Choice:
      return "string";
  }
  return "";
}

}  // namespace

std::span<const ScenarioKey> scenario_keys() {
  return kKeys;
}

const ScenarioKey* find_scenario_key(std::string_view key) {
  for (const ScenarioKey& k : kKeys)
    if (k.key == key) return &k;
  return nullptr;
}

std::span<const std::string_view> scenario_tables() {
  return kTables;
}

void apply_scenario_defaults(ScenarioSpec& spec) {
  for (const ScenarioKey& k : kKeys) {
    if (k.spec_number) k.spec_number(spec) = k.default_number;
    if (k.input_number) k.input_number(spec.inputs) = k.default_number;
    if (k.set_text) k.set_text(spec, k.default_text);
  }
}

std::variant<double, std::string> get_scenario_value(const ScenarioSpec& spec, const ScenarioKey& key) {
  if (key.get_text) return key.get_text(spec);
  // the accessors hand out mutable references; this one is only read
  auto& mutable_spec = const_cast<ScenarioSpec&>(spec);
  return key.spec_number ? key.spec_number(mutable_spec) : key.input_number(mutable_spec.inputs);
}

bool set_input(Inputs& inputs, std::string_view key, double value) {
  const ScenarioKey* k = find_scenario_key(key);
  if (!k || !k->is_changeable()) return false;
  k->input_number(inputs) = value;
  return true;
}

std::string format_number(double value) {
  char buf[64];
  const auto result = std::to_chars(std::begin(buf), std::end(buf), value);
  return std::string(buf, result.ptr);
}

std::string describe_range(const ScenarioKey& key) {
  std::string s = format_number(key.min) + ".." + format_number(key.max);
  if (!key.unit.empty()) s += " " + std::string(key.unit);
  if (!key.range_meaning.empty()) s += " (" + std::string(key.range_meaning) + ")";
  return s;
}

std::string describe_default(const ScenarioKey& key) {
  if (key.kind == KeyKind::Number) return format_number(key.default_number);
  return "\"" + std::string(key.default_text) + "\"";
}

std::string scenario_key_reference_markdown() {
  std::string md =
      "| key | type | unit | range | default | meaning |\n"
      "|-----|------|------|-------|---------|---------|\n";
  for (const ScenarioKey& k : kKeys) {
    std::string range;
    if (k.kind == KeyKind::Number) {
      range = format_number(k.min) + " .. " + format_number(k.max);
    } else if (k.kind == KeyKind::Choice) {
      for (std::string_view c : k.choices) range += (range.empty() ? "`" : ", `") + std::string(c) + "`";
    }
    std::string meaning(k.meaning);
    if (k.is_changeable()) meaning += "; can change during a run (`--change`)";
    md += "| `" + std::string(k.key) + "` | " + std::string(kind_name(k.kind)) + " | " + std::string(k.unit) +
          " | " + range + " | `" + describe_default(k) + "` | " + meaning + " |\n";
  }
  md +=
      "| `expect.\"KEY\"` | string or [lo, hi] |  |  | none | expected outcome: a summary key (e.g. "
      "`\"left.pelvic_drop_deg\"`) and a string (`\"positive\"`) or a closed range of two numbers |\n"
      "| `[[change]]` | array of tables: `time_s`, `key`, `value` |  |  | none | a timed input change, as "
      "`--change TIME_S:KEY=VALUE`: a changeable key (`gait.*`, `left.*`, `right.*`) takes `value` at "
      "`time_s` (0 .. the file's `duration_s`) |\n";
  return md;
}

}  // namespace gait
