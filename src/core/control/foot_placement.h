// Where the swing foot lands (docs/controller.md#swing-and-placement): forward from the centre of
// mass and its velocity, sideways at the capture point predicted for touchdown (Pratt 2006,
// Koolen 2012), within reach of the leg.
#pragma once

#include "control/walking_step.h"

namespace gait {

/// The lateral velocity that steers the body back toward the walkway's line y = 0.
double walkway_return_velocity_m_s(const ControllerParams& p, const BodyReadings& r);

/// The swing ankle's landing point (world; z = 0) for the current readings and swing progress.
Vec3 placement_target_m(const StepContext& ctx, double place_bias_m, double width_bias_m);

}  // namespace gait
