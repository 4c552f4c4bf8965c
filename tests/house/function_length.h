// Function lengths for the house tests: a brace-counting scan of C++ source, without a parser.
// Comments, string and character literals (raw strings too) and preprocessor lines are blanked
// first; then a '{' at namespace or class scope opens a function body when the text before it ends
// with ')' (after const, noexcept, override, final, mutable or a trailing return type), or with a
// constructor's last brace initialiser ("x_{0} {"). Lambdas inside a function count as part of it.
#pragma once

#include <algorithm>
#include <cctype>
#include <regex>
#include <string>
#include <vector>

namespace house {

/// Whether the ' at `i` separates digits (1'000, 0xFF'FF): the word before it starts with a digit.
inline bool digit_separator(const std::string& text, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && (std::isalnum(static_cast<unsigned char>(text[k - 1])) || text[k - 1] == '\'')) --k;
  return k < i && std::isdigit(static_cast<unsigned char>(text[k]));
}

/// `text` with comments, literals and preprocessor lines replaced by spaces (newlines kept).
inline std::string blank_non_code(const std::string& text) {
  std::string out = text;
  const std::size_t n = text.size();
  std::size_t i = 0;
  bool line_start = true;
  const auto blank = [&out](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < out.size(); ++k)
      if (out[k] != '\n') out[k] = ' ';
  };
  while (i < n) {
    const char c = text[i];
    if (c == '\n') {
      line_start = true;
      ++i;
      continue;
    }
    if (line_start && c == '#') {  // a preprocessor line, with its continuations
      std::size_t j = i;
      while (j < n && !(text[j] == '\n' && text[j - 1] != '\\')) ++j;
      blank(i, j);
      i = j;
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(c))) line_start = false;
    if (text.compare(i, 2, "//") == 0) {
      const std::size_t j = text.find('\n', i);
      blank(i, j == std::string::npos ? n : j);
      i = j == std::string::npos ? n : j;
    } else if (text.compare(i, 2, "/*") == 0) {
      const std::size_t j = text.find("*/", i + 2);
      const std::size_t end = j == std::string::npos ? n : j + 2;
      blank(i, end);
      i = end;
    } else if (c == 'R' && i + 1 < n && text[i + 1] == '"' &&
               (i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'))) {
      const std::size_t open = text.find('(', i + 2);
      const std::string close = ")" + text.substr(i + 2, open - (i + 2)) + "\"";
      const std::size_t j = text.find(close, open);
      const std::size_t end = j == std::string::npos ? n : j + close.size();
      blank(i, end);
      i = end;
    } else if (c == '"' || (c == '\'' && !digit_separator(text, i))) {
      // a string or a character
      std::size_t j = i + 1;
      while (j < n && text[j] != c && text[j] != '\n') j += text[j] == '\\' ? 2 : 1;
      blank(i, j + 1);
      i = j + 1;
    } else {
      ++i;
    }
  }
  return out;
}

struct FunctionSpan {
  int first_line = 0;  ///< the line of its opening brace
  int lines = 0;       ///< from the opening to the closing brace, both counted
};

/// The function bodies (at namespace or class scope) of a C++ source text. At that scope a '{' opens
/// a function body when the text before it ends with ')' (and qualifiers) or with a constructor's
/// brace initialiser after a ')'; a namespace, class, struct, union, enum or extern block when its
/// declaration names one; and otherwise a brace initialiser.
inline std::vector<FunctionSpan> function_spans(const std::string& source) {
  static const std::regex body_tail(R"(\)\s*((const|noexcept|override|final|mutable)\s*)*(->[^;{}()]*)?$)");
  static const std::regex scope_word(R"((^|[^\w])(namespace|class|struct|union|enum|extern)([^\w]|$))");
  const std::string code = blank_non_code(source);
  enum class Block { Scope, Function, Other, Init };
  struct Open {
    Block kind;
    int line;
  };
  std::vector<Open> stack;
  std::vector<FunctionSpan> spans;
  int line = 1;
  int functions_open = 0;
  std::size_t header_start = 0;  // where the declaration being read at namespace or class scope starts
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '\n') {
      ++line;
    } else if (c == '{') {
      Block kind = Block::Other;
      if (functions_open == 0 && !stack.empty() && stack.back().kind == Block::Init) {
        kind = Block::Init;
      } else if (functions_open == 0) {
        std::string header = code.substr(header_start, i - header_start);
        while (!header.empty() && std::isspace(static_cast<unsigned char>(header.back()))) header.pop_back();
        const std::string tail = header.size() > 400 ? header.substr(header.size() - 400) : header;
        if (std::regex_search(tail, body_tail) ||
            (!header.empty() && header.back() == '}' && header.find(')') != std::string::npos))
          kind = Block::Function;
        else if (header.empty() || std::regex_search(header, scope_word))
          kind = Block::Scope;
        else
          kind = Block::Init;
        if (kind != Block::Init) header_start = i + 1;
      }
      if (kind == Block::Function) ++functions_open;
      stack.push_back({kind, line});
    } else if (c == '}' && !stack.empty()) {
      const Open o = stack.back();
      stack.pop_back();
      if (o.kind == Block::Function) {
        --functions_open;
        spans.push_back({o.line, line - o.line + 1});
      }
      if (functions_open == 0 && o.kind != Block::Init && o.kind != Block::Other) header_start = i + 1;
    } else if (c == ';' && functions_open == 0 && (stack.empty() || stack.back().kind != Block::Init)) {
      header_start = i + 1;
    }
  }
  return spans;
}

}  // namespace house
