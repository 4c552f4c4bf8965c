// One fuzz input as gaitsim reads it: a scenario file's text and its command-line overrides, parsed,
// and the promises of the parser checked. Shared by the libFuzzer target (fuzz_scenario.cpp, `make
// fuzz`) and the regression test that replays tests/fuzz/regressions/ and seeds/ in the suite.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "input_error.h"
#include "scenario/parse_scenario.h"
#include "scenario/scenario_keys.h"

namespace gait::fuzz {

/// The input's parts: it is split at NUL bytes; the first part is the scenario text, and each later
/// part is a flag chosen by its first byte (s --set, c --change, d --duration), the rest being the
/// flag's value. E.g. "name = \"x\"\0sleft.gluteus_medius=0.2\0c3:gait.compensation=1".
struct FuzzInput {
  std::string_view scenario;
  ScenarioOverrides overrides;
};

inline FuzzInput split_fuzz_input(std::string_view data) {
  FuzzInput in;
  std::size_t nul = data.find('\0');
  in.scenario = data.substr(0, nul);
  while (nul != std::string_view::npos) {
    data.remove_prefix(nul + 1);
    nul = data.find('\0');
    const std::string_view part = data.substr(0, nul);
    if (part.empty()) continue;
    const std::string value(part.substr(1));
    switch (part[0]) {
      case 's':
        in.overrides.set.push_back(value);
        break;
      case 'c':
        in.overrides.change.push_back(value);
        break;
      case 'd':
        in.overrides.duration = value;
        break;
      default:
        break;
    }
  }
  return in;
}

/// A broken promise: the fuzzer reports abort() as a crash and keeps the input.
[[noreturn]] inline void broken(const char* promise, const std::string& detail) {
  std::fprintf(stderr, "broken promise: %s: %s\n", promise, detail.c_str());
  std::abort();
}

/// An error message must be one printable line.
inline void check_message(const InputError& e) {
  for (const char c : std::string_view(e.what()))
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      broken("one line without control characters", e.what());
}

/// A spec that parsed has every number key within its range, and its changes within the run.
inline void check_spec(ScenarioSpec spec) {
  for (const ScenarioKey& k : scenario_keys()) {
    if (k.kind != KeyKind::Number) continue;
    const double v = k.spec_number ? k.spec_number(spec) : k.input_number(spec.inputs);
    if (!(v >= k.min && v <= k.max)) broken("numbers within the registry's range", std::string(k.key));
  }
  for (const InputChange& c : spec.changes) {
    const ScenarioKey* k = find_scenario_key(c.key);
    if (!k || !k->is_changeable()) broken("changes name changeable inputs", c.key);
    if (!(c.time_s >= 0 && c.time_s <= spec.duration_s)) broken("changes within the run", c.key);
    if (!(c.value >= k->min && c.value <= k->max)) broken("changes within the key's range", c.key);
  }
}

/// Parses `data` as `gaitsim check` would. Returns "" or the one-line error; anything thrown but
/// InputError is not caught, so the fuzzer reports it (the command line would call it an internal
/// error, exit 1, for what is bad input).
inline std::string parse_fuzz_input(std::string_view data) {
  const FuzzInput in = split_fuzz_input(data);
  try {
    check_spec(parse_scenario_text(in.scenario, "fuzz.toml", in.overrides));
  } catch (const InputError& e) {
    check_message(e);
    return e.what();
  }
  return "";
}

}  // namespace gait::fuzz
