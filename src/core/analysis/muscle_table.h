// The `muscles` table (docs/metrics.md#muscles-table): moment arms and maximum abduction moment of the seven
// abductor compartments of the right hip at chosen hip flexion angles, from the model's own geometry.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "model/model.h"

namespace gait {

/// Hip flexion angles the table accepts (deg): the hip flexion range of Rajagopal et al. 2016's
/// model, the range the geometry has been checked over.
inline constexpr double kMuscleTableMinFlexion_deg = -30;
inline constexpr double kMuscleTableMaxFlexion_deg = 120;

/// One compartment's figures, one entry per hip flexion angle of the table.
struct MuscleTableRow {
  std::string name;  ///< its name in every output, e.g. "gluteus_medius_anterior"
  /// Moment arms -dL/dq (mm): + = flexion, abduction (the negated adduction moment arm) and internal
  /// rotation (gait2392's rotation coordinate).
  std::vector<double> flexion_mm, abduction_mm, internal_rotation_mm;
  /// Largest abduction moment at full activation and full strength (Nm): the force along the path
  /// (F_max * f_L * cos(pennation)) times the abduction moment arm. Negative where the compartment
  /// adducts at that posture: kept as computed, so the table shows the sign change.
  std::vector<double> max_abduction_moment_Nm;
};

struct MuscleTable {
  std::vector<double> hip_flexion_deg;
  double height_m = 0;                                ///< body the geometry was scaled to
  double mass_kg = 0;                                 ///< body the forces were scaled to
  std::array<MuscleTableRow, kNumAbductors> muscles;  ///< in AbductorId order
};

/// The table for the right hip of `model` at each of `hip_flexion_deg`, hip adduction and rotation 0.
/// Angles outside kMuscleTableMinFlexion_deg..kMuscleTableMaxFlexion_deg are the caller's to refuse.
MuscleTable compute_muscle_table(const Model& model, const std::vector<double>& hip_flexion_deg);

/// docs/metrics.md#muscles-table: {"hip_flexion_deg": [...], "muscles": {NAME: {"flexion_mm": [...],
/// "abduction_mm": [...], "internal_rotation_mm": [...], "max_abduction_moment_Nm": [...]}}}, compartments in
/// AbductorId order (ordered_json keeps it).
nlohmann::ordered_json muscle_table_to_json(const MuscleTable& table);

/// The table as aligned text: one block per compartment, one line per hip flexion angle.
void print_muscle_table(std::ostream& out, const MuscleTable& table);

}  // namespace gait
