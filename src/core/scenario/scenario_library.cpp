#include "scenario/scenario_library.h"

#include <system_error>

namespace fs = std::filesystem;

namespace gait {

std::vector<fs::path> scenario_library_dirs() {
  std::vector<fs::path> dirs;
  std::error_code ec;
  // installed: PREFIX/bin/gaitsim beside PREFIX/share/gaitsim/scenarios (Linux: /proc/self/exe)
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "gaitsim" / "scenarios";
    if (fs::is_directory(installed, ec)) dirs.push_back(installed);
  }
  const fs::path source = fs::path(GAITSIM_SOURCE_DIR) / "scenarios";
  if (fs::is_directory(source, ec) && (dirs.empty() || !fs::equivalent(dirs.front(), source, ec))) dirs.push_back(source);
  return dirs;
}

std::string resolve_scenario_path(const std::string& path) {
  std::error_code ec;
  const fs::path p(path);
  if (path.empty() || fs::exists(p, ec) || p.has_parent_path()) return path;
  fs::path name = p;
  if (name.extension() != ".toml") name += ".toml";
  for (const fs::path& dir : scenario_library_dirs())
    if (fs::is_regular_file(dir / name, ec)) return (dir / name).string();
  return path;
}

}  // namespace gait
