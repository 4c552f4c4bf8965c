// The scene's colour code: muscle activation blue -> red, lost strength as fading and hatching,
// left red / right green (the gait-lab convention), bone and overlay colours.
#pragma once

#include "scene/scene.h"
#include "side.h"

namespace gait {

inline constexpr Rgba kBoneColor{0.90f, 0.87f, 0.78f, 1.0f};
inline constexpr Rgba kJointColor{0.75f, 0.70f, 0.60f, 1.0f};
inline constexpr Rgba kGhostColor{0.45f, 0.72f, 1.0f, 0.42f};  ///< the healthy ghost: light blue, as its captions say (its plot curves too)
inline constexpr Rgba kOverlayColor{1.0f, 0.85f, 0.15f, 1.0f};    ///< pelvis line, trunk axis
inline constexpr Rgba kReferenceColor{0.85f, 0.85f, 0.85f, 0.9f};  ///< horizontal / vertical references
inline constexpr Rgba kHighlightColor{1.0f, 1.0f, 0.55f, 1.0f};

/// Left red, right green (gait-lab convention), for forces, plots and read-outs.
Rgba side_color(Side s);

/// Muscle colour for an activation 0..1: blue (silent) through violet to red (fully active).
Rgba activation_color(double activation);

/// How a compartment of the given strength (0..1) is drawn: opacity falls and the hatched (pale)
/// share of its length grows as strength is lost; strength 1 is opaque and unhatched.
struct StrengthStyle {
  float alpha = 1;
  float hatch_frac = 0;
};
StrengthStyle strength_style(double strength_frac);

}  // namespace gait
