// Per-side signals in report units (deg, Nm/kg, body weights), with the side's sign conventions applied:
// the one place that says "for the left side use +obliquity, for the right side -obliquity".
#pragma once

#include "analysis/frame_signal.h"
#include "side.h"
#include "units.h"

namespace gait {

/// Body weight (N) of a body of `mass_kg`: mass * 9.81.
constexpr double body_weight_N(double mass_kg) {
  return mass_kg * kGravity_m_s2;
}

/// Pelvic obliquity with `s`'s side higher positive (deg): +obliquity for the left, -obliquity for the
/// right. During `s`'s single stance, its peak is the pelvic drop of the other (swing) side.
FrameSignal pelvic_obliquity_toward_deg(Side s);
/// Trunk lean toward `s` positive (deg): +lean for the left, -lean for the right.
FrameSignal trunk_lean_toward_deg(Side s);
/// Pelvic rotation with `s`'s side forward positive (deg): +rotation for the left, -rotation for the right.
FrameSignal pelvic_rotation_toward_deg(Side s);
FrameSignal pelvic_tilt_deg(Side s);    ///< + anterior tilt (deg); the same for both sides
FrameSignal hip_flexion_deg(Side s);    ///< + flexion (deg)
FrameSignal hip_adduction_deg(Side s);  ///< + adduction (deg)
FrameSignal hip_rotation_deg(Side s);   ///< + internal rotation (deg)
FrameSignal knee_flexion_deg(Side s);   ///< + flexion (deg)
FrameSignal ankle_dorsiflexion_deg(Side s);  ///< + dorsiflexion (deg)
/// Hip abductor moment (Nm/kg): superior-gluteal compartments plus abductors on other nerves, / mass.
FrameSignal hip_abductor_moment_Nm_kg(Side s, double mass_kg);
FrameSignal abductor_capacity_Nm(Side s);                  ///< M_cap of the seven compartments (Nm)
FrameSignal abductor_activation(Side s);                   ///< shared activation, 0..1
FrameSignal hip_contact_force_bw(Side s, double mass_kg);  ///< hip joint reaction (body weights)
FrameSignal grf_vertical_bw(Side s, double mass_kg);       ///< vertical ground reaction (body weights)

}  // namespace gait
