// Numbers as text for the CSV outputs: fixed, locale-independent formatting, byte-identical run to run.
#pragma once

#include <string>

namespace gait {

/// Appends `value` like printf's "%.<significant_digits>g" but independent of the C locale (always a
/// '.' decimal point): std::to_chars, general format. Non-finite values print as "nan" / "inf".
void append_number(std::string& out, double value, int significant_digits = 6);

}  // namespace gait
