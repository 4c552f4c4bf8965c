// Parsing the compiled-in normative gait bands.
#include "analysis/normative_gait.h"

#include <cmath>
#include <string>
#include <vector>

#include "analysis/csv_fields.h"
#include "input_error.h"

namespace gait {
namespace {

constexpr const char* kFileName = "assets/normative_gait.csv";

double parse_number(std::string_view field, int line, const std::string& column) {
  return parse_csv_number(field, kFileName, line, column);
}

/// Where each band's three columns are, and where their values go.
struct BandColumns {
  const char* name;
  NormativeBand NormativeGait::*band;
  int min = -1, mean = -1, max = -1;
};

}  // namespace

NormativeGait parse_normative_gait(std::string_view csv_text) {
  NormativeGait gait;
  std::vector<BandColumns> bands = {
      {"pelvic_tilt", &NormativeGait::pelvic_tilt_deg},
      {"pelvic_list", &NormativeGait::pelvic_list_deg},
      {"pelvic_rotation", &NormativeGait::pelvic_rotation_deg},
      {"hip_flexion", &NormativeGait::hip_flexion_deg},
      {"knee_flexion", &NormativeGait::knee_flexion_deg},
      {"ankle_flexion", &NormativeGait::ankle_flexion_deg},
      {"ground_reaction_force", &NormativeGait::grf_vertical_bw},
  };
  int pct_column = -1;
  bool have_header = false;
  int rows = 0;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < csv_text.size()) {
    const std::size_t nl = csv_text.find('\n', pos);
    const std::string_view line =
        trim_blanks(csv_text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? csv_text.size() : nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = split_commas(line);

    if (!have_header) {
      // header: find every column by name
      have_header = true;
      for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string name(trim_blanks(fields[i]));
        if (name == "gait_cycle_pct") pct_column = static_cast<int>(i);
        for (BandColumns& b : bands) {
          const std::string base = b.name;
          if (name == base + "_min") b.min = static_cast<int>(i);
          if (name == base + "_mean") b.mean = static_cast<int>(i);
          if (name == base + "_max") b.max = static_cast<int>(i);
        }
      }
      if (pct_column < 0) throw InputError(kFileName, line_no, "gait_cycle_pct", "missing column");
      for (const BandColumns& b : bands) {
        if (b.min < 0 || b.mean < 0 || b.max < 0) {
          throw InputError(kFileName, line_no, b.name, "missing one of the _min, _mean, _max columns");
        }
      }
      continue;
    }

    // a data row: the percentage must count 0, 1, ..., 100
    if (rows >= kCyclePoints) throw InputError(kFileName, line_no, "", "more than 101 data rows");
    auto field = [&](int column, const std::string& name) {
      if (static_cast<std::size_t>(column) >= fields.size())
        throw InputError(kFileName, line_no, name, "missing value");
      return parse_number(fields[static_cast<std::size_t>(column)], line_no, name);
    };
    if (field(pct_column, "gait_cycle_pct") != rows) {
      throw InputError(kFileName, line_no, "gait_cycle_pct", "expected " + std::to_string(rows));
    }
    const auto k = static_cast<std::size_t>(rows);
    for (const BandColumns& b : bands) {
      NormativeBand& band = gait.*(b.band);
      band.min[k] = field(b.min, std::string(b.name) + "_min");
      band.mean[k] = field(b.mean, std::string(b.name) + "_mean");
      band.max[k] = field(b.max, std::string(b.name) + "_max");
    }
    ++rows;
  }
  if (rows != kCyclePoints) {
    throw InputError(kFileName, line_no, "",
                     "expected 101 data rows (0..100 %), got " + std::to_string(rows));
  }
  return gait;
}

const NormativeGait& normative_gait() {
  static const NormativeGait parsed = parse_normative_gait(kNormativeGaitCsv);
  return parsed;
}

double rms_difference(const CycleCurve& a, const CycleCurve& b) {
  double sum_sq = 0;
  for (std::size_t k = 0; k < a.size(); ++k) sum_sq += (a[k] - b[k]) * (a[k] - b[k]);
  return std::sqrt(sum_sq / static_cast<double>(a.size()));
}

}  // namespace gait
