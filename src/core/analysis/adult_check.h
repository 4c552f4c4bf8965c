// The healthy-adult check of a walk (docs/metrics.md#healthy-adult-check): per side, the curves'
// correlation with the adult class and the clinical events, beside the adults' own values and the
// ranges healthy walking is held to; printed by `gaitsim run --adults`.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/summary.h"

namespace gait {

/// One row of the check.
struct AdultCheckRow {
  std::string label;
  std::string unit;
  int decimals = 1;
  LeftRight<std::optional<double>> value;  ///< the walk's, per side
  std::optional<double> adults;            ///< the adult class's own value, where it has one
  std::optional<double> min, max;          ///< the healthy range (either end may be open)
  /// "ok" when the value lies in the range, "MISS" when not, "-" without a value or a range.
  std::string verdict(Side s) const;
};

/// The rows of the check for a walking summary, in print order.
std::vector<AdultCheckRow> adult_check_rows(const Summary& summary);

/// The check as an aligned text table with a heading line naming the speed and the adult class.
void print_adult_check(std::ostream& out, const Summary& summary);

}  // namespace gait
