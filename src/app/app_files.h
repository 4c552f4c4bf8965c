// Files the app finds or names: the scenarios to list, the default scenario, where ImGui keeps the
// window layout, and the names of screenshots and clips.
#pragma once

#include <string>
#include <vector>

namespace gait {

/// The scenario opened when none is given: scenarios/normal.toml in the current folder, else the
/// scenario library's (installed, or the source tree's); empty when none exists (the app then runs
/// the built-in defaults).
std::string default_scenario_path();

/// The *.toml files of the folder `scenario_path` is in (or of scenarios/ when it is empty), sorted.
std::vector<std::string> list_scenarios(const std::string& scenario_path);

/// $XDG_CONFIG_HOME/gaitsim/imgui.ini (or ~/.config/gaitsim/imgui.ini), its folder created; empty
/// when there is no home to write to (the layout is then not remembered).
std::string layout_ini_path();

/// "gaitsim-YYYYMMDD-HHMMSS" + `extension` (".png", ".mp4") in the current folder (local time).
std::string timestamped_file_name(const std::string& extension);

}  // namespace gait
