// The 1.3 m/s knot's pre-swing fold (docs/controller.md#pre-swing; tools/tuning/README.md, "The 33rd
// stop"): the trailing hip flexes before toe-off (full_preswing_hip_scale) and its knee folds toward a
// deeper target (full_preswing_knee_extra_rad), so the healthy walker leaves the ground on a bent knee,
// as adults do (issue 15: at least 30 deg at toe-off), with the vertical GRF peak within 1.0-1.3 BW and
// a double support of at least 18 % of the cycle. Either part alone falls short of the knee.
#include <functional>

#include "normal_walk.h"

namespace {

struct FoldFigures {
  gait::LeftRight<double> knee_toe_off_deg{};
  gait::LeftRight<double> grf_peak_bw{};
  gait::LeftRight<double> double_support_pct{};
};

/// normal.toml (1.3 m/s) over 60 s with `adjust` applied to the model.
FoldFigures normal_walk(std::function<void(gait::Model&)> adjust) {
  const gait::Summary s = gait_test::walk_normal(1.3, 60, std::move(adjust));
  FoldFigures out;
  for (const gait::Side side : gait::kSides) {
    REQUIRE(s.side[side].curve_events);
    REQUIRE(s.side[side].grf_vertical_peak_bw);
    REQUIRE(s.side[side].double_support_pct);
    out.knee_toe_off_deg[side] = s.side[side].curve_events->knee_toe_off_deg;
    out.grf_peak_bw[side] = *s.side[side].grf_vertical_peak_bw;
    out.double_support_pct[side] = *s.side[side].double_support_pct;
  }
  return out;
}

}  // namespace

TEST_CASE("pre-swing fold: at 1.3 m/s the healthy knee leaves the ground bent, the GRF within 1.0-1.3 BW",
          "[control][scenario]") {
  const FoldFigures production = normal_walk([](gait::Model&) {});
  const FoldFigures no_knee = normal_walk([](gait::Model& m) { m.speed_schedule.full_preswing_knee_extra_rad[2] = 0; });
  const FoldFigures no_drive = normal_walk([](gait::Model& m) { m.speed_schedule.full_preswing_hip_scale[2] = 0; });
  for (const gait::Side side : gait::kSides) {
    INFO(gait::side_name(side) << ": knee at toe-off " << production.knee_toe_off_deg[side] << " deg (without the deeper "
         << "knee target " << no_knee.knee_toe_off_deg[side] << ", without the drive " << no_drive.knee_toe_off_deg[side]
         << "); GRF peak " << production.grf_peak_bw[side] << " BW; double support "
         << production.double_support_pct[side] << " %");
    CHECK(production.double_support_pct[side] >= 18);  // issue 15: 18-28 % (20.9 measured; 18.3 before the fold)
    CHECK(production.knee_toe_off_deg[side] >= 30);  // issue 15: at least 30 (30.9 / 30.9 measured; 12.9 before)
    CHECK(production.grf_peak_bw[side] >= 1.0);      // issue 15: 1.0-1.3 BW (1.25 / 1.24 measured)
    CHECK(production.grf_peak_bw[side] <= 1.3);
    // each part carries its share: 25.3 without the deeper knee target, 15.0 without the drive
    CHECK(no_knee.knee_toe_off_deg[side] < production.knee_toe_off_deg[side] - 3);
    CHECK(no_drive.knee_toe_off_deg[side] < production.knee_toe_off_deg[side] - 10);
  }
}
