// Numbers as text for the CSV outputs.
#include "analysis/number_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace gait {

void append_number(std::string& out, double value, int significant_digits) {
  if (std::isnan(value)) {
    out += "nan";
    return;
  }
  char buf[64];
  const auto result =
      std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, significant_digits);
  out.append(buf, result.ptr);
}

std::string fixed_text(std::optional<double> value, int decimals) {
  if (!value) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, *value);
  return buf;
}

std::string fixed_text_unsigned_zero(std::optional<double> value, int decimals) {
  std::string s = fixed_text(value, decimals);
  // -0.04 rounds to "-0.0": shown as 0.0
  if (s.size() > 1 && s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

}  // namespace gait
