// gait2392 coordinates from a Frame, and the .mot writer.
#include "analysis/opensim_motion.h"

#include <algorithm>
#include <cmath>

#include "analysis/number_text.h"
#include "math/mat3.h"
#include "units.h"

namespace gait {
namespace {

/// Spaces reserved for nRows' digits: 12 digits is 300 years at 100 Hz.
constexpr std::size_t kRowDigits = 12;

/// gaitsim's axes (x forward, y left, z up) as OpenSim's (X forward, Y up, Z right): the same
/// rotation expressed in the other basis, S R S^T.
Mat3 to_opensim_axes(const Mat3& r) {
  const Mat3 s{{{{1, 0, 0}, {0, 0, 1}, {0, -1, 0}}}};
  return s * r * s.transposed();
}

/// (a, b, c) with R = rot_z(a) * rot_x(b) * rot_y(c): the body-fixed Z-X-Y sequence of gait2392's
/// ground-pelvis and back joints (rotation1 about Z, rotation2 about X, rotation3 about Y; Delp et al.
/// 1990, as the model file defines them).
std::array<double, 3> decompose_zxy(const Mat3& r) {
  const auto& m = r.m;
  return {std::atan2(-m[0][1], m[1][1]), std::asin(std::clamp(m[2][1], -1.0, 1.0)),
          std::atan2(-m[2][0], m[2][2])};
}

}  // namespace

std::array<double, kGait2392Coordinates.size()> gait2392_coordinates(const Frame& f) {
  std::array<double, kGait2392Coordinates.size()> q{};
  const Mat3 pelvis = to_opensim_axes(to_mat3(f.segment_pose[segment_index(SegmentId::Pelvis)].orientation));
  const Mat3 hat = to_opensim_axes(to_mat3(f.segment_pose[segment_index(SegmentId::Hat)].orientation));
  // the pelvis in the ground: + tilt raises its front (posterior tilt), + list raises its left side,
  // + rotation turns it to the left
  const auto p = decompose_zxy(pelvis);
  q[0] = rad_to_deg(p[0]);
  q[1] = rad_to_deg(p[1]);
  q[2] = rad_to_deg(p[2]);
  const Vec3 t = f.pelvis_position_m;
  q[3] = t.x;
  q[4] = t.z;
  q[5] = -t.y;
  // the legs: gaitsim's hip is gait2392's (flexion, adduction, internal rotation all +, mirrored
  // axes on the left); gait2392's knee angle is - in flexion; subtalar + is inversion
  std::size_t i = 6;
  for (const Side s : {Side::Right, Side::Left}) {
    const SideFrame& leg = f.side[s];
    q[i++] = rad_to_deg(leg.hip_flexion_rad);
    q[i++] = rad_to_deg(leg.hip_adduction_rad);
    q[i++] = rad_to_deg(leg.hip_rotation_rad);
    q[i++] = -rad_to_deg(leg.knee_flexion_rad);
    q[i++] = rad_to_deg(leg.ankle_dorsiflexion_rad);
    q[i++] = rad_to_deg(leg.ankle_inversion_rad);
  }
  // the back: the trunk (HAT) relative to the pelvis; + extension, + bending to the right, + rotation
  // to the left
  const auto l = decompose_zxy(pelvis.transposed() * hat);
  q[i++] = rad_to_deg(l[0]);
  q[i++] = rad_to_deg(l[1]);
  q[i++] = rad_to_deg(l[2]);
  return q;
}

MotionFileWriter::MotionFileWriter(TextSink& sink, const std::string& name) : sink_(sink) {
  std::string header = (name.empty() ? std::string("gaitsim") : name) + "\nversion=1\nnRows=";
  sink_.write(header);
  rows_offset_ = sink_.size();
  std::string rest(kRowDigits, ' ');
  rest += "\nnColumns=" + std::to_string(kGait2392Coordinates.size() + 1) +
          "\ninDegrees=yes\nendheader\ntime";
  for (const char* c : kGait2392Coordinates) rest += std::string("\t") + c;
  rest += '\n';
  sink_.write(rest);
}

void MotionFileWriter::add(const Frame& f) {
  std::string row;
  append_number(row, f.time_s, 9);
  for (const double v : gait2392_coordinates(f)) {
    row += '\t';
    append_number(row, v + 0.0, 8);
  }
  row += '\n';
  sink_.write(row);
  ++rows_;
}

void MotionFileWriter::finish() {
  std::string digits = std::to_string(rows_);
  digits.resize(kRowDigits, ' ');
  sink_.overwrite(rows_offset_, digits);
}

}  // namespace gait
