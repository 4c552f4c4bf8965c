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
    return s;
  }
  std::string file_;
  int line_;
  std::string key_;
};

}  // namespace gait
