// Reading and checking one scenario key's value; the shared wording of scenario error messages.
#include "scenario/scenario_values.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "scenario/toml_guard.h"

namespace gait {

std::optional<KeyValue> read_key_value(const ScenarioKey& key, const toml::node& node) {
  switch (key.kind) {
    case KeyKind::Number: {
      double v = 0;
      if (const auto* i = node.as_integer()) {
        v = static_cast<double>(i->get());
      } else if (const auto* f = node.as_floating_point()) {
        v = f->get();
      } else {
        return std::nullopt;
      }
      // written so that NaN fails too
      if (!(v >= key.min && v <= key.max)) return std::nullopt;
      return v + 0.0;  // -0 is 0: the outputs echo inputs, and "-0.0" there would puzzle
    }
    case KeyKind::Text:
      if (const auto* s = node.as_string()) return s->get();
      return std::nullopt;
    case KeyKind::Choice:
      if (const auto* s = node.as_string()) {
        if (std::find(key.choices.begin(), key.choices.end(), s->get()) != key.choices.end()) return s->get();
      }
      return std::nullopt;
  }
  return std::nullopt;
}

void store_key_value(ScenarioSpec& spec, const ScenarioKey& key, const KeyValue& value) {
  if (const double* v = std::get_if<double>(&value)) {
    if (key.spec_number) key.spec_number(spec) = *v;
    if (key.input_number) key.input_number(spec.inputs) = *v;
  } else if (key.set_text) {
    key.set_text(spec, std::get<std::string>(value));
  }
}

std::string mismatch_message(const ScenarioKey& key, const toml::node& node) {
  std::string expected;
  switch (key.kind) {
    case KeyKind::Number:
      expected = "expected a number in " + describe_range(key);
      break;
    case KeyKind::Text:
      expected = "expected a string";
      break;
    case KeyKind::Choice:
      expected = "expected one of";
      for (std::size_t i = 0; i < key.choices.size(); ++i)
        expected += (i == 0 ? " \"" : ", \"") + std::string(key.choices[i]) + "\"";
      break;
  }
  return expected + ", got " + describe_node(node);
}

std::string describe_node(const toml::node& node) {
  if (node.is_table()) return "a table";
  if (const auto* i = node.as_integer()) return std::to_string(i->get());
  if (const auto* f = node.as_floating_point()) return format_number(f->get());
  if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
  if (const auto* s = node.as_string()) return quote(s->get());
  if (const auto* a = node.as_array()) {
    std::string text = "[";
    for (std::size_t i = 0; i < a->size(); ++i) {
      if (i > 0) text.append(", ");
      text.append(describe_node((*a)[i]));
    }
    return text.append("]");
  }
  // dates and times, as TOML writes them
  std::ostringstream os;
  node.visit([&os](const auto& n) { os << n; });
  return os.str();
}

std::string quote(std::string_view text) {
  std::string q = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      q.push_back('\\');
      q.push_back(c);
    } else if (c == '\n') {
      q.append("\\n");
    } else if (static_cast<unsigned char>(c) < 0x20) {
      q.push_back(' ');  // other control characters: keep the message on one line
    } else {
      q.push_back(c);
    }
  }
  return q.append("\"");
}

std::optional<double> parse_number_text(std::string_view text) {
  double v = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || ptr != end || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::unique_ptr<toml::node> node_from_text(const ScenarioKey* key, std::string_view text) {
  const bool is_string_key = key && key->kind != KeyKind::Number;
  if (!is_string_key) {
    if (auto v = parse_number_text(text)) return std::make_unique<toml::value<double>>(*v);
  }
  // any TOML value ("true", "[1, 2]", "\"quoted\""); a bare word is not one and stays text
  // (text toml++ cannot safely parse is not a TOML value either: scenario/toml_guard.h)
  if (text.find('\n') == std::string_view::npos &&
      !find_non_ascii_outside_strings("v = " + std::string(text))) {
    try {
      const toml::table parsed = toml::parse("v = " + std::string(text));
      const toml::node* n = parsed.get("v");
      if (parsed.size() == 1 && n && (!is_string_key || n->is_string())) {
        return n->visit([](const auto& x) -> std::unique_ptr<toml::node> {
          return std::make_unique<std::remove_cvref_t<decltype(x)>>(x);
        });
      }
    } catch (const toml::parse_error&) {
      // not a TOML value: the text itself, below
    }
  }
  return std::make_unique<toml::value<std::string>>(std::string(text));
}

namespace {

std::string list_tables() {
  std::string s;
  for (std::string_view t : scenario_tables()) s += (s.empty() ? "[" : ", [") + std::string(t) + "]";
  return s;
}

}  // namespace

std::string unknown_key_message(std::string_view dotted_key, bool is_table) {
  const auto dot = dotted_key.find('.');
  const std::string_view table = dot == std::string_view::npos ? "" : dotted_key.substr(0, dot);
  const auto& tables = scenario_tables();
  if (!table.empty() && std::find(tables.begin(), tables.end(), table) == tables.end())
    return "unknown table [" + std::string(table) + "]; the tables are " + list_tables();

  // the valid keys at this place: those of the same table (or the top level)
  std::string valid;
  for (const ScenarioKey& k : scenario_keys()) {
    const auto kdot = k.key.find('.');
    const std::string_view ktable = kdot == std::string_view::npos ? "" : k.key.substr(0, kdot);
    if (ktable != table) continue;
    valid += (valid.empty() ? "" : ", ") +
             std::string(k.key.substr(kdot == std::string_view::npos ? 0 : kdot + 1));
  }
  if (table.empty()) {
    if (is_table) return "unknown table; the tables are " + list_tables();
    return "unknown key; the top-level keys are " + valid + ", and the tables " + list_tables();
  }
  return std::string(is_table ? "unknown table" : "unknown key") + " in [" + std::string(table) +
         "]; its keys are " + valid;
}

}  // namespace gait
