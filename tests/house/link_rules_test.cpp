// The record library and the gaitsim program link neither the app library nor SDL2 (gaitsim-app
// does; the loader's own list of the built programs is checked too) (docs/architecture.md#libraries): read
// from the link graph CMake writes at configure time with file(CONFIGURE) (the function
// gaitsim_write_link_graph in CMakeLists.txt: each target's LINK_LIBRARIES and
// INTERFACE_LINK_LIBRARIES target properties), and followed through every target it reaches.
#include <catch2/catch.hpp>

#ifdef GAITSIM_LINK_GRAPH_FILE

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

/// "target: item item ..." lines -> target -> items.
std::map<std::string, std::vector<std::string>> read_link_graph(const std::string& path) {
  std::map<std::string, std::vector<std::string>> graph;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const auto colon = line.find(": ");
    if (colon == std::string::npos) continue;
    std::istringstream items(line.substr(colon + 2));
    auto& out = graph[line.substr(0, colon)];
    for (std::string item; items >> item;) out.push_back(item);
  }
  return graph;
}

/// Everything `root` links, directly or through the targets it links.
std::set<std::string> reached(const std::map<std::string, std::vector<std::string>>& graph, const std::string& root) {
  std::set<std::string> seen;
  std::vector<std::string> todo{root};
  while (!todo.empty()) {
    const std::string t = todo.back();
    todo.pop_back();
    const auto it = graph.find(t);
    if (it == graph.end()) continue;
    for (const std::string& item : it->second)
      if (seen.insert(item).second) todo.push_back(item);
  }
  return seen;
}

/// What `command` prints on stdout.
std::string command_output(const std::string& command) {
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    pclose(pipe);
  }
  return out;
}

bool names_sdl(const std::string& item) {
  std::string lower = item;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find("sdl") != std::string::npos;
}

}  // namespace

TEST_CASE("house: the record library links neither the app nor SDL2", "[house]") {
  const auto graph = read_link_graph(GAITSIM_LINK_GRAPH_FILE);
  REQUIRE(graph.count("gaitsim_record") == 1);
  const std::set<std::string> record = reached(graph, "gaitsim_record");
  // what it does link: the core, the renderer, the overlays and the video encoder
  for (const char* lib : {"gaitsim_core", "gaitsim_render", "gaitsim_overlay", "gaitsim_video"}) CHECK(record.count(lib) == 1);
  CHECK(record.count("gaitsim_app") == 0);
  for (const std::string& item : record) {
    INFO(item);
    CHECK_FALSE(names_sdl(item));
  }
  // the graph does show SDL2 where it is linked (else the check above could not see it)
  const std::set<std::string> app = reached(graph, "gaitsim_app");
  CHECK(std::any_of(app.begin(), app.end(), names_sdl));
}

TEST_CASE("house: the gaitsim program links neither the app nor SDL2 but gaitsim-app does", "[house]") {
  const auto graph = read_link_graph(GAITSIM_LINK_GRAPH_FILE);
  REQUIRE(graph.count("gaitsim") == 1);
  const std::set<std::string> program = reached(graph, "gaitsim");
  // the commands, and the recorder that record and quiz draw with
  for (const char* lib : {"gaitsim_cli", "gaitsim_core", "gaitsim_record"}) CHECK(program.count(lib) == 1);
  CHECK(program.count("gaitsim_app") == 0);
  for (const std::string& item : program) {
    INFO(item);
    CHECK_FALSE(names_sdl(item));
  }
  const std::set<std::string> app_program = reached(graph, "gaitsim_app_program");
  CHECK(app_program.count("gaitsim_app") == 1);
  CHECK(std::any_of(app_program.begin(), app_program.end(), names_sdl));
}

TEST_CASE("house: the built gaitsim needs no SDL2 library when it starts but gaitsim-app does", "[house]") {
  // the dynamic loader's own answer (ldd: the libraries the program loads, transitively), not CMake's
  const auto needs_sdl = [](const std::filesystem::path& program) {
    REQUIRE(std::filesystem::exists(program));
    const std::string listing = command_output("ldd '" + program.string() + "'");
    REQUIRE(listing.find("libc.so") != std::string::npos);  // ldd did list the program's libraries
    return listing.find("libSDL2") != std::string::npos;
  };
  const std::filesystem::path gaitsim = GAITSIM_EXE;
  CHECK_FALSE(needs_sdl(gaitsim));
  CHECK(needs_sdl(gaitsim.parent_path() / "gaitsim-app"));
}

#endif
