// Numbers as text for the CSV outputs: fixed, locale-independent formatting, byte-identical run to run.
#pragma once

#include <optional>
#include <string>

namespace gait {

/// Appends `value` like printf's "%.<significant_digits>g" but independent of the C locale (always a
/// '.' decimal point): std::to_chars, general format. Non-finite values print as "nan" / "inf".
void append_number(std::string& out, double value, int significant_digits = 6);

/// `value` like printf's "%.<decimals>f" (the tables and reports); "-" when there is none.
std::string fixed_text(std::optional<double> value, int decimals);

/// fixed_text, but a value that rounds to zero never shows a minus sign ("-0.0" reads "0.0").
std::string fixed_text_unsigned_zero(std::optional<double> value, int decimals);

}  // namespace gait
