// The controller's settings table (docs/controller.md#settings) against ControllerParams: the name
// tables cover the whole struct, every field has its row in the table (and the table no stale
// row), and every field is read by the code in src/ (no unused setting).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "control/controller_params.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> param_names() {
  std::vector<std::string> names;
  for (const gait::ScalarParam& s : gait::controller_scalar_params()) names.emplace_back(s.name);
  for (const gait::GainParam& g : gait::controller_gain_params()) names.emplace_back(g.name);
  return names;
}

std::string read_text(const fs::path& path) {
  std::ifstream f(path);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

/// The names in the first column of the table under "## Settings" (rows "| `name` | ...").
std::set<std::string> documented_names() {
  const std::string doc = read_text(fs::path(GAITSIM_SOURCE_DIR) / "docs" / "controller.md");
  const size_t start = doc.find("\n## Settings\n");
  REQUIRE(start != std::string::npos);
  const size_t end = doc.find("\n## ", start + 1);
  std::istringstream section(doc.substr(start, end == std::string::npos ? std::string::npos : end - start));
  std::set<std::string> names;
  for (std::string line; std::getline(section, line);) {
    if (line.rfind("| `", 0) != 0) continue;
    const size_t close = line.find('`', 3);
    if (close != std::string::npos) names.insert(line.substr(3, close - 3));
  }
  return names;
}

bool is_word_char(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; }

/// Whether `text` reads `prefix + name` as a whole member name (p.stance_hip is not
/// p.stance_hip_adduction).
bool reads_member(const std::string& text, const std::string& prefix, const std::string& name) {
  const std::string needle = prefix + name;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    const size_t after = at + needle.size();
    const bool whole_end = after >= text.size() || !is_word_char(text[after]);
    const bool whole_start = at == 0 || !is_word_char(text[at - 1]);
    if (whole_end && whole_start) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the controller settings name tables cover every ControllerParams field once", "[unit][control]") {
  const auto scalars = gait::controller_scalar_params();
  const auto gains = gait::controller_gain_params();
  // the struct holds only doubles and JointGains: the tables cover it when their sizes add up
  CHECK(scalars.size() * sizeof(double) + gains.size() * sizeof(gait::JointGains) ==
        sizeof(gait::ControllerParams));
  for (size_t i = 0; i < scalars.size(); ++i)
    for (size_t j = i + 1; j < scalars.size(); ++j) CHECK_FALSE(scalars[i].field == scalars[j].field);
  for (size_t i = 0; i < gains.size(); ++i)
    for (size_t j = i + 1; j < gains.size(); ++j) CHECK_FALSE(gains[i].field == gains[j].field);
  const std::vector<std::string> names = param_names();
  CHECK(std::set<std::string>(names.begin(), names.end()).size() == names.size());
  // each name sets its own field
  for (const gait::ScalarParam& s : scalars) {
    gait::ControllerParams p;
    REQUIRE(gait::set_controller_param(p, s.name, 12345.5));
    CHECK(p.*(s.field) == 12345.5);
  }
}

TEST_CASE("every controller setting has a row in the docs settings table and no row is stale",
          "[unit][control]") {
  const std::set<std::string> documented = documented_names();
  const std::vector<std::string> names = param_names();
  for (const std::string& name : names) {
    INFO(name);
    CHECK(documented.count(name) == 1);
  }
  for (const std::string& row : documented) {
    INFO(row);
    CHECK(std::find(names.begin(), names.end(), row) != names.end());
  }
}

TEST_CASE("every controller setting is read by the code in src", "[unit][control]") {
  // the controllers read their settings as p.NAME (a ControllerParams reference) or
  // m.control.NAME; model/controller_settings.h only declares them, controller_params.cpp only names
  // and scales them
  std::string code;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(GAITSIM_SOURCE_DIR) / "src")) {
    const fs::path& path = entry.path();
    if (!entry.is_regular_file() || (path.extension() != ".cpp" && path.extension() != ".h")) continue;
    if (path.stem() == "controller_params" || path.stem() == "controller_settings") continue;
    code += read_text(path);
  }
  REQUIRE(code.size() > 10000);
  for (const std::string& name : param_names()) {
    INFO(name);
    CHECK((reads_member(code, "p.", name) || reads_member(code, "control.", name)));
  }
}
