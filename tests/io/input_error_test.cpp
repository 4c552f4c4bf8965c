// InputError's message is one line whatever the file name, key or value holds: control characters
// are written as \n, \t, \r or \xNN.
#include "input_error.h"

#include <catch2/catch.hpp>

TEST_CASE("input errors: control characters are escaped in the file name and key and message", "[unit]") {
  const gait::InputError e("a\nb.toml", 3, std::string("le\nft\t\x01\x7f", 8), "unknown table\r");
  CHECK(std::string(e.what()) == "a\\nb.toml:3: le\\nft\\t\\x01\\x7f: unknown table\\r");
  // the parts stay as given, for code that compares them
  CHECK(e.key() == std::string("le\nft\t\x01\x7f", 8));
  // UTF-8 is text, not control characters
  CHECK(std::string(gait::InputError("s.toml", 1, "f\xc3\xa9mur", "x").what()) ==
        "s.toml:1: f\xc3\xa9mur: x");
}
