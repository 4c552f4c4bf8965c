// Scenario listing, layout file, and screenshot and clip names.
#include "app/app_files.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <system_error>

#include "scenario/scenario_library.h"

namespace fs = std::filesystem;

namespace gait {

std::string default_scenario_path() {
  std::error_code ec;
  if (fs::is_regular_file("scenarios/normal.toml", ec)) return "scenarios/normal.toml";
  // the installed library (PREFIX/share/gaitsim/scenarios), or the source tree's
  for (const fs::path& dir : scenario_library_dirs())
    if (fs::is_regular_file(dir / "normal.toml", ec)) return (dir / "normal.toml").string();
  return {};
}

std::vector<std::string> list_scenarios(const std::string& scenario_path) {
  fs::path dir = scenario_path.empty() ? fs::path("scenarios") : fs::path(scenario_path).parent_path();
  if (dir.empty()) dir = ".";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".toml") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string layout_ini_path() {
  fs::path dir;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    dir = fs::path(xdg) / "gaitsim";
  else if (const char* home = std::getenv("HOME"); home && *home)
    dir = fs::path(home) / ".config" / "gaitsim";
  else
    return {};
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return {};
  return (dir / "imgui.ini").string();
}

std::string timestamped_file_name(const std::string& extension) {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "gaitsim-%Y%m%d-%H%M%S", &tm);
  return buf + extension;
}

}  // namespace gait
