// One side's figures over one gait cycle or one single-stance interval (definitions:
// docs/metrics.md#per-side-figures).
#pragma once

#include <optional>
#include <vector>

#include "analysis/gait_cycles.h"

namespace gait {

/// One side's figures over one regular gait cycle of that side.
struct CycleMetrics {
  double stance_pct = 0;              ///< (toe-off - initial contact) / cycle duration * 100 (%)
  double double_support_pct = 0;      ///< time both feet are loaded within the cycle / duration * 100 (%)
  double pelvic_drop_deg = 0;         ///< peak in single stance of how far the swing side sits below (deg)
  double trunk_lean_deg = 0;          ///< peak lean toward the stance side in single stance (deg)
  double hip_adduction_peak_deg = 0;  ///< peak hip adduction in stance (deg)
  double hip_abductor_moment_peak_Nm_kg = 0;  ///< peak delivered abductor moment in stance / mass (Nm/kg)
  double abductor_capacity_Nm = 0;            ///< time-mean abductor capacity over single stance (Nm)
  double abductor_activation_peak = 0;        ///< peak abductor activation in stance (0..1)
  double hip_contact_force_peak_bw = 0;       ///< peak hip contact force in stance (body weights)
  double grf_vertical_peak_bw = 0;  ///< peak vertical ground reaction force in stance (body weights)
};

/// Figures of `cycle` (regular) for its side. `contralateral_contact`: the other foot's contact
/// intervals (for double support); `mass_kg`: body mass from the scenario.
CycleMetrics measure_cycle(const std::vector<Frame>& frames, const GaitCycle& cycle,
                           const std::vector<TimeInterval>& contralateral_contact, double mass_kg);

/// Time both feet are loaded within `cycle` / its duration * 100 (%): its stance overlapping the
/// other foot's contact intervals (the one figure of measure_cycle that needs no Frames).
double double_support_pct(const GaitCycle& cycle, const std::vector<TimeInterval>& contralateral_contact);

/// Field-by-field mean of `metrics`; nullopt when empty.
std::optional<CycleMetrics> mean_metrics(const std::vector<CycleMetrics>& metrics);

/// Pelvic drop during `stance`'s single stance `interval` (deg): peak of the obliquity with the stance
/// side higher positive (+obliquity for left stance, -obliquity for right stance).
double pelvic_drop_deg(const std::vector<Frame>& frames, Side stance, TimeInterval interval);

/// Trunk lean toward `stance` during `interval` (deg): peak of +lean for left, -lean for right stance.
double trunk_lean_deg(const std::vector<Frame>& frames, Side stance, TimeInterval interval);

/// One single-stance interval's figures (the JSON `steps` list).
struct StepMetrics {
  Side side = Side::Left;               ///< the stance side
  double start_s = 0;                   ///< contralateral toe-off (s)
  double pelvic_drop_deg = 0;           ///< as pelvic_drop_deg() over this interval (deg)
  double trunk_lean_deg = 0;            ///< as trunk_lean_deg() over this interval (deg)
  double abductor_activation_peak = 0;  ///< peak stance-side abductor activation in this interval (0..1)
};

StepMetrics measure_step(const std::vector<Frame>& frames, const SingleStance& stance);

}  // namespace gait
