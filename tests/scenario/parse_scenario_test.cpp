// Scenario parsing: keys, defaults, overrides, and one-line errors naming file, line and key.
#include "scenario/parse_scenario.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <functional>

#include "scenario/scenario_values.h"

namespace gait {
namespace {

constexpr const char* kFullScenario = R"(name = "Left palsy"
description = "Why it matters."
mode = "stance-test"
stance_side = "right"
duration_s = 12

[body]
mass_kg = 80
height_m = 1.8

[gait]
speed_m_s = 1.1
compensation = 0.5

[left]
gluteus_medius = 0.25
gluteus_minimus = 0.5
tensor_fasciae_latae = 0.75
superior_gluteal_nerve = 0

[right]
gluteus_medius = 1

[view]
camera = "top"

[expect]
"left.trendelenburg" = "positive"
"left.pelvic_drop_deg" = [10, 25.5]
)";

/// The InputError `f` throws; fails the test if it throws nothing or something else.
InputError error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e;
  }
  FAIL("no InputError thrown");
  return InputError("", 0, "", "");
}

InputError parse_error(const std::string& toml, const std::vector<std::string>& set = {},
                       const std::vector<std::string>& change = {}) {
  return error_of([&] { parse_scenario_text(toml, "x.toml", set, change); });
}

}  // namespace

TEST_CASE("a full scenario file sets every field", "[unit]") {
  const ScenarioSpec s = parse_scenario_text(kFullScenario, "full.toml");
  CHECK(s.source == "full.toml");
  CHECK(s.name == "Left palsy");
  CHECK(s.description == "Why it matters.");
  CHECK(s.mode == Mode::StanceTest);
  CHECK(s.stance_side == Side::Right);
  CHECK(s.duration_s == 12.0);  // an integer where a float is expected
  CHECK(s.mass_kg == 80.0);
  CHECK(s.height_m == 1.8);
  CHECK(s.inputs.speed_m_s == 1.1);
  CHECK(s.inputs.compensation == 0.5);
  CHECK(s.inputs.strength.left.gluteus_medius == 0.25);
  CHECK(s.inputs.strength.left.gluteus_minimus == 0.5);
  CHECK(s.inputs.strength.left.tensor_fasciae_latae == 0.75);
  CHECK(s.inputs.strength.left.superior_gluteal_nerve == 0.0);
  CHECK(s.inputs.strength.right.gluteus_medius == 1.0);
  CHECK(s.camera == "top");
  REQUIRE(s.expect.size() == 2);
  // the [expect] table comes back in key order
  CHECK(s.expect[0].key == "left.pelvic_drop_deg");
  CHECK(std::get<std::pair<double, double>>(s.expect[0].value) == std::pair{10.0, 25.5});
  CHECK(s.expect[0].line == 29);
  CHECK(s.expect[1].key == "left.trendelenburg");
  CHECK(std::get<std::string>(s.expect[1].value) == "positive");
  CHECK(s.changes.empty());
}

TEST_CASE("absent keys take the registry defaults, which match ScenarioSpec's", "[unit]") {
  const ScenarioSpec parsed = parse_scenario_text("", "empty.toml");
  const ScenarioSpec plain;
  for (const ScenarioKey& k : scenario_keys()) {
    INFO(k.key);
    const auto value = get_scenario_value(parsed, k);
    CHECK(value == get_scenario_value(plain, k));
    if (k.kind == KeyKind::Number)
      CHECK(std::get<double>(value) == k.default_number);
    else
      CHECK(std::get<std::string>(value) == k.default_text);
  }
  CHECK(parsed.mode == Mode::Walk);
  CHECK(parsed.duration_s == 30.0);
  CHECK(parsed.mass_kg == 75.0);
  CHECK(parsed.height_m == 1.75);
  CHECK(parsed.inputs.speed_m_s == 1.3);
  CHECK(parsed.inputs.strength.right.superior_gluteal_nerve == 1.0);
  CHECK(parsed.camera == "posterior");
  CHECK(parsed.expect.empty());
}

TEST_CASE("every registry key reads its own default and its bounds", "[unit]") {
  for (const ScenarioKey& k : scenario_keys()) {
    INFO(k.key);
    CHECK(find_scenario_key(k.key) == &k);
    if (k.kind != KeyKind::Number) continue;
    CHECK(k.min <= k.default_number);
    CHECK(k.default_number <= k.max);
    const ScenarioSpec lo =
        parse_scenario_text("", "x.toml", {std::string(k.key) + "=" + format_number(k.min)});
    CHECK(std::get<double>(get_scenario_value(lo, k)) == k.min);
  }
}

TEST_CASE("a missing file is named, with the reason", "[unit]") {
  const InputError e = error_of([] { load_scenario("/nonexistent/dir/x.toml"); });
  CHECK(std::string(e.what()) == "/nonexistent/dir/x.toml: cannot open file: No such file or directory");
  CHECK(e.file() == "/nonexistent/dir/x.toml");
  CHECK(e.line() == 0);
}

TEST_CASE("a TOML syntax error names file and line", "[unit]") {
  const InputError e = parse_error("name = \"x\"\n\n[gait\nspeed_m_s = 1\n");
  CHECK(e.file() == "x.toml");
  CHECK(e.line() == 3);
  CHECK_THAT(e.what(), Catch::StartsWith("x.toml:3: "));
}

TEST_CASE("unknown keys and tables name file, line and key, and what is valid there", "[unit]") {
  SECTION("in a table") {
    const InputError e = parse_error("[left]\ngluteus_medius = 1\ngluteus_maximus = 1\n");
    CHECK(std::string(e.what()) ==
          "x.toml:3: left.gluteus_maximus: unknown key in [left]; its keys are gluteus_medius, "
          "gluteus_minimus, "
          "tensor_fasciae_latae, superior_gluteal_nerve");
  }
  SECTION("at the top level") {
    const InputError e = parse_error("name = \"x\"\nspeed = 1\n");
    CHECK(e.line() == 2);
    CHECK(e.key() == "speed");
    CHECK_THAT(e.what(), Catch::Contains("unknown key; the top-level keys are name, description"));
  }
  SECTION("a table") {
    const InputError e = parse_error("name = \"x\"\n[legs]\nlength_m = 1\n");
    CHECK(e.line() == 2);
    CHECK(e.key() == "legs");
    CHECK_THAT(e.what(), Catch::Contains("unknown table"));
  }
  SECTION("a dotted key outside any table") {
    const InputError e = parse_error("body.weight_kg = 70\n");
    CHECK(e.line() == 1);
    CHECK(e.key() == "body.weight_kg");
  }
}

TEST_CASE("wrong types, out-of-range values and bad choices name file, line and key", "[unit]") {
  CHECK(std::string(parse_error("[left]\ngluteus_medius = 1.5\n").what()) ==
        "x.toml:2: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5");
  CHECK(std::string(parse_error("[left]\ngluteus_medius = \"strong\"\n").what()) ==
        "x.toml:2: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got \"strong\"");
  CHECK(std::string(parse_error("[body]\nmass_kg = 200\n").what()) ==
        "x.toml:2: body.mass_kg: expected a number in 30..150 kg, got 200");
  CHECK(std::string(parse_error("duration_s = true\n").what()) ==
        "x.toml:1: duration_s: expected a number in 1..3600 s, got true");
  CHECK(std::string(parse_error("duration_s = nan\n").what()) ==
        "x.toml:1: duration_s: expected a number in 1..3600 s, got nan");
  CHECK(std::string(parse_error("\nmode = \"run\"\n").what()) ==
        "x.toml:2: mode: expected one of \"walk\", \"stance-test\", got \"run\"");
  CHECK(std::string(parse_error("name = 3\n").what()) == "x.toml:1: name: expected a string, got 3");
  CHECK(std::string(parse_error("left = 3\n").what()) == "x.toml:1: left: expected a table [left], got 3");
  CHECK(std::string(parse_error("[view]\ncamera = [1, 2]\n").what()) ==
        "x.toml:2: view.camera: expected one of \"posterior\", \"anterior\", \"left\", \"right\", \"top\", "
        "\"orbit\", got [1, 2]");
}

TEST_CASE("malformed [expect] entries name file, line and key", "[unit]") {
  CHECK(std::string(parse_error("[expect]\n\"left.pelvic_drop_deg\" = [10]\n").what()) ==
        "x.toml:2: expect.\"left.pelvic_drop_deg\": expected a string or a range [lo, hi] of two numbers, "
        "got [10]");
  CHECK(std::string(parse_error("[expect]\n\"speed_m_s\" = [1.5, 1.1]\n").what()) ==
        "x.toml:2: expect.\"speed_m_s\": expected a range [lo, hi] with lo <= hi, got [1.5, 1.1]");
  CHECK(parse_error("[expect]\n\"fell\" = false\n").line() == 2);
  CHECK(parse_error("[expect]\n\"x\" = [1, \"2\"]\n").line() == 2);
  CHECK(parse_error("expect = 1\n").key() == "expect");
}

TEST_CASE("overrides: --set sets numbers and strings, and later flags win", "[unit]") {
  const ScenarioSpec s = parse_scenario_text(
      kFullScenario, "full.toml",
      {"gait.speed_m_s=1.25", "mode=walk", "left.gluteus_medius=1", "left.gluteus_medius=0.2",
       "name=Other name", "description=\"quoted\"", "view.camera=orbit",
       "expect.right.trendelenburg=negative", "expect.speed_m_s=[1, 2]"});
  CHECK(s.inputs.speed_m_s == 1.25);
  CHECK(s.mode == Mode::Walk);
  CHECK(s.inputs.strength.left.gluteus_medius == 0.2);
  CHECK(s.name == "Other name");
  CHECK(s.description == "quoted");
  CHECK(s.camera == "orbit");
  REQUIRE(s.expect.size() == 4);
  CHECK(s.expect[2].key == "right.trendelenburg");
  CHECK(s.expect[2].line == 0);
  CHECK(std::get<std::string>(s.expect[2].value) == "negative");
  CHECK(std::get<std::pair<double, double>>(s.expect[3].value) == std::pair{1.0, 2.0});

  // into a file without the table
  const ScenarioSpec t = parse_scenario_text("name = \"x\"\n", "x.toml", {"right.superior_gluteal_nerve=0"});
  CHECK(t.inputs.strength.right.superior_gluteal_nerve == 0.0);
  // a string key keeps text that happens to read as a number
  CHECK(parse_scenario_text("", "x.toml", {"name=2024"}).name == "2024");
}

TEST_CASE("overrides: --set errors name the flag and the key", "[unit]") {
  CHECK(std::string(parse_error("", {"left.gluteus_medius=abc"}).what()) ==
        "--set left.gluteus_medius=abc: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got \"abc\"");
  CHECK(std::string(parse_error("[left]\ngluteus_medius = 0.5\n", {"left.gluteus_medius=1.5"}).what()) ==
        "--set left.gluteus_medius=1.5: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5");
  CHECK(std::string(parse_error("", {"left.gluteus_medius"}).what()) ==
        "--set left.gluteus_medius: expected KEY=VALUE, e.g. left.gluteus_medius=0.2");
  CHECK(std::string(parse_error("", {"=0.2"}).what()) ==
        "--set =0.2: expected KEY=VALUE, e.g. left.gluteus_medius=0.2");
  CHECK_THAT(parse_error("", {"left.gluteus_maximus=1"}).what(),
             Catch::StartsWith("--set left.gluteus_maximus=1: left.gluteus_maximus: unknown key in [left]"));
  CHECK(std::string(parse_error("", {"mode=jog"}).what()) ==
        "--set mode=jog: mode: expected one of \"walk\", \"stance-test\", got \"jog\"");
  CHECK(parse_error("", {"gait.speed_m_s=true"}).line() == 0);
  // issue 14: slow to fast walking, 0.6-1.8 m/s; the error names the key, the range and the unit
  CHECK(parse_scenario_text("", "x.toml", {"gait.speed_m_s=0.6"}).inputs.speed_m_s == 0.6);
  CHECK(parse_scenario_text("", "x.toml", {"gait.speed_m_s=1.8"}).inputs.speed_m_s == 1.8);
  CHECK(std::string(parse_error("", {"gait.speed_m_s=1.85"}).what()) ==
        "--set gait.speed_m_s=1.85: gait.speed_m_s: expected a number in 0.6..1.8 m/s, got 1.85");
  CHECK(std::string(parse_error("[gait]\nspeed_m_s = 0.5\n").what()) ==
        "x.toml:2: gait.speed_m_s: expected a number in 0.6..1.8 m/s, got 0.5");
  CHECK_THAT(parse_error("", {"expect.=1"}).what(), Catch::StartsWith("--set expect.=1: "));
  // a file error is still reported at its line when a flag sets another key
  CHECK(parse_error("[left]\ngluteus_medius = 2\n", {"right.gluteus_medius=0.5"}).line() == 2);
}

TEST_CASE("overrides: --duration sets duration_s after --set and before --change checks", "[unit]") {
  ScenarioOverrides o;
  o.set = {"duration_s=10"};
  o.duration = "2";
  o.change = {"1.5:gait.compensation=1"};
  const ScenarioSpec s = parse_scenario_text("duration_s = 30\n", "x.toml", o);
  CHECK(s.duration_s == 2.0);
  REQUIRE(s.changes.size() == 1);

  o.change = {"3:gait.compensation=1"};
  CHECK(std::string(error_of([&] { parse_scenario_text("", "x.toml", o); }).what()) ==
        "--change 3:gait.compensation=1: time 3 s is past the end of the run (2 s)");
  o.duration = "0.5";
  CHECK(std::string(error_of([&] { parse_scenario_text("", "x.toml", o); }).what()) ==
        "--duration 0.5: duration_s: expected a number in 1..3600 s, got 0.5");
}

TEST_CASE("overrides: --change makes timed input changes, sorted by time", "[unit]") {
  const ScenarioSpec s =
      parse_scenario_text("", "x.toml", {},
                          {"20:left.superior_gluteal_nerve=0", "5:gait.speed_m_s=1.2",
                           "5:right.gluteus_medius=0.5", "0:gait.compensation=1", "30:gait.compensation=0"});
  REQUIRE(s.changes.size() == 5);
  CHECK(s.changes[0].time_s == 0.0);
  CHECK(s.changes[0].key == "gait.compensation");
  CHECK(s.changes[1].key == "gait.speed_m_s");  // equal times keep the command-line order
  CHECK(s.changes[1].value == 1.2);
  CHECK(s.changes[2].key == "right.gluteus_medius");
  CHECK(s.changes[3].time_s == 20.0);
  CHECK(s.changes[3].key == "left.superior_gluteal_nerve");
  CHECK(s.changes[3].value == 0.0);
  CHECK(s.changes[4].time_s == 30.0);

  Inputs inputs;
  CHECK(set_input(inputs, s.changes[3].key, s.changes[3].value));
  CHECK(inputs.strength.left.superior_gluteal_nerve == 0.0);
  CHECK_FALSE(set_input(inputs, "body.mass_kg", 70));
}

TEST_CASE("overrides: bad --change arguments name the flag", "[unit]") {
  CHECK(std::string(parse_error("", {}, {"40:left.superior_gluteal_nerve=0"}).what()) ==
        "--change 40:left.superior_gluteal_nerve=0: time 40 s is past the end of the run (30 s)");
  CHECK(std::string(parse_error("", {}, {"-1:gait.speed_m_s=1.2"}).what()) ==
        "--change -1:gait.speed_m_s=1.2: time -1 s is before the start of the run");
  CHECK(std::string(parse_error("", {}, {"10"}).what()) ==
        "--change 10: expected TIME:KEY=VALUE, e.g. 10:left.gluteus_medius=0.2");
  CHECK(std::string(parse_error("", {}, {"10:=1"}).what()) ==
        "--change 10:=1: expected TIME:KEY=VALUE, e.g. 10:left.gluteus_medius=0.2");
  CHECK(std::string(parse_error("", {}, {"soon:gait.speed_m_s=1.2"}).what()) ==
        "--change soon:gait.speed_m_s=1.2: time \"soon\" is not a number of seconds");
  CHECK(std::string(parse_error("", {}, {"5:left.gluteus_medius=2"}).what()) ==
        "--change 5:left.gluteus_medius=2: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 2");
  CHECK(std::string(parse_error("", {}, {"5:left.gluteus_medius=weak"}).what()) ==
        "--change 5:left.gluteus_medius=weak: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got \"weak\"");
  CHECK(std::string(parse_error("", {}, {"5:body.mass_kg=70"}).what()) ==
        "--change 5:body.mass_kg=70: body.mass_kg: cannot change during a run; these can: gait.*, left.*, "
        "right.*");
  CHECK_THAT(parse_error("", {}, {"5:left.gluteus_maximus=0"}).what(),
             Catch::StartsWith("--change 5:left.gluteus_maximus=0: left.gluteus_maximus: unknown key"));
}

TEST_CASE("values from command-line text", "[unit]") {
  const ScenarioKey* number = find_scenario_key("gait.speed_m_s");
  const ScenarioKey* text = find_scenario_key("name");
  REQUIRE(number);
  REQUIRE(text);
  CHECK(node_from_text(number, "1.25")->value<double>() == 1.25);
  CHECK(node_from_text(number, "1e-1")->value<double>() == 0.1);
  CHECK(node_from_text(number, "true")->is_boolean());
  CHECK(node_from_text(number, "inf")->is_floating_point());  // TOML's inf: out of range later
  CHECK(node_from_text(number, "fast")->value<std::string>() == "fast");
  CHECK(node_from_text(text, "12")->value<std::string>() == "12");
  CHECK(node_from_text(text, "\"a b\"")->value<std::string>() == "a b");
  CHECK(node_from_text(text, "two\nlines")->value<std::string>() == "two\nlines");
  CHECK(parse_number_text("1.5") == 1.5);
  CHECK_FALSE(parse_number_text("1.5x"));
  CHECK_FALSE(parse_number_text("nan"));
  CHECK_FALSE(parse_number_text(""));
  CHECK(quote("say \"hi\"\n") == "\"say \\\"hi\\\"\\n\"");
  CHECK(format_number(1.3) == "1.3");
  CHECK(format_number(30) == "30");
}

TEST_CASE("the key reference lists every key with its range and default", "[unit]") {
  const std::string md = scenario_key_reference_markdown();
  CHECK_THAT(md, Catch::StartsWith("| key | type | unit | range | default | meaning |"));
  for (const ScenarioKey& k : scenario_keys()) {
    INFO(k.key);
    CHECK_THAT(md, Catch::Contains("| `" + std::string(k.key) + "` |"));
  }
  CHECK_THAT(md, Catch::Contains("| `body.mass_kg` | number | kg | 30 .. 150 | `75` |"));
  CHECK_THAT(md, Catch::Contains("`walk`, `stance-test`"));
}

}  // namespace gait
