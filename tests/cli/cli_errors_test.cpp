// The real gaitsim binary on bad input: exit code 2, one line on stderr naming file and key, and no
// output file left behind; and on good input: exit 0 and valid JSON.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::vector<std::string> err_lines;
};

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A fresh working directory for one test, removed at the end.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / ("gaitsim_cli_" + name + "_" + std::to_string(getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& file, const std::string& text) const { std::ofstream(path / file) << text; }
};

/// Runs `gaitsim ARGS` in `dir` (ARGS as a shell would split them), capturing stdout and stderr.
Outcome run_gaitsim(const std::string& args, const TempDir& dir) {
  const std::string cmd = "cd '" + dir.path.string() + "' && '" + GAITSIM_EXE + "' " + args +
                          " >gaitsim_stdout.txt 2>gaitsim_stderr.txt";
  const int status = std::system(cmd.c_str());
  Outcome o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.out = read(dir.path / "gaitsim_stdout.txt");
  std::istringstream err(read(dir.path / "gaitsim_stderr.txt"));
  for (std::string line; std::getline(err, line);) o.err_lines.push_back(line);
  fs::remove(dir.path / "gaitsim_stdout.txt");
  fs::remove(dir.path / "gaitsim_stderr.txt");
  return o;
}

struct BadInput {
  const char* what;
  std::string args;
  std::string expected_error;  ///< the whole stderr line after "gaitsim: ", or its start (ends with '*')
};

}  // namespace

TEST_CASE("gaitsim on bad input: exit 2, one line on stderr, no output file", "[cli]") {
  TempDir dir("bad_input");
  dir.write("range.toml", "name = \"x\"\n[left]\ngluteus_medius = 1.5\n");
  dir.write("type.toml", "name = \"x\"\n[gait]\nspeed_m_s = \"fast\"\n");
  dir.write("unknown.toml", "name = \"x\"\n\n[right]\ngluteus_maximus = 0.5\n");
  dir.write("syntax.toml", "name = \"x\"\n[gait\nspeed_m_s = 1.3\n");
  dir.write("enum.toml", "mode = \"jog\"\n");
  dir.write("expect.toml", "[expect]\n\"left.pelvic_drop_deg\" = [25, 10]\n");

  const std::vector<BadInput> cases = {
      {"missing file", "run missing.toml", "missing.toml: cannot open file: No such file or directory"},
      {"out of range", "run range.toml",
       "range.toml:3: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got 1.5"},
      {"wrong type", "run type.toml",
       "type.toml:3: gait.speed_m_s: expected a number in 0.6..1.8 m/s, got \"fast\""},
      {"unknown key", "run unknown.toml", "unknown.toml:4: right.gluteus_maximus: unknown key in [right]*"},
      {"syntax error", "run syntax.toml", "syntax.toml:2: *"},
      {"bad choice", "run enum.toml",
       "enum.toml:1: mode: expected one of \"walk\", \"stance-test\", got \"jog\""},
      {"bad expectation", "run expect.toml",
       "expect.toml:2: expect.\"left.pelvic_drop_deg\": expected a range [lo, hi] with lo <= hi, got [25, "
       "10]"},
      {"--set bad value", "run " + kNormal + " --set left.gluteus_medius=abc",
       "--set left.gluteus_medius=abc: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got \"abc\""},
      {"--set without =", "run " + kNormal + " --set left.gluteus_medius",
       "--set left.gluteus_medius: expected KEY=VALUE, e.g. left.gluteus_medius=0.2"},
      {"--set empty key", "run " + kNormal + " --set =1", "--set =1: expected KEY=VALUE*"},
      {"--set unknown key", "run " + kNormal + " --set gait.cadence=100",
       "--set gait.cadence=100: gait.cadence: unknown key in [gait]*"},
      {"--change past the end", "run " + kNormal + " --change 40:left.superior_gluteal_nerve=0",
       "--change 40:left.superior_gluteal_nerve=0: time 40 s is past the end of the run (30 s)"},
      {"--change past --duration", "run " + kNormal + " --duration 2 --change 3:gait.compensation=1",
       "--change 3:gait.compensation=1: time 3 s is past the end of the run (2 s)"},
      {"--change malformed", "run " + kNormal + " --change left.gluteus_medius=0",
       "--change left.gluteus_medius=0: expected TIME:KEY=VALUE*"},
      {"--change fixed key", "run " + kNormal + " --change 1:body.mass_kg=60",
       "--change 1:body.mass_kg=60: body.mass_kg: cannot change during a run*"},
      {"--duration out of range", "run " + kNormal + " --duration 5000",
       "--duration 5000: duration_s: expected a number in 1..3600 s, got 5000"},
      {"unwritable --json", "run " + kNormal + " --duration 2 --json no/such/dir/out.json",
       "no/such/dir/out.json: cannot write file: No such file or directory"},
      {"same file twice", "run " + kNormal + " --duration 2 --json out.json --csv out.json",
       "out.json: --csv names the same file as --json"},
      {"unknown option", "run " + kNormal + " --bogus", "The following argument was not expected: --bogus"},
      {"missing scenario", "run", "SCENARIO is required"},
      {"unknown command", "walk " + kNormal,
       "unknown command \"walk\"; the commands are run, sweep, grid, check, muscles, scenarios, merge"
#ifdef GAITSIM_HAS_RECORD
       ", record, quiz"
#endif
      },
#ifndef GAITSIM_HAS_APP  // with the app, no command opens it (tests/app covers that)
      {"no command", "", "no command given*"},
#endif
  };
  for (const BadInput& c : cases) {
    INFO(c.what << ": gaitsim " << c.args);
    // --json is added unless the case is about output files or the command line itself
    const bool add_json = c.args.rfind("run ", 0) == 0 && c.args.find("--json") == std::string::npos;
    const Outcome o = run_gaitsim(c.args + (add_json ? " --json out.json" : ""), dir);
    CHECK(o.exit_code == 2);
    REQUIRE(o.err_lines.size() == 1);
    const std::string& line = o.err_lines[0];
    if (c.expected_error.back() == '*') {
      CHECK_THAT(line,
                 Catch::StartsWith("gaitsim: " + c.expected_error.substr(0, c.expected_error.size() - 1)));
    } else {
      CHECK(line == "gaitsim: " + c.expected_error);
    }
    CHECK(o.out.empty());
    CHECK_FALSE(fs::exists(dir.path / "out.json"));
    CHECK_FALSE(fs::exists(dir.path / "out.json.tmp"));
  }
}

TEST_CASE("gaitsim run writes valid JSON and exits 0", "[cli]") {
  TempDir dir("run_json");
  // flags may come before the scenario: each --set and --change takes one value
  const Outcome o = run_gaitsim("run --set gait.speed_m_s=1.2 --change 1:gait.compensation=0.5 " + kNormal +
                                    " --duration 2 --json out.json --csv out.csv",
                                dir);
  CHECK(o.exit_code == 0);
  CHECK(o.err_lines.empty());  // no progress bar: stderr is not a terminal
  CHECK(o.out.empty());        // with --json, no table
  REQUIRE(fs::exists(dir.path / "out.json"));
  const nlohmann::json j = nlohmann::json::parse(read(dir.path / "out.json"));
  CHECK(j.at("inputs").at("duration_s").get<double>() == 2.0);
  CHECK(j.at("duration_s").get<double>() <= 2.0);  // less if it fell
  CHECK(j.at("fell").is_boolean());
  CHECK(j.at("inputs").at("gait").at("speed_m_s").get<double>() == 1.2);
  CHECK(fs::exists(dir.path / "out.csv"));
  for (const auto& entry : fs::directory_iterator(dir.path)) CHECK(entry.path().extension() != ".tmp");
}

TEST_CASE("gaitsim run without --json prints the summary table", "[cli]") {
  TempDir dir("run_table");
  const Outcome o = run_gaitsim("run " + kNormal + " --duration 1", dir);
  CHECK(o.exit_code == 0);
  CHECK(o.err_lines.empty());
  CHECK_THAT(o.out, Catch::Contains("Normal walking"));
  CHECK(run_gaitsim("run " + kNormal + " --duration 1 --quiet", dir).out.empty());
}

TEST_CASE("gaitsim check: one line per file, exit 2 if any failed", "[cli]") {
  TempDir dir("check");
  dir.write("bad.toml", "[left]\nsuperior_gluteal_nerve = -1\n");
  const Outcome ok = run_gaitsim("check " + kNormal, dir);
  CHECK(ok.exit_code == 0);
  CHECK(ok.out == kNormal + ": ok\n");

  const Outcome mixed = run_gaitsim("check " + kNormal + " bad.toml", dir);
  CHECK(mixed.exit_code == 2);
  CHECK(mixed.out ==
        kNormal + ": ok\nbad.toml:2: left.superior_gluteal_nerve: expected a number in 0..1 (a fraction of normal nerve function: 0 is a complete palsy), got -1\n");

  const Outcome keys = run_gaitsim("check --keys", dir);
  CHECK(keys.exit_code == 0);
  CHECK_THAT(keys.out, Catch::Contains("| `left.gluteus_medius` | number |"));
}

TEST_CASE("gaitsim --help and --version", "[cli]") {
  TempDir dir("help");
  const Outcome help = run_gaitsim("--help", dir);
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("run") && Catch::Contains("check"));

  // the version printed is the project's (CMakeLists.txt)
  const std::string cmake = read(fs::path(GAITSIM_SOURCE_DIR) / "CMakeLists.txt");
  std::smatch m;
  REQUIRE(std::regex_search(cmake, m, std::regex(R"(project\(gaitsim VERSION ([0-9.]+))")));
  const Outcome version = run_gaitsim("--version", dir);
  CHECK(version.exit_code == 0);
  CHECK(version.out == m[1].str() + "\n");
}
