// The `muscles` table against physiology.md section 5 (gait2392 unscaled), and the anatomy it teaches:
// the anterior fibres rotate internally, the posterior externally, and all internally when flexed.
#include "analysis/muscle_table.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "muscle/abductor_geometry.h"
#include "units.h"

using namespace gait;

namespace {

/// physiology.md section 5 (D: -dL/dq of the gait2392 straight-line paths, 1.80 m, 75.16 kg):
/// flexion / abduction / internal rotation moment arms (mm) at 0, 45 and 90 deg of hip flexion.
struct Reference {
  const char* name;
  double mm[3][3];  ///< [angle][flexion, abduction, internal rotation]
};
constexpr Reference kSection5[] = {
    {"gluteus_medius_anterior", {{-14.5, 47.8, 20.4}, {0.2, 24.0, 45.5}, {14.7, -10.1, 51.0}}},
    {"gluteus_medius_middle", {{-22.4, 44.1, -7.3}, {-13.0, 31.8, 23.3}, {1.7, 4.9, 37.6}}},
    {"gluteus_medius_posterior", {{-23.8, 35.4, -29.7}, {-21.2, 36.0, 2.6}, {-8.8, 18.4, 24.2}}},
    {"gluteus_minimus_anterior", {{-2.0, 42.2, 18.2}, {5.3, 19.5, 42.0}, {10.4, -14.9, 45.6}}},
    {"gluteus_minimus_middle", {{-6.0, 42.4, 6.8}, {1.6, 26.4, 33.2}, {8.6, -3.1, 43.5}}},
    {"gluteus_minimus_posterior", {{-10.6, 38.3, -7.8}, {-4.5, 30.7, 20.1}, {3.5, 7.7, 35.7}}},
    {"tensor_fasciae_latae", {{34.6, 49.2, 6.2}, {67.3, 41.0, 28.2}, {88.1, 19.6, 47.1}}},
};

MuscleTable unscaled_table(const std::vector<double>& angles) {
  ScenarioSpec spec;
  spec.height_m = 1.80;  // gait2392 unscaled, as section 5 computed it
  spec.mass_kg = 75.16;
  return compute_muscle_table(build_model(spec), angles);
}

enum Compartment { GMed1 = 0, GMed2, GMed3, GMin1, GMin2, GMin3, Tfl };

}  // namespace

TEST_CASE("muscle table: moment arms within 5 mm of physiology.md section 5 at 1.80 m", "[unit][muscle]") {
  const MuscleTable t = unscaled_table({0, 45, 90});
  REQUIRE(t.hip_flexion_deg == std::vector<double>{0, 45, 90});
  for (int i = 0; i < kNumAbductors; ++i) {
    const MuscleTableRow& row = t.muscles[i];
    const Reference& ref = kSection5[i];
    INFO(row.name);
    CHECK(row.name == ref.name);
    REQUIRE(row.flexion_mm.size() == 3);
    for (int k = 0; k < 3; ++k) {
      INFO("hip flexion " << t.hip_flexion_deg[k] << " deg");
      CHECK(row.flexion_mm[k] == Approx(ref.mm[k][0]).margin(5.0));
      CHECK(row.abduction_mm[k] == Approx(ref.mm[k][1]).margin(5.0));
      CHECK(row.internal_rotation_mm[k] == Approx(ref.mm[k][2]).margin(5.0));
      // the same geometry as section 5, so in fact within its rounding
      CHECK(row.abduction_mm[k] == Approx(ref.mm[k][1]).margin(0.06));
    }
  }
}

TEST_CASE("muscle table: rotation turns internal with flexion and anterior abduction falls", "[unit][muscle]") {
  const MuscleTable t = unscaled_table({0, 45, 90});
  // at 0 deg the anterior gluteus medius rotates internally and the posterior externally
  CHECK(t.muscles[GMed1].internal_rotation_mm[0] > 0);
  CHECK(t.muscles[GMed3].internal_rotation_mm[0] < 0);
  // at 90 deg all seven rotate internally
  for (const MuscleTableRow& row : t.muscles) {
    INFO(row.name);
    CHECK(row.internal_rotation_mm[2] > 0);
  }
  // the anterior compartments abduct less at 90 than at 0 deg (gluteus minimus: abductor -> rotator)
  for (const int i : {GMed1, GMin1}) {
    INFO(t.muscles[i].name);
    CHECK(t.muscles[i].abduction_mm[2] < t.muscles[i].abduction_mm[0]);
  }
}

TEST_CASE("muscle table: maximum abduction moment is path force times abduction arm, sign kept",
          "[unit][muscle]") {
  ScenarioSpec spec;  // 75 kg, 1.75 m: the default body
  const Model m = build_model(spec);
  const MuscleTable t = compute_muscle_table(m, {-30, 0, 90});
  for (int i = 0; i < kNumAbductors; ++i) {
    for (int k = 0; k < 3; ++k) {
      const HipAngles q{deg_to_rad(t.hip_flexion_deg[k]), 0, 0};
      const double arm_m = -moment_arms_m(m, m.abductors[i], Side::Right, q).y;
      CHECK(t.muscles[i].abduction_mm[k] == Approx(arm_m * 1000));
      CHECK(t.muscles[i].max_abduction_moment_Nm[k] ==
            Approx(max_path_force_N(m, m.abductors[i], Side::Right, q) * arm_m));
    }
  }
  // the anterior gluteus medius adducts at 90 deg: a negative maximum abduction moment, not 0
  CHECK(t.muscles[GMed1].max_abduction_moment_Nm[2] < 0);
  // at neutral the seven sum to M_cap at full strength
  double sum_Nm = 0;
  for (const MuscleTableRow& row : t.muscles) sum_Nm += row.max_abduction_moment_Nm[1];
  CHECK(sum_Nm == Approx(abduction_capacity_Nm(m, Side::Right, AbductorStrength{}, {})));
  // a smaller body has shorter arms (geometry scales with height / 1.80)
  CHECK(t.muscles[GMed1].abduction_mm[1] ==
        Approx(unscaled_table({0}).muscles[GMed1].abduction_mm[0] * 1.75 / 1.80));
}

TEST_CASE("muscle table: DESIGN 8 JSON and the text table", "[unit][muscle]") {
  const MuscleTable t = unscaled_table({0, 90});
  const nlohmann::ordered_json j = muscle_table_to_json(t);
  CHECK(j.at("hip_flexion_deg") == nlohmann::ordered_json({0.0, 90.0}));
  const auto& muscles = j.at("muscles");
  REQUIRE(muscles.size() == kNumAbductors);
  int i = 0;
  for (const auto& [name, m] : muscles.items()) {  // in compartment order
    CHECK(name == kSection5[i++].name);
    std::vector<std::string> keys;
    for (const auto& [k, v] : m.items()) {
      keys.push_back(k);
      CHECK(v.size() == 2);
    }
    CHECK(keys == std::vector<std::string>{"flexion_mm", "abduction_mm", "internal_rotation_mm",
                                           "max_abduction_moment_Nm"});
  }
  CHECK(muscles.at("tensor_fasciae_latae").at("abduction_mm")[0].get<double>() == Approx(49.2).margin(0.06));

  std::ostringstream text;
  print_muscle_table(text, t);
  CHECK_THAT(text.str(), Catch::Contains("gluteus_minimus_anterior") && Catch::Contains("75.16 kg, 1.8 m"));
}
