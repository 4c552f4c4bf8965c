// find_non_ascii_outside_strings: a small scanner of TOML's strings and comments (TOML 1.0 spec,
// "Comment" and "String").
#include "scenario/toml_guard.h"

#include <algorithm>
#include <vector>

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

/// Where a value may start: after a key's '=', or after '[', ',' or a line break inside an array.
constexpr std::string_view kValueStarts = "=[,\n";

/// A walk over TOML text that knows which quotes open a string. toml++ reads a bare value (a number,
/// date or boolean) up to the next space, ']', '}', ',' or '#', quotes included, so a quote opens a
/// string only where TOML allows one: in a key (at a line's start, after '[', '{', ',' or the '.' of
/// a dotted key) or as a value (after '=', or after '[', ',' or a line break inside an array).
class TomlTextScanner {
 public:
  explicit TomlTextScanner(std::string_view text) : text_(text) {
    // a UTF-8 byte order mark at the start is not text (toml++ skips it)
    if (text_.substr(0, 3) == "\xef\xbb\xbf") i_ = 3;
  }

  std::optional<TomlTextProblem> run() {
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '"' || c == '\'') {
        const std::size_t quote_at = i_;
        const int line_at_quote = line_;
        if (!quote_opens_string()) break;
        if (auto problem = skip_string()) return problem;
        if (!string_closed_) {
          // an unclosed string may be no string to the parser: from its quote on, no byte outside
          // ASCII is let through
          i_ = quote_at;
          line_ = line_at_quote;
          break;
        }
        before_ = c;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        return problem_at(i_, "outside a string or comment; TOML keys and values are ASCII");
      } else if (starts_bare_value(c)) {
        if (auto problem = skip_bare_value()) return problem;
      } else {
        step_outside_string(c);
      }
    }
    return first_non_ascii_after_malformed();
  }

 private:
  bool starts(std::string_view s) const { return text_.substr(i_, s.size()) == s; }

  TomlTextProblem problem_at(std::size_t at, const std::string& where) const {
    return TomlTextProblem{line_, "unexpected character " + describe_character(text_, at) + " " + where};
  }

  /// Where a quote may start a string (the class's comment); anywhere else the text is malformed.
  bool quote_opens_string() const {
    const std::string_view openers = in_value_ ? kValueStarts : "\n[{,.";
    return openers.find(before_) != std::string_view::npos;
  }

  /// Whether `c` starts a bare value (a number, date, boolean, or something malformed): in a value's
  /// place, anything but a space, a quote, a bracket, a separator or a comment.
  bool starts_bare_value(char c) const {
    return in_value_ && kValueStarts.find(before_) != std::string_view::npos &&
           std::string_view(" \t\r\n\"'[{]},#").find(c) == std::string_view::npos;
  }

  /// Moves past a bare value as toml++ reads it: up to the next space, line break, ']', '}', ',' or
  /// '#', quotes, brackets and '=' included (`5.5e='x'` is one malformed value to it); every byte
  /// of it must be ASCII.
  std::optional<TomlTextProblem> skip_bare_value() {
    for (; i_ < text_.size() && std::string_view(" \t\r\n]},#").find(text_[i_]) == std::string_view::npos; ++i_) {
      if (static_cast<unsigned char>(text_[i_]) >= 0x80)
        return problem_at(i_, "inside a bare value; TOML keys and values are ASCII");
    }
    before_ = 'v';  // a value ended here: no quote after it opens a string
    return std::nullopt;
  }

  /// One byte outside strings: comments, line breaks, brackets and '=' move the key/value context.
  void step_outside_string(char c) {
    if (c == '#') {
      while (i_ < text_.size() && text_[i_] != '\n') ++i_;
      return;
    }
    ++i_;
    if (c == ' ' || c == '\t' || c == '\r') return;
    before_ = c;
    if (c == '\n') {
      ++line_;
      // only an array spans lines; anything else open at a line break is malformed
      if (brackets_.empty() || brackets_.back() != '[' || !in_value_) {
        brackets_.clear();
        enclosing_in_value_.clear();
        in_value_ = false;
      }
    } else if (c == '=') {
      in_value_ = true;
    } else if (c == '[' || c == '{') {
      enclosing_in_value_.push_back(in_value_);
      brackets_.push_back(c);
      // an array holds values; a table header and an inline table hold keys
      in_value_ = c == '[' && in_value_;
    } else if ((c == ']' || c == '}') && !brackets_.empty()) {
      brackets_.pop_back();
      in_value_ = enclosing_in_value_.back();
      enclosing_in_value_.pop_back();
    } else if (c == ',' && !brackets_.empty() && brackets_.back() == '{') {
      in_value_ = false;  // the next key of an inline table
    }
  }

  /// Moves past the string that opens at i_, counting lines; string_closed_ says whether it closed.
  /// In a multi-line basic string, toml++ tests the character after a backslash, and after the
  /// spaces and line breaks of a line-ending backslash, for whitespace (upstream #190 again): a
  /// non-ASCII one there is a problem.
  std::optional<TomlTextProblem> skip_string() {
    const char quote = text_[i_];
    const std::string_view delimiter = quote == '"' ? "\"\"\"" : "\'\'\'";
    const bool multi = starts(delimiter);
    i_ += multi ? 3 : 1;
    string_closed_ = false;
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '\n') {
        if (!multi) return std::nullopt;  // a one-line string ends at the line; the parser says so
        ++line_;
      }
      if (c == '\\' && quote == '"') {
        if (multi) {
          if (auto problem = check_after_backslash()) return problem;
          continue;
        }
        i_ += 2;  // an escape: the next byte is never the closing quote (\\ included)
        continue;
      }
      if (c == quote && (!multi || starts(delimiter))) {
        i_ += multi ? 3 : 1;
        // a multi-line string may end in one or two quotes of its own before the delimiter
        for (int extra = 0; multi && extra < 2 && i_ < text_.size() && text_[i_] == quote; ++extra) ++i_;
        string_closed_ = true;
        return std::nullopt;
      }
      ++i_;
    }
    return std::nullopt;
  }

  /// At a backslash in a multi-line basic string: past it, and past any spaces, tabs and line breaks
  /// that follow, to the next other byte, which must be ASCII.
  std::optional<TomlTextProblem> check_after_backslash() {
    std::size_t j = i_ + 1;
    int lines = 0;
    for (; j < text_.size() && std::string_view(" \t\r\n").find(text_[j]) != std::string_view::npos; ++j)
      lines += text_[j] == '\n';
    if (j < text_.size() && static_cast<unsigned char>(text_[j]) >= 0x80) {
      line_ += lines;
      return problem_at(j, "after a backslash in a multi-line string; write it as \\uXXXX there");
    }
    // an escape (\\ or \" included) is two bytes; a line-ending backslash ends at the next byte
    const bool line_ending = j > i_ + 1;
    line_ += lines;
    i_ = line_ending ? j : i_ + 2;
    return std::nullopt;
  }

  std::optional<TomlTextProblem> first_non_ascii_after_malformed() {
    for (; i_ < text_.size(); ++i_) {
      if (text_[i_] == '\n') ++line_;
      if (static_cast<unsigned char>(text_[i_]) >= 0x80)
        return problem_at(i_, "after malformed TOML; TOML keys and values are ASCII");
    }
    return std::nullopt;
  }

  std::string_view text_;
  std::size_t i_ = 0;
  int line_ = 1;
  /// the last byte before i_ outside strings that is not a space or tab ('\n' at a line's start)
  char before_ = '\n';
  bool in_value_ = false;                ///< after a key's '=' or inside an array
  std::vector<char> brackets_;           ///< the open '[' and '{', innermost last
  std::vector<bool> enclosing_in_value_; ///< in_value_ outside each open bracket
  bool string_closed_ = false;
};

}  // namespace

std::optional<TomlTextProblem> find_non_ascii_outside_strings(std::string_view text) {
  return TomlTextScanner(text).run();
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
