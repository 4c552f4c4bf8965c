// gait2392 coordinates from Frames: the pelvis angles of known rotations (gaitsim's axes x forward,
// y left, z up), the sign of each leg angle, and the .mot writer's header.
#include "analysis/opensim_motion.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "math/mat3.h"
#include "units.h"

namespace gait {
namespace {

constexpr std::size_t index_of(const char* name) {
  for (std::size_t i = 0; i < kGait2392Coordinates.size(); ++i)
    if (std::string_view(kGait2392Coordinates[i]) == name) return i;
  return kGait2392Coordinates.size();
}

Frame frame_with_pelvis(const Mat3& r) {
  Frame f;
  f.segment_pose[segment_index(SegmentId::Pelvis)].orientation = to_quat(r);
  f.segment_pose[segment_index(SegmentId::Hat)].orientation = to_quat(r);
  return f;
}

}  // namespace

TEST_CASE("gait2392 pelvis angles: list raises the left side and tilt + is posterior", "[unit]") {
  const double a = deg_to_rad(5);
  // about gaitsim's forward axis: y (left) turns toward z (up), the left side rises
  auto q = gait2392_coordinates(frame_with_pelvis(rot_x(a)));
  CHECK(q[index_of("pelvis_list")] == Approx(5).margin(1e-9));
  CHECK(q[index_of("pelvis_tilt")] == Approx(0).margin(1e-9));
  // about gaitsim's left axis: the front goes down, an anterior tilt, which gait2392 counts negative
  q = gait2392_coordinates(frame_with_pelvis(rot_y(a)));
  CHECK(q[index_of("pelvis_tilt")] == Approx(-5).margin(1e-9));
  CHECK(q[index_of("pelvis_list")] == Approx(0).margin(1e-9));
  // about the vertical: the pelvis turns to the left
  q = gait2392_coordinates(frame_with_pelvis(rot_z(2 * a)));
  CHECK(q[index_of("pelvis_rotation")] == Approx(10).margin(1e-9));
  // the trunk moves with the pelvis: no lumbar angle
  for (const char* c : {"lumbar_extension", "lumbar_bending", "lumbar_rotation"})
    CHECK(q[index_of(c)] == Approx(0).margin(1e-9));
}

TEST_CASE("gait2392 pelvis angles: the Z-X-Y sequence comes back from a combined rotation", "[unit]") {
  // gait2392's own construction in OpenSim's axes (X forward, Y up, Z right), mapped to gaitsim's
  const double tilt = deg_to_rad(-7), list = deg_to_rad(4), rotation = deg_to_rad(12);
  const Mat3 opensim = rot_z(tilt) * rot_x(list) * rot_y(rotation);
  const Mat3 s{{{{1, 0, 0}, {0, 0, 1}, {0, -1, 0}}}};  // gaitsim -> OpenSim
  const auto q = gait2392_coordinates(frame_with_pelvis(s.transposed() * opensim * s));
  CHECK(q[index_of("pelvis_tilt")] == Approx(-7).margin(1e-9));
  CHECK(q[index_of("pelvis_list")] == Approx(4).margin(1e-9));
  CHECK(q[index_of("pelvis_rotation")] == Approx(12).margin(1e-9));
}

TEST_CASE("gait2392 leg angles: knee flexion is negative and the rest keep gaitsim's sign", "[unit]") {
  Frame f;
  f.side.right.hip_flexion_rad = deg_to_rad(20);
  f.side.right.hip_adduction_rad = deg_to_rad(3);
  f.side.left.hip_rotation_rad = deg_to_rad(-4);
  f.side.left.knee_flexion_rad = deg_to_rad(60);
  f.side.left.ankle_dorsiflexion_rad = deg_to_rad(8);
  f.side.right.ankle_inversion_rad = deg_to_rad(2);
  f.pelvis_position_m = {1.5, 0.1, 0.9};
  const auto q = gait2392_coordinates(f);
  CHECK(q[index_of("hip_flexion_r")] == Approx(20));
  CHECK(q[index_of("hip_adduction_r")] == Approx(3));
  CHECK(q[index_of("hip_rotation_l")] == Approx(-4));
  CHECK(q[index_of("knee_angle_l")] == Approx(-60));
  CHECK(q[index_of("ankle_angle_l")] == Approx(8));
  CHECK(q[index_of("subtalar_angle_r")] == Approx(2));
  // ground axes: X forward, Y up, Z right
  CHECK(q[index_of("pelvis_tx")] == 1.5);
  CHECK(q[index_of("pelvis_ty")] == 0.9);
  CHECK(q[index_of("pelvis_tz")] == -0.1);
}

TEST_CASE("mot writer: nRows filled in at the end and one row per Frame", "[unit]") {
  StringSink sink;
  MotionFileWriter writer(sink, "gaitsim test");
  for (int i = 0; i < 3; ++i) {
    Frame f;
    f.time_s = 0.01 * i;
    writer.add(f);
  }
  writer.finish();
  const std::string& t = sink.text();
  CHECK_THAT(t, Catch::StartsWith("gaitsim test\nversion=1\nnRows=3           \nnColumns=22\ninDegrees=yes\n"
                                  "endheader\ntime\tpelvis_tilt\tpelvis_list\t"));
  CHECK(std::count(t.begin(), t.end(), '\n') == 6 + 1 + 3);
}

}  // namespace gait
