// Per-side signals in report units with the side's sign conventions applied.
#include "analysis/side_signals.h"

namespace gait {

FrameSignal pelvic_obliquity_toward_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(side_sign(s) * f.pelvic_obliquity_rad); };
}

FrameSignal trunk_lean_toward_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(side_sign(s) * f.trunk_lean_rad); };
}

FrameSignal pelvic_rotation_toward_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(side_sign(s) * f.pelvic_rotation_rad); };
}

FrameSignal pelvic_tilt_deg(Side) {
  return [](const Frame& f) { return rad_to_deg(f.pelvic_tilt_rad); };
}

FrameSignal hip_flexion_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(f.side[s].hip_flexion_rad); };
}

FrameSignal hip_adduction_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(f.side[s].hip_adduction_rad); };
}

FrameSignal hip_rotation_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(f.side[s].hip_rotation_rad); };
}

FrameSignal knee_flexion_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(f.side[s].knee_flexion_rad); };
}

FrameSignal ankle_dorsiflexion_deg(Side s) {
  return [s](const Frame& f) { return rad_to_deg(f.side[s].ankle_dorsiflexion_rad); };
}

FrameSignal hip_abductor_moment_Nm_kg(Side s, double mass_kg) {
  return [s, mass_kg](const Frame& f) {
    return (f.side[s].abductor_moment_Nm + f.side[s].other_abductor_moment_Nm) / mass_kg;
  };
}

FrameSignal abductor_capacity_Nm(Side s) {
  return [s](const Frame& f) { return f.side[s].abductor_capacity_Nm; };
}

FrameSignal abductor_activation(Side s) {
  return [s](const Frame& f) { return f.side[s].abductor_activation; };
}

FrameSignal hip_contact_force_bw(Side s, double mass_kg) {
  const double bw_N = body_weight_N(mass_kg);
  return [s, bw_N](const Frame& f) { return f.side[s].hip_contact_force_N / bw_N; };
}

FrameSignal grf_vertical_bw(Side s, double mass_kg) {
  const double bw_N = body_weight_N(mass_kg);
  return [s, bw_N](const Frame& f) { return f.side[s].grf_N.z / bw_N; };
}

}  // namespace gait
