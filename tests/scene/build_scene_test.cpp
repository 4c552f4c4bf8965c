// Scene builder: band endpoints sit on the model's attachment points for a known Frame, colour
// follows activation, lost strength fades and hatches, overlays carry the figures, and the physics
// reports thigh poses that match the hip-angle convention the bands rely on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include "math/mat3.h"
#include "muscle/abductor_geometry.h"
#include "scene/build_scene.h"
#include "scene/scene_colors.h"
#include "sim/simulation.h"
#include "units.h"

using namespace gait;

namespace {

/// A Frame with the pelvis at a known pose and each hip at known angles (no physics).
Frame posed_frame(const Model& m, const Pose& pelvis, const LeftRight<HipAngles>& hip) {
  Frame f;
  f.pelvis_position_m = pelvis.position_m;
  f.segment_pose[static_cast<int>(SegmentId::Pelvis)] = pelvis;
  f.segment_pose[static_cast<int>(SegmentId::Hat)] = Pose{pelvis.apply(m.lumbar_joint_m), pelvis.orientation};
  const Mat3 rp = to_mat3(pelvis.orientation);
  for (Side s : kSides) {
    const Pose thigh{pelvis.apply(to_side(m.hip_center_m, s)), to_quat(rp * hip_rotation(s, hip[s]))};
    f.segment_pose[static_cast<int>(thigh_segment(s))] = thigh;
    SideFrame& sf = f.side[s];
    sf.hip_center_m = thigh.position_m;
    sf.knee_center_m = thigh.apply({0, 0, -m.thigh_length_m});
    sf.ankle_center_m = sf.knee_center_m + Vec3{0, 0, -m.shank_length_m};
    f.segment_pose[static_cast<int>(s == Side::Left ? SegmentId::ShankL : SegmentId::ShankR)] = {sf.knee_center_m, {}};
    f.segment_pose[static_cast<int>(s == Side::Left ? SegmentId::FootL : SegmentId::FootR)] = {sf.ankle_center_m, {}};
    sf.muscle_strength_frac.fill(1.0);
  }
  return f;
}

void check_near(const Vec3& a, const Vec3& b, double tol = 1e-9) {
  CHECK(a.x == Approx(b.x).margin(tol));
  CHECK(a.y == Approx(b.y).margin(tol));
  CHECK(a.z == Approx(b.z).margin(tol));
}

const SceneCapsule& band(const Scene& scene, Side s, AbductorId muscle) {
  const PickId id{static_cast<int>(s), static_cast<int>(muscle)};
  const auto it = std::find_if(scene.capsules.begin(), scene.capsules.end(),
                               [&](const SceneCapsule& c) { return c.pick == id; });
  REQUIRE(it != scene.capsules.end());
  return *it;
}

}  // namespace

TEST_CASE("muscle bands run from the pelvis origin to the femur insertion", "[unit][scene]") {
  const Model m = build_model(ScenarioSpec{});
  const Pose pelvis{{2.0, 0.3, 0.93},
                    quat_from_axis_angle({0, 0, 1}, 0.2) * quat_from_axis_angle({1, 0, 0}, 0.1)};
  const LeftRight<HipAngles> hip{{0.3, 0.1, -0.05}, {-0.2, -0.08, 0.1}};
  const Frame f = posed_frame(m, pelvis, hip);
  const Scene scene = build_scene(m, f);
  for (Side s : kSides)
    for (int i = 0; i < kNumAbductors; ++i) {
      const AbductorParams& a = m.abductors[i];
      // the muscle module's own geometry, in the pelvis frame, carried into the world
      const LineOfAction line = line_of_action(m, a, s, hip[s]);
      const Vec3 origin = pelvis.apply(to_side(a.origin_m, s));
      const Vec3 insertion = pelvis.apply(line.insertion_m);
      const auto path = muscle_band_path(m, f, s, static_cast<AbductorId>(i));
      REQUIRE(path.size() == static_cast<std::size_t>(2 + a.num_distal_points));
      check_near(path[0], origin);
      check_near(path[1], insertion);
      // the band's length equals the muscle module's path length
      double length = 0;
      for (std::size_t k = 0; k + 1 < path.size(); ++k) length += norm(path[k + 1] - path[k]);
      CHECK(length == Approx(path_length_m(m, a, s, hip[s])).epsilon(1e-12));
      const SceneCapsule& c = band(scene, s, static_cast<AbductorId>(i));
      check_near(c.a_m, origin);
      check_near(c.b_m, insertion);
    }
}

TEST_CASE("band colour follows activation and lost strength fades and hatches", "[unit][scene]") {
  const Model m = build_model(ScenarioSpec{});
  Frame f = posed_frame(m, Pose{{0, 0, 0.93}, {}}, {});
  f.side.left.abductor_activation = 0.0;
  f.side.right.abductor_activation = 1.0;
  f.side.right.muscle_strength_frac.fill(0.0);
  f.side.left.muscle_strength_frac[static_cast<int>(AbductorId::GluteusMediusMiddle)] = 0.5;
  const Scene scene = build_scene(m, f);

  const SceneCapsule& silent = band(scene, Side::Left, AbductorId::GluteusMediusAnterior);
  const SceneCapsule& active = band(scene, Side::Right, AbductorId::GluteusMediusAnterior);
  CHECK(silent.color.b > silent.color.r);  // blue when silent
  CHECK(active.color.r > active.color.b);  // red when fully active
  CHECK(silent.color.a == 1.0f);
  CHECK(silent.hatch_frac == 0.0f);
  CHECK(active.color.a < 0.5f);  // strength 0: faded ...
  CHECK(active.hatch_frac == 1.0f);  // ... and hatched over its whole length
  const SceneCapsule& half = band(scene, Side::Left, AbductorId::GluteusMediusMiddle);
  CHECK(half.hatch_frac == Approx(0.5f));
  CHECK(half.color.a < 1.0f);
  CHECK(half.color.a > active.color.a);
}

TEST_CASE("overlays carry the pelvic obliquity and trunk lean in degrees", "[unit][scene]") {
  const Model m = build_model(ScenarioSpec{});
  Frame f = posed_frame(m, Pose{{0, 0, 0.93}, quat_from_axis_angle({1, 0, 0}, deg_to_rad(7.0))}, {});
  f.pelvic_obliquity_rad = deg_to_rad(7.0);  // left side higher
  f.trunk_lean_rad = deg_to_rad(-4.0);       // toward the right
  const Scene scene = build_scene(m, f);
  REQUIRE(scene.labels.size() == 2);
  // "now": the angle of this instant (the read-outs give the last stance's peaks)
  CHECK(scene.labels[0].text == "Pelvis now 7.0\xc2\xb0\nright side low");
  CHECK(scene.labels[1].text == "Trunk now 4.0\xc2\xb0\ntoward right");
  // the crest line tilts by the pelvis roll: left crest higher
  CHECK(iliac_crest_m(m, f, Side::Left).z > iliac_crest_m(m, f, Side::Right).z + 0.02);

  // the yellow lines (pelvis line, then trunk axis) are drawn over the bones, and each label names a
  // point of its line: the pelvis line's end beyond the left crest (off the body, toward the walker's
  // left), the trunk axis at chest height
  std::vector<const SceneCapsule*> lines;
  for (const SceneCapsule& c : scene.capsules)
    if (c.color == kOverlayColor) lines.push_back(&c);
  REQUIRE(lines.size() == 2);
  for (const SceneCapsule* c : lines) CHECK(c->on_top);
  check_near(scene.labels[0].anchor_m, lines[0]->b_m);
  CHECK(scene.labels[0].anchor_m.y > iliac_crest_m(m, f, Side::Left).y + 0.1);
  CHECK(scene.labels[0].toward_m.y > 0.99);
  check_near(scene.labels[1].anchor_m, lines[1]->a_m + (lines[1]->b_m - lines[1]->a_m) * 0.55);
  // labels keep off both lines
  for (const SceneCapsule* c : lines)
    CHECK(std::any_of(scene.keep_clear.begin(), scene.keep_clear.end(), [&](const SceneKeepClear& k) {
      return k.a_m == c->a_m && k.b_m == c->b_m && k.radius_m >= c->radius_m;
    }));

  ViewOptions bare;
  bare.show_pelvis_line = bare.show_trunk_axis = bare.show_forces = bare.show_com = false;
  CHECK(build_scene(m, f, bare).labels.empty());
}

TEST_CASE("ground force arrows appear only under loaded feet", "[unit][scene]") {
  const Model m = build_model(ScenarioSpec{});
  Frame f = posed_frame(m, Pose{{0, 0, 0.93}, {}}, {});
  f.side.left.grf_N = {10, 5, 700};
  f.side.left.cop_m = {0.1, 0.09, 0};
  const Scene scene = build_scene(m, f);
  REQUIRE(scene.arrows.size() == 1);
  CHECK(scene.arrows[0].tail_m.x == Approx(0.1));
  CHECK(scene.arrows[0].head_m.z > 0.4);  // about 0.6 m per body weight
  CHECK(scene.arrows[0].color == side_color(Side::Left));
}

TEST_CASE("side views label the near leg's hip and knee flexion and name their own lines", "[unit][scene]") {
  const Model m = build_model(ScenarioSpec{});
  Frame f = posed_frame(m, Pose{{0, 0, 0.93}, {}}, {});
  f.side[Side::Right].hip_flexion_rad = deg_to_rad(20.0);
  f.side[Side::Right].knee_flexion_rad = deg_to_rad(-2.0);
  ViewOptions side_view;
  side_view.angles = AngleLabels::Sagittal;
  side_view.near_side = Side::Right;
  const Scene scene = build_scene(m, f, side_view);
  REQUIRE(scene.labels.size() == 2);
  CHECK(scene.labels[0].text == "Hip now 20.0\xc2\xb0\nflexion");
  CHECK(scene.labels[1].text == "Knee now 2.0\xc2\xb0\nextension");
  // each label names the axis it sits on (the thigh, the shank), and only that one
  int thigh = 0, shank = 0;
  for (const SceneKeepClear& k : scene.keep_clear) {
    if (k.names_label == 0) ++thigh, check_near(k.a_m, f.side[Side::Right].hip_center_m);
    if (k.names_label == 1) ++shank, check_near(k.a_m, f.side[Side::Right].knee_center_m);
  }
  CHECK(thigh == 1);
  CHECK(shank == 1);
  // from above: no angle labels
  ViewOptions top;
  top.angles = AngleLabels::None;
  CHECK(build_scene(m, f, top).labels.empty());
}

TEST_CASE("the ghost adds a translucent skeleton, moved by its offset", "[unit][scene]") {
  const Model m = build_model(ScenarioSpec{});
  const Frame f = posed_frame(m, Pose{{0, 0, 0.93}, {}}, {});
  ViewOptions bones_only;
  bones_only.show_muscles = bones_only.show_ground = false;
  bones_only.show_pelvis_line = bones_only.show_trunk_axis = bones_only.show_forces = bones_only.show_com = false;
  Scene scene = build_scene(m, f, bones_only);
  const std::size_t n = scene.capsules.size();
  add_ghost(scene, m, f, {0, -0.8, 0});
  REQUIRE(scene.capsules.size() == 2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    CHECK(scene.capsules[n + i].color == kGhostColor);
    check_near(scene.capsules[n + i].a_m, scene.capsules[i].a_m + Vec3{0, -0.8, 0});
  }
  // blue, as the plots' and the clips' captions call it (the normal band is grey), and lighter than
  // the floor it stands on (luminance, Rec. 601 weights)
  CHECK(kGhostColor.b > kGhostColor.g);
  CHECK(kGhostColor.g > kGhostColor.r);
  const Rgba floor = build_scene(m, f).boxes.at(0).color;
  const auto luma = [](float r, float g, float b) { return 0.299f * r + 0.587f * g + 0.114f * b; };
  const auto over = [&](float ghost, float below) { return kGhostColor.a * ghost + (1 - kGhostColor.a) * below; };
  CHECK(luma(over(kGhostColor.r, floor.r), over(kGhostColor.g, floor.g), over(kGhostColor.b, floor.b)) >
        luma(floor.r, floor.g, floor.b) + 0.12f);
}

TEST_CASE("the physics' thigh poses follow the hip-angle convention of the bands", "[unit][scene]") {
  // segment_pose of a thigh == pelvis pose * (hip centre, hip_rotation(q)); the scene relies on it
  const Model m = build_model(ScenarioSpec{});
  State s = make_state(m, timeline_of(ScenarioSpec{}));
  for (int i = 0; i < 400; ++i) step(m, s);
  const Frame f = observe(m, s);
  const Pose& pelvis = segment_pose(f, SegmentId::Pelvis);
  for (Side side : kSides) {
    const HipAngles q{f.side[side].hip_flexion_rad, f.side[side].hip_adduction_rad, f.side[side].hip_rotation_rad};
    const Pose& thigh = segment_pose(f, thigh_segment(side));
    check_near(thigh.position_m, pelvis.apply(to_side(m.hip_center_m, side)), 1e-6);
    for (const AbductorParams& a : m.abductors)
      check_near(thigh.apply(to_side(a.insertion_m, side)), pelvis.apply(line_of_action(m, a, side, q).insertion_m),
                 1e-6);
  }
}
