// Citations in the code point into the repository: no file under src/ cites a document a person who
// clones gaitsim cannot read ("DESIGN n", "controller note n", physiology.md, ../shared), and every
// docs/ page and section that a comment (or a docs/ page, or the README) names exists.
#include <catch2/catch.hpp>
#include <regex>

#include "source_tree.h"

namespace {

/// Files still citing documents outside the repository, left for the lead who is rewriting them
/// (docs/CITATIONS_TODO.md lists each citation and its replacement). Remove a file once its
/// citations are replaced: the list may only shrink.
const std::set<std::string> kKnownRemaining = {};

/// What a citation of a document outside the repository looks like.
bool cites_outside(const std::string& line) {
  static const std::regex outside(
      R"(DESIGN|controller note|physiology\.md|reference/controller\.md|reference/style\.md|/shared/|\(note [0-9])");
  return std::regex_search(line, outside);
}

/// file -> its lines that cite outside documents ("file:line: text").
std::map<std::string, std::vector<std::string>> outside_citations() {
  std::map<std::string, std::vector<std::string>> hits;
  for (const auto& path : house::source_files("src")) {
    const std::vector<std::string> lines = house::read_lines(path);
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (cites_outside(lines[i]))
        hits[house::relative(path)].push_back(house::relative(path) + ":" + std::to_string(i + 1) + ": " + lines[i]);
  }
  return hits;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += x + "\n";
  return s;
}

/// A cited page (relative to the source root) and section: `section` is an anchor ("#abductors"
/// without the '#') or a heading's text followed by more words ("Abductors, ..."); empty: the page.
struct Citation {
  std::string where;  ///< file:line of the citation
  std::string page;
  std::string anchor;
  std::string section_text;
};

/// Citations in `lines` of a file in folder `base` (relative to the source root): in code,
/// `docs/X.md#anchor`, `docs/X.md, Heading` and `README.md#anchor` name pages from the source root;
/// in Markdown, `](target.md#anchor)` and `](#anchor)` links name pages relative to the file.
std::vector<Citation> citations_in(const std::string& file, const std::vector<std::string>& lines, bool markdown) {
  static const std::regex code_anchor(R"(((?:docs/)?[A-Za-z_]+\.md)#([A-Za-z0-9_-]+))");
  static const std::regex code_section(R"((docs/[A-Za-z_]+\.md), ([A-Z][A-Za-z0-9 -]*))");
  static const std::regex code_page(R"((docs/[A-Za-z_]+\.md))");
  static const std::regex link(R"(\]\(([^)#\s]*)(?:#([^)\s]+))?\))");
  const std::string dir = std::filesystem::path(file).parent_path().generic_string();
  std::vector<Citation> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string where = file + ":" + std::to_string(i + 1);
    const std::string& line = lines[i];
    if (markdown) {
      for (auto it = std::sregex_iterator(line.begin(), line.end(), link); it != std::sregex_iterator(); ++it) {
        const std::string target = (*it)[1];
        if (target.find("://") != std::string::npos) continue;  // a web address
        if (!target.empty() && target.size() < 3) continue;
        if (!target.empty() && target.compare(target.size() - 3, 3, ".md") != 0) continue;  // not a page
        const std::string page =
            target.empty() ? file : (std::filesystem::path(dir) / target).lexically_normal().generic_string();
        out.push_back({where, page, (*it)[2], ""});
      }
      continue;
    }
    bool found = false;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), code_anchor); it != std::sregex_iterator(); ++it) {
      out.push_back({where, (*it)[1], (*it)[2], ""});
      found = true;
    }
    for (auto it = std::sregex_iterator(line.begin(), line.end(), code_section); it != std::sregex_iterator(); ++it) {
      out.push_back({where, (*it)[1], "", (*it)[2]});
      found = true;
    }
    if (!found)
      for (auto it = std::sregex_iterator(line.begin(), line.end(), code_page); it != std::sregex_iterator(); ++it)
        out.push_back({where, (*it)[1], "", ""});
  }
  return out;
}

/// Problems with `c`, or "".
std::string check_citation(const Citation& c) {
  static std::map<std::string, house::MarkdownSections> pages;
  auto it = pages.find(c.page);
  if (it == pages.end()) it = pages.emplace(c.page, house::markdown_sections(house::source_root() / c.page)).first;
  const house::MarkdownSections& s = it->second;
  if (!s.exists) return c.where + ": " + c.page + " does not exist";
  if (!c.anchor.empty() && s.anchors.count(c.anchor) == 0)
    return c.where + ": " + c.page + " has no section #" + c.anchor;
  if (!c.section_text.empty()) {
    for (const std::string& h : s.headings) {
      const bool prefix = c.section_text.compare(0, h.size(), h) == 0;
      if (prefix && (c.section_text.size() == h.size() || !std::isalnum(static_cast<unsigned char>(c.section_text[h.size()]))))
        return "";
    }
    return c.where + ": " + c.page + " has no section \"" + c.section_text + "\"";
  }
  return "";
}

}  // namespace

TEST_CASE("house: the citation scanner finds outside documents and sections", "[house]") {
  CHECK(cites_outside("// the fall criterion of DESIGN 6"));
  CHECK(cites_outside("// (controller note 13: a palsy ...)"));
  CHECK(cites_outside("/// figures from physiology.md"));
  CHECK(cites_outside("// never capped (note 13)"));
  CHECK_FALSE(cites_outside("// see docs/controller.md#learning (Yin 2007)"));
  CHECK(house::github_anchor("Time series CSV (`--csv`)") == "time-series-csv---csv");
  CHECK(house::github_anchor("Muscle forces and the hip contact force") == "muscle-forces-and-the-hip-contact-force");
  const std::vector<Citation> found =
      citations_in("src/x.h", {"// a (docs/model.md#abductors) b docs/model.md, Abductor capacity of"}, false);
  REQUIRE(found.size() == 2);
  CHECK(found[0].page == "docs/model.md");
  CHECK(found[0].anchor == "abductors");
  CHECK(found[1].section_text == "Abductor capacity of");
  CHECK(check_citation(found[0]).empty());
  CHECK(check_citation(found[1]).empty());
  CHECK_FALSE(check_citation({"x", "docs/model.md", "no-such-section", ""}).empty());
  CHECK_FALSE(check_citation({"x", "docs/model.md", "", "Nothing like it"}).empty());
  CHECK_FALSE(check_citation({"x", "docs/no_such_page.md", "", ""}).empty());
}

TEST_CASE("house: no file under src cites a document outside the repository", "[house]") {
  const auto hits = outside_citations();
  std::vector<std::string> unexpected;
  for (const auto& [file, lines] : hits)
    if (kKnownRemaining.count(file) == 0) unexpected.insert(unexpected.end(), lines.begin(), lines.end());
  INFO("cite a section of docs/ (docs/FILE.md#section) or a published source (author year) instead:\n"
       << joined(unexpected));
  CHECK(unexpected.empty());
}

TEST_CASE("house: the known list of files still citing outside documents only shrinks", "[house]") {
  // the list is empty since every file was rewritten (issue 18 item 4); a file listed again must still
  // cite an outside document, so the list can only shrink back to empty
  const auto hits = outside_citations();
  CHECK(kKnownRemaining.size() <= hits.size());
  for (const std::string& file : kKnownRemaining) {
    INFO(file << " is listed in kKnownRemaining (tests/house/citations_test.cpp) but cites no outside "
                 "document any more: remove it from the list");
    CHECK(hits.count(file) == 1);
  }
}

TEST_CASE("house: every docs section cited in src and in the documentation exists", "[house]") {
  std::vector<Citation> all;
  std::size_t from_code = 0;
  for (const auto& path : house::source_files("src")) {
    const auto found = citations_in(house::relative(path), house::read_lines(path), false);
    from_code += found.size();
    all.insert(all.end(), found.begin(), found.end());
  }
  std::vector<std::filesystem::path> pages = {house::source_root() / "README.md"};
  for (const auto& e : std::filesystem::directory_iterator(house::source_root() / "docs"))
    if (e.path().extension() == ".md") pages.push_back(e.path());
  for (const auto& page : pages) {
    const std::string file = house::relative(page);
    // the replacements waiting in docs/CITATIONS_TODO.md are written as code will cite them
    if (file == "docs/CITATIONS_TODO.md")
      for (const Citation& c : citations_in(file, house::read_lines(page), false)) all.push_back(c);
    for (const Citation& c : citations_in(file, house::read_lines(page), true))
      // the README's own links are its authors' to check; its links into docs/ are checked here
      if (file != "README.md" || c.page.rfind("docs/", 0) == 0) all.push_back(c);
  }
  // the code cites docs/ in dozens of places; none found means the scanner is broken
  REQUIRE(from_code >= 20);
  std::vector<std::string> problems;
  for (const Citation& c : all)
    if (const std::string p = check_citation(c); !p.empty()) problems.push_back(p);
  INFO(joined(problems));
  CHECK(problems.empty());
}
