// Output files written whole or not at all: a temporary name, then a rename (DESIGN section 8).
#pragma once

#include <string>

namespace gait {

/// Writes `content` to `path + ".tmp"`, then renames it to `path`, so readers never see a partial
/// file. On any failure the temporary file is removed and InputError(path, 0, "", "cannot write
/// file: <reason>") is thrown; an existing `path` is then left as it was.
void write_file_atomically(const std::string& path, const std::string& content);

/// Checks, before long work, that write_file_atomically(path, ...) can create its temporary file,
/// by creating and removing it. Throws the same InputError as write_file_atomically.
void check_writable(const std::string& path);

}  // namespace gait
