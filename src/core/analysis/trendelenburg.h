// The Trendelenburg sign per side (docs/metrics.md#trendelenburg-sign): walking classification from pelvic
// drop and trunk lean, and the single-leg stance test.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "side.h"
#include "sim/frame.h"

namespace gait {

/// Walking: pelvic drop during a side's single stance at or above this (deg) is a positive sign.
inline constexpr double kTrendelenburgDrop_deg = 8.0;
/// Walking: below that drop, a trunk lean toward the stance side at or above this (deg) is compensated.
inline constexpr double kCompensatingLean_deg = 5.0;
/// Stance test: the lifted side may sit at most this far below level (deg) for a negative sign.
inline constexpr double kStanceTestDropTolerance_deg = 2.0;

enum class Trendelenburg { Negative, Positive, Compensated };

/// "negative", "positive" or "compensated" (the JSON and scenario [expect] words).
std::string_view trendelenburg_name(Trendelenburg sign);

/// Walking sign of one side from its mean pelvic drop and mean trunk lean toward it in its stance
/// (deg). Thresholds are inclusive, with 1e-9 deg of slack for values converted from radians.
Trendelenburg classify_trendelenburg(double pelvic_drop_deg, double trunk_lean_deg);

/// Single-leg stance test result for the stance side.
struct StanceTestSign {
  Trendelenburg sign = Trendelenburg::Negative;
  std::optional<double> drop_time_s;  ///< when the lifted side first sat 2 deg below level (or the fall)
  /// the largest angle (deg) at which the lifted side sat below level during the run; negative when
  /// it stayed above level throughout (the healthy test lifts it)
  double max_drop_deg = 0;
};

/// Stance test on `stance` (the leg that stands): negative when the lifted side stays level or higher
/// (obliquity toward the lifted side >= -2 deg) in every Frame; positive otherwise or on a fall, with
/// the first time it dropped (the fall time when it fell without dropping).
StanceTestSign classify_stance_test(const std::vector<Frame>& frames, Side stance,
                                    std::optional<double> fall_time_s);

/// classify_stance_test fed one Frame at a time.
class StanceTestClassifier {
 public:
  explicit StanceTestClassifier(Side stance) : lifted_(other(stance)) {}
  void add(const Frame& f);
  /// The result over the Frames added so far.
  StanceTestSign result(std::optional<double> fall_time_s) const;

 private:
  Side lifted_;
  StanceTestSign result_;
  bool any_ = false;
};

}  // namespace gait
