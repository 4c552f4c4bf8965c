// Developer probe: runs the walking model with controller-parameter overrides (name=value) and prints
// a compact gait report. For tuning the controller; the product's figures come from `gaitsim run`.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "analysis/adult_check.h"
#include "analysis/cycles.h"
#include "analysis/summary.h"
#include "analysis/time_series_csv.h"
#include "control/controller_params.h"
#include "control/speed_schedule.h"
#include "io/atomic_file.h"
#include "model/body_scaling.h"
#include "sim/run.h"
#include "sim/simulation.h"
#include "units.h"

using namespace gait;

int main(int argc, char** argv) {
  double block_s = -1;
  std::string cycles_path;
  std::string csv_path;  // csv=FILE: the time series (as gaitsim run --csv)
  ScenarioSpec spec;
  spec.duration_s = 20;
  Model m = build_model(spec);
  int every = 0;  // -vv, -vk: print every this many steps (0: 20 for -vv, 10 for -vk)
  bool verbose = false, verbose2 = false, verbose_td = false, verbose_knee = false;
  bool adults = false;  // -adults: print the healthy-adult check (as gaitsim run --adults) before the summary line
  // lateswitch=1: the warm-up walks with production's settings and the NAME=VALUE ones take over at
  // time 0, so a candidate is seen in the walk, not in the start-up's lurch (tools/tuning/README.md,
  // "The 30th stop")
  bool late_switch = false;
  double mk = -1, mc = -1, mf = -1, mdt = -1, mit = -1, mwarm = -1, mindep = -1, mref = -3, mwarmup = -1, msub = -1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto eq = a.find('=');
    if (a == "-v") { verbose = true; continue; }
    if (a == "-vv") { verbose2 = true; continue; }
    if (a == "-vt") { verbose_td = true; continue; }
    if (a == "-vk") { verbose_knee = true; continue; }
    if (a == "-adults") { adults = true; continue; }
    std::string k = a.substr(0, eq);
    double v = std::atof(a.substr(eq + 1).c_str());
    if (k == "cycles") { cycles_path = a.substr(eq + 1); continue; }
    if (k == "csv") { csv_path = a.substr(eq + 1); continue; }
    if (k == "every") { every = std::max(1, static_cast<int>(v)); continue; }
    if (k == "mass") { spec.mass_kg = v; continue; }
    if (k == "height") { spec.height_m = v; continue; }
    if (k == "duration") spec.duration_s = v;
    else if (k == "speed") spec.inputs.speed_m_s = v;
    else if (k == "left") spec.inputs.strength.left.superior_gluteal_nerve = v;
    else if (k == "right") spec.inputs.strength.right.superior_gluteal_nerve = v;
    else if (k == "lgm") { spec.inputs.strength.left.gluteus_medius = v; spec.inputs.strength.left.gluteus_minimus = v; }
    else if (k == "ltfl") spec.inputs.strength.left.tensor_fasciae_latae = v;
    else if (k == "block") { block_s = v; spec.changes.push_back({v, "left.superior_gluteal_nerve", 0.0}); }
    else if (k == "comp") spec.inputs.compensation = v;
    else if (k == "compat") spec.changes.push_back({v, "gait.compensation", 1.0 - spec.inputs.compensation});
    else if (k == "stancetest") { spec.mode = Mode::StanceTest; spec.stance_side = v > 0 ? Side::Left : Side::Right; }
    else if (k == "contact_k") mk = v;
    else if (k == "contact_c") mc = v;
    else if (k == "friction") mf = v;
    else if (k == "dt") mdt = v;
    else if (k == "iters") mit = v;
    else if (k == "sub") msub = v;
    else if (k == "warm") mwarm = v;
    else if (k == "indep") mindep = v;
    else if (k == "href") mref = v;
    else if (k == "warmup") mwarmup = v;
    else if (k == "lateswitch") late_switch = v > 0;
    else if (k == "speedat") spec.changes.push_back({v, "gait.speed_m_s", 0.0});  // value from speedto=
    else if (k == "speedto") spec.changes.back().value = v;
    else if (!set_tuning_setting(m.control, m.speed_schedule, k, v)) { std::fprintf(stderr, "unknown %s\n", k.c_str()); return 2; }
  }
  ControllerParams cp = m.control;  // the overrides, in the tuned body's units
  SpeedSchedule sched = m.speed_schedule;
  m = build_model(spec);
  put_tuned_settings(m, cp, sched);
  if (mk >= 0) m.contact_stiffness_N_m = mk;
  if (mc >= 0) m.contact_damping_Ns_m = mc;
  if (mf >= 0) m.foot_friction = mf;
  if (mdt > 0) m.dt_s = mdt;
  if (mit > 0) m.solver_iterations = static_cast<int>(mit);
  if (msub > 0) m.physics_substeps = static_cast<int>(msub);
  if (mwarm >= 0) m.warm_start_factor = mwarm;
  if (mindep >= 0) m.step_independent_contact_damping = mindep > 0;
  if (mref > -2) m.damping_reference_step_s = mref;
  if (mwarmup >= 0) m.warmup_s = mwarmup;
  Model m_warmup = m;
  if (late_switch) {
    const Model production = build_model(spec);
    m_warmup.control = production.control;
    m_warmup.speed_schedule = production.speed_schedule;
  }
  State s = make_state(m_warmup, timeline_of(spec));
  const int n = static_cast<int>(spec.duration_s / m.dt_s);
  int last_steps = 0;
  std::vector<std::pair<double, double>> left_drops;  // (stance end time, peak drop) for block=
  double stance_start_s = 0;
  double t_start = 5.0;
  double x0 = 0;
  int steps0 = 0;
  LeftRight<double> drop_sum{}, drop_n{}, drop_cur{};
  Side prev_stance = s.control.stance;
  double peak_grf = 0, peak_abd = 0, peak_hcf = 0;
  double stance_time[2] = {0, 0}, samples = 0, ds_time = 0;
  std::vector<double> touch_y;
  double width_sum = 0; int width_n = 0;
  double prev_touch_y = NAN;
  Side td_prev = s.control.stance;
  RunResult rr;
  double max_abs_y = 0;  // the centre of mass's largest distance from the walkway's centre line
  rr.frames.push_back(observe(m, s));
  for (int i = 0; i < n; ++i) {
    step(m, s);
    if (s.step_index % 2 == 0 || s.fell) rr.frames.push_back(observe(m, s));  // 100 Hz at 5 ms, as gaitsim run
    if (s.fell || s.diverged) break;
    max_abs_y = std::max(max_abs_y, std::abs(s.world.readings().com_m.y));
    if (verbose_td && s.control.stance != td_prev) {
      td_prev = s.control.stance;
      const Frame g = observe(m, s);
      const Side ns = s.control.stance;
      std::printf("TD t %.2f new %s com_y %6.3f vy %6.3f foot_y %6.3f tgt_y %6.3f other_y %6.3f yaw %5.1f obl %5.1f vx %.2f dx %.2f pob %.3f plb %.3f wb %.4f\n",
                  s.time_s, ns == Side::Left ? "L" : "R", g.com_m.y, g.com_velocity_m_s.y, g.side[ns].ankle_center_m.y,
                  s.control.placement_target_m.y, g.side[other(ns)].ankle_center_m.y, rad_to_deg(g.heading_rad),
                  rad_to_deg(g.pelvic_obliquity_rad), g.com_velocity_m_s.x, g.side[ns].ankle_center_m.x - g.com_m.x, s.control.pushoff_bias_rad, s.control.place_bias_m, s.control.width_bias_m);
      std::printf("   knee %5.1f hip_z %.3f hip_ankle %.3f hip_dx %.3f stance_knee %5.1f stance_ankle %5.1f tgt_dx %.3f\n",
                  rad_to_deg(g.side[ns].knee_flexion_rad), g.side[ns].hip_center_m.z,
                  norm(g.side[ns].hip_center_m - g.side[ns].ankle_center_m),
                  g.side[ns].ankle_center_m.x - g.side[ns].hip_center_m.x, rad_to_deg(g.side[other(ns)].knee_flexion_rad),
                  rad_to_deg(g.side[other(ns)].ankle_dorsiflexion_rad), s.control.placement_target_m.x - g.side[ns].hip_center_m.x);
    }
    if (!verbose && !verbose2 && !verbose_knee && s.step_index % 10 != 0) continue;
    Frame f = observe(m, s);
    if (verbose_knee && s.step_index % (every ? every : 10) == 0)
      std::printf("t %.3f st %c ps %d FL %4.0f FR %4.0f kneeL %5.1f kneeR %5.1f ankL %5.1f ankR %5.1f hipzL %.3f hipzR %.3f obl %5.1f\n",
                  s.time_s, s.control.stance == Side::Left ? 'L' : 'R', (int)s.control.preswing, f.side.left.grf_N.z,
                  f.side.right.grf_N.z, rad_to_deg(f.side.left.knee_flexion_rad), rad_to_deg(f.side.right.knee_flexion_rad),
                  rad_to_deg(f.side.left.ankle_dorsiflexion_rad), rad_to_deg(f.side.right.ankle_dorsiflexion_rad),
                  f.side.left.hip_center_m.z, f.side.right.hip_center_m.z, rad_to_deg(f.pelvic_obliquity_rad));
    if (verbose2 && s.step_index % (every ? every : 20) == 0)
      std::printf("t %.2f st %d obl %5.1f cy %5.2f vy %5.2f Ly %5.2f Ry %5.2f tgt %5.2f %5.2f addL %5.1f addR %5.1f qdL %5.2f actL %.2f actR %.2f capL %3.0f pasL %3.0f FL %4.0f FR %4.0f lz %.3f rz %.3f lean %5.1f tgt %5.1f\n",
                  s.time_s, (int)s.control.stance, rad_to_deg(f.pelvic_obliquity_rad), f.com_m.y, f.com_velocity_m_s.y,
                  f.side.left.ankle_center_m.y, f.side.right.ankle_center_m.y, s.control.swing_ankle_target_m.y, s.control.swing_ankle_target_m.z,
                  rad_to_deg(f.side.left.hip_adduction_rad), rad_to_deg(f.side.right.hip_adduction_rad),
                  s.world.readings().qd_rad_s[coord_index(Side::Left, LegCoord::HipAdduction)],
                  f.side.left.abductor_activation, f.side.right.abductor_activation, s.control.abductor.left.total_capacity_Nm,
                  f.side.left.passive_adduction_moment_Nm, f.side.left.grf_N.z, f.side.right.grf_N.z,
                  f.side.left.ankle_center_m.z, f.side.right.ankle_center_m.z, rad_to_deg(f.trunk_lean_rad),
                  rad_to_deg(s.control.trunk_lean_target_rad));
    if (verbose && s.step_index % (every ? every : 25) == 0)
      std::printf("tgt %.2f %.2f %.3f t %.3f yaw %.1f com %.2f %.2f z %.3f v %.2f %.2f st %d ps %d ts %.2f obl %.1f L %.2f %.2f %.3f R %.2f %.2f %.3f F %.0f %.0f\n",
                  s.control.swing_ankle_target_m.x, s.control.swing_ankle_target_m.y, s.control.swing_ankle_target_m.z, s.time_s, rad_to_deg(f.heading_rad), f.com_m.x, f.com_m.y, f.pelvis_position_m.z, f.com_velocity_m_s.x, f.com_velocity_m_s.y,
                  (int)s.control.stance, (int)s.control.preswing, s.control.step_time_s, rad_to_deg(f.pelvic_obliquity_rad),
                  f.side.left.ankle_center_m.x, f.side.left.ankle_center_m.y, f.side.left.ankle_center_m.z,
                  f.side.right.ankle_center_m.x, f.side.right.ankle_center_m.y, f.side.right.ankle_center_m.z,
                  f.side.left.grf_N.z, f.side.right.grf_N.z);
    if (s.time_s < t_start) { x0 = s.world.readings().com_m.x; steps0 = s.control.steps; continue; }
    samples += 1;
    for (Side side : kSides) {
      if (f.side[side].grf_N.z > 20) stance_time[side == Side::Left ? 0 : 1] += 1;
      peak_grf = std::max(peak_grf, f.side[side].grf_N.z / (spec.mass_kg * 9.81));
      peak_abd = std::max(peak_abd, (f.side[side].abductor_moment_Nm + f.side[side].other_abductor_moment_Nm) / spec.mass_kg);
      peak_hcf = std::max(peak_hcf, f.side[side].hip_contact_force_N / (spec.mass_kg * 9.81));
    }
    if (f.side.left.grf_N.z > 20 && f.side.right.grf_N.z > 20) ds_time += 1;
    const Side st = s.control.stance;
    if (!s.control.preswing) {
      const double d = (st == Side::Left ? 1 : -1) * rad_to_deg(f.pelvic_obliquity_rad);
      drop_cur[st] = std::max(drop_cur[st], d);
    }
    if (st != prev_stance) {
      if (prev_stance == Side::Left) left_drops.push_back({stance_start_s, drop_cur[prev_stance]});
      stance_start_s = s.time_s;
      drop_sum[prev_stance] += drop_cur[prev_stance];
      drop_n[prev_stance] += 1;
      drop_cur[prev_stance] = 0;
      const double y = f.side[st].ankle_center_m.y;
      if (!std::isnan(prev_touch_y)) { width_sum += std::abs(y - prev_touch_y); width_n++; }
      prev_touch_y = y;
      prev_stance = st;
    }
    last_steps = s.control.steps;
  }
  const double T = s.time_s - t_start;
  const Frame f = observe(m, s);
  const double speed = T > 0 ? (s.world.readings().com_m.x - x0) / T : 0;
  const double cadence = T > 0 ? (last_steps - steps0) / T * 60 : 0;
  std::printf("%s t=%.1f speed %.2f cadence %.0f stride %.2f width %.3f stanceL %.0f%% ds %.0f%% dropL %.1f dropR %.1f "
              "grf %.2f abd %.2f hcf %.2f y %.2f ymax %.2f\n",
              s.fell ? "FELL" : (s.diverged ? "DIVERGED" : "ok"), s.time_s, speed, cadence,
              cadence > 0 ? speed * 120 / cadence : 0, width_n ? width_sum / width_n : 0,
              samples > 0 ? 100 * stance_time[0] / samples : 0, samples > 0 ? 100 * ds_time / samples : 0,
              drop_n.left ? drop_sum.left / drop_n.left : 0, drop_n.right ? drop_sum.right / drop_n.right : 0,
              peak_grf, peak_abd, peak_hcf, f.com_m.y, max_abs_y);
  {
    rr.simulated_s = s.time_s;
    rr.fell = s.fell;
    if (s.fell) rr.fall_time_s = s.time_s;
    const Summary sum = summarize(spec, rr);
    if (!cycles_path.empty()) write_file_atomically(cycles_path, cycles_csv(spec, rr));
    if (!csv_path.empty()) write_file_atomically(csv_path, time_series_csv(rr.frames));
    if (adults) print_adult_check(std::cout, sum);
    auto o = [](const std::optional<double>& v) { return v ? *v : NAN; };
    std::printf("summary speed %.2f cad %.1f stride %.2f width %.3f | L stance %.1f drop %.2f add %.1f grf %.2f hcf %.2f abd %.2f rms obl %.1f hip %.1f knee %.1f "
                "| R stance %.1f drop %.2f grf %.2f hcf %.2f rms obl %.1f hip %.1f knee %.1f | lean %.1f %.1f | sway %.1f %.1f\n",
                o(sum.speed_m_s), o(sum.cadence_steps_min), o(sum.stride_length_m), o(sum.step_width_m),
                o(sum.side.left.stance_pct), o(sum.side.left.pelvic_drop_deg), o(sum.side.left.hip_adduction_peak_deg),
                o(sum.side.left.grf_vertical_peak_bw), o(sum.side.left.hip_contact_force_peak_bw),
                o(sum.side.left.hip_abductor_moment_peak_Nm_kg), o(sum.side.left.norm_rms_deg.pelvic_obliquity_deg),
                o(sum.side.left.norm_rms_deg.hip_flexion_deg), o(sum.side.left.norm_rms_deg.knee_flexion_deg),
                o(sum.side.right.stance_pct), o(sum.side.right.pelvic_drop_deg), o(sum.side.right.grf_vertical_peak_bw),
                o(sum.side.right.hip_contact_force_peak_bw), o(sum.side.right.norm_rms_deg.pelvic_obliquity_deg),
                o(sum.side.right.norm_rms_deg.hip_flexion_deg), o(sum.side.right.norm_rms_deg.knee_flexion_deg),
                o(sum.side.left.trunk_lean_deg), o(sum.side.right.trunk_lean_deg), o(sum.side.left.trunk_sway_deg),
                o(sum.side.right.trunk_sway_deg));
  }
  if (block_s > 0) {
    int after = 0, shallow = 0;
    double min_drop = 1e9;
    for (const auto& [t0, d] : left_drops)
      if (t0 >= block_s && ++after >= 3) { shallow += d < 10; min_drop = std::min(min_drop, d); }
    std::printf("block: %d left stances from the third after, %d below 10 deg, min %.1f\n", after - 2, shallow, min_drop);
  }
  return 0;
}
