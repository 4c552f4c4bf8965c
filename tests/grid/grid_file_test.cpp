// Grid files: the product of the axes, names, overrides, selected and generated cells, the seeded
// times, and one-line errors naming file, line and key.
#include <catch2/catch.hpp>
#include <functional>
#include <random>

#include "grid/grid_spec.h"
#include "grid/random_times.h"
#include "input_error.h"
#include "scenario/scenario_keys.h"

namespace gait {
namespace {

/// A grid file named as if it sat in grids/, so that "../scenarios/normal.toml" is found.
const std::string kGridName = std::string(GAITSIM_SOURCE_DIR) + "/grids/test.toml";

constexpr const char* kSmallGrid = R"(name = "small"
base = "../scenarios/normal.toml"
duration_s = 20
speed_m_s = [0.8, 1.2]
case = [
  { name = "healthy", kind = "healthy" },
  { name = "palsy", kind = "palsy", set = ["left.superior_gluteal_nerve=0"], change = ["10:gait.compensation=1"] },
]
body = [
  { name = "small", set = ["body.height_m=1.55", "body.mass_kg=50"] },
  { name = "large", set = ["body.height_m=1.9", "body.mass_kg=100"] },
]

[acceptance]
palsy_min_speed_m_s = 0.6

[[extra]]
name = "speed-change"
kind = "healthy"
set = ["gait.speed_m_s=0.8"]
change = ["5:gait.speed_m_s=1.6", "15:gait.speed_m_s=0.8"]

[[random_change]]
name = "block"
kind = "palsy"
change = "left.superior_gluteal_nerve=0"
count = 3
seed = 7
time_s = [2, 18]
)";

InputError grid_error(const std::string& text) {
  try {
    parse_grid_text(text, kGridName);
  } catch (const InputError& e) {
    return e;
  }
  FAIL("no InputError thrown for:\n" << text);
  return InputError("", 0, "", "");
}

std::vector<std::string> texts(const std::vector<CellOverride>& overrides) {
  std::vector<std::string> out;
  for (const CellOverride& o : overrides) out.push_back(o.text);
  return out;
}

}  // namespace

TEST_CASE("a grid file's cells: case x body x speed, then extras, then generated cells", "[grid][unit]") {
  const GridSpec grid = parse_grid_text(kSmallGrid, kGridName);
  CHECK(grid.name == "small");
  CHECK(grid.duration_s == 20);
  CHECK(grid.base_path == std::string(GAITSIM_SOURCE_DIR) + "/scenarios/normal.toml");
  CHECK(grid.acceptance.palsy_min_speed_m_s == 0.6);
  CHECK(grid.acceptance.healthy_speed_tolerance_m_s == 0.07);  // defaults: issue 14
  CHECK(grid.acceptance.speed_settle_s == 5);
  REQUIRE(grid.cells.size() == 2 * 2 * 2 + 1 + 3);

  // cases outermost, speeds innermost
  const std::vector<std::string> product = {"healthy/small/v0.8", "healthy/small/v1.2", "healthy/large/v0.8",
                                            "healthy/large/v1.2", "palsy/small/v0.8",   "palsy/small/v1.2",
                                            "palsy/large/v0.8",   "palsy/large/v1.2"};
  for (std::size_t i = 0; i < product.size(); ++i) CHECK(grid.cells[i].name == product[i]);
  const GridCell& p = grid.cells[7];
  CHECK(p.kind == CellKind::Palsy);
  CHECK(texts(p.set) == std::vector<std::string>{"left.superior_gluteal_nerve=0", "body.height_m=1.9",
                                                 "body.mass_kg=100", "gait.speed_m_s=1.2"});
  CHECK(texts(p.change) == std::vector<std::string>{"10:gait.compensation=1"});
  CHECK(p.set[0].line == 7);
  CHECK(p.set[0].key == "case.set");
  CHECK(grid.cells[0].kind == CellKind::Healthy);
  CHECK(grid.cells[8].name == "speed-change");
  CHECK(texts(grid.cells[8].change) ==
        std::vector<std::string>{"5:gait.speed_m_s=1.6", "15:gait.speed_m_s=0.8"});

  // the generated cells: one change each, at the seeded times
  const std::vector<double> times = draw_random_times(7, 3, 2, 18);
  for (std::size_t i = 0; i < 3; ++i) {
    const GridCell& c = grid.cells[9 + i];
    const std::string t = format_number(times[i]);
    CHECK(c.name == "block-" + std::to_string(i + 1) + "@" + t + "s");
    CHECK(c.kind == CellKind::Palsy);
    CHECK(texts(c.change) == std::vector<std::string>{t + ":left.superior_gluteal_nerve=0"});
  }

  // as ScenarioSpecs: the base, then the grid's duration, the sets in order, the changes
  const std::vector<ScenarioSpec> specs = build_cell_specs(grid);
  REQUIRE(specs.size() == grid.cells.size());
  const ScenarioSpec& s = specs[7];
  CHECK(s.name == "palsy/large/v1.2");
  CHECK(s.duration_s == 20);
  CHECK(s.height_m == 1.9);
  CHECK(s.mass_kg == 100);
  CHECK(s.inputs.speed_m_s == 1.2);
  CHECK(s.inputs.strength.left.superior_gluteal_nerve == 0);
  REQUIRE(s.changes.size() == 1);
  CHECK(s.changes[0].time_s == 10);
  CHECK(specs[0].mass_kg == 50);
  CHECK(specs[0].inputs.strength.left.superior_gluteal_nerve == 1);
  CHECK(specs[9].changes.at(0).time_s == times[0]);
  // --duration replaces the run's length; later changes are simply not reached
  const std::vector<ScenarioSpec> short_specs = build_cell_specs(grid, 8.0);
  CHECK(short_specs[8].duration_s == 8);
  CHECK(short_specs[8].changes.size() == 2);
  CHECK_THROWS_WITH(build_cell_specs(grid, 0.5), "--duration 0.5: expected a number of seconds in 1..3600 s");
}

TEST_CASE("select keeps the named product cells, in product order", "[grid][unit]") {
  std::string text = kSmallGrid;
  text.replace(text.find("\n[acceptance]"), 0, "\nselect = [\"palsy/large/v0.8\", \"healthy/small/v1.2\"]\n");
  const GridSpec grid = parse_grid_text(text, kGridName);
  REQUIRE(grid.cells.size() == 2 + 1 + 3);
  CHECK(grid.cells[0].name == "healthy/small/v1.2");
  CHECK(grid.cells[1].name == "palsy/large/v0.8");
  CHECK(grid.cells[2].name == "speed-change");
}

TEST_CASE("random change times: reproducible from the seed, in range, to the millisecond", "[grid][unit]") {
  // std::mt19937_64 is the standard's engine: its 10000th output from the default seed is fixed
  // (C++ standard, [rand.predef])
  std::mt19937_64 engine;
  engine.discard(9999);
  CHECK(engine() == 9981545732273789042ull);

  const std::vector<double> a = draw_random_times(14, 7, 5, 50);
  CHECK(a == draw_random_times(14, 7, 5, 50));
  CHECK(a != draw_random_times(15, 7, 5, 50));
  REQUIRE(a.size() == 7);
  for (double t : a) {
    CHECK(t >= 5);
    CHECK(t <= 50);
    CHECK(std::round(t * 1000) / 1000 == t);
  }
  // the mapping is fixed (top 53 bits / 2^53, scaled, rounded to the ms): the same on every platform
  std::mt19937_64 seeded(14);
  const double u = static_cast<double>(seeded() >> 11) * 0x1.0p-53;
  CHECK(a[0] == std::round((5 + u * 45) * 1000) / 1000);
  // a longer draw starts with the shorter one
  const std::vector<double> b = draw_random_times(14, 9, 5, 50);
  CHECK(std::vector<double>(b.begin(), b.begin() + 7) == a);
  CHECK(draw_random_times(3, 4, 12, 12) == std::vector<double>(4, 12.0));
}

TEST_CASE("bad grid files: one line naming file, line and key", "[grid][unit]") {
  const std::string file = kGridName;
  const std::string head = "base = \"../scenarios/normal.toml\"\nduration_s = 20\n";
  const std::string healthy = "case = [{ name = \"healthy\", kind = \"healthy\" }]\n";
  struct Case {
    std::string text;
    int line;
    std::string key;
    std::string message;  ///< what() after "file:line: key: "; a trailing '*' matches any rest
  };
  const std::vector<Case> cases = {
      {head + "speeds = [1.2]\n" + healthy, 3, "speeds",
       "unknown key; a grid file has name, description, base, duration_s, speed_m_s, case, body, select, "
       "acceptance, extra, random_change"},
      {"base = \"../scenarios/normal.toml\"\nduration_s = \"long\"\n" + healthy, 2, "duration_s",
       "expected a number of seconds in 1..3600 s, got \"long\""},
      {"name = \"x\"\nbase = \"../scenarios/nowhere.toml\"\n" + healthy, 2, "base",
       "cannot open scenario file " + std::string(GAITSIM_SOURCE_DIR) +
           "/scenarios/nowhere.toml: No such file or directory"},
      {head + "speed_m_s = []\n" + healthy, 3, "speed_m_s",
       "expected at least one speed; leave the key out for the base's"},
      {head + "case = []\n", 3, "case", "expected [[case]] tables, got []"},
      {head + "speed_m_s = [0.5]\n" + healthy, 3, "speed_m_s",
       "\"gait.speed_m_s=0.5\": gait.speed_m_s: expected a number in 0.6..1.8 m/s, got 0.5"},
      {head + "case = [\n  { name = \"weak\", kind = \"palsy\", set = [\"left.gluteus_medius=1.5\"] },\n]\n",
       4, "case.set", "\"left.gluteus_medius=1.5\": left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5"},
      {head + "case = [{ name = \"weak\", kind = \"palsy\", set = \"left.gluteus_medius=0\" }]\n", 3,
       "case.set",
       "expected a list of strings, e.g. [\"left.superior_gluteal_nerve=0\"], got \"left.gluteus_medius=0\""},
      {head + "case = [{ name = \"late\", kind = \"palsy\", change = [\"30:gait.compensation=1\"] }]\n", 3,
       "case.change", "\"30:gait.compensation=1\": time 30 s is past the end of the run (20 s)"},
      {head + "case = [{ name = \"x\", kind = \"weak\" }]\n", 3, "case.kind",
       "expected \"healthy\" or \"palsy\", got \"weak\""},
      {head + "case = [{ kind = \"healthy\" }]\n", 3, "case.name", "missing; expected a string"},
      {head + "case = [{ name = \"a b\", kind = \"healthy\" }]\n", 3, "case.name",
       "expected letters, digits, '.', '_', '+' or '-', got \"a b\""},
      {head + "case = [\n{ name = \"a\", kind = \"healthy\" },\n{ name = \"a\", kind = \"palsy\" },\n]\n", 5,
       "case.name", "\"a\" is used twice"},
      {head + "case = [{ name = \"a\", kind = \"healthy\", speed = 1 }]\n", 3, "case.speed",
       "unknown key; a [[case]] entry has name, kind, set, change"},
      {head + healthy + "select = [\"healthy/v1.2\"]\n", 4, "select",
       "no product cell is named \"healthy/v1.2\"; names look like \"healthy\""},
      {head + "speed_m_s = [1.2]\n", 3, "speed_m_s",
       "the product needs at least one [[case]] (its kind says how its cells are judged)"},
      {head +
           "[[random_change]]\nname = \"b\"\nkind = \"palsy\"\nchange = \"left.superior_gluteal_nerve=0\"\n"
           "count = 2\nseed = 1\ntime_s = [5, 25]\n",
       9, "random_change.time_s", "expected [from, to] in seconds within the run (0 .. 20), got [5, 25]"},
      {head +
           "[[random_change]]\nname = \"b\"\nkind = \"palsy\"\nchange = \"left.superior_gluteal_nerve=0\"\n"
           "count = 0\nseed = 1\ntime_s = [5, 15]\n",
       7, "random_change.count", "expected a whole number in 1..100, got 0"},
      {head + healthy + "[acceptance]\npalsy_min_speed_m_s = -1\n", 5, "acceptance.palsy_min_speed_m_s",
       "expected a number >= 0, got -1"},
      {head + healthy + "[acceptance]\nspeed_tolerance = 0.1\n", 5, "acceptance.speed_tolerance",
       "unknown key; [acceptance] has healthy_speed_tolerance_m_s, palsy_min_speed_m_s, speed_settle_s"},
      {head + "case = [{ name = \"x\", kind = \"healthy\"\n", 3, "", "*"},  // a TOML syntax error
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const InputError e = grid_error(c.text);
    const std::string what = e.what();
    CHECK(what.find('\n') == std::string::npos);
    CHECK(e.file() == file);
    CHECK(e.line() == c.line);
    CHECK(e.key() == c.key);
    const std::string prefix =
        file + ":" + std::to_string(c.line) + (c.key.empty() ? "" : ": " + c.key) + ": ";
    if (c.message == "*")
      CHECK_THAT(what, Catch::StartsWith(prefix));
    else
      CHECK(what == prefix + c.message);
  }
  // a missing key has no line of its own
  const InputError missing = grid_error(healthy);
  CHECK(missing.key() == "base");
  CHECK(std::string(missing.what()) == file + ": base: missing; expected a string");
  CHECK_THROWS_WITH(load_grid("/nonexistent/grid.toml"),
                    "/nonexistent/grid.toml: cannot open file: No such file or directory");
}

}  // namespace gait
