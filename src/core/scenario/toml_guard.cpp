// find_non_ascii_outside_strings: a small scanner of TOML's strings and comments (TOML 1.0 spec,
// "Comment" and "String").
#include "scenario/toml_guard.h"

#include <algorithm>

#include <cstdio>

#include "input_error.h"

namespace gait {
namespace {

/// The UTF-8 character starting at `text[i]` as shown in a message: "'é' (U+00E9)", or "byte 0xd1"
/// when the bytes there are not UTF-8.
std::string describe_character(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  const int length = b0 >= 0xf0 && b0 < 0xf5 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 && b0 < 0xe0 ? 2 : 0;
  char buf[48];
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
    std::snprintf(buf, sizeof buf, "byte 0x%02x", b0);
    return buf;
  }
  unsigned code = b0 & (0x7fu >> length);
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) {
      std::snprintf(buf, sizeof buf, "byte 0x%02x", b0);
      return buf;
    }
    code = code << 6 | (byte(i + k) & 0x3fu);
  }
  std::snprintf(buf, sizeof buf, " (U+%04X)", code);
  return "'" + std::string(text.substr(i, static_cast<std::size_t>(length))) + "'" + buf;
}

}  // namespace

std::optional<TomlTextProblem> find_non_ascii_outside_strings(std::string_view text) {
  int line = 1;
  // a UTF-8 byte order mark at the start is not text (toml++ skips it)
  std::size_t i = text.substr(0, 3) == "\xef\xbb\xbf" ? 3 : 0;
  const auto starts = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
  // moves past the string that opens at i, counting lines; false when it never closes
  const auto skip_string = [&]() {
    const char quote = text[i];
    const bool multi = starts(quote == '"' ? "\"\"\"" : "'''");
    i += multi ? 3 : 1;
    while (i < text.size()) {
      const char c = text[i];
      if (c == '\n') {
        if (!multi) return false;  // a one-line string ends at the line; the parser says so
        ++line;
      }
      if (c == '\\' && quote == '"') {
        // an escape: the next byte is never the closing quote (\\ included); a line-ending one
        if (i + 1 < text.size() && text[i + 1] == '\n') ++line;
        i += 2;
        continue;
      }
      if (c == quote && (!multi || starts(quote == '"' ? "\"\"\"" : "'''"))) {
        i += multi ? 3 : 1;
        // a multi-line string may end in one or two quotes of its own before the delimiter
        for (int extra = 0; multi && extra < 2 && i < text.size() && text[i] == quote; ++extra) ++i;
        return true;
      }
      ++i;
    }
    return false;
  };
  // the last byte before i on this line that is not a space or tab, or '\n' at the line's start
  char before = '\n';
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      ++i;
      before = '\n';
    } else if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      // a string starts a key or a value: after a line's start, '=', '[', ',', '{' or '.'. A quote
      // anywhere else is malformed TOML, whose value the parser may scan past the quote
      // (1979-05-27T07:HH'...'), and an unclosed string may be no string to it: from there on,
      // no byte outside ASCII is let through
      const bool opens_string = std::string_view("\n=[,{.").find(before) != std::string_view::npos;
      if (!opens_string || !skip_string()) break;
      before = c;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      return TomlTextProblem{line, "unexpected character " + describe_character(text, i) +
                                       " outside a string or comment; TOML keys and values are ASCII"};
    } else {
      if (c != ' ' && c != '\t') before = c;
      ++i;
    }
  }
  for (; i < text.size(); ++i) {
    if (text[i] == '\n') ++line;
    if (static_cast<unsigned char>(text[i]) >= 0x80)
      return TomlTextProblem{line, "unexpected character " + describe_character(text, i) +
                                       " after malformed TOML; TOML keys and values are ASCII"};
  }
  return std::nullopt;
}

toml::table parse_checked_toml(std::string_view text, const std::string& source_name) {
  if (const auto problem = find_non_ascii_outside_strings(text))
    throw InputError(source_name, problem->line, "", problem->message);
  try {
    return toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    std::string message(e.description());
    std::replace(message.begin(), message.end(), '\n', ' ');
    throw InputError(source_name, static_cast<int>(e.source().begin.line), "", message);
  }
}

}  // namespace gait
