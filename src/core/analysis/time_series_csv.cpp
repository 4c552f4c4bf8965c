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

const std::vector<Column>& all_columns() {
  static const std::vector<Column> cols = make_columns();
  return cols;
}

/// The columns of the contact flags, which the streamed writer settles last.
constexpr std::size_t kFirstContactColumn = 2, kFirstColumnAfterContact = 4;

std::string header_row() {
  std::string csv;
  for (std::size_t c = 0; c < all_columns().size(); ++c) {
    if (c > 0) csv += ',';
    csv += all_columns()[c].name;
  }
  csv += '\n';
  return csv;
}

void append_cell(std::string& out, const Column& column, const Frame& f, const LeftRight<bool>& contact) {
  // integers (step index, flags) are exact in a double up to 2^53
  append_number(out, column.value(f, contact), column.digits > 0 ? column.digits : 17);
}

}  // namespace

std::string time_series_csv(const std::vector<Frame>& frames) {
  const std::vector<Column>& columns = all_columns();
  const std::vector<LeftRight<bool>> contact = foot_contact_flags(frames, detect_gait_events(frames));

  std::string csv = header_row();
  for (std::size_t i = 0; i < frames.size(); ++i) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c > 0) csv += ',';
      append_cell(csv, columns[c], frames[i], contact[i]);
    }
    csv += '\n';
  }
  return csv;
}

TimeSeriesCsvWriter::TimeSeriesCsvWriter(TextSink& sink) : sink_(sink) {
  static_assert(kFirstColumnAfterContact == kFirstContactColumn + 2);
  sink_.write(header_row());
  first_row_offset_ = sink_.size();
}

void TimeSeriesCsvWriter::add(const Frame& f) {
  if (!started_) {
    started_ = true;
    // a foot that carries 10 N in the first Frame is loaded from the start (foot_contact_intervals)
    for (Side s : kSides) {
      if (f.side[s].grf_N.z >= kContactOffForce_N) feet_[s].start_decided = feet_[s].loaded = true;
    }
  }
  for (Side s : kSides) {
    Foot& foot = feet_[s];
    const std::optional<GaitEvent> e = foot.detector.add(f);
    if (e) foot.events.push_back(*e);
    if (foot.start_decided) continue;
    if (e) {
      // the first event decides: a toe-off means the foot was loaded from the first Frame on
      foot.start_decided = true;
      foot.loaded = e->kind == GaitEvent::Kind::ToeOff;
      if (foot.loaded) set_provisional_flags(s);
    } else if (foot.detector.in_swing()) {
      foot.start_decided = true;  // its first event will be an initial contact: unloaded at the start
    }
  }
  const LeftRight<bool> unused{};
  PendingRow row{f.time_s, {}, {}};
  append_cell(row.head, all_columns()[0], f, unused);
  row.head += ',';
  append_cell(row.head, all_columns()[1], f, unused);
  for (std::size_t c = kFirstColumnAfterContact; c < all_columns().size(); ++c) {
    row.tail += ',';
    append_cell(row.tail, all_columns()[c], f, unused);
  }
  row.tail += '\n';
  pending_.push_back(std::move(row));
  settle(false);
}

void TimeSeriesCsvWriter::finish() {
  settle(true);
}

bool TimeSeriesCsvWriter::flag_at(Foot& foot, double t_s) {
  // the contact intervals are closed: [initial contact, toe-off]
  while (!foot.events.empty() && foot.events.front().time_s < t_s) {
    foot.loaded = foot.events.front().kind == GaitEvent::Kind::InitialContact;
    foot.events.pop_front();
  }
  return foot.loaded || (!foot.events.empty() && foot.events.front().time_s == t_s &&
                         foot.events.front().kind == GaitEvent::Kind::InitialContact);
}

void TimeSeriesCsvWriter::settle(bool at_end) {
  while (!pending_.empty()) {
    const PendingRow& row = pending_.front();
    // every event before the row's time must be known (a dip may still become a toe-off)
    if (!at_end &&
        (row.time_s > feet_.left.detector.horizon_s() || row.time_s > feet_.right.detector.horizon_s()))
      return;
    std::string text = row.head;
    for (Side s : kSides) {
      text += ',';
      text += flag_at(feet_[s], row.time_s) ? '1' : '0';
      if (!feet_[s].start_decided) ++feet_[s].provisional_rows;
    }
    text += row.tail;
    sink_.write(text);
    pending_.pop_front();
  }
}

void TimeSeriesCsvWriter::set_provisional_flags(Side s) {
  // the provisional rows are the first ones; their flag is the (2 + side)-th cell
  const int flag_column = static_cast<int>(kFirstContactColumn) + (s == Side::Left ? 0 : 1);
  std::uint64_t rows_left = feet_[s].provisional_rows;
  std::uint64_t at = first_row_offset_;
  int column = 0;
  char buf[1 << 16];
  while (rows_left > 0) {
    const std::size_t n = sink_.read(at, buf, sizeof buf);
    if (n == 0) break;
    for (std::size_t i = 0; i < n && rows_left > 0; ++i) {
      if (buf[i] == ',') {
        if (++column == flag_column) sink_.overwrite(at + i + 1, "1");
      } else if (buf[i] == '\n') {
        column = 0;
        --rows_left;
      }
    }
    at += n;
  }
  feet_[s].provisional_rows = 0;
}

}  // namespace gait
