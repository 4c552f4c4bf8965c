// Reading one scenario key's value from a TOML node or from command-line text, with the messages
// every scenario error shares ("expected a number in 0..1, got 1.5"). Internal to scenario/ and
// grid/ (grid files word their errors the same way).
#pragma once

#include <toml++/toml.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "scenario/scenario_keys.h"

namespace gait {

using KeyValue = std::variant<double, std::string>;

/// The node's value if it fits `key` (type, range, choices), else nullopt. Integers count as numbers.
std::optional<KeyValue> read_key_value(const ScenarioKey& key, const toml::node& node);

/// Writes a value read by read_key_value into `spec`.
void store_key_value(ScenarioSpec& spec, const ScenarioKey& key, const KeyValue& value);

/// The message for a node that does not fit `key`: "expected a number in 0..1, got 1.5".
std::string mismatch_message(const ScenarioKey& key, const toml::node& node);

/// A node as the user would write it: 1.5, "abc", true, [1, 2], or "a table".
std::string describe_node(const toml::node& node);

/// `text` in double quotes, with quotes, backslashes and newlines escaped: "abc", "say \"hi\"".
std::string quote(std::string_view text);

/// Command-line text as a TOML node for `key` (nullptr: any key, e.g. an [expect] entry): a number
/// when it reads as one, any other TOML value ("true", "[1, 2]", "\"x\"") when it parses as one,
/// and otherwise (or for a string key) the text itself as a string.
std::unique_ptr<toml::node> node_from_text(const ScenarioKey* key, std::string_view text);

/// A finite number written in full as `text` ("1", "0.25", "1e-3"), else nullopt.
std::optional<double> parse_number_text(std::string_view text);

/// "unknown key ..." for a dotted key the registry lacks, naming what is valid at that place.
std::string unknown_key_message(std::string_view dotted_key, bool is_table);

}  // namespace gait
