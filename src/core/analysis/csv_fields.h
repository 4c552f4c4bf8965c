// Reading the compiled-in reference CSVs (assets/*.csv): lines split at commas, fields trimmed, numbers
// parsed independently of the locale, every error an InputError naming the file, line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gait {

/// The fields of one CSV line (no quoting: the reference files have none).
std::vector<std::string_view> split_commas(std::string_view line);

/// `s` without leading and trailing blanks (and a trailing carriage return).
std::string_view trim_blanks(std::string_view s);

/// `field` as a finite number; throws InputError(file, line, column, ...) on anything else.
double parse_csv_number(std::string_view field, const char* file, int line, const std::string& column);

/// Calls `on_line(line_no, trimmed_line)` for every line of `text` that is neither empty nor a `#`
/// comment, numbering lines from 1.
template <class OnLine>
void for_each_csv_line(std::string_view text, OnLine on_line) {
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::string_view line =
        trim_blanks(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    on_line(line_no, line);
  }
}

}  // namespace gait
