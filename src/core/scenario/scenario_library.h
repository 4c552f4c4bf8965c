// The scenario library: the scenarios/ folder installed beside the program (PREFIX/share/gaitsim/
// scenarios, found from the program's own path) or, in a build tree, the source tree's. A scenario
// named without a folder ("normal.toml") that is not in the current folder is taken from there, so
// an installed gaitsim works from any directory (issue 16).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gait {

/// The library folders that exist, in search order: the installed one, then the source tree's.
std::vector<std::filesystem::path> scenario_library_dirs();

/// `path` itself when it names a file or a folder, or has a folder part; otherwise the first library
/// folder's file of that name (".toml" added when missing), if any; else `path` unchanged (its
/// loading then reports it missing).
std::string resolve_scenario_path(const std::string& path);

}  // namespace gait
