// [[change]] tables: timed input changes carried by a scenario file, checked as --change checks them,
// with errors naming file, line and what is wrong.
#include <catch2/catch.hpp>
#include <functional>

#include "scenario/parse_scenario.h"

namespace gait {
namespace {

std::string error_of(const std::string& toml, const ScenarioOverrides& overrides = {}) {
  try {
    parse_scenario_text(toml, "x.toml", overrides);
  } catch (const InputError& e) {
    return e.what();
  }
  FAIL("no InputError thrown");
  return "";
}

constexpr const char* kBlock = R"(name = "block"
duration_s = 60

[[change]]
time_s = 20
key = "left.superior_gluteal_nerve"
value = 0

[[change]]
time_s = 5.5
key = "gait.compensation"
value = 1
)";

}  // namespace

TEST_CASE("[[change]] tables become timed input changes, merged with --change by time", "[unit]") {
  const ScenarioSpec s = parse_scenario_text(kBlock, "x.toml");
  REQUIRE(s.changes.size() == 2);
  CHECK(s.changes[0].time_s == 5.5);
  CHECK(s.changes[0].key == "gait.compensation");
  CHECK(s.changes[0].value == 1.0);
  CHECK(s.changes[1].time_s == 20.0);
  CHECK(s.changes[1].key == "left.superior_gluteal_nerve");
  CHECK(s.changes[1].value == 0.0);

  // --change entries join them; at equal times the file's comes first, so the flag wins
  const ScenarioSpec t = parse_scenario_text(
      kBlock, "x.toml",
      ScenarioOverrides{.change = {"20:left.superior_gluteal_nerve=0.5", "1:gait.speed_m_s=1.2"}});
  REQUIRE(t.changes.size() == 4);
  CHECK(t.changes[0].key == "gait.speed_m_s");
  CHECK(t.changes[2].value == 0.0);
  CHECK(t.changes[3].value == 0.5);

  // inline tables are the same TOML
  const ScenarioSpec inl =
      parse_scenario_text("change = [{time_s = 1, key = \"right.gluteus_medius\", value = 0.2}]\n", "x.toml");
  REQUIRE(inl.changes.size() == 1);
  CHECK(inl.changes[0].key == "right.gluteus_medius");

  // a shorter --duration ends the run before a later change: not an error (next test)
}

TEST_CASE("a --duration shorter than the file's leaves out the file's later changes", "[unit]") {
  // not an error, and the change is left out of the spec (it was kept before, and the fuzzer's promise
  // that every change lies within the run broke on it: tests/fuzz/seeds/change_past_shortened_duration.bin, a
  // change at 20 s in an 11.5 s run)
  const ScenarioSpec s = parse_scenario_text(kBlock, "x.toml", ScenarioOverrides{.duration = "10"});
  CHECK(s.duration_s == 10);
  REQUIRE(s.changes.size() == 1);
  CHECK(s.changes[0].time_s == 5.5);
  // at the end of the run exactly it stays; a --change past it is still an error
  CHECK(parse_scenario_text(kBlock, "x.toml", ScenarioOverrides{.duration = "20"}).changes.size() == 2);
  CHECK_THAT(error_of(kBlock, ScenarioOverrides{.duration = "10", .change = {"15:gait.compensation=0"}}),
             Catch::Contains("past the end of the run"));
}

TEST_CASE("[[change]] errors name file, line and the problem", "[unit]") {
  const std::string head = "duration_s = 30\n[[change]]\n";
  CHECK(error_of(head + "time_s = 40\nkey = \"left.superior_gluteal_nerve\"\nvalue = 0\n") ==
        "x.toml:3: change: time 40 s is past the end of the run (30 s)");
  CHECK(error_of(head + "time_s = -1\nkey = \"left.superior_gluteal_nerve\"\nvalue = 0\n") ==
        "x.toml:3: change: time -1 s is before the start of the run");
  CHECK_THAT(error_of(head + "time_s = 4\nkey = \"left.gluteus_maximus\"\nvalue = 0\n"),
             Catch::StartsWith("x.toml:4: change: left.gluteus_maximus: unknown key in [left]"));
  CHECK(error_of(head + "time_s = 4\nkey = \"body.mass_kg\"\nvalue = 60\n") ==
        "x.toml:4: change: body.mass_kg: cannot change during a run; these can: gait.*, left.*, right.*");
  CHECK(error_of(head + "time_s = 4\nkey = \"left.gluteus_medius\"\nvalue = 1.5\n") ==
        "x.toml:5: change: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5");
  CHECK(error_of(head + "time_s = 4\nkey = \"left.gluteus_medius\"\nvalue = \"weak\"\n") ==
        "x.toml:5: change: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got \"weak\"");
  CHECK(error_of(head + "time_s = \"soon\"\nkey = \"left.gluteus_medius\"\nvalue = 0\n") ==
        "x.toml:3: change: time_s: expected a number of seconds, got \"soon\"");
  CHECK_THAT(error_of(head + "time_s = 4\nkey = 3\nvalue = 0\n"),
             Catch::StartsWith("x.toml:4: change: key: expected a changeable key"));
  CHECK(error_of(head + "time_s = 4\nkey = \"left.gluteus_medius\"\n") ==
        "x.toml:2: change: missing value; a [[change]] has time_s, key and value");
  CHECK(error_of(head + "time_s = 4\nkey = \"left.gluteus_medius\"\nvalue = 0\nat = 3\n") ==
        "x.toml:6: change: unknown key \"at\"; a [[change]] has time_s, key and value");
  CHECK(error_of("change = 3\n") ==
        "x.toml:1: change: expected [[change]] tables with time_s, key and value, got 3");
  CHECK(error_of("[change]\ntime_s = 1\n") ==
        "x.toml:1: change: expected [[change]] tables with time_s, key and value, got a table");
  // the file's own duration bounds its changes, whatever --duration says
  CHECK(error_of("duration_s = 10\n[[change]]\ntime_s = 20\nkey = \"gait.compensation\"\nvalue = 1\n",
                 ScenarioOverrides{.duration = "60"}) ==
        "x.toml:3: change: time 20 s is past the end of the run (10 s)");
  // --set cannot reach into [[change]]
  CHECK_THAT(error_of(kBlock, ScenarioOverrides{.set = {"change.time_s=3"}}),
             Catch::StartsWith("--set change.time_s=3: change.time_s: unknown table [change]"));
}

TEST_CASE("the key reference documents [[change]]", "[unit]") {
  CHECK_THAT(scenario_key_reference_markdown(), Catch::Contains("| `[[change]]` |"));
}

}  // namespace gait
