// The `--csv` time series: a table of columns, each a name with its unit and a way to read a Frame.
#include "analysis/time_series_csv.h"

#include <algorithm>
#include <functional>

#include "analysis/gait_events.h"
#include "analysis/number_text.h"
#include "units.h"

namespace gait {
namespace {

/// What a column reads: the Frame and the detector's contact flags at that Frame.
using ColumnValue = std::function<double(const Frame&, const LeftRight<bool>& contact)>;

struct Column {
  std::string name;
  ColumnValue value;
  int digits = 6;  ///< significant digits; 0 = an integer or a 0/1 flag
};

constexpr const char* kCompartmentNames[kNumAbductors] = {
    "gluteus_medius_anterior",  "gluteus_medius_middle",  "gluteus_medius_posterior",
    "gluteus_minimus_anterior", "gluteus_minimus_middle", "gluteus_minimus_posterior",
    "tensor_fasciae_latae",
};

/// name_x_<unit>, name_y_<unit>, name_z_<unit> for a Vec3 read by `read`.
void add_vec3(std::vector<Column>& cols, const std::string& name, const std::string& unit,
              std::function<Vec3(const Frame&)> read) {
  cols.push_back({name + "_x_" + unit, [read](const Frame& f, const LeftRight<bool>&) { return read(f).x; }});
  cols.push_back({name + "_y_" + unit, [read](const Frame& f, const LeftRight<bool>&) { return read(f).y; }});
  cols.push_back({name + "_z_" + unit, [read](const Frame& f, const LeftRight<bool>&) { return read(f).z; }});
}

/// A per-side column: "<side>_<name>" reading the side's SideFrame.
void add_side(std::vector<Column>& cols, Side s, const std::string& name,
              std::function<double(const SideFrame&)> read, int digits = 6) {
  cols.push_back({std::string(side_name(s)) + "_" + name,
                  [s, read](const Frame& f, const LeftRight<bool>&) { return read(f.side[s]); }, digits});
}

std::vector<Column> make_columns() {
  std::vector<Column> cols;
  using C = const LeftRight<bool>&;
  cols.push_back({"time_s", [](const Frame& f, C) { return f.time_s; }, 9});
  cols.push_back({"step_index", [](const Frame& f, C) { return static_cast<double>(f.step_index); }, 0});
  for (Side s : kSides) {
    cols.push_back(
        {std::string(side_name(s)) + "_contact", [s](const Frame&, C c) { return c[s] ? 1.0 : 0.0; }, 0});
  }
  for (Side s : kSides) {
    cols.push_back({std::string(side_name(s)) + "_controller_stance",
                    [s](const Frame& f, C) { return f.side[s].controller_stance ? 1.0 : 0.0; }, 0});
  }
  cols.push_back(
      {"controller_phase", [](const Frame& f, C) { return static_cast<double>(f.controller_phase); }, 0});
  cols.push_back({"fell", [](const Frame& f, C) { return f.fell ? 1.0 : 0.0; }, 0});

  // pelvis and trunk
  add_vec3(cols, "pelvis_position", "m", [](const Frame& f) { return f.pelvis_position_m; });
  add_vec3(cols, "pelvis_velocity", "m_s", [](const Frame& f) { return f.pelvis_velocity_m_s; });
  cols.push_back(
      {"pelvic_obliquity_deg", [](const Frame& f, C) { return rad_to_deg(f.pelvic_obliquity_rad); }});
  cols.push_back({"pelvic_tilt_deg", [](const Frame& f, C) { return rad_to_deg(f.pelvic_tilt_rad); }});
  cols.push_back(
      {"pelvic_rotation_deg", [](const Frame& f, C) { return rad_to_deg(f.pelvic_rotation_rad); }});
  cols.push_back({"heading_deg", [](const Frame& f, C) { return rad_to_deg(f.heading_rad); }});
  cols.push_back({"trunk_lean_deg", [](const Frame& f, C) { return rad_to_deg(f.trunk_lean_rad); }});
  cols.push_back({"trunk_pitch_deg", [](const Frame& f, C) { return rad_to_deg(f.trunk_pitch_rad); }});
  add_vec3(cols, "com", "m", [](const Frame& f) { return f.com_m; });
  add_vec3(cols, "com_velocity", "m_s", [](const Frame& f) { return f.com_velocity_m_s; });

  for (Side s : kSides) {
    const std::string p = std::string(side_name(s)) + "_";
    // joint angles
    add_side(cols, s, "hip_flexion_deg", [](const SideFrame& x) { return rad_to_deg(x.hip_flexion_rad); });
    add_side(cols, s, "hip_adduction_deg",
             [](const SideFrame& x) { return rad_to_deg(x.hip_adduction_rad); });
    add_side(cols, s, "hip_rotation_deg", [](const SideFrame& x) { return rad_to_deg(x.hip_rotation_rad); });
    add_side(cols, s, "knee_flexion_deg", [](const SideFrame& x) { return rad_to_deg(x.knee_flexion_rad); });
    add_side(cols, s, "ankle_dorsiflexion_deg",
             [](const SideFrame& x) { return rad_to_deg(x.ankle_dorsiflexion_rad); });
    add_side(cols, s, "ankle_inversion_deg",
             [](const SideFrame& x) { return rad_to_deg(x.ankle_inversion_rad); });
    // joint centres
    add_vec3(cols, p + "hip_center", "m", [s](const Frame& f) { return f.side[s].hip_center_m; });
    add_vec3(cols, p + "knee_center", "m", [s](const Frame& f) { return f.side[s].knee_center_m; });
    add_vec3(cols, p + "ankle_center", "m", [s](const Frame& f) { return f.side[s].ankle_center_m; });
    // ground contact
    add_side(cols, s, "grf_x_N", [](const SideFrame& x) { return x.grf_N.x; });
    add_side(cols, s, "grf_y_N", [](const SideFrame& x) { return x.grf_N.y; });
    add_side(cols, s, "grf_vertical_N", [](const SideFrame& x) { return x.grf_N.z; });
    add_side(cols, s, "cop_x_m", [](const SideFrame& x) { return x.cop_m.x; });
    add_side(cols, s, "cop_y_m", [](const SideFrame& x) { return x.cop_m.y; });
    // hip abductors
    add_side(cols, s, "abductor_demand_Nm", [](const SideFrame& x) { return x.abductor_demand_Nm; });
    add_side(cols, s, "abductor_capacity_Nm", [](const SideFrame& x) { return x.abductor_capacity_Nm; });
    add_side(cols, s, "abductor_deficit_Nm",
             [](const SideFrame& x) { return std::max(0.0, x.abductor_demand_Nm - x.abductor_capacity_Nm); });
    add_side(cols, s, "abductor_moment_Nm", [](const SideFrame& x) { return x.abductor_moment_Nm; });
    add_side(cols, s, "abductor_activation", [](const SideFrame& x) { return x.abductor_activation; });
    add_side(cols, s, "other_abductor_moment_Nm",
             [](const SideFrame& x) { return x.other_abductor_moment_Nm; });
    add_side(cols, s, "passive_adduction_moment_Nm",
             [](const SideFrame& x) { return x.passive_adduction_moment_Nm; });
    for (int m = 0; m < kNumAbductors; ++m) {
      add_side(cols, s, std::string(kCompartmentNames[m]) + "_force_N",
               [m](const SideFrame& x) { return x.muscle_force_N[static_cast<std::size_t>(m)]; });
    }
    // loads
    add_side(cols, s, "hip_flexion_moment_Nm", [](const SideFrame& x) { return x.hip_flexion_moment_Nm; });
    add_side(cols, s, "hip_contact_force_N", [](const SideFrame& x) { return x.hip_contact_force_N; });
  }
  return cols;
}

}  // namespace

std::string time_series_csv(const std::vector<Frame>& frames) {
  static const std::vector<Column> columns = make_columns();
  const std::vector<LeftRight<bool>> contact = foot_contact_flags(frames, detect_gait_events(frames));

  std::string csv;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (c > 0) csv += ',';
    csv += columns[c].name;
  }
  csv += '\n';
  for (std::size_t i = 0; i < frames.size(); ++i) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c > 0) csv += ',';
      const double v = columns[c].value(frames[i], contact[i]);
      // integers (step index, flags) are exact in a double up to 2^53
      append_number(csv, v, columns[c].digits > 0 ? columns[c].digits : 17);
    }
    csv += '\n';
  }
  return csv;
}

}  // namespace gait
