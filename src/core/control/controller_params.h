// The functions over the controller's settings (model/controller_settings.h): setting one by name,
// and the name tables docs/controller.md#settings lists. Their scaling to the body is the model's
// (model/body_scaling.h).
#pragma once

#include <span>
#include <string_view>

#include "model/controller_settings.h"

namespace gait {

/// Sets a parameter by its field name (for tuning tools); false if the name is unknown. Gains are
/// set per part as NAME.k, NAME.c and NAME.max.
bool set_controller_param(ControllerParams& p, std::string_view name, double value);

/// Every field of ControllerParams by name (docs/controller.md#settings lists each): the scalar
/// settings and the row gains. Together they cover the whole struct (tests/control check it).
struct ScalarParam {
  const char* name;
  double ControllerParams::*field;
};
struct GainParam {
  const char* name;
  JointGains ControllerParams::*field;
};
std::span<const ScalarParam> controller_scalar_params();
std::span<const GainParam> controller_gain_params();

}  // namespace gait
