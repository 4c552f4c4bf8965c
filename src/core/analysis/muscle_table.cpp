// compute_muscle_table() and its JSON and text forms: the right hip's abductor moment arms against
// hip flexion (unscaled, they are gait2392's own: docs/model.md#abductors).
#include "analysis/muscle_table.h"

#include <cstdio>

#include "muscle/abductor_geometry.h"
#include "units.h"

namespace gait {

MuscleTable compute_muscle_table(const Model& model, const std::vector<double>& hip_flexion_deg) {
  MuscleTable table;
  table.hip_flexion_deg = hip_flexion_deg;
  table.height_m = model.height_m;
  table.mass_kg = model.mass_kg;
  for (int i = 0; i < kNumAbductors; ++i) {
    const AbductorParams& a = model.abductors[i];
    MuscleTableRow& row = table.muscles[i];
    row.name = a.name;
    for (const double flexion_deg : hip_flexion_deg) {
      const HipAngles q{deg_to_rad(flexion_deg), 0, 0};
      // (flexion, adduction, rotation) moment arms; abduction is the negated adduction arm
      const Vec3 r_m = moment_arms_m(model, a, Side::Right, q);
      const double abduction_m = -r_m.y;
      row.flexion_mm.push_back(r_m.x * 1000);
      row.abduction_mm.push_back(abduction_m * 1000);
      row.internal_rotation_mm.push_back(r_m.z * 1000);
      // full strength; a negative arm gives a negative moment (the compartment adducts here), kept
      // as computed rather than clipped to 0 as the capacity M_cap does
      row.max_abduction_moment_Nm.push_back(max_path_force_N(model, a, Side::Right, q) * abduction_m);
    }
  }
  return table;
}

nlohmann::ordered_json muscle_table_to_json(const MuscleTable& table) {
  nlohmann::ordered_json j;
  j["hip_flexion_deg"] = table.hip_flexion_deg;
  nlohmann::ordered_json muscles = nlohmann::ordered_json::object();
  for (const MuscleTableRow& row : table.muscles) {
    nlohmann::ordered_json m;
    m["flexion_mm"] = row.flexion_mm;
    m["abduction_mm"] = row.abduction_mm;
    m["internal_rotation_mm"] = row.internal_rotation_mm;
    m["max_abduction_moment_Nm"] = row.max_abduction_moment_Nm;
    muscles[row.name] = std::move(m);
  }
  j["muscles"] = std::move(muscles);
  return j;
}

void print_muscle_table(std::ostream& out, const MuscleTable& table) {
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "Right hip abductor compartments, hip adduction and rotation 0; body %.4g kg, %.4g m\n",
                table.mass_kg, table.height_m);
  out << buf
      << "(geometry: gait2392 scaled by height / 1.80 m). Moment arms -dL/dq in mm, + = flexion,\n"
         "abduction, internal rotation; maximum abduction moment at full activation and strength\n"
         "in Nm (negative: the compartment adducts at that posture).\n\n";
  std::snprintf(buf, sizeof buf, "%-26s %9s %9s %10s %10s %12s\n", "compartment", "hip flex", "flexion",
                "abduction", "int. rot.", "max abd mom");
  out << buf;
  std::snprintf(buf, sizeof buf, "%-26s %9s %9s %10s %10s %12s\n", "", "deg", "mm", "mm", "mm", "Nm");
  out << buf;
  for (const MuscleTableRow& row : table.muscles) {
    for (std::size_t k = 0; k < table.hip_flexion_deg.size(); ++k) {
      std::snprintf(buf, sizeof buf, "%-26s %9.4g %9.1f %10.1f %10.1f %12.1f\n",
                    k == 0 ? row.name.c_str() : "", table.hip_flexion_deg[k], row.flexion_mm[k],
                    row.abduction_mm[k], row.internal_rotation_mm[k], row.max_abduction_moment_Nm[k]);
      out << buf;
    }
  }
}

}  // namespace gait
