// Parsing the compiled-in adult curves and choosing the speed class a walk is compared with.
#include "analysis/adult_norms.h"

#include <cmath>
#include <iterator>

#include "analysis/csv_fields.h"
#include "input_error.h"

namespace gait {
namespace {

constexpr const char* kFileName = "assets/normative_gait_adult.csv";

/// What the file states only in its header comments, per class: the mean v/h and the mean foot-off
/// (Bovi et al. 2011, electronic addendum, 'Parameters' sheet, adult group; quoted in the file's header).
struct ClassFacts {
  const char* name;
  double speed_over_height_per_s;
  double foot_off_pct;
  double contralateral_foot_off_pct;
};
constexpr ClassFacts kClassFacts[] = {
    {"XS", 0.493, 66.2, 15.7}, {"S", 0.698, 63.3, 12.9}, {"N", 0.714, 63.2, 12.8},
    {"M", 0.873, 62.3, 12.1},  {"L", 1.154, 59.6, 9.6},
};
/// The other foot lands at about 50.5 % in every class (the same header).
constexpr double kContralateralFootStrike_pct = 50.5;
constexpr int kClasses = static_cast<int>(std::size(kClassFacts));

struct BandColumns {
  const char* name;
  AdultBand AdultSpeedClass::*band;
  int mean = -1, sd = -1;
};

}  // namespace

namespace {

/// The columns of the file, found by name in its header.
struct NormColumns {
  std::vector<BandColumns> bands = {
      {"pelvic_tilt", &AdultSpeedClass::pelvic_tilt_deg},
      {"pelvic_obliquity", &AdultSpeedClass::pelvic_obliquity_deg},
      {"pelvic_rotation", &AdultSpeedClass::pelvic_rotation_deg},
      {"hip_flexion", &AdultSpeedClass::hip_flexion_deg},
      {"hip_adduction", &AdultSpeedClass::hip_adduction_deg},
      {"hip_rotation", &AdultSpeedClass::hip_rotation_deg},
      {"knee_flexion", &AdultSpeedClass::knee_flexion_deg},
      {"ankle_dorsiflexion", &AdultSpeedClass::ankle_dorsiflexion_deg},
      {"hip_abductor_moment", &AdultSpeedClass::hip_abductor_moment_Nm_kg},
  };
  int class_column = -1, speed_column = -1, pct_column = -1;
};

/// Finds every column by name in the header; throws InputError for a missing one.
NormColumns read_header(const std::vector<std::string_view>& fields, int line_no) {
  NormColumns cols;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string name(trim_blanks(fields[i]));
    const int column = static_cast<int>(i);
    if (name == "speed_class") cols.class_column = column;
    if (name == "speed_m_s") cols.speed_column = column;
    if (name == "percent") cols.pct_column = column;
    for (BandColumns& b : cols.bands) {
      if (name == std::string(b.name) + "_mean") b.mean = column;
      if (name == std::string(b.name) + "_sd") b.sd = column;
    }
  }
  for (const auto& [column, name] : {std::pair{cols.class_column, "speed_class"},
                                     std::pair{cols.speed_column, "speed_m_s"}, std::pair{cols.pct_column, "percent"}})
    if (column < 0) throw InputError(kFileName, line_no, name, "missing column");
  for (const BandColumns& b : cols.bands)
    if (b.mean < 0 || b.sd < 0) throw InputError(kFileName, line_no, b.name, "missing the _mean or _sd column");
  return cols;
}

/// The k-th class's facts (its rows start at this line), after checking its name.
AdultSpeedClass start_class(std::size_t k, std::string_view class_name, int line_no) {
  if (k == static_cast<std::size_t>(kClasses)) throw InputError(kFileName, line_no, "", "more than five classes");
  if (class_name != kClassFacts[k].name)
    throw InputError(kFileName, line_no, "speed_class",
                     "expected class " + std::string(kClassFacts[k].name) + ", got \"" + std::string(class_name) + "\"");
  AdultSpeedClass c;
  c.name = kClassFacts[k].name;
  c.speed_over_height_per_s = kClassFacts[k].speed_over_height_per_s;
  c.foot_off_pct = kClassFacts[k].foot_off_pct;
  c.contralateral_foot_off_pct = kClassFacts[k].contralateral_foot_off_pct;
  c.contralateral_foot_strike_pct = kContralateralFootStrike_pct;
  return c;
}

}  // namespace

std::vector<AdultSpeedClass> parse_adult_norms(std::string_view csv_text) {
  NormColumns cols;
  bool have_header = false;
  std::vector<AdultSpeedClass> classes;
  int rows = 0;  // rows of the current class
  int last_line = 0;

  for_each_csv_line(csv_text, [&](int line_no, std::string_view line) {
    last_line = line_no;
    const std::vector<std::string_view> fields = split_commas(line);
    if (!have_header) {
      have_header = true;
      cols = read_header(fields, line_no);
      return;
    }

    auto text = [&](int column, const char* name) {
      if (static_cast<std::size_t>(column) >= fields.size()) throw InputError(kFileName, line_no, name, "missing value");
      return trim_blanks(fields[static_cast<std::size_t>(column)]);
    };
    auto number = [&](int column, const std::string& name) {
      return parse_csv_number(text(column, name.c_str()), kFileName, line_no, name);
    };
    // a class starts at percent 0 and counts 0, 1, ..., 100
    const std::string_view class_name = text(cols.class_column, "speed_class");
    if (classes.empty() || rows == kCyclePoints) {
      AdultSpeedClass c = start_class(classes.size(), class_name, line_no);
      c.speed_m_s = number(cols.speed_column, "speed_m_s");
      classes.push_back(c);
      rows = 0;
    } else if (class_name != classes.back().name) {
      throw InputError(kFileName, line_no, "speed_class",
                       "class " + classes.back().name + " has " + std::to_string(rows) + " rows, expected 101");
    }
    if (number(cols.pct_column, "percent") != rows)
      throw InputError(kFileName, line_no, "percent", "expected " + std::to_string(rows));
    AdultSpeedClass& c = classes.back();
    const auto k = static_cast<std::size_t>(rows);
    for (const BandColumns& b : cols.bands) {
      (c.*(b.band)).mean[k] = number(b.mean, std::string(b.name) + "_mean");
      (c.*(b.band)).sd[k] = number(b.sd, std::string(b.name) + "_sd");
    }
    ++rows;
  });
  if (classes.size() != static_cast<std::size_t>(kClasses) || rows != kCyclePoints)
    throw InputError(kFileName, last_line, "",
                     "expected 101 rows (percent 0..100) for each of the classes XS, S, N, M, L");
  return classes;
}

const std::vector<AdultSpeedClass>& adult_norms() {
  static const std::vector<AdultSpeedClass> parsed = parse_adult_norms(kAdultNormsCsv);
  return parsed;
}

std::size_t nearest_class_index(const std::vector<AdultSpeedClass>& classes, double speed_over_height_per_s) {
  std::size_t best = 0;
  for (std::size_t k = 1; k < classes.size(); ++k) {
    // strictly nearer only: a tie stays with the slower class found first
    if (std::abs(classes[k].speed_over_height_per_s - speed_over_height_per_s) <
        std::abs(classes[best].speed_over_height_per_s - speed_over_height_per_s))
      best = k;
  }
  return best;
}

const AdultSpeedClass& adult_class_for(double speed_m_s, double height_m) {
  const std::vector<AdultSpeedClass>& classes = adult_norms();
  return classes[nearest_class_index(classes, speed_m_s / height_m)];
}

}  // namespace gait
