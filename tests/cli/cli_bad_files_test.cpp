// The real gaitsim binary on odd and bad scenario files (issue 12 item 8): whatever the file, one
// line naming it (and its line and key where there is one), exit 2 and no output file; or, for
// what is valid TOML written another way (a BOM, CRLF line ends, -0), the same run as without.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "gaitsim_process.h"

using namespace gait::test;

namespace {

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";

struct BadFile {
  const char* what;
  std::string file, content;
  std::string expected_error;  ///< after "gaitsim: "; a trailing '*' matches any rest
};

/// gaitsim ARGS, ended after 20 s should it hang (timeout(1): exit 124), then the one-line check;
/// `check` prints its line on stdout (one per file) and exits 2 too.
void check_bad(const TempDir& dir, const std::string& args, const std::string& error) {
  const Outcome o = run_gaitsim_with("timeout 20", args, dir);
  if (args.rfind("check ", 0) == 0) {
    CHECK(o.exit_code == 2);
    CHECK(o.err_lines.empty());
    CHECK(o.out == error + "\n");
  } else {
    check_one_line_error(o, error);
  }
  CHECK_FALSE(dir.has("out.json"));
}

/// The JSON summary of a 2 s run of `file` in `dir`.
std::string summary_of(const TempDir& dir, const std::string& file) {
  const Outcome o = run_gaitsim("run " + file + " --duration 2 --json out.json", dir);
  REQUIRE(o.exit_code == 0);
  std::string json = read_file(dir.path / "out.json");
  std::filesystem::remove(dir.path / "out.json");
  return json;
}

}  // namespace

TEST_CASE("bad scenario files: one line naming file and line and key with exit 2 and no output", "[cli]") {
  TempDir dir("bad_files");
  const std::string x = "name = \"x\"\n[left]\n";
  const std::vector<BadFile> cases = {
      {"empty file", "empty.toml", "",
       "empty.toml: the file is empty; a scenario sets at least name = \"...\" (absent keys take their "
       "defaults)"},
      {"only blank lines", "blank.toml", "\n \r\n\t\n", "blank.toml: the file is empty*"},
      {"1e308", "huge.toml", "name = \"x\"\n[body]\nmass_kg = 1e308\n",
       "huge.toml:3: body.mass_kg: expected a number in 30..150 kg, got 1e+308"},
      {"nan", "nan.toml", x + "gluteus_medius = nan\n",
       "nan.toml:3: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got nan"},
      {"inf", "inf.toml", x + "gluteus_medius = inf\n",
       "inf.toml:3: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got inf"},
      {"-inf", "ninf.toml", x + "gluteus_medius = -inf\n",
       "ninf.toml:3: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got -inf"},
      {"string for a number", "string.toml", x + "gluteus_medius = \"0.5\"\n",
       "string.toml:3: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got \"0.5\""},
      {"array for a number", "array.toml", x + "gluteus_medius = [0.5]\n",
       "array.toml:3: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got [0.5]"},
      {"table for a number", "table.toml", "name = \"x\"\n[left.gluteus_medius]\n",
       "table.toml:2: left.gluteus_medius: expected a number in 0..1 (a fraction of normal strength: 0.5 is half), got a table"},
      {"duplicate key", "dupkey.toml", x + "gluteus_medius = 0.5\ngluteus_medius = 0.6\n",
       "dupkey.toml:4: Error while parsing key-value pair: cannot redefine existing floating-point "
       "'gluteus_medius'"},
      {"duplicate table", "duptable.toml", x + "[left]\n",
       "duptable.toml:3: Error while parsing table header: cannot redefine existing table 'left'"},
      // toml++ 3.3 asserts on these where its asserts are on (upstream #190, #295), and reaches
      // __builtin_unreachable() on the non-ASCII ones (scenario/toml_guard.h)
      {"table name starting with /", "slash.toml", "[/x]\n", "slash.toml:1: Error while parsing key*"},
      {"time without its hour", "time.toml", "a = 1979-05-27T:\n", "time.toml:1: Error while parsing time*"},
      {"bytes d1 84", "cyrillic.toml", "\xd1\x84",
       "cyrillic.toml:1: unexpected character '\xd1\x84' (U+0444) outside a string or comment; TOML keys and "
       "values are ASCII"},
      {"a non-ASCII table name", "greek.toml", "name = \"x\"\n[\xce\xb1]\n",
       "greek.toml:2: unexpected character*"},
      {"a stray byte", "byte.toml", "name = \"x\"\n\xff = 1\n",
       "byte.toml:2: unexpected character byte 0xff*"},
      {"a newline in a key", "newline.toml", "name = \"x\"\n[\"le\\nft\"]\n",
       "newline.toml:2: le\\nft: unknown table; the tables are*"},
      {"10 MB", "big.toml", std::string(10'000'000, '#'),
       "big.toml: cannot open file: it is 10000000 bytes, more than the 1048576 an input file may have"},
  };
  for (const BadFile& c : cases) {
    INFO(c.what);
    dir.write(c.file, c.content);
    check_bad(dir, "run " + c.file + " --duration 1 --json out.json", c.expected_error);
  }
}

TEST_CASE("a directory or FIFO or /dev/null as scenario: one line and no hang", "[cli]") {
  TempDir dir("bad_kinds");
  std::filesystem::create_directory(dir.path / "dir.toml");
  REQUIRE(mkfifo((dir.path / "fifo.toml").c_str(), 0600) == 0);
  for (const std::string command : {"run", "check"}) {
    INFO(command);
    const std::string json = command == "run" ? " --duration 1 --json out.json" : "";
    check_bad(dir, command + " dir.toml" + json, "dir.toml: cannot open file: it is a directory");
    // nothing ever writes into the FIFO: a read of it would wait forever (timeout(1) ends it: 124)
    check_bad(dir, command + " fifo.toml" + json,
              "fifo.toml: cannot open file: it is a FIFO, not a regular file");
    check_bad(dir, command + " /dev/null" + json,
              "/dev/null: cannot open file: it is a character device, not a regular file");
  }
  check_bad(dir, "sweep fifo.toml --vary gait.compensation=0:1:1 --json out.json",
            "fifo.toml: cannot open file: it is a FIFO, not a regular file");
  check_bad(dir, "muscles --scenario fifo.toml --json out.json",
            "fifo.toml: cannot open file: it is a FIFO, not a regular file");
}

TEST_CASE("an unreadable scenario file: one line with the reason", "[cli]") {
  TempDir dir("bad_unreadable");
  dir.write("secret.toml", read_file(kNormal));
  REQUIRE(chmod((dir.path / "secret.toml").c_str(), 0) == 0);
  // root reads a file whatever its mode (CI runs as root): then gaitsim runs as nobody, as a
  // user without the right to read the file would
  const std::string as_user = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  if (geteuid() == 0) REQUIRE(chmod(dir.path.c_str(), 0777) == 0);  // nobody may write out.json there
  const Outcome o = run_gaitsim_with(as_user, "run secret.toml --duration 1 --json out.json", dir);
  check_one_line_error(o, "secret.toml: cannot open file: Permission denied");
  CHECK_FALSE(dir.has("out.json"));
}

TEST_CASE("the --duration flag at 0 and 1e9: one line naming the flag with the range and its unit", "[cli]") {
  TempDir dir("bad_duration");
  for (const std::string d : {"0", "0.5", "-1", "nan", "3600.5", "1e9"}) {
    INFO(d);
    const std::string got = d == "1e9" ? "1e+09" : d;
    check_bad(dir, "run " + kNormal + " --duration " + d + " --json out.json",
              "--duration " + d + ": duration_s: expected a number in 1..3600 s, got " + got);
  }
}

TEST_CASE("a BOM or CRLF line ends or -0 change nothing: the same summary as without", "[cli]") {
  TempDir dir("odd_files");
  const std::string normal = read_file(kNormal);
  dir.write("plain.toml", normal);
  dir.write("bom.toml", "\xef\xbb\xbf" + normal);
  std::string crlf;
  for (const char c : normal) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  dir.write("crlf.toml", crlf);
  const std::string plain = summary_of(dir, "plain.toml");
  CHECK(summary_of(dir, "bom.toml") == plain);
  CHECK(summary_of(dir, "crlf.toml") == plain);

  // -0 is 0, echoed as 0 in the outputs
  dir.write("zero.toml", "name = \"z\"\n[left]\ngluteus_medius = 0.0\n");
  dir.write("negzero.toml", "name = \"z\"\n[left]\ngluteus_medius = -0.0\n");
  const std::string zero = summary_of(dir, "zero.toml");
  CHECK(summary_of(dir, "negzero.toml") == zero);
  CHECK(zero.find("-0.0") == std::string::npos);
}
