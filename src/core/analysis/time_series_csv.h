// The `--csv` time series (DESIGN 8): one row per Frame, a header row of column names with units.
#pragma once

#include <string>
#include <vector>

#include "sim/frame.h"

namespace gait {

/// CSV text of `frames`: a header row, then one row per Frame. Columns: time_s, step_index, contact
/// flags from the gait-event detector (left_contact, right_contact: 1 between initial contact and
/// toe-off), controller flags, pelvis position / velocity and angles, trunk angles, centre of mass,
/// then per side (left_..., right_...): joint angles, joint centres, ground reaction force and centre
/// of pressure, hip abductor demand / capacity / deficit / moment / activation, each compartment's
/// force, hip moment and contact force. Angles in degrees, SI otherwise; the unit ends each name.
/// Numbers as "%.6g" ("%.9g" for time) through std::to_chars: locale-independent and byte-identical
/// for identical Frames.
std::string time_series_csv(const std::vector<Frame>& frames);

}  // namespace gait
