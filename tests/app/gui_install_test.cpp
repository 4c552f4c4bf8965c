// The installed app from its desktop entry (issue 16): cmake --install into a fresh prefix, then
// the entry's Exec line run as a launcher would (the prefix's bin on PATH, %f dropped, from a
// folder with no scenarios) opens the window on the installed library's normal.toml. Hidden
// ([.gui]): run it by tag under a display.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "../cli/gaitsim_process.h"

using namespace gait::test;

TEST_CASE("the installed app opens from its desktop entry on the installed scenario library", "[.gui]") {
  TempDir dir("gui_install");
  const std::filesystem::path build = std::filesystem::path(GAITSIM_EXE).parent_path();
  const std::filesystem::path prefix = dir.path / "prefix";
  REQUIRE(std::system(("cmake --install '" + build.string() + "' --prefix '" + prefix.string() + "' > /dev/null").c_str()) ==
          0);
  const std::string entry = read_file(prefix / "share/applications/gaitsim.desktop");
  std::smatch exec;
  REQUIRE(std::regex_search(entry, exec, std::regex("\nExec=([^\n]*)")));
  const std::string command = std::regex_replace(exec[1].str(), std::regex(" ?%[fFuU]"), "");
  CHECK(command == "gaitsim");
  std::filesystem::create_directories(dir.path / "elsewhere");
  const std::string cmd = "cd '" + (dir.path / "elsewhere").string() + "' && PATH='" + (prefix / "bin").string() +
                          "':\"$PATH\" " + command + " --frames 30 --frame-dt 0.02 --print-readouts > out.txt 2>&1";
  INFO(cmd);
  const int status = std::system(cmd.c_str());
  const std::string out = read_file(dir.path / "elsewhere/out.txt");
  INFO(out);
  CHECK(status == 0);
  CHECK(out.find("readouts frame=30") != std::string::npos);
  CHECK(out.find("app error") == std::string::npos);
}
