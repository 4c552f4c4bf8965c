// Reading the project's own files for the house tests: the source files under a folder, their lines,
// and the sections (headings) of a Markdown page with the anchors GitHub gives them.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace house {

inline const std::filesystem::path& source_root() {
  static const std::filesystem::path root = GAITSIM_SOURCE_DIR;
  return root;
}

/// Path of `p` relative to the source root, with '/' separators ("src/core/side.h").
inline std::string relative(const std::filesystem::path& p) {
  return std::filesystem::relative(p, source_root()).generic_string();
}

/// Every C++ source file (.h, .hpp, .cpp, .cpp.in) under `folder` (relative to the source root),
/// sorted by path.
inline std::vector<std::filesystem::path> source_files(const std::string& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(source_root() / folder)) {
    if (!e.is_regular_file()) continue;
    const std::string name = e.path().filename().string();
    const auto ends_with = [&name](const std::string& s) {
      return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    if (ends_with(".h") || ends_with(".hpp") || ends_with(".cpp") || ends_with(".cpp.in")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

inline std::vector<std::string> read_lines(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// The anchor GitHub gives a heading: lower case; letters, digits, '-' and '_' kept, spaces turned
/// into '-', everything else dropped ("Time series CSV (`--csv`)" -> "time-series-csv---csv").
inline std::string github_anchor(const std::string& heading) {
  std::string a;
  for (char c : heading) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_')
      a += static_cast<char>(std::tolower(u));
    else if (c == ' ')
      a += '-';
  }
  return a;
}

/// The sections of a Markdown page: each heading's text and its anchor (a repeated anchor gets -1,
/// -2, ... as on GitHub). Lines inside ``` fences are not headings. Empty when the file is missing.
struct MarkdownSections {
  bool exists = false;
  std::vector<std::string> headings;
  std::set<std::string> anchors;
};

inline MarkdownSections markdown_sections(const std::filesystem::path& page) {
  MarkdownSections out;
  if (!std::filesystem::is_regular_file(page)) return out;
  out.exists = true;
  std::map<std::string, int> seen;
  bool fenced = false;
  for (const std::string& line : read_lines(page)) {
    if (line.rfind("```", 0) == 0) fenced = !fenced;
    if (fenced || line.empty() || line[0] != '#') continue;
    const std::size_t hashes = line.find_first_not_of('#');
    if (hashes == std::string::npos || hashes > 6 || line[hashes] != ' ') continue;
    std::string text = line.substr(hashes + 1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '#')) text.pop_back();
    out.headings.push_back(text);
    const std::string base = github_anchor(text);
    const int n = seen[base]++;
    out.anchors.insert(n == 0 ? base : base + "-" + std::to_string(n));
  }
  return out;
}

}  // namespace house
