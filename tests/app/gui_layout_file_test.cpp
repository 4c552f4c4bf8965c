// The app's window layout (README "The app"): kept in $XDG_CONFIG_HOME/gaitsim/imgui.ini, read at
// start and written at exit. The app runs as a person would start it (no --frames: timed runs
// leave the layout alone) and is ended with SIGTERM, which SDL turns into a quit. Hidden ([.gui]).
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>

#include "../cli/gaitsim_process.h"

using namespace gait::test;

namespace {

/// The names of the files directly in `dir`.
std::set<std::string> file_names(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    names.insert(entry.path().filename().string());
  return names;
}

}  // namespace

TEST_CASE("the app reads its layout from XDG_CONFIG_HOME and writes it back there at exit", "[.gui]") {
  TempDir dir("gui_layout");
  const std::filesystem::path ini = dir.path / "config" / "gaitsim" / "imgui.ini";
  std::filesystem::create_directories(ini.parent_path());
  // a window the app never opens: ImGui keeps its settings only if it read them from this file
  const std::string sentinel = "[Window][gaitsim layout test]\nPos=12,34\nSize=56,78\nCollapsed=0\n";
  dir.write("config/gaitsim/imgui.ini", sentinel);
  const std::set<std::string> files_before = file_names(dir.path);

  // 20 s: the window is up within a few seconds even on a loaded machine; SIGTERM then quits
  const std::string scenario = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";
  const std::string command = "cd '" + dir.path.string() + "' && XDG_CONFIG_HOME='" +
                              (dir.path / "config").string() + "' timeout --preserve-status -s TERM 20 '" +
                              GAITSIM_EXE + "' '" + scenario + "' >out.txt 2>err.txt";
  const int status = std::system(command.c_str());
  INFO(read_file(dir.path / "err.txt"));
  // the app's own exit code: 0 when it quit on the signal, 143 had the signal killed it
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  std::filesystem::remove(dir.path / "out.txt");
  std::filesystem::remove(dir.path / "err.txt");

  const std::string written = read_file(ini);
  INFO(written);
  CHECK(written.find(sentinel) != std::string::npos);              // read back
  CHECK(written.find("[Window][") != written.rfind("[Window]["));  // and the app's own windows added
  // nothing else appears in the working directory (a layout file under a garbage name did)
  CHECK(file_names(dir.path) == files_before);
}
