// The Trendelenburg sign per side (docs/metrics.md#trendelenburg-sign).
#include "analysis/trendelenburg.h"

#include <algorithm>

#include "units.h"

namespace gait {
namespace {

/// Slack for thresholds met exactly in degrees but computed through radians.
constexpr double kSlack_deg = 1e-9;

}  // namespace

std::string_view trendelenburg_name(Trendelenburg sign) {
  switch (sign) {
    case Trendelenburg::Positive:
      return "positive";
    case Trendelenburg::Compensated:
      return "compensated";
    case Trendelenburg::Negative:
      break;
  }
  return "negative";
}

Trendelenburg classify_trendelenburg(double pelvic_drop_deg, double trunk_lean_deg) {
  if (pelvic_drop_deg >= kTrendelenburgDrop_deg - kSlack_deg) return Trendelenburg::Positive;
  if (trunk_lean_deg >= kCompensatingLean_deg - kSlack_deg) return Trendelenburg::Compensated;
  return Trendelenburg::Negative;
}

void StanceTestClassifier::add(const Frame& f) {
  if (!any_) result_.max_drop_deg = -1e9;
  any_ = true;
  // obliquity is + when the left side is higher; turn it into "lifted side higher = +"
  const double lifted_higher_deg = rad_to_deg(side_sign(lifted_) * f.pelvic_obliquity_rad);
  result_.max_drop_deg = std::max(result_.max_drop_deg, -lifted_higher_deg);
  if (lifted_higher_deg < -kStanceTestDropTolerance_deg && !result_.drop_time_s) {
    result_.sign = Trendelenburg::Positive;
    result_.drop_time_s = f.time_s;
  }
}

StanceTestSign StanceTestClassifier::result(std::optional<double> fall_time_s) const {
  StanceTestSign result = result_;
  if (fall_time_s && !result.drop_time_s) {
    result.sign = Trendelenburg::Positive;
    result.drop_time_s = fall_time_s;
  }
  return result;
}

StanceTestSign classify_stance_test(const std::vector<Frame>& frames, Side stance,
                                    std::optional<double> fall_time_s) {
  StanceTestClassifier classifier(stance);
  for (const Frame& f : frames) classifier.add(f);
  return classifier.result(fall_time_s);
}

}  // namespace gait
