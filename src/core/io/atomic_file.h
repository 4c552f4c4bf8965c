// A single output file written whole or not at all, through OutputFiles (io/output_file.h).
#pragma once

#include <string>
#include <string_view>

namespace gait {

/// Writes `content` to `path` as OutputFiles does (a temporary beside it, renamed when complete; a
/// device or FIFO written directly), so readers never see a partial file. Throws InputError(path,
/// 0, "", "cannot write file: <reason>") or the refusal of a directory etc.; `path` is then left as
/// it was and no temporary remains.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace gait
