// The hip-abductor compartments as bands from origin to insertion (and on along the iliotibial
// tract for the TFL): colour = activation, opacity and hatching = lost strength, thickness grows
// with the compartment's maximum force.
#include <cmath>

#include "scene/scene_parts.h"

namespace gait {

std::vector<Vec3> muscle_band_path(const Model& model, const Frame& frame, Side side, AbductorId muscle) {
  const AbductorParams& a = model.abductors[static_cast<int>(muscle)];
  const Pose& pelvis = segment_pose(frame, SegmentId::Pelvis);
  const Pose& thigh = segment_pose(frame, thigh_segment(side));
  std::vector<Vec3> path;
  path.push_back(pelvis.apply(to_side(a.origin_m, side)));
  path.push_back(thigh.apply(to_side(a.insertion_m, side)));
  for (int k = 0; k < a.num_distal_points; ++k) path.push_back(thigh.apply(to_side(a.distal_points_m[k], side)));
  return path;
}

namespace scene_detail {

void add_muscle_bands(Scene& scene, const Model& model, const Frame& frame, PickId highlight) {
  // thickness relative to the strongest compartment (gluteus medius anterior, 819 N in gait2392)
  const double largest_N = model.abductors[static_cast<int>(AbductorId::GluteusMediusAnterior)].max_isometric_force_N;
  for (Side s : kSides) {
    const SideFrame& sf = frame.side[s];
    for (int i = 0; i < kNumAbductors; ++i) {
      const AbductorParams& a = model.abductors[i];
      const PickId id{static_cast<int>(s), i};
      const StrengthStyle style = strength_style(sf.muscle_strength_frac[i]);
      Rgba c = activation_color(sf.abductor_activation);
      c.a = style.alpha;
      double radius = (0.004 + 0.006 * std::sqrt(a.max_isometric_force_N / largest_N)) *
                      model.length_scale;
      if (id == highlight) {
        c = kHighlightColor;
        radius *= 1.5;
      }
      const std::vector<Vec3> path = muscle_band_path(model, frame, s, static_cast<AbductorId>(i));
      for (std::size_t k = 0; k + 1 < path.size(); ++k) {
        // the iliotibial tract below the TFL's insertion is tendon: thinner
        const double r = k == 0 ? radius : 0.45 * radius;
        scene.capsules.push_back({path[k], path[k + 1], r, c, style.hatch_frac, false, id});
      }
    }
  }
}

}  // namespace scene_detail
}  // namespace gait
