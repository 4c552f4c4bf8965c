// Colour code of the scene (see scene_colors.h).
#include "scene/scene_colors.h"

#include <algorithm>

namespace gait {

Rgba side_color(Side s) {
  return s == Side::Left ? Rgba{0.92f, 0.22f, 0.20f, 1.0f} : Rgba{0.20f, 0.78f, 0.30f, 1.0f};
}

Rgba activation_color(double activation) {
  // blue -> violet -> red: a diverging ramp that stays readable for red-green colour blindness
  const float a = static_cast<float>(std::clamp(activation, 0.0, 1.0));
  constexpr Rgba lo{0.15f, 0.35f, 0.95f, 1.0f};
  constexpr Rgba hi{0.95f, 0.12f, 0.10f, 1.0f};
  return {lo.r + (hi.r - lo.r) * a, lo.g + (hi.g - lo.g) * a, lo.b + (hi.b - lo.b) * a, 1.0f};
}

StrengthStyle strength_style(double strength_frac) {
  const float s = static_cast<float>(std::clamp(strength_frac, 0.0, 1.0));
  // a paralysed muscle stays faintly visible (0.3), so the viewer still sees what is missing
  return {0.3f + 0.7f * s, 1.0f - s};
}

}  // namespace gait
