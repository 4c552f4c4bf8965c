// Case bank files -> QuizBank: every key and word checked, every override tried on the base scenario.
#include "quiz/quiz_bank.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <set>
#include <span>
#include <sstream>

#include "input_error.h"
#include "io/input_file.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_values.h"
#include "scenario/toml_guard.h"

namespace gait {
namespace {

constexpr std::string_view kTopKeys[] = {"name",   "description", "base", "duration_s",
                                         "camera", "show_plots",  "case"};
constexpr std::string_view kCaseKeys[] = {"name", "lesion",  "side", "compensated", "mirror",
                                          "set",  "note", "indistinguishable"};

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

std::string join(std::span<const std::string_view> names) {
  std::string s;
  for (std::string_view n : names) s.append(s.empty() ? "" : ", ").append(n);
  return s;
}

/// The file's text; `fail` is called with the reason when it cannot be read (and must throw).
std::string read_text_or(const std::string& path, const std::function<void(const std::string&)>& fail) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) fail("it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class BankReader {
 public:
  explicit BankReader(std::string source) : source_(std::move(source)) {}

  QuizBank read(const toml::table& root) {
    QuizBank bank;
    bank.source = source_;
    for (const auto& [k, node] : root)
      if (std::find(std::begin(kTopKeys), std::end(kTopKeys), k.str()) == std::end(kTopKeys))
        fail(node, std::string(k.str()), "unknown key; a case bank has " + join(kTopKeys));
    const toml::node* base = root.get("base");
    if (!base) throw InputError(source_, 0, "base", "missing: the base scenario, e.g. base = \"../scenarios/normal.toml\"");
    if (!base->is_string()) fail(*base, "base", "expected a file name, got " + describe_node(*base));
    std::filesystem::path p(base->as_string()->get());
    if (p.is_relative()) p = std::filesystem::path(source_).parent_path() / p;
    bank.base_path = p.lexically_normal().string();
    bank.base_text = read_text_or(bank.base_path, [&](const std::string& why) {
      fail(*base, "base", "cannot open scenario file " + bank.base_path + ": " + why);
    });
    try {
      parse_scenario_text(bank.base_text, bank.base_path);
    } catch (const InputError& e) {
      fail(*base, "base", std::string("the base scenario: ") + e.what());
    }
    if (const toml::node* d = root.get("duration_s")) {
      const auto v = d->value<double>();
      if (!v || !(*v >= 1 && *v <= 3600)) fail(*d, "duration_s", "expected a number in 1..3600 s, got " + describe_node(*d));
      bank.duration_s = *v;
    }
    if (const toml::node* c = root.get("camera")) {
      if (!c->is_string()) fail(*c, "camera", "expected a camera name, got " + describe_node(*c));
      bank.camera = c->as_string()->get();
    }
    if (const toml::node* plots = root.get("show_plots")) {
      if (!plots->is_boolean()) fail(*plots, "show_plots", "expected true or false, got " + describe_node(*plots));
      bank.show_plots = plots->as_boolean()->get();
    }
    const toml::node* cases = root.get("case");
    if (!cases) throw InputError(source_, 0, "case", "missing: the bank has no [[case]]");
    if (!cases->is_array_of_tables()) fail(*cases, "case", "expected [[case]] tables");
    std::set<std::string> names;
    for (const toml::node& n : *cases->as_array()) {
      QuizCase c = read_case(*n.as_table());
      if (!names.insert(c.name).second) fail(n, "case.name", "\"" + c.name + "\" is used twice");
      check_overrides(bank, c);
      bank.cases.push_back(std::move(c));
    }
    return bank;
  }

 private:
  [[noreturn]] void fail(const toml::node& node, const std::string& key, const std::string& message) const {
    throw InputError(source_, line_of(node), key, message);
  }

  template <typename Enum, std::size_t N>
  Enum read_word(const toml::table& t, const char* key, const Enum (&values)[N], std::string_view (*name)(Enum)) {
    const toml::node* n = t.get(key);
    if (!n) throw InputError(source_, line_of(t), std::string("case.") + key, "missing");
    std::string words;
    for (const Enum v : values) {
      if (n->is_string() && n->as_string()->get() == name(v)) return v;
      words += (words.empty() ? "\"" : ", \"") + std::string(name(v)) + "\"";
    }
    fail(*n, std::string("case.") + key, "expected one of " + words + ", got " + describe_node(*n));
  }

  bool read_bool(const toml::table& t, const char* key, bool fallback) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    if (!n->is_boolean()) fail(*n, std::string("case.") + key, "expected true or false, got " + describe_node(*n));
    return n->as_boolean()->get();
  }

  QuizCase read_case(const toml::table& t) {
    QuizCase c;
    c.line = line_of(t);
    for (const auto& [k, node] : t)
      if (std::find(std::begin(kCaseKeys), std::end(kCaseKeys), k.str()) == std::end(kCaseKeys))
        fail(node, "case." + std::string(k.str()), "unknown key; a case has " + join(kCaseKeys));
    const toml::node* name = t.get("name");
    if (!name || !name->is_string() || name->as_string()->get().empty())
      throw InputError(source_, name ? line_of(*name) : c.line, "case.name", "expected a non-empty name");
    c.name = name->as_string()->get();
    c.lesion = read_word(t, "lesion", kLesions, lesion_name);
    c.side = read_word(t, "side", kWeakSides, weak_side_name);
    c.compensated = read_bool(t, "compensated", false);
    c.mirror = read_bool(t, "mirror", true);
    c.indistinguishable = read_bool(t, "indistinguishable", false);
    if ((c.lesion == Lesion::None) != (c.side == WeakSide::None))
      throw InputError(source_, c.line, "case.side",
                       "\"" + c.name + "\": a case has a weak side exactly when it has a lesion");
    if (const toml::node* note = t.get("note")) {
      if (!note->is_string()) fail(*note, "case.note", "expected text, got " + describe_node(*note));
      c.note = note->as_string()->get();
    }
    if (const toml::node* set = t.get("set")) {
      if (!set->is_array()) fail(*set, "case.set", "expected a list of \"KEY=VALUE\", got " + describe_node(*set));
      for (const toml::node& s : *set->as_array()) {
        if (!s.is_string()) fail(s, "case.set", "expected \"KEY=VALUE\", got " + describe_node(s));
        c.set.push_back(s.as_string()->get());
      }
    }
    return c;
  }

  void check_overrides(const QuizBank& bank, const QuizCase& c) const {
    for (const QuizCase& variant : {c, mirrored(c)}) {
      try {
        parse_scenario_text(bank.base_text, bank.base_path, variant.set);
      } catch (const InputError& e) {
        std::string message = e.what();
        if (!e.file().empty() && message.starts_with(e.file() + ": ")) message.erase(0, e.file().size() + 2);
        throw InputError(source_, c.line, "case.set", "\"" + c.name + "\": " + message);
      }
    }
  }

  std::string source_;
};

/// "left.x" <-> "right.x"
std::string swap_side_prefix(const std::string& s) {
  if (s.starts_with("left.")) return "right." + s.substr(5);
  if (s.starts_with("right.")) return "left." + s.substr(6);
  return s;
}

}  // namespace

std::string_view lesion_name(Lesion l) {
  switch (l) {
    case Lesion::SuperiorGlutealNerve: return "superior_gluteal_nerve";
    case Lesion::GluteusMedius: return "gluteus_medius";
    case Lesion::GluteusMinimus: return "gluteus_minimus";
    case Lesion::TflAlone: return "tfl";
    case Lesion::None: return "none";
  }
  return "none";
}

std::string_view lesion_title(Lesion l) {
  switch (l) {
    case Lesion::SuperiorGlutealNerve: return "superior gluteal nerve";
    case Lesion::GluteusMedius: return "gluteus medius";
    case Lesion::GluteusMinimus: return "gluteus minimus";
    case Lesion::TflAlone: return "TFL alone";
    case Lesion::None: return "none";
  }
  return "none";
}

std::string_view weak_side_name(WeakSide s) {
  switch (s) {
    case WeakSide::None: return "none";
    case WeakSide::Left: return "left";
    case WeakSide::Right: return "right";
    case WeakSide::Both: return "both";
  }
  return "none";
}

QuizCase mirrored(const QuizCase& c) {
  QuizCase m = c;
  for (std::string& s : m.set) s = swap_side_prefix(s);
  if (c.side == WeakSide::Left) m.side = WeakSide::Right;
  if (c.side == WeakSide::Right) m.side = WeakSide::Left;
  return m;
}

ScenarioSpec quiz_case_spec(const QuizBank& bank, const QuizCase& c, double duration_s, int number) {
  ScenarioOverrides o;
  o.set = c.set;
  o.set.push_back("name=Case " + std::to_string(number));
  o.set.push_back("description=A mystery patient");
  o.duration = format_number(duration_s);
  try {
    return parse_scenario_text(bank.base_text, bank.base_path, o);
  } catch (const InputError& e) {
    throw InputError(bank.source, c.line, "case.set", "\"" + c.name + "\": " + e.what());
  }
}

QuizBank parse_quiz_bank(std::string_view toml_text, const std::string& source_name) {
  return BankReader(source_name).read(parse_checked_toml(toml_text, source_name));
}

QuizBank load_quiz_bank(const std::string& path) {
  return parse_quiz_bank(read_input_file(path), path);
}

std::string default_quiz_bank_path() { return std::string(GAITSIM_SOURCE_DIR) + "/assets/quiz_cases.toml"; }

}  // namespace gait
