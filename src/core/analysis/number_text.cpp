// Numbers as text for the CSV outputs.
#include "analysis/number_text.h"

#include <charconv>
#include <cmath>

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

}  // namespace gait
