// Errors in user input (scenario files, --set, --change, flags): one line naming file, line and key.
#pragma once

#include <stdexcept>
#include <string>

namespace gait {

/// Bad input. what() is the full one-line message, e.g.
/// "scenarios/x.toml:12: left.gluteus_medius: expected a number in 0..1, got 1.5".
/// The command line prints it and exits with code 2.
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, int line, std::string key, const std::string& message)
      : std::runtime_error(format(file, line, key, message)),
        file_(std::move(file)),
        line_(line),
        key_(std::move(key)) {}

  const std::string& file() const { return file_; }
  int line() const { return line_; }  ///< 0 when not known (e.g. a flag)
  const std::string& key() const { return key_; }

 private:
  static std::string format(const std::string& file, int line, const std::string& key,
                            const std::string& message) {
    // append-only: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string
    std::string s = file;
    if (line > 0) s.append(":").append(std::to_string(line));
    if (!key.empty()) s.append(s.empty() ? "" : ": ").append(key);
    s.append(s.empty() ? "" : ": ").append(message);
    return escape_control_characters(s);
  }
  /// One line, whatever a file name, key or value holds: control characters as \n, \t, \r or
  /// \xNN (a newline in a key would otherwise print two lines for one error).
  static std::string escape_control_characters(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
      const auto u = static_cast<unsigned char>(c);
      if (u >= 0x20 && u != 0x7f) {
        out += c;
        continue;
      }
      static constexpr char kHex[] = "0123456789abcdef";
      switch (c) {
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default: out.append("\\x").append(1, kHex[u >> 4]).append(1, kHex[u & 15]);
      }
    }
    return out;
  }
  std::string file_;
  int line_;
  std::string key_;
};

}  // namespace gait
