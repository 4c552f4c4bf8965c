// The summary over a synthetic run: figures, Trendelenburg signs, JSON keys and nulls, the table.
#include "analysis/summary.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "analysis/adult_norms.h"
#include "analysis/curve_shape.h"
#include "analysis/normative_gait.h"
#include "synthetic_gait.h"

namespace gait {
namespace {

using nlohmann::json;
using test::SyntheticGait;

/// Every number in `j` is finite (nlohmann would print NaN as null, so check the values themselves).
bool all_numbers_finite(const json& j) {
  if (j.is_number_float()) return std::isfinite(j.get<double>());
  if (j.is_structured()) {
    for (const json& v : j) {
      if (!all_numbers_finite(v)) return false;
    }
  }
  return true;
}

void check_keys(const json& j, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    INFO("key " << k);
    CHECK(j.contains(k));
  }
  CHECK(j.size() == keys.size());  // exactly these, nothing else
}

/// A 20 s walk with a 9 deg left drop and, on the right, a 4 deg drop with a 6 deg lean.
RunResult trendelenburg_walk(const SyntheticGait& g) {
  return g.run([&g](Frame& f) {
    f.pelvic_obliquity_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {9.0, -4.0}));
    f.trunk_lean_rad = deg_to_rad(test::single_stance_bump(g, f.time_s, {0.0, -6.0}));
    for (Side s : kSides) {
      f.side[s].abductor_activation = 0.5 * g.force_N(s, f.time_s) / 600.0;
      f.side[s].abductor_capacity_Nm = 120;
    }
  });
}

TEST_CASE("summary: figures and Trendelenburg signs of a synthetic walk", "[unit]") {
  SyntheticGait g;
  g.duration_s = 20;
  ScenarioSpec spec;
  spec.name = "synthetic";
  spec.mass_kg = 70;
  const Summary s = summarize(spec, trendelenburg_walk(g));
  CHECK(s.scenario == "synthetic");
  CHECK(s.duration_s == 20);
  CHECK_FALSE(s.fell);
  CHECK_FALSE(s.stalled);
  CHECK(s.side.left.cycles == 15);   // contacts 1..19 s: 18 cycles, 3 discarded
  CHECK(s.side.right.cycles == 16);  // contacts 0.5..19.5 s
  CHECK(s.cycles == 15);
  CHECK(*s.speed_m_s == Approx(1.2));
  CHECK(*s.cadence_steps_min == Approx(120));
  CHECK(*s.side.left.pelvic_drop_deg == Approx(9.0));
  CHECK(*s.side.left.trendelenburg == Trendelenburg::Positive);
  CHECK(*s.side.right.pelvic_drop_deg == Approx(4.0));
  CHECK(*s.side.right.trunk_lean_deg == Approx(6.0));
  // the trunk leans 6 deg toward the right in each right single stance and stands upright otherwise:
  // each side's mean cycle swings 6 deg
  CHECK(*s.side.left.trunk_sway_deg == Approx(6.0).epsilon(0.01));
  CHECK(*s.side.right.trunk_sway_deg == Approx(6.0).epsilon(0.01));
  CHECK(*s.side.right.trendelenburg == Trendelenburg::Compensated);
  CHECK(*s.side.left.grf_vertical_peak_bw == Approx(600 / (70 * 9.81)));
  CHECK(*s.side.left.abductor_capacity_Nm == Approx(120));
  CHECK(*s.side.left.abductor_activation_peak == Approx(0.5));
  CHECK_FALSE(s.side.left.drop_time_s);
  // 1.2 m/s by a 1.75 m body: v/h 0.686, nearest class S (0.698)
  REQUIRE(s.norm_class);
  CHECK(s.norm_class->name == "S");
  CHECK(*s.speed_over_height_per_s == Approx(1.2 / 1.75));
  // the hip stays at 0 deg: compared by shape, its RMS is the adults' own deviation from their mean;
  // the obliquity, compared with its level, differs from the adults' by their curve and the walk's
  const CycleCurve zero{};
  const AdultSpeedClass& adults = adult_norms()[1];
  CHECK(*s.side.left.norm_rms_deg.hip_flexion_deg == Approx(rms_difference_about_means(zero, adults.hip_flexion_deg.mean)));
  CHECK(*s.side.left.norm_rms_deg.hip_flexion_deg < rms_difference(zero, adults.hip_flexion_deg.mean));
  CHECK_FALSE(s.side.left.norm_correlation.hip_flexion_deg);  // a flat curve has no shape
  CHECK(*s.side.left.norm_range_ratio.hip_flexion_deg == 0);
  REQUIRE(s.side.left.curve_events);
  CHECK(s.side.left.curve_events->pelvic_obliquity_peak.value == Approx(9.0).margin(0.05));
  // the trapezoid force of the synthetic walk: one flat hump
  CHECK(*s.side.left.grf_vertical_humps == 1);
}

TEST_CASE("summary: every single stance is a step, in time order, early ones included", "[unit]") {
  SyntheticGait g;
  g.duration_s = 20;
  const Summary s = summarize(ScenarioSpec{}, trendelenburg_walk(g));
  // left single stances from 0.1 s to 19.1 s (20), right from 0.6 s to 18.6 s (19; the one from
  // 19.6 s has no landing before the end)
  REQUIRE(s.steps.size() == 39);
  CHECK(s.steps[0].side == Side::Left);
  CHECK(s.steps[0].start_s == Approx(0.1 - 0.05 / 60));
  CHECK(s.steps[0].pelvic_drop_deg == Approx(9.0));
  CHECK(s.steps[1].side == Side::Right);
  CHECK(s.steps[1].trunk_lean_deg == Approx(6.0));
  CHECK(s.steps[1].abductor_activation_peak == Approx(0.5));
  for (std::size_t i = 1; i < s.steps.size(); ++i) {
    CHECK(s.steps[i].start_s > s.steps[i - 1].start_s);
    CHECK(s.steps[i].side != s.steps[i - 1].side);
  }
}

TEST_CASE("summary: the JSON has every DESIGN 8 key and no NaN", "[unit]") {
  SyntheticGait g;
  g.duration_s = 20;
  ScenarioSpec spec;
  spec.name = "keys";
  spec.inputs.strength.left.gluteus_medius = 0.25;
  spec.inputs.compensation = 0.5;
  spec.camera = "left";
  const json j = summary_to_json(summarize(spec, trendelenburg_walk(g)));
  check_keys(j, {"scenario", "inputs", "duration_s", "fell", "fall_time_s", "stalled", "cycles", "speed_m_s",
                 "cadence_steps_min", "stride_length_m", "step_width_m", "speed_over_height_per_s", "norm_class",
                 "left", "right", "steps"});
  check_keys(j["inputs"], {"name", "mode", "duration_s", "body", "gait", "left", "right", "view"});
  check_keys(j["inputs"]["body"], {"mass_kg", "height_m"});
  check_keys(j["inputs"]["gait"], {"speed_m_s", "compensation"});
  for (const char* side : {"left", "right"}) {
    check_keys(j["inputs"][side],
               {"gluteus_medius", "gluteus_minimus", "tensor_fasciae_latae", "superior_gluteal_nerve"});
    check_keys(j[side], {"stance_pct", "double_support_pct", "pelvic_drop_deg", "trunk_lean_deg", "trunk_sway_deg",
                         "hip_adduction_peak_deg", "hip_abductor_moment_peak_Nm_kg", "abductor_capacity_Nm",
                         "abductor_activation_peak", "hip_contact_force_peak_bw", "grf_vertical_peak_bw",
                         "trendelenburg", "drop_time_s", "norm_rms_deg", "norm_correlation", "norm_range_ratio",
                         "knee_loading_peak_deg", "knee_loading_peak_pct", "knee_toe_off_deg", "knee_stance_min_deg",
                         "knee_swing_peak_deg", "ankle_heel_rise_pct", "ankle_mid_stance_deg",
                         "ankle_plantarflexion_peak_deg", "ankle_plantarflexion_peak_pct", "ankle_push_off_deg",
                         "ankle_mid_swing_deg", "pelvic_obliquity_peak_deg", "pelvic_obliquity_peak_pct",
                         "grf_vertical_humps"});
    for (const char* figure : {"norm_rms_deg", "norm_correlation", "norm_range_ratio"})
      check_keys(j[side][figure], {"pelvic_obliquity", "pelvic_rotation", "hip_flexion", "hip_adduction",
                                   "hip_rotation", "knee_flexion", "ankle_dorsiflexion"});
  }
  check_keys(j["inputs"]["view"], {"camera"});
  REQUIRE(j["steps"].is_array());
  REQUIRE(j["steps"].size() == 39);
  for (const json& step : j["steps"]) {
    check_keys(step, {"side", "start_s", "pelvic_drop_deg", "trunk_lean_deg", "abductor_activation_peak"});
  }
  CHECK(all_numbers_finite(j));

  // values and types
  CHECK(j["scenario"] == "keys");
  CHECK(j["inputs"]["mode"] == "walk");
  CHECK(j["inputs"]["left"]["gluteus_medius"] == 0.25);
  CHECK(j["inputs"]["gait"]["compensation"] == 0.5);
  CHECK(j["inputs"]["view"]["camera"] == "left");
  CHECK(j["fell"] == false);
  CHECK(j["fall_time_s"].is_null());
  CHECK(j["cycles"] == 15);
  CHECK(j["left"]["trendelenburg"] == "positive");
  CHECK(j["right"]["trendelenburg"] == "compensated");
  CHECK(j["left"]["drop_time_s"].is_null());
  CHECK(j["left"]["pelvic_drop_deg"].get<double>() == Approx(9.0));
  CHECK(j["norm_class"] == "S");
  CHECK(j["left"]["pelvic_obliquity_peak_deg"].get<double>() == Approx(9.0).margin(0.05));
  CHECK(j["left"]["norm_correlation"]["hip_flexion"].is_null());  // a flat curve
  CHECK(j["left"]["norm_correlation"]["pelvic_obliquity"].is_number());
  CHECK(j["steps"][0]["side"] == "left");
  CHECK(j["steps"][1]["side"] == "right");
}

TEST_CASE("summary: a run too short for cycles gives nulls, never NaN", "[unit]") {
  SyntheticGait g;
  g.duration_s = 2.5;
  RunResult r = g.run([](Frame& f) { f.side.left.hip_contact_force_N = std::nan(""); });
  r.fell = true;
  r.fall_time_s = 2.5;
  const Summary s = summarize(ScenarioSpec{}, r);
  CHECK(s.cycles == 0);
  CHECK_FALSE(s.speed_m_s);
  CHECK_FALSE(s.side.left.pelvic_drop_deg);
  CHECK_FALSE(s.side.left.trendelenburg);
  const json j = summary_to_json(s);
  CHECK(all_numbers_finite(j));
  CHECK(j["cycles"] == 0);
  CHECK(j["fell"] == true);
  CHECK(j["fall_time_s"] == 2.5);
  for (const char* key : {"speed_m_s", "cadence_steps_min", "stride_length_m", "step_width_m"})
    CHECK(j[key].is_null());
  for (const char* side : {"left", "right"}) {
    for (const char* key : {"stance_pct", "pelvic_drop_deg", "trunk_lean_deg", "hip_contact_force_peak_bw",
                            "trendelenburg", "drop_time_s"}) {
      INFO(side << "." << key);
      CHECK(j[side][key].is_null());
    }
    CHECK(j[side]["norm_rms_deg"]["hip_flexion"].is_null());
    CHECK(j[side]["norm_correlation"]["ankle_dorsiflexion"].is_null());
    CHECK(j[side]["knee_loading_peak_deg"].is_null());
    CHECK(j[side]["grf_vertical_humps"].is_null());
  }
  CHECK(j["norm_class"].is_null());
  CHECK(j["speed_over_height_per_s"].is_null());
  CHECK(j.dump().find("NaN") == std::string::npos);
  CHECK(j.dump().find("nan") == std::string::npos);
}

TEST_CASE("summary: an empty run is all nulls", "[unit]") {
  const Summary s = summarize(ScenarioSpec{}, RunResult{});
  CHECK(s.cycles == 0);
  CHECK_FALSE(s.stalled);
  CHECK(s.steps.empty());
  const json j = summary_to_json(s);
  CHECK(all_numbers_finite(j));
  CHECK(j["speed_m_s"].is_null());
  CHECK(j["left"]["stance_pct"].is_null());
  CHECK(j["steps"].empty());
}

TEST_CASE("summary: a NaN in the Frames becomes null in the JSON", "[unit]") {
  SyntheticGait g;
  g.duration_s = 12;
  const RunResult r = g.run([](Frame& f) { f.side.left.hip_contact_force_N = std::nan(""); });
  const json j = summary_to_json(summarize(ScenarioSpec{}, r));
  CHECK(all_numbers_finite(j));
  CHECK(j["left"]["hip_contact_force_peak_bw"].is_null());
  CHECK(j["right"]["hip_contact_force_peak_bw"].is_number());
}

TEST_CASE("summary: stance test (issue 3) reports no cycles and the stance side's sign", "[unit]") {
  SyntheticGait g;  // frames for their time stamps; the feet do not matter here
  g.duration_s = 30;
  ScenarioSpec spec;
  spec.mode = Mode::StanceTest;
  spec.stance_side = Side::Right;
  // standing on the right: the left side drops 5 deg from 10 s
  const RunResult r =
      g.run([](Frame& f) { f.pelvic_obliquity_rad = f.time_s >= 10 ? deg_to_rad(-5.0) : 0.0; });
  const Summary s = summarize(spec, r);
  CHECK(s.cycles == 0);
  CHECK(s.steps.empty());
  CHECK(*s.side.right.trendelenburg == Trendelenburg::Positive);
  CHECK(*s.side.right.drop_time_s == Approx(10.0));
  CHECK_FALSE(s.side.left.trendelenburg);
  const json j = summary_to_json(s);
  CHECK(j["inputs"]["mode"] == "stance-test");
  CHECK(j["inputs"]["stance_side"] == "right");
  CHECK(j["right"]["trendelenburg"] == "positive");
  CHECK(j["right"]["drop_time_s"].get<double>() == Approx(10.0));
  CHECK(j["left"]["trendelenburg"].is_null());
  CHECK(j["stalled"] == false);
}

TEST_CASE("summary: the text table names both sides, units and the outcome", "[unit]") {
  SyntheticGait g;
  g.duration_s = 20;
  ScenarioSpec spec;
  spec.name = "table";
  std::ostringstream out;
  print_summary_table(out, summarize(spec, trendelenburg_walk(g)));
  const std::string text = out.str();
  for (const char* word : {"table", "left", "right", "Fell / stalled", "no / no", "Pelvic drop", "deg",
                           "Nm/kg", "BW", "m/s", "steps/min", "positive", "compensated", "9.0", "120.0"}) {
    INFO(word);
    CHECK(text.find(word) != std::string::npos);
  }
}

}  // namespace
}  // namespace gait
