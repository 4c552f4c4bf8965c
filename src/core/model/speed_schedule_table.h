// Settings that change with the walking speed: a small table of values at six target speeds,
// interpolated linearly between them (issue 14; docs/controller.md#speed-schedule). Adults walk
// slower with a lower cadence and a shorter stride, faster with both larger (Bovi et al. 2011, the
// fits in docs/controller.md#speed-schedule); one set of settings walks only near the speed it was
// tuned at, so the swing time, the placement, the push-off and the double support follow the target.
// The table as plain data, held by the Model; build_model scales it to the body
// (model/body_scaling.h), the controller reads it at a speed (control/speed_schedule.h).
#pragma once

#include <array>

#include "model/controller_settings.h"

namespace gait {

struct SpeedSchedule {
  static constexpr int kKnots = 6;
  using Knots = std::array<double, kKnots>;
  /// target speeds of the knots (m/s, tuned body; scaled_for_body carries them by sqrt(height ratio))
  Knots speed_m_s{0.6, 0.9, 1.3, 1.5, 1.6, 1.8};
  /// the 1.3 knot is the gait tuned before the schedule (then tools/tuning/tune_normal_1.3.py); the
  /// others come from tools/tune_speed.py searches, their logs in tools/tuning/ (0.9 and 0.6:
  /// knot-0.9c, knot-0.6c; 1.5: knot-1.5; 1.8: knot-1.8-integral, its preswing_max_s then shortened
  /// by hand with lateral_offset_m below; docs/controller.md#speed-schedule);
  /// the 0.6 knot's place_offset_m and pushoff_base_rad then took in the offsets the walker learned
  /// at a steady 0.6 m/s, and its preswing_max_s was lengthened, so that a walker slowed down to it
  /// (the learned offsets forgotten) starts from its steady gait (docs/controller.md#speed-schedule);
  /// the 0.9 knot's push-off base and clearance since the 29th stop, with its anticipatory share
  /// below, from tools/tuning/slow_draws.py (0.12443 and 0.13681 before; tools/tuning/README.md,
  /// "The 29th stop": at 0.8 m/s the knee's loading peak 23.8 deg, 27.9 before; its swing peak 67.5,
  /// 70.2; the push-off 6.3 deg below mid-stance, 6.8); the 1.6 knot (since the 32nd stop) lies on
  /// the line between the 1.5 and 1.8 knots (rounded to five decimals) in every row but toe_up_rad
  /// below, which needs a value of its own there
  Knots swing_time_s{0.60839, 0.54404, 0.4444, 0.39436, 0.3709, 0.32398};
  Knots place_com_velocity_gain_s{0.19741, 0.17413, 0.1936, 0.15316, 0.19101, 0.26671};
  Knots place_speed_gain_s{0.23416, 0.18966, 0.2635, 0.27733, 0.29188, 0.32097};
  Knots place_offset_m{0.0154, -0.05, 0.0079, -0.039436, -0.04296, -0.05};
  Knots pushoff_base_rad{0.158, 0.2146, 0.2998, 0.42649, 0.40189, 0.35268};
  Knots pushoff_max_rad{0.51831, 0.84222, 0.65507, 0.9, 0.87859, 0.83576};
  Knots preswing_max_s{0.08, 0.084112, 0.04913, 0.063644, 0.06243, 0.06};
  Knots clearance_m{0.10592, 0.1128, 0.10273, 0.10723, 0.11739, 0.13771};
  Knots pushoff_start_s{0.40614, 0.45048, 0.38899, 0.29821, 0.37086, 0.51616};
  /// the anticipatory abduction's share (ControllerParams::stance_abduction_ff): less of it lets the
  /// pelvis drop further in single stance, so adults' obliquity range grows with speed (Reininga
  /// 2012: 6.9, 8.2, 9.7 deg slow, preferred, fast; docs/controller.md#speed-schedule). The 0.6 and
  /// 0.9 knots, with their timing below, come from tools/tuning/tune_pelvis.py (log
  /// pelvis-slow-2.jsonl, round 7); the 1.3 knot's 0.5 from 70 ms over 150 ms was set by hand with the
  /// soft landing below (the tuned gait's 0.2159 from 5 ms over 99 ms before it, which weak walkers
  /// keep: ControllerParams::weak_stance_abduction_ff), since the 25th stop from 90 ms over 132 ms
  /// with the softer stance ankle below (tools/tuning/README.md, "The 25th stop"), and 0.67 since the
  /// 28th stop (0.58 before): the obliquity's correlation with adults 0.69 (0.54); 0.85-0.95 reach
  /// 0.85-0.88, but then 4-9 of 40 short and slow starts fell (tools/tuning/share_scan.sh;
  /// tools/tuning/README.md, "The 28th stop"). The fast knots' 0 let the pelvis sink through single
  /// stance at 1.6 m/s (the obliquity's correlation with adults 0.02); since the 28th stop 0.96 there,
  /// with the softer abductor row below, from tools/tuning/fast_draws.py (0.89 at 1.6 m/s; 0.91 with
  /// the 29th stop's fourth draw, rocker2, and its heel rocker below); the 0.9 knot's 0.9361 since
  /// the 29th stop (0.75734 before; tools/tuning/slow_draws.py): 0.86 / 0.87 at 0.8 m/s (0.83)
  Knots stance_abduction_ff{0.23996, 0.9361, 0.67, 0.9739, 0.9739, 0.9739};
  /// ... and its timing (ControllerParams::stance_abduction_ff_delay_s, _ramp_s): at the slow knots a
  /// later, larger share lets the swing side drop early in single stance and lifts it back by
  /// mid-stance, as adults' pelvis moves (obliquity peak at 12-18 % of the cycle, Bovi 2011); at 1.3 m/s
  /// a late, large share raised the heel-strike force above normal.toml's range until the soft landing
  /// below; the faster knots' timing from tools/tuning/fast_draws.py since the 28th stop (its fourth
  /// draw since the 29th)
  /// (docs/controller.md#speed-schedule)
  Knots stance_abduction_ff_delay_s{0.15346, 0.06035, 0.09, 0.063, 0.063, 0.063};
  Knots stance_abduction_ff_ramp_s{0.18468, 0.13419, 0.1322, 0.0835, 0.0835, 0.0835};
  /// the swing foot's soft landing and the stance ankle's heel rocker (ControllerParams::soft_landing,
  /// heel_rocker_rad; full-strength walkers only): at 1.3 m/s the foot arrived at the ground at its
  /// fastest descent and the vertical GRF peaked at 1.41 BW in a spike at 2 % of the cycle
  /// (normal.toml allows 1.35, issue 15 1.3); with them 1.27 / 1.29 over 60 s (1.29 / 1.29 with the
  /// 19th session's physics and 0.72). Found by
  /// tools/tuning/tune_stance.py (log stance-1.3.jsonl; docs/controller.md#swing-and-placement), the
  /// soft landing 0.585 then, 0.72 with the 19th session's softer contact (docs/model.md, "The contact
  /// and the iterations"), 0.6772 with a 0.1014 rad rocker in the 25th stop's draws. The fast knots'
  /// rocker since the 29th stop, from tools/tuning/fast_draws.py rocker2 (at 1.6 m/s the GRF 1.34 /
  /// 1.34 BW, 1.42 / 1.34 before); the slow knots walk without them: with tools/tuning/slow_draws.py's
  /// landing, rocker, softer ankle and stance knee, tall walkers at 0.6-0.7 m/s fell (tools/tuning/
  /// README.md, "The 29th stop"). The 1.3 knot's landing 0.79 and rocker 0.1509 (with toe_up_rad
  /// 0.1537 below) since the 33rd stop, drawn with the pre-swing drive below
  /// (tools/tuning/preswing_draws.py knee33-d5, draw 39; docs/controller.md#pre-swing)
  Knots soft_landing{0, 0, 0.79, 0, 0, 0};
  /// the swing foot's pitch at heel strike (ControllerParams::toe_up_rad; full-strength walkers): 0.18
  /// rad but at the 1.6 and 1.8 knots, where 0.125 since the 32nd stop lands the foot flatter, so the
  /// forefoot no longer slaps down after the heel (tools/tuning/README.md, "The 31st stop" and "The
  /// 32nd stop": at 1.6 m/s the vertical GRF peak 1.25 / 1.26 BW, 1.34 / 1.34 before; the ankle's
  /// correlation with adults 0.83, 0.80). The 1.5 knot keeps 0.18: flatter there, bodies asked 1.4-1.5
  /// m/s touched down early in a swing and stumbled (4 of tools/tuning/fast_bodies.sh's 80 fell); the 1.3
  /// knot's 0.1537 since the 33rd stop, with the pre-swing drive below
  Knots toe_up_rad{0.18, 0.18, 0.1537, 0.18, 0.125, 0.125};
  Knots heel_rocker_rad{0, 0, 0.1509, 0.06, 0.06, 0.06};
  /// the stance ankle's stiffness for full-strength walkers (ControllerParams::stance_ankle_stiffness_scale):
  /// 1 at the knots but 1.3; there, with the full-strength double support below and the 1.3 knot's
  /// landing, heel rocker, anticipatory abduction and lateral offset above, from the draws of the
  /// 25th stop (tools/tuning/ankle_draws.py knee2, log ankle-25-knee2.txt; tools/tuning/README.md):
  /// a push-off, a longer stance and double support; the knee's RMS from adults 9.4 deg (8.2 before)
  Knots stance_ankle_stiffness_scale{1, 1, 0.8179, 1, 1, 1};
  /// full-strength walkers' stance hip adduction stiffness (ControllerParams::
  /// stance_hip_adduction_stiffness_scale): 1 but at the fast knots, where 0.33 lets the swing side
  /// drop early in single stance and the large anticipatory share above lifts it back, so the
  /// obliquity's range still grows with speed (7.4 deg at 1.6 m/s, 5.5 at 0.8; with the share alone
  /// 2.7-4.1; tools/tuning/fast_draws.py, tools/tuning/README.md, "The 28th stop"; 0.33 with its
  /// fourth draw since the 29th stop: 7.3 deg)
  Knots stance_hip_adduction_stiffness_scale{1, 1, 1, 0.33, 0.33, 0.33};
  /// full-strength walkers' extra double support (ControllerParams::full_preswing_extra_s): 0 but at
  /// 1.3 (at the slow knots tools/tuning/slow_draws.py's 0.0143 s let walkers slowed down from 1.8 to
  /// 0.6 m/s fall: tools/tuning/README.md, "The 29th stop"); there 0.017 since the 28th stop (0.0132
  /// before): double support 18.3 % of the cycle (17.2; adults 18-28), with 0.022 the knee's
  /// correlation 0.92 and 10 of 40 short, slow starts fell (tools/tuning/README.md, "The 28th stop");
  /// 0.0174 since the 33rd stop, with the pre-swing drive below (double support 20.9 %)
  Knots full_preswing_extra_s{0, 0, 0.0174, 0, 0, 0};
  /// full-strength walkers' stance knee target beyond stance_knee_rad (ControllerParams::full_stance_knee_extra_rad);
  /// 0 at the slow knots: with tools/tuning/slow_draws.py's 0.0499 the knee's least in stance at 0.8
  /// m/s was 0.9 deg (-1.0), but 15 of 60 tall bodies at 0.6-0.8 m/s fell (tools/tuning/README.md,
  /// "The 29th stop")
  Knots full_stance_knee_extra_rad{0, 0, 0.016, 0, 0, 0};
  /// full-strength walkers' stance knee stiffening after loading (ControllerParams::
  /// full_stance_knee_lock_scale): 1 (off) but at the slow knots, where without it the knee
  /// hyperextended in mid stance (least -1.0 deg at 0.8 m/s; 1.7 with it) and the GRF peak at 1.0 m/s
  /// was 1.33 BW (1.27-1.28); at the 0.9 knot 2.5 let a walk slowed from 1.5 to 0.9 m/s fall, and 2 at the
  /// 0.6 knot lost tall slow walkers (tools/tuning/README.md, "The 35th stop")
  Knots full_stance_knee_lock_scale{1.5, 2, 1, 1, 1, 1};
  /// full-strength walkers' pre-swing hip drive (ControllerParams::full_preswing_hip_scale) and their
  /// deeper pre-swing knee target (ControllerParams::full_preswing_knee_extra_rad): 0 but at 1.3, where
  /// since the 33rd stop the trailing hip flexes and its knee folds before toe-off, as adults' (Perry
  /// and Burnfield 2010): the knee at toe-off 30.9 deg over 60 s (12.9 before; issue 15 asks at least
  /// 30), double support 20.9 % (18.3), with the GRF peak 1.25 / 1.24 BW, and 1.26 / 1.27 in the
  /// converged physics (tools/tuning/preswing_draws.py knee33-d5, draw 39; tools/tuning/README.md,
  /// "The 33rd stop"; docs/controller.md#pre-swing). The drive alone (the 26th stop: 1.27 at 1.3 m/s)
  /// read the converged GRF 8.5 % above production; at 0.8 and 1.6 m/s it raised production's GRF peak
  /// from 1.23 to 1.36 and from 1.30 to 1.56 BW, so the other knots keep 0
  Knots full_preswing_hip_scale{0, 0, 0.9599, 0, 0, 0};
  Knots full_preswing_knee_extra_rad{0, 0, 0.1607, 0, 0, 0};
  /// full-strength walkers' push-off carried into initial swing (ControllerParams::
  /// full_swing_plantarflexion_rad): 0.4 rad at the slow knots since the 34th stop, where the swing
  /// foot was held at neutral from lift-off and the ankle never plantarflexed: at 0.8 m/s the peak
  /// plantarflexion 15.2 deg below mid-stance at 65 % of the cycle (6.3; issue 15 asks at least 10),
  /// double support 18.7 % (17.2), the ankle's correlation with adults 0.69 (0.53)
  /// (tools/tuning/README.md, "The 34th stop"); 0 at 1.3 m/s and faster
  Knots full_swing_plantarflexion_rad{0.4, 0.4, 0, 0, 0, 0};
  /// full-strength walkers' swing ankle moved outward along the early lift (ControllerParams::
  /// swing_abduction_m): 0 but at 1.3. At every speed it let the pelvic obliquity's range at 0.8 m/s
  /// grow from 5.6 to 6.2 deg and shrink at 1.6 from 7.4 to 7.1, so the range no longer grew by 1.5
  /// deg from slow to fast (issue 14; docs/controller.md#swing-and-placement)
  Knots swing_abduction_m{0, 0, 0.0318, 0, 0, 0};
  /// the lateral placement's offset (ControllerParams::lateral_offset_m; full-strength walkers only):
  /// with -0.005 m at every speed the base shrank to about 1 cm at 1.8 m/s and the 1.90 m body asked
  /// 1.70-1.74 m/s crossed its steps and fell; 0.025 at 1.8 keeps it at 6-10 cm, near adults' 7-8 cm
  /// (with preswing_max_s 0.06 there, which keeps the obliquity range at 1.6 m/s); -0.003 at 1.3 from
  /// the 27th stop's draws with the swing hip's abduction (tools/tuning/bell_draws.py;
  /// docs/controller.md#speed-schedule); the fast knots' -0.0246 and -0.0096 since the 28th stop
  /// (tools/tuning/fast_draws.py: with the softer abductor row and the old offsets the base at 1.6
  /// m/s was 15-19 cm, now 11 cm; the 1.85-1.95 m bodies asked 1.68-1.76 m/s walk on 7.5-12 cm); the
  /// 1.8 knot's -0.001 since the 29th stop (fast_draws.py rocker2; base 0.114 m at 1.6 m/s)
  Knots lateral_offset_m{-0.005, -0.005, -0.003, -0.0246, -0.01673, -0.001};

  /// how fast the walker's own target follows the asked speed (m/s per s; a slider moved from 0.8
  /// to 1.6 m/s is reached in 4 s, a few strides, as a person speeds up)
  double speed_ramp_m_s2 = 0.2;
  /// while the own target moves, the learned push-off and placement offsets decay toward zero with
  /// this time constant (s; 0: they do not): they were learned for the old speed. Without it every
  /// one of 10 speed changes in mid walk fell (0.6-1.8 m/s, slowing down 4-25 s after the change;
  /// tools/tuning/speed_changes.sh); with 0.5 or 1 s none, with 2 s one, with 3 s two
  /// (docs/controller.md#learning)
  double bias_decay_s = 1.0;
  /// the walk's own target stays at its start speed this long from the start of the walk (s, the
  /// warm-up's start): settings changing during the start-up's first steps threw the walker over
  double start_hold_s = 3.0;
  /// ... and this long when the asked speed is faster than the start speed (s): sped up from 3 s on,
  /// walks asked 1.5-1.7 m/s fell in the warm-up in the converged physics (0.5 ms, 100
  /// iterations; at 5 ms they walked), sped up from 5 s on they walk (docs/controller.md#speed;
  /// tools/tuning/README.md, "The 32nd stop")
  double start_hold_faster_s = 5.0;
  /// with weak abductors the walker chooses at most this speed (m/s, tuned body): patients with a
  /// complete palsy walk slower than asked (README, Target speed); blended with the strength as
  /// the weak-abductor settings are (ControllerParams::weak_strength_lo/hi)
  double weak_max_speed_m_s = 1.3;
  /// ... and at least this speed (m/s, tuned body): slower weak walkers are what patients do, but
  /// this controller does not walk them yet (a bilateral palsy asked 0.8 m/s fell in the warm-up, a
  /// compensated palsy asked 1.0 fell at 24 s, and with 1.1 at 12 s; with the learned placement 1.2
  /// let the 1.55 m body's bilateral palsy fall, 1.3 walks it); with weak abductors it keeps to the
  /// speed the palsies were tuned at (docs/controller.md#speed)
  double weak_min_speed_m_s = 1.3;
};

/// The table's rows: each sets one ControllerParams field (params_at_speed, scaled_schedule and
/// set_schedule_param read them).
struct SpeedScheduleRow {
  const char* name;
  SpeedSchedule::Knots SpeedSchedule::*knots;
  double ControllerParams::*field;
};

inline constexpr SpeedScheduleRow kSpeedScheduleRows[] = {
    {"swing_time_s", &SpeedSchedule::swing_time_s, &ControllerParams::swing_time_s},
    {"place_com_velocity_gain_s", &SpeedSchedule::place_com_velocity_gain_s,
     &ControllerParams::place_com_velocity_gain_s},
    {"place_speed_gain_s", &SpeedSchedule::place_speed_gain_s, &ControllerParams::place_speed_gain_s},
    {"place_offset_m", &SpeedSchedule::place_offset_m, &ControllerParams::place_offset_m},
    {"pushoff_base_rad", &SpeedSchedule::pushoff_base_rad, &ControllerParams::pushoff_base_rad},
    {"pushoff_max_rad", &SpeedSchedule::pushoff_max_rad, &ControllerParams::pushoff_max_rad},
    {"preswing_max_s", &SpeedSchedule::preswing_max_s, &ControllerParams::preswing_max_s},
    {"clearance_m", &SpeedSchedule::clearance_m, &ControllerParams::clearance_m},
    {"pushoff_start_s", &SpeedSchedule::pushoff_start_s, &ControllerParams::pushoff_start_s},
    {"stance_abduction_ff", &SpeedSchedule::stance_abduction_ff, &ControllerParams::stance_abduction_ff},
    {"stance_abduction_ff_delay_s", &SpeedSchedule::stance_abduction_ff_delay_s,
     &ControllerParams::stance_abduction_ff_delay_s},
    {"stance_abduction_ff_ramp_s", &SpeedSchedule::stance_abduction_ff_ramp_s,
     &ControllerParams::stance_abduction_ff_ramp_s},
    {"soft_landing", &SpeedSchedule::soft_landing, &ControllerParams::soft_landing},
    {"toe_up_rad", &SpeedSchedule::toe_up_rad, &ControllerParams::toe_up_rad},
    {"heel_rocker_rad", &SpeedSchedule::heel_rocker_rad, &ControllerParams::heel_rocker_rad},
    {"stance_ankle_stiffness_scale", &SpeedSchedule::stance_ankle_stiffness_scale,
     &ControllerParams::stance_ankle_stiffness_scale},
    {"stance_hip_adduction_stiffness_scale", &SpeedSchedule::stance_hip_adduction_stiffness_scale,
     &ControllerParams::stance_hip_adduction_stiffness_scale},
    {"full_preswing_extra_s", &SpeedSchedule::full_preswing_extra_s, &ControllerParams::full_preswing_extra_s},
    {"full_stance_knee_extra_rad", &SpeedSchedule::full_stance_knee_extra_rad,
     &ControllerParams::full_stance_knee_extra_rad},
    {"full_stance_knee_lock_scale", &SpeedSchedule::full_stance_knee_lock_scale,
     &ControllerParams::full_stance_knee_lock_scale},
    {"full_preswing_hip_scale", &SpeedSchedule::full_preswing_hip_scale,
     &ControllerParams::full_preswing_hip_scale},
    {"full_preswing_knee_extra_rad", &SpeedSchedule::full_preswing_knee_extra_rad,
     &ControllerParams::full_preswing_knee_extra_rad},
    {"full_swing_plantarflexion_rad", &SpeedSchedule::full_swing_plantarflexion_rad,
     &ControllerParams::full_swing_plantarflexion_rad},
    {"lateral_offset_m", &SpeedSchedule::lateral_offset_m, &ControllerParams::lateral_offset_m},
    {"swing_abduction_m", &SpeedSchedule::swing_abduction_m, &ControllerParams::swing_abduction_m},
};

}  // namespace gait
