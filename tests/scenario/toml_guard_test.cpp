// The check before toml++ parses (scenario/toml_guard.h): non-ASCII outside strings and comments is
// found with its line; inside any of TOML's four kinds of string, or a comment, it is left alone.
#include "scenario/toml_guard.h"

#include <catch2/catch.hpp>

namespace {

/// "LINE: MESSAGE" of the problem, or "none".
std::string problem_of(std::string_view text) {
  const auto p = gait::find_non_ascii_outside_strings(text);
  return p ? std::to_string(p->line) + ": " + p->message : "none";
}

}  // namespace

TEST_CASE("toml guard: non-ASCII in strings and comments is left alone", "[unit]") {
  CHECK(problem_of("name = \"caf\xc3\xa9\"\n") == "none");
  CHECK(problem_of("\xef\xbb\xbfname = \"x\"\n") == "none");  // a BOM
  CHECK_THAT(problem_of("a = 1\n\xef\xbb\xbf"), Catch::StartsWith("2: unexpected character"));  // only first
  CHECK(problem_of("name = 'caf\xc3\xa9'\n") == "none");
  CHECK(problem_of("# caf\xc3\xa9\nname = \"x\"\n") == "none");
  CHECK(problem_of("d = \"\"\"\n\xc3\xa9\n\"\"\"\n") == "none");
  CHECK(problem_of("d = '''\n\xc3\xa9\n'''\n") == "none");
  CHECK(problem_of("\"k\xc3\xa9y\" = 1\n") == "none");               // a quoted key
  CHECK(problem_of("d = \"a \\\" # \xc3\xa9\"\n") == "none");        // an escaped quote does not end it
  CHECK(problem_of("d = \"\"\"a\"\"\"\"\n# \xc3\xa9\n") == "none");  // ends in a quote of its own
  CHECK(problem_of("d = \"\\\\\"\n# \xc3\xa9\n") == "none");         // an escaped backslash
}

TEST_CASE("toml guard: non-ASCII elsewhere is found with its line and character", "[unit]") {
  CHECK(problem_of("name = \"x\"\n\xc3\xa9 = 1\n") ==
        "2: unexpected character '\xc3\xa9' (U+00E9) outside a string or comment; TOML keys and values are "
        "ASCII");
  CHECK_THAT(problem_of("[\xd1\x84]"), Catch::StartsWith("1: unexpected character '\xd1\x84' (U+0444)"));
  CHECK_THAT(problem_of("a = \"\"\"\n\n\"\"\"\nb = \xff\n"),
             Catch::StartsWith("4: unexpected character byte 0xff"));
  CHECK_THAT(problem_of("a = \"\"\"x\\\ny\"\"\"\n\xe2\x82\xac = 1\n"),
             Catch::StartsWith("3: unexpected character '\xe2\x82\xac' (U+20AC)"));
  // malformed TOML, which the parser may read differently: no non-ASCII after it
  CHECK_THAT(problem_of("a = \"open\n\xc3\xa9 = 1\n"),
             Catch::StartsWith("2: unexpected character '\xc3\xa9'"));
  CHECK_THAT(problem_of("a = 12'x\xc3\xa9'\n"),
             Catch::StartsWith("1: unexpected character '\xc3\xa9' (U+00E9) inside a bare value"));
  CHECK_THAT(problem_of("a = 'x' 'y\xc3\xa9'\n"),
             Catch::StartsWith("1: unexpected character '\xc3\xa9' (U+00E9) after malformed"));
  CHECK(problem_of("a = [\n  'x',\n  \"\xc3\xa9\", {b.'c' = \"\xc3\xa9\"}]\n") == "none");
}

TEST_CASE("toml guard: a quote inside a bare value opens no string", "[unit]") {
  // toml++ reads a number, date or boolean up to the next space, quotes included (fuzz regression
  // toml_unreachable_quote_after_value_dot.toml)
  CHECK_THAT(problem_of("a = 0g.\"\xc3\xa9\"\n"), Catch::StartsWith("1: unexpected character '\xc3\xa9'"));
  CHECK_THAT(problem_of("a = [1, 2.\"\xc3\xa9\"]\n"), Catch::StartsWith("1: unexpected character '\xc3\xa9'"));
  CHECK_THAT(problem_of("a = {b = 1.'\xc3\xa9'}\n"), Catch::StartsWith("1: unexpected character '\xc3\xa9'"));
  CHECK_THAT(problem_of("a = 1979-05-27T07:32:00'\xc3\xa9'\n"),
             Catch::StartsWith("1: unexpected character '\xc3\xa9'"));
  // '=' and brackets inside a bare value are part of it (fuzz regression toml_unreachable_equals_in_value.toml)
  CHECK_THAT(problem_of("d = 5.5e='I\xef\xbb\xba'\n"),
             Catch::StartsWith("1: unexpected character '\xef\xbb\xba' (U+FEFA) inside a bare value"));
  CHECK_THAT(problem_of("d = 5[\"\xc3\xa9\"]\n"), Catch::StartsWith("1: unexpected character '\xc3\xa9'"));
  CHECK(problem_of("a = [1,2.5, true ,1979-05-27 07:32:00]\nb = {c = -inf, d = \"\xc3\xa9\"}\n") == "none");
  // an unclosed string is not skipped: its own bytes are checked too
  CHECK_THAT(problem_of("d = 0g.\"x\xcb\xbdy"), Catch::StartsWith("1: unexpected character '\xcb\xbd' (U+02FD)"));
  // dotted keys still take quoted parts, in a header, a key and an inline table
  CHECK(problem_of("[a.\"\xc3\xa9\"]\nb . '\xc3\xa9' = 1\nc = {d.\"\xc3\xa9\" = 2}\n") == "none");
  // a multi-line array keeps its values' strings, across comments
  CHECK(problem_of("a = [ # \xc3\xa9\n  \"\xc3\xa9\",\n  [\"\xc3\xa9\"],\n]\nb = \"\xc3\xa9\"\n") == "none");
}

TEST_CASE("toml guard: after a backslash in a multi-line string only ASCII", "[unit]") {
  // toml++ tests the byte after it (and after a line-ending backslash's spaces and line breaks) for
  // whitespace, which is undefined for most non-ASCII characters (scenario/toml_guard.h)
  CHECK_THAT(problem_of("a = \"\"\"\\\xc3\xa9\"\"\"\n"),
             Catch::StartsWith("1: unexpected character '\xc3\xa9' (U+00E9) after a backslash"));
  CHECK_THAT(problem_of("a = \"\"\"x\\\n  \xc3\xa9\"\"\"\n"),
             Catch::StartsWith("2: unexpected character '\xc3\xa9' (U+00E9) after a backslash"));
  CHECK(problem_of("a = \"\"\"x\\\n  y\xc3\xa9\\\\\xc3\xa9\\\"\xc3\xa9\"\"\"\n") == "none");
  CHECK(problem_of("a = \"x\\\xc3\xa9\"\n") == "none");  // one line: toml++ refuses the escape itself
}
