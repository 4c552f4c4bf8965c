// OpenSim motion files (README "OpenSim export"): a run's joint angles as gait2392's coordinates, in
// the .mot format OpenSim reads (OpenSim documentation, "Motion (.mot) Files": a header with the name,
// version=1, nRows, nColumns including time, inDegrees=yes and endheader; then tab-separated labels
// and rows).
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "io/text_sink.h"
#include "sim/frame.h"

namespace gait {

/// The gait2392 coordinates written, in the order of OpenSim's own inverse-kinematics output (time
/// first; no mtp_angle columns: the model has no toes, so OpenSim keeps them at their default, 0).
inline constexpr std::array<const char*, 21> kGait2392Coordinates = {
    "pelvis_tilt",     "pelvis_list",      "pelvis_rotation",  "pelvis_tx",       "pelvis_ty",
    "pelvis_tz",       "hip_flexion_r",    "hip_adduction_r",  "hip_rotation_r",  "knee_angle_r",
    "ankle_angle_r",   "subtalar_angle_r", "hip_flexion_l",    "hip_adduction_l", "hip_rotation_l",
    "knee_angle_l",    "ankle_angle_l",    "subtalar_angle_l", "lumbar_extension", "lumbar_bending",
    "lumbar_rotation"};

/// One Frame as gait2392's coordinates, in kGait2392Coordinates' order: angles in degrees, the
/// pelvis translations in metres, all in gait2392's axes and signs (README "OpenSim export").
std::array<double, kGait2392Coordinates.size()> gait2392_coordinates(const Frame& f);

/// Writes a .mot file Frame by Frame: the header first, with nRows left blank (spaces) and filled in
/// by finish(), so a long run's rows need not be held.
class MotionFileWriter {
 public:
  /// `name`: the header's first line (OpenSim shows it as the motion's name).
  MotionFileWriter(TextSink& sink, const std::string& name);
  void add(const Frame& f);
  /// After the last Frame: writes the row count into the header.
  void finish();

 private:
  TextSink& sink_;
  std::uint64_t rows_offset_ = 0;  ///< where the digits of nRows go
  std::uint64_t rows_ = 0;
};

}  // namespace gait
