// The bones, from simple primitives placed on the segment frames so that a clinician recognises
// them from behind: iliac crests and hip joints, femoral heads, necks and greater trochanters,
// tibiae with malleoli, feet, and a trunk with head and arms. Landmark positions are rounded from
// gait2392's bone meshes (m, OpenSim frames, right side) and scale with the model's height.
#include <cmath>

#include "scene/scene_parts.h"

namespace gait::scene_detail {

namespace {

struct Bone {
  Vec3 a, b;        ///< OpenSim frame of the segment, right side (m)
  double radius_m;  ///< at gait2392 size
};

// pelvis frame (origin between the ASIS): ilium wing outlined by its crest and three struts to the
// acetabulum, then pubis, ischium and the sacrum
constexpr Vec3 kAsis{0.010, 0.000, 0.120};
constexpr Vec3 kCrestFront{-0.028, 0.052, 0.136};
constexpr Vec3 kCrestTop{-0.066, 0.074, 0.126};  ///< iliac tubercle region: highest point of the crest
constexpr Vec3 kCrestBack{-0.108, 0.064, 0.092};
constexpr Vec3 kPsis{-0.140, 0.028, 0.045};
constexpr Vec3 kAcetabulumRoof{-0.068, -0.038, 0.098};
constexpr Vec3 kSymphysis{-0.008, -0.088, 0.012};
constexpr Vec3 kIschialTuberosity{-0.112, -0.128, 0.062};
constexpr Bone kPelvisBones[] = {
    {kAsis, kCrestFront, 0.008},        {kCrestFront, kCrestTop, 0.009},
    {kCrestTop, kCrestBack, 0.009},     {kCrestBack, kPsis, 0.008},
    {kAsis, kAcetabulumRoof, 0.008},    {kCrestTop, kAcetabulumRoof, 0.010},
    {kPsis, kAcetabulumRoof, 0.009},    {{-0.060, -0.070, 0.075}, kSymphysis, 0.008},
    {{-0.085, -0.085, 0.080}, kIschialTuberosity, 0.010}, {kIschialTuberosity, {-0.020, -0.108, 0.012}, 0.007},
    {{-0.118, 0.060, 0.0}, kPsis, 0.012},  // sacral ala to the sacro-iliac joint
};
constexpr Bone kSacrum{{-0.112, 0.066, 0.0}, {-0.165, -0.055, 0.0}, 0.026};

// femur frame (origin at the hip centre)
constexpr Bone kFemurNeck{{0, 0, 0}, {-0.006, -0.038, 0.046}, 0.014};
constexpr Bone kGreaterTrochanter{{-0.020, 0.002, 0.056}, {-0.012, -0.048, 0.046}, 0.016};
constexpr Vec3 kShaftTop{-0.006, -0.050, 0.036};
constexpr double kFemurHeadRadius_m = 0.023;
constexpr double kShaftRadius_m = 0.013;
constexpr double kCondyleHalfWidth_m = 0.034;
constexpr double kCondyleRadius_m = 0.022;

// tibia frame (origin at the knee)
constexpr double kPlateauHalfWidth_m = 0.034;
constexpr double kTibiaRadius_m = 0.012;
constexpr double kFibulaLateral_m = 0.032;

// HAT frame (origin at the lumbar joint): spine, head, shoulders, arms, a translucent rib cage
constexpr Bone kSpine[] = {{{0, 0, 0}, {-0.012, 0.20, 0}, 0.017},
                           {{-0.012, 0.20, 0}, {-0.040, 0.45, 0}, 0.015},
                           {{-0.040, 0.45, 0}, {-0.010, 0.55, 0}, 0.013}};
constexpr Vec3 kHeadCenter{0.0, 0.64, 0.0};
constexpr double kHeadRadius_m = 0.095;
constexpr Vec3 kShoulder{-0.030, 0.46, 0.185};
constexpr Vec3 kElbow{-0.045, 0.19, 0.205};
constexpr Vec3 kWrist{-0.005, -0.05, 0.200};
constexpr Vec3 kRibCageCenter{-0.005, 0.33, 0.0};
constexpr Vec3 kRibCageHalf{0.095, 0.14, 0.135};  ///< OpenSim axes: depth, height, half width

Vec3 from_os_size(const Model& m, const Vec3& v) { return Vec3{v.x, v.z, v.y} * m.length_scale; }

}  // namespace

Vec3 landmark(const Model& model, Side side, const Vec3& opensim_m) {
  return to_side(from_opensim(opensim_m) * model.length_scale, side);
}

void add_skeleton(const Painter& paint, const Model& model, const Frame& frame) {
  const double ls = model.length_scale;
  const auto bone = [&](const Pose& pose, Side side, const Bone& b) {
    paint.capsule(pose.apply(landmark(model, side, b.a)), pose.apply(landmark(model, side, b.b)), b.radius_m * ls,
                  kBoneColor);
  };

  // pelvis and sacrum
  const Pose& pelvis = segment_pose(frame, SegmentId::Pelvis);
  for (Side s : kSides)
    for (const Bone& b : kPelvisBones) bone(pelvis, s, b);
  bone(pelvis, Side::Right, kSacrum);

  // trunk, head and arms (rigid with the HAT)
  const Pose& hat = segment_pose(frame, SegmentId::Hat);
  for (const Bone& b : kSpine) bone(hat, Side::Right, b);
  paint.sphere(hat.apply(landmark(model, Side::Right, kHeadCenter)), kHeadRadius_m * ls, kBoneColor);
  paint.box(Pose{hat.apply(landmark(model, Side::Right, kRibCageCenter)), hat.orientation},
            from_os_size(model, kRibCageHalf), Rgba{kBoneColor.r, kBoneColor.g, kBoneColor.b, 0.45f});
  for (Side s : kSides) {
    const Vec3 shoulder = hat.apply(landmark(model, s, kShoulder));
    const Vec3 elbow = hat.apply(landmark(model, s, kElbow));
    paint.capsule(hat.apply(landmark(model, s, {-0.030, 0.45, 0.0})), shoulder, 0.011 * ls, kBoneColor);
    paint.capsule(shoulder, elbow, 0.020 * ls, kBoneColor);
    paint.capsule(elbow, hat.apply(landmark(model, s, kWrist)), 0.017 * ls, kBoneColor);
  }

  for (Side s : kSides) {
    const SideFrame& sf = frame.side[s];
    // femur: head in the acetabulum, neck, greater trochanter, shaft to the condyles
    const Pose& thigh = segment_pose(frame, thigh_segment(s));
    paint.sphere(thigh.position_m, kFemurHeadRadius_m * ls, kJointColor);
    bone(thigh, s, kFemurNeck);
    bone(thigh, s, kGreaterTrochanter);
    const Vec3 lateral_thigh = rotate(thigh.orientation, Vec3{0, -side_sign(s), 0});
    const Vec3 up_thigh = rotate(thigh.orientation, Vec3{0, 0, 1});
    const Vec3 condyles = sf.knee_center_m + up_thigh * (0.012 * ls);
    paint.capsule(thigh.apply(landmark(model, s, kShaftTop)), condyles, kShaftRadius_m * ls, kBoneColor);
    paint.capsule(condyles - lateral_thigh * (kCondyleHalfWidth_m * ls),
                  condyles + lateral_thigh * (kCondyleHalfWidth_m * ls), kCondyleRadius_m * ls, kBoneColor);

    // tibia with its plateau and malleoli, and the fibula
    const Pose& shank = segment_pose(frame, s == Side::Left ? SegmentId::ShankL : SegmentId::ShankR);
    const Vec3 lateral_shank = rotate(shank.orientation, Vec3{0, -side_sign(s), 0});
    const Vec3 up_shank = rotate(shank.orientation, Vec3{0, 0, 1});
    const Vec3 plateau = sf.knee_center_m - up_shank * (0.022 * ls);
    paint.capsule(plateau - lateral_shank * (kPlateauHalfWidth_m * ls),
                  plateau + lateral_shank * (kPlateauHalfWidth_m * ls), 0.018 * ls, kBoneColor);
    paint.capsule(plateau, sf.ankle_center_m + up_shank * (0.02 * ls), kTibiaRadius_m * ls, kBoneColor);
    paint.sphere(sf.ankle_center_m - lateral_shank * (0.020 * ls), 0.011 * ls, kBoneColor);  // medial malleolus
    const Vec3 fibula_top = plateau + lateral_shank * (kFibulaLateral_m * ls) - up_shank * (0.02 * ls);
    const Vec3 lateral_malleolus = sf.ankle_center_m + lateral_shank * (0.026 * ls) - up_shank * (0.008 * ls);
    paint.capsule(fibula_top, lateral_malleolus, 0.0065 * ls, kBoneColor);
    paint.sphere(lateral_malleolus, 0.011 * ls, kBoneColor);

    // foot: talus, calcaneus to the heel, metatarsals to their heads, toes (foot frame, our axes)
    const Pose& foot = segment_pose(frame, s == Side::Left ? SegmentId::FootL : SegmentId::FootR);
    const auto fp = [&](double x, double y_medial, double z) {
      return foot.apply(to_side(Vec3{x, y_medial, z} * ls, s));
    };
    const double sole = -model.ankle_height_m / ls;  // sole height at gait2392 size
    paint.sphere(foot.position_m, 0.018 * ls, kJointColor);
    paint.capsule(fp(0, 0, -0.015), fp(-0.052, 0, sole + 0.024), 0.022 * ls, kBoneColor);
    for (double y : {0.030, 0.0, -0.032}) {
      const Vec3 head = fp(0.140, y, sole + 0.016);
      paint.capsule(fp(0.030, y * 0.5, -0.030), head, 0.009 * ls, kBoneColor);
      paint.capsule(head, fp(0.190, y * 0.9, sole + 0.010), 0.007 * ls, kBoneColor);
    }
  }
}

}  // namespace gait::scene_detail
