// Reading an input file (a scenario, a grid) whole, refusing what is not a regular file of a
// sensible size before anything blocks or fills memory (README "Bad input").
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace gait {

/// Largest input file read, 1 MiB: scenario and grid files are a few kilobytes, and one a thousand
/// times that is a mistake (a recording or a log given as a scenario), not a scenario.
inline constexpr std::size_t kMaxInputFileBytes = std::size_t{1} << 20;

/// The bytes of the regular file `path`, or nullopt with `reason` set ("No such file or directory",
/// "it is a directory", "it is a FIFO, not a regular file", "it is 10485760 bytes, ..."). A FIFO,
/// socket or device (/dev/null, a terminal) is refused without reading from it, so nothing blocks.
std::optional<std::string> try_read_input_file(const std::string& path, std::string& reason,
                                               std::size_t max_bytes = kMaxInputFileBytes);

/// try_read_input_file, throwing InputError(path, 0, "", "cannot open file: " + reason).
std::string read_input_file(const std::string& path, std::size_t max_bytes = kMaxInputFileBytes);

}  // namespace gait
