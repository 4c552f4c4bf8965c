// The house's include rules (docs/architecture.md#include-rules), checked on the includes themselves:
// src/core is headless (no SDL, OpenGL, EGL, Dear ImGui or libav header), only src/core/physics
// includes Bullet, each library includes only the libraries below it, and only the app includes SDL.
// Linking alone does not hold the first rule: those headers are on the default include path, so a
// header-only use inside src/core would compile.
#include <catch2/catch.hpp>
#include <regex>

#include "source_tree.h"

namespace {

/// Files that break a rule today, each with the reason; empty: none does. A listed file that stops
/// breaking it fails the test, so the list only shrinks.
const std::set<std::string> kKnownDisplayIncludesInCore = {};
const std::set<std::string> kKnownBulletOutsidePhysics = {};

/// The header named by an #include line, or "".
std::string included_header(const std::string& line) {
  static const std::regex include(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::smatch m;
  return std::regex_search(line, m, include) ? m[1].str() : std::string();
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

/// SDL, OpenGL (and its loaders), EGL, Dear ImGui (and its backends) or FFmpeg's libraries.
bool is_display_header(const std::string& h) {
  for (const char* p : {"SDL", "GL/", "GLES", "EGL/", "KHR/", "glad/", "epoxy/", "imgui", "backends/imgui", "libav",
                        "libsw", "libpostproc"})
    if (starts_with(h, p)) return true;
  return h.find("/imgui") != std::string::npos;
}

bool is_bullet_header(const std::string& h) {
  for (const char* p : {"btBullet", "BulletDynamics/", "BulletCollision/", "BulletSoftBody/", "LinearMath/",
                        "Bullet3", "bullet/"})
    if (starts_with(h, p)) return true;
  return false;
}

/// "file:line: #include ..." for each include of `folder` whose header `bad` picks.
std::map<std::string, std::vector<std::string>> includes_matching(const std::string& folder,
                                                                   bool (*bad)(const std::string&)) {
  std::map<std::string, std::vector<std::string>> hits;
  for (const auto& path : house::source_files(folder)) {
    const std::vector<std::string> lines = house::read_lines(path);
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (const std::string h = included_header(lines[i]); !h.empty() && bad(h))
        hits[house::relative(path)].push_back(house::relative(path) + ":" + std::to_string(i + 1) + ": " + lines[i]);
  }
  return hits;
}

/// The breaks outside `known`, as text; and fails for each listed file that no longer breaks the rule.
std::string unexpected_breaks(const std::map<std::string, std::vector<std::string>>& hits,
                              const std::set<std::string>& known) {
  std::string out;
  for (const auto& [file, lines] : hits)
    if (known.count(file) == 0)
      for (const std::string& l : lines) out += l + "\n";
  for (const std::string& file : known) {
    INFO(file << " is listed as a known break but no longer breaks the rule: remove it from the list");
    CHECK(hits.count(file) == 1);
  }
  return out;
}

}  // namespace

TEST_CASE("house: the include scanner recognises the headers it looks for", "[house]") {
  CHECK(included_header("#include <SDL.h>") == "SDL.h");
  CHECK(included_header("  #  include \"imgui.h\"  // the GUI") == "imgui.h");
  CHECK(included_header("// #include <GL/gl.h> in a comment") == "");
  for (const char* h : {"SDL.h", "SDL2/SDL.h", "GL/gl.h", "EGL/egl.h", "imgui.h", "backends/imgui_impl_sdl.h",
                        "libavcodec/avcodec.h", "libswscale/swscale.h"})
    CHECK(is_display_header(h));
  for (const char* h : {"btBulletDynamicsCommon.h", "BulletDynamics/Featherstone/btMultiBody.h", "LinearMath/btVector3.h",
                        "BulletCollision/CollisionShapes/btCompoundShape.h"})
    CHECK(is_bullet_header(h));
  CHECK_FALSE(is_display_header("scene/scene.h"));
  CHECK_FALSE(is_bullet_header("physics/physics_world.h"));
  // the scanner finds the Bullet includes that physics/ does have (else it cannot see any)
  CHECK(includes_matching("src/core/physics", is_bullet_header).count("src/core/physics/physics_world.cpp") == 1);
  // ... and the display includes the app does have
  CHECK_FALSE(includes_matching("src/app", is_display_header).empty());
}

TEST_CASE("house: src/core includes no SDL OpenGL EGL ImGui or libav header", "[house]") {
  const std::string breaks = unexpected_breaks(includes_matching("src/core", is_display_header),
                                               kKnownDisplayIncludesInCore);
  INFO("src/core is headless (docs/architecture.md#include-rules):\n" << breaks);
  CHECK(breaks.empty());
}

/// A header of the project's own libraries above the folder's: `upper` lists their include prefixes.
static std::map<std::string, std::vector<std::string>> upward_includes(
    const std::string& folder, const std::vector<std::string>& upper) {
  std::map<std::string, std::vector<std::string>> hits;
  for (const auto& path : house::source_files(folder)) {
    const std::vector<std::string> lines = house::read_lines(path);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string h = included_header(lines[i]);
      const bool sdl = starts_with(h, "SDL");
      if (sdl || std::any_of(upper.begin(), upper.end(), [&h](const std::string& u) { return starts_with(h, u); }))
        hits[house::relative(path)].push_back(house::relative(path) + ":" + std::to_string(i + 1) + ": " + lines[i]);
    }
  }
  return hits;
}

TEST_CASE("house: each library includes only the libraries below it and only the app includes SDL",
          "[house]") {
  // docs/architecture.md#include-rules: core -> render / video -> overlay -> app / record -> cli
  const std::vector<std::pair<std::string, std::vector<std::string>>> rules = {
      {"src/core", {"render/", "video/", "overlay/", "app/", "record/"}},
      {"src/render", {"video/", "overlay/", "app/", "record/"}},
      {"src/video", {"overlay/", "app/", "record/"}},
      {"src/overlay", {"video/", "app/", "record/"}},
      {"src/record", {"app/"}},
  };
  for (const auto& [folder, upper] : rules) {
    const std::string breaks = unexpected_breaks(upward_includes(folder, upper), {});
    INFO(folder << " includes a library above it, or SDL:\n" << breaks);
    CHECK(breaks.empty());
  }
  // the scanner sees the app's own includes of the overlay and of SDL (else it cannot see any)
  CHECK(upward_includes("src/app", {"overlay/"}).count("src/app/app.cpp") == 1);
}

TEST_CASE("house: inside the core a folder includes only the folders below it", "[house]") {
  // docs/architecture.md#inside-the-core, lowest first; the ground floor (units.h, side.h, math/,
  // io/, model/ids.h, ...) is below them all
  const std::vector<std::string> folders = {"scenario", "model", "muscle", "physics", "control",
                                            "sim", "analysis", "grid", "scene", "quiz"};
  const auto level = [&folders](const std::string& path) {
    const std::string top = path.substr(0, path.find('/'));
    const auto it = std::find(folders.begin(), folders.end(), top);
    return it == folders.end() ? -1 : static_cast<int>(it - folders.begin());
  };
  std::map<std::string, std::vector<std::string>> hits;
  for (const auto& path : house::source_files("src/core")) {
    const std::string file = house::relative(path);
    const int own = level(file.substr(std::string("src/core/").size()));
    const std::vector<std::string> lines = house::read_lines(path);
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (const std::string h = included_header(lines[i]); h != "model/ids.h" && level(h) > own)
        hits[file].push_back(file + ":" + std::to_string(i + 1) + ": " + lines[i]);
  }
  const std::string breaks = unexpected_breaks(hits, {});
  INFO("a lower folder of the core includes a higher one:\n" << breaks);
  CHECK(breaks.empty());
}

TEST_CASE("house: only src/core/physics includes Bullet headers", "[house]") {
  auto hits = includes_matching("src", is_bullet_header);
  for (auto it = hits.begin(); it != hits.end();)
    it = starts_with(it->first, "src/core/physics/") ? hits.erase(it) : std::next(it);
  const std::string breaks = unexpected_breaks(hits, kKnownBulletOutsidePhysics);
  INFO("Bullet belongs to src/core/physics (docs/architecture.md#include-rules):\n" << breaks);
  CHECK(breaks.empty());
}
