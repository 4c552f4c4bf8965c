// tests/scenario/known_gaps.toml: per scenario file, the expectation keys the current controller
// misses (see that file). Scenario tests let exactly these miss and fail when one starts to pass.
#pragma once

#include <map>
#include <set>
#include <string>
#include <toml++/toml.h>

inline std::map<std::string, std::set<std::string>> known_gaps() {
  std::map<std::string, std::set<std::string>> gaps;
  const toml::table t = toml::parse_file(GAITSIM_KNOWN_GAPS_FILE);
  if (const toml::array* list = t["gap"].as_array())
    for (const toml::node& n : *list) {
      const toml::table& g = *n.as_table();
      std::set<std::string>& keys = gaps[g["file"].value_or(std::string{})];
      if (const toml::array* k = g["keys"].as_array())
        for (const toml::node& key : *k) keys.insert(key.value_or(std::string{}));
    }
  return gaps;
}

/// Whether `key` of scenario `file` is a listed gap.
inline bool is_known_gap(const std::string& file, const std::string& key) {
  static const auto gaps = known_gaps();
  const auto it = gaps.find(file);
  return it != gaps.end() && it->second.count(key) > 0;
}
