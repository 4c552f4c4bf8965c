// No function in src/ is longer than about 80 lines (issue 18): checked at 90 lines, from the
// opening to the closing brace, by the brace-counting scan of function_length.h.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "function_length.h"
#include "source_tree.h"

namespace {

constexpr int kMaxFunctionLines = 90;

/// Files that still hold a longer function; empty: none does. A listed file whose functions all
/// fit fails the test, so the list only shrinks.
const std::set<std::string> kKnownLongFunctions = {};

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<int> lengths(const std::string& source) {
  std::vector<int> out;
  for (const house::FunctionSpan& f : house::function_spans(source)) out.push_back(f.lines);
  return out;
}

}  // namespace

TEST_CASE("house: the function scanner finds function bodies and only those", "[house]") {
  CHECK(lengths("int f(int a) {\n  return a;\n}\n") == std::vector<int>{3});
  // a member function, a constructor with a brace initialiser, a trailing return type
  CHECK(lengths("struct S {\n  int g() const noexcept {\n    return 1;\n  }\n  int x_;\n};\n") == std::vector<int>{3});
  CHECK(lengths("S::S(int a) : x_{a}, y_(a) {\n}\nS::S() : x_{0} {\n  go();\n}\n") == std::vector<int>{2, 3});
  CHECK(lengths("auto h() -> std::vector<int> {\n  return {};\n}\n") == std::vector<int>{3});
  // a lambda, an if and a local brace initialiser belong to their function
  CHECK(lengths("void k() {\n  auto l = [](int a) {\n    return a;\n  };\n  if (l(1)) {\n  }\n  int v[2] = {1, 2};\n}\n") ==
        std::vector<int>{8});
  // brace initialisers, namespaces, enums, comments, strings and preprocessor lines are not functions
  CHECK(lengths("namespace n {\nconst int kA[2] = {1, 2};\nconst std::array<int, 2> kB{{3, 4}};\n"
                "enum class E : int { A, B };\n}  // namespace n {\n") == std::vector<int>{});
  CHECK(lengths("const char* s = \"f() {\";\n/* g() { */\n#define M(x) { x }\nint f() { return '{'; }\n") ==
        std::vector<int>{1});
  CHECK(lengths("const char* r = R\"x(a() {)x\";\nvoid g() {\n}\n") == std::vector<int>{2});
}

TEST_CASE("house: no function in src is longer than 90 lines", "[house]") {
  std::map<std::string, std::vector<std::string>> long_ones;
  for (const auto& path : house::source_files("src"))
    for (const house::FunctionSpan& f : house::function_spans(read_text(path)))
      if (f.lines > kMaxFunctionLines)
        long_ones[house::relative(path)].push_back(house::relative(path) + ":" + std::to_string(f.first_line) +
                                                   ": " + std::to_string(f.lines) + " lines");
  std::string unexpected;
  for (const auto& [file, list] : long_ones)
    if (kKnownLongFunctions.count(file) == 0)
      for (const std::string& l : list) unexpected += l + "\n";
  INFO("functions longer than " << kMaxFunctionLines << " lines (split them into named pieces):\n" << unexpected);
  CHECK(unexpected.empty());
  for (const std::string& file : kKnownLongFunctions) {
    INFO(file << " is listed as holding a long function but holds none: remove it from the list");
    CHECK(long_ones.count(file) == 1);
  }
}
