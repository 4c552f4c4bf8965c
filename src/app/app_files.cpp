// Scenario listing, layout file, and screenshot and clip names.
#include "app/app_files.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace gait {

std::string default_scenario_path() {
  for (const fs::path& p : {fs::path("scenarios/normal.toml"), fs::path(GAITSIM_SOURCE_DIR) / "scenarios/normal.toml"}) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p.string();
  }
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
