// The controller's settings as plain data, held by the Model (docs/architecture.md#inside-the-core):
// gains in physical units, timing, placement. build_model scales them to the body
// (model/body_scaling.h); the control folder names and sets them (control/controller_params.h).
// docs/controller.md#settings is their table: unit, role and the range each was tuned in.
// The structure starts from the prototype that walked on this machine (docs/controller.md#tuning). The defaults of the swing, push-off, pre-swing, stance knee, pelvic tilt, anticipatory
// abduction, the abductor row's full-strength gains and the adduction limit's onset were found by
// tools/tune_controller.py (an evolution strategy scoring issue 2's acceptance on 30 s of normal
// walking, obliquity and knee weighing most, plus twelve robustness starts: palsies, bilateral
// palsies, compensation switched on, nerve blocks at 3-20 s). The weak-abductor settings (weak_*)
// were then set by hand against the test suite's 26 robustness starts. Once the forward placement
// learned the speed, toe_up_rad, touchdown_depth_m and preswing_knee_rad were re-set by
// tools/tuning/tune_normal_1.3.py (docs/controller.md#speed-schedule). Earlier stages: the
// prototype's settings walked at 0.98 m/s with a 0.96 m stride (the foot landed 0.10 m ahead of the
// centre of mass because a plantarflexed stance ankle held the hip high; docs/controller.md#speed); the
// first search's gait walked at 1.16 m/s but missed step width, obliquity and knee.
#pragma once

namespace gait {

/// Implicit PD gains of one coordinate row: tau = k (q_d - q+) + c (qd_d - qd+), |tau| <= tau_max.
struct JointGains {
  double stiffness_Nm_rad = 0;
  double damping_Nms_rad = 0;
  double max_torque_Nm = 0;
};

struct ControllerParams {
  // step timing: the swing runs on its own clock from lift-off (progress = time / swing_time_s)
  double swing_time_s = 0.4444;      ///< nominal lift-off to touchdown
  double switch_min_phase = 0.9256;  ///< touchdown switches stance only after this swing progress
  double switch_force_N = 30;        ///< swing-foot vertical force that counts as touchdown
  /// ... once it has lasted this long (s; a scuff of the toe is not a step), each loaded reading
  /// counting a whole step. At the 5 ms step touchdown is the second loaded reading, 5-10 ms after
  /// the contact, 7.5 ms on average (as with 10 ms, the value before); 7.5 ms makes the 0.5 ms
  /// accuracy reference as late on average (docs/controller.md#phases). Not scaled with the body: a
  /// sensing time, not a time of the gait
  double touchdown_hold_s = 0.0075;
  double max_phase = 1.6;            ///< forced switch (swing progress)

  // swing-foot placement, heading frame (docs/controller.md#swing-and-placement; Pratt 2006, Koolen 2012): forward from the centre of mass,
  // x = com + place_com_velocity_gain_s v + place_speed_gain_s (v - v_target) + place_offset_m;
  // sideways from the capture point xi predicted for touchdown,
  // y = xi - lateral_velocity_gain_s v_lat_target +- lateral_offset_m
  double place_com_velocity_gain_s = 0.1936;
  double place_speed_gain_s = 0.2635;  ///< s: further forward per m/s above the target speed (back below it)
  double place_offset_m = 0.0079;      ///< constant forward offset
  double reach_knee_rad = 0.0866;      ///< the placement stays within reach of a leg this flexed
  double min_step_width_m = -0.2;      ///< the swing ankle lands at least this far outside the stance ankle
  double min_com_offset_m = -0.05;     ///< ... and at least this far outside the centre of mass
  /// s: weight of the walkway-return velocity. With 0.127 (and path_max_speed_m_s 0.1) a complete
  /// palsy's sideways lurch walked it 10.5 m off the walkway in 120 s; with 0.3 (and 0.3) it stays
  /// within 0.6 m, and every perturbed start of controller_params' tuning set still walks. With the
  /// learned placement (issue 14) 0.3 let the bilateral palsy of the 1.85-1.90 m bodies fall within
  /// 7 s (a 0.4 m sideways swing of the walkway return that grew each step); over 37 weak starts
  /// (tools/tuning/weak_starts.sh) 0.15: 11 fell, 0.2: 2, 0.22: 1, 0.3: 6; with the walkway edge
  /// (path_edge_m) 0.22: 1 (docs/controller.md#swing-and-placement).
  double lateral_velocity_gain_s = 0.22;
  /// beyond the capture point toward the swing side (- = inside). **Scheduled by speed**
  /// (docs/controller.md#speed-schedule)
  double lateral_offset_m = -0.003;
  /// With weak abductors the feet land nearer the midline: the offset blends from lateral_offset_m to
  /// weak_lateral_offset_m as the weaker side's abductor capacity falls (weak_strength_lo/hi).
  /// Measured (the gait before the faster abductor row): at -0.005 for every strength a bilateral
  /// palsy fell within 6 s and a palsy whose compensation was switched on at 20 s fell; at -0.0174
  /// every start walked but normal walking's base was 3.8 cm. With the current settings the palsy's
  /// compensation switched on at 20 or 25 s is on a knife edge: -0.013, -0.0145 and -0.016 let one
  /// or two of them fall; -0.0155 walks every robustness start of the test suite.
  double weak_lateral_offset_m = -0.0155;
  /// The weak-abductor settings (weak_*) apply fully when the weaker side's abductor capacity
  /// (fraction of its full-strength capacity, neutral posture, the scenario's strengths) is at or
  /// below weak_strength_lo, the full-strength ones at or above weak_strength_hi; between, they blend.
  double weak_strength_lo = 0.3;
  double weak_strength_hi = 0.6;
  /// After a change of strength the blend moves at most this fast (1/s): at 0.7902 3 of 229 nerve
  /// blocks fell, at 1.5 none (docs/controller.md#weak-abductor-settings)
  double weak_settings_rate_1_s = 1.5;
  double place_start_phase = 0.0;          ///< horizontal travel: smoothstep start (swing progress)
  double place_end_phase = 0.6086;         ///< ... and end
  /// lateral travel ends here (swing progress); until then the foot follows the latest capture-point
  /// target. Measured over 18 perturbed starts (normal, palsy, compensated, nerve blocks at 1-20 s,
  /// bilateral palsy; passive limit 0.15 rad, 70 Nm s/rad): 0.692 let every bilateral palsy fall
  /// within 12 s (the feet crossed after a growing sideways sway); 0.85-0.9 walked all 18; 0.95 let
  /// the single palsies fall.
  double lateral_end_phase = 0.875;
  double descent_phase = 0.909;        ///< the ankle reaches ground height; then aims below it
  double clearance_m = 0.10273;        ///< peak ankle lift above standing height
  double clearance_peak_phase = 0.25;  ///< where in the lift the peak comes (fraction of descent_phase)
  /// extra early-swing ankle lift (knee flexion), a bell peaking at early_lift_phase of the swing,
  /// with full-strength abductors; weak_early_lift_* with weak ones, blended by strength. For
  /// full-strength walkers (the 27th stop, tools/tuning/bell_draws.py) the bell peaks early, at 0.086 of
  /// the swing, so the knee flexes in initial swing as adults' (the knee's correlation with adults 0.94
  /// at 1.3 m/s; 0.88 with the weak walkers' bell), and ends at early_lift_end_phase, not at twice its
  /// peak: a symmetric bell brought the leg down again at 20-26 % of the cycle, as the stance hip's
  /// abductors carried their peak, and raised normal walking's hip contact force to 3.6 BW
  /// (scenarios/normal.toml allows 3.5; docs/controller.md#swing-and-placement)
  double early_lift_m = 0.1488;
  double early_lift_phase = 0.086;
  double weak_early_lift_m = 0.1021;
  double weak_early_lift_phase = 0.2321;
  /// where the full-strength walkers' early lift ends (swing progress; 0: a symmetric bell ending at
  /// twice its peak, as the weak walkers' does)
  double early_lift_end_phase = 0.4084;
  /// full-strength walkers' swing ankle moved outward by this much at the early lift's peak (the same
  /// bell), so the swing hip abducts in initial swing as adults' (about 5 deg at 64-68 % of the cycle).
  /// **Scheduled by speed**, 0 but at 1.3 m/s (docs/controller.md#speed-schedule)
  double swing_abduction_m = 0.0318;
  /// full-strength walkers' swing knee damping as a multiple of swing_knee's (weighted by the
  /// strength, so weak walkers keep theirs). 1 in production: the draws of the 26th stop searched
  /// 1-1.6, where more damping slowed the early lift (whose reaction raised the stance foot's vertical
  /// force after the other foot's toe-off) and lowered the knee's correlation with it
  double swing_knee_damping_scale = 1;
  double touchdown_depth_m = 0.00439;  ///< aim this far below the ground at phase 1
  /// 0-1: the share of the descent that follows a cosine arriving at the ground with no downward
  /// speed instead of the sine arriving at its fastest (the heel-strike force spike at 1-3 % of the
  /// cycle, docs/controller.md#swing-and-placement); full-strength walkers only (weighted by the
  /// strength). **Scheduled by speed** (docs/controller.md#speed-schedule)
  double soft_landing = 0.79;
  /// fraction of the swing IK's rate of change given to the swing rows as their velocity target
  /// (0: the rows pull toward a still target, and their damping drags the swing behind it)
  double swing_velocity_ff = 0.3634;
  double swing_velocity_filter_s = 0.02;  ///< low-pass time constant of that rate
  double toe_up_rad = 0.1537;       ///< foot pitch (toes up) at heel strike ...
  double weak_toe_up_rad = 0.08475;  ///< ... and with weak abductors
  /// Swing ankle: how much of the way to neutral (0 rad against the shank) it is held before
  /// swing_ankle_level_start (0: the foot level in the world through the whole swing), with full-
  /// strength abductors (near neutral, as adults' swing ankle); weak_swing_ankle_neutral with weak
  /// ones (0: the neutral ankle let weak walkers fall; docs/controller.md#swing-ankle)
  double swing_ankle_neutral = 0.98242;
  double weak_swing_ankle_neutral = 0;
  double swing_ankle_level_start = 0.38999;  ///< swing progress where the foot starts turning level ...
  double swing_ankle_level_end = 0.74;  ///< ... and is level (toes up toward heel strike)
  /// full-strength walkers' push-off carried into initial swing: the swing ankle's target this much
  /// plantarflexed (rad) at lift-off, fading out (smoothstep) by swing_plantarflexion_end_phase of the
  /// swing, as adults' ankle reaches its peak plantarflexion just after toe-off and is back near
  /// neutral by mid-swing (Perry and Burnfield 2010; docs/controller.md#swing-ankle). Weighted by the
  /// strength, and by how little the foot still carries (none at swing_plantarflexion_unloaded_N):
  /// pressed into the ground by the toe, it let tall, slow, moderately weak walkers fall.
  /// **Scheduled by speed**, 0 but at the slow knots (docs/controller.md#speed-schedule)
  double full_swing_plantarflexion_rad = 0;
  double swing_plantarflexion_end_phase = 0.3;
  double swing_plantarflexion_unloaded_N = 10;

  // stance leg
  double stance_knee_rad = 0.0937;
  /// full-strength walkers' stance knee target beyond stance_knee_rad (rad), weighted by the strength
  /// blend (weak walkers keep theirs): the knee hyperextended to -2.5 deg in mid stance with it at 0.
  /// **Scheduled by speed**, 0 at every knot but 1.3 (tools/tuning/README.md, "The 25th stop")
  double full_stance_knee_extra_rad = 0.016;
  /// full-strength walkers' stance knee gains times this once loading is over: from
  /// full_stance_knee_lock_s of stance the scale ramps in (smoothstep) and is whole at twice that, so the
  /// knee yields at landing and then holds near its target instead of straightening past 0 deg in
  /// mid stance (weighted by the strength; 1: off). **Scheduled by speed**, 1 but at the slow knots
  /// (docs/controller.md#stance-leg; tools/tuning/README.md, "The 33rd stop" and "The 35th stop")
  double full_stance_knee_lock_scale = 1;
  /// ... from this time in stance (s; scaled with the body's time scale): 0.06, 0.08 and 0.1 read the
  /// same rows at 0.8 m/s (tools/tuning/knee-lock-35-scan.txt); 0.06 is the one the robustness sets ran
  double full_stance_knee_lock_s = 0.06;
  /// ... and only as the abductors' strength fraction (weak_settings.h) rises from this to 1
  /// (smoothstep): the gluteus medius and minimus at 50 % (strength fraction 0.54) take 0.9 of the
  /// weak-settings blend's full-strength side, and tall bodies with that weakness at 0.65-0.75 m/s
  /// fell 4 times in 24 perturbed starts with the row, none without it or with it from 0.7
  /// (tools/tuning/README.md, "The 35th stop")
  double full_stance_knee_lock_strength_lo = 0.7;
  /// the heel rocker: after touchdown the stance ankle's target is this much plantarflexed (rad), the
  /// offset fading out over heel_rocker_s of stance, so the forefoot is lowered instead of held off
  /// the ground (Perry and Burnfield 2010: the heel rocker of loading response); full-strength walkers only
  /// (weighted by the strength). **Scheduled by speed** (docs/controller.md#speed-schedule)
  double heel_rocker_rad = 0.1509;
  double heel_rocker_s = 0.096;
  /// full-strength walkers' stance ankle stiffness as a fraction of stance_ankle's (weighted by the
  /// strength, so weak walkers keep the stiff ankle they were tuned with): a softer ankle lets the
  /// shank roll over the foot and the heel rise into a push-off. **Scheduled by speed**, 1 at every
  /// knot but 1.3 (docs/controller.md#speed-schedule; tools/tuning/README.md, "The 25th stop")
  double stance_ankle_stiffness_scale = 0.8179;
  double pushoff_base_rad = 0.2998;  ///< plantarflexion target at the end of stance
  double pushoff_speed_gain = 0.2;   ///< rad per m/s of speed deficit
  double pushoff_max_rad = 0.65507;
  /// clamp of the learned push-off bias (rad): 0.4 held a 1.5 m/s target to 1.38 m/s, 0.6 (with the
  /// 1.5 m/s knot's push-off bound 0.9) walked 1.45 (issue 14, tools/tuning/)
  double pushoff_bias_max_rad = 0.6;
  double pushoff_integral_gain = 0.0566;  ///< rad per (m/s) per step, on the step-mean speed error
  /// m per (m/s) per step: the forward placement learns an offset from the step-mean speed error
  /// (slower than the target: the foot lands nearer, and the body gains speed over it)
  double place_integral_gain_s = 0.02;
  double place_bias_max_m = 0.05;  ///< clamp of that learned offset
  /// The step-width band (docs/controller.md#learning): at each touchdown of a full-strength walker, a
  /// step whose width (the landing ankle's distance outside the other ankle across the walkway) falls
  /// outside [width_band_lo_m, width_band_hi_m] moves a learned lateral offset, added to
  /// lateral_offset_m, by width_integral_gain times the excess. The capture point sets the width only
  /// through the offset, times about 1 + exp(omega T) for a stance of T s (5-14 here), so a millimetre
  /// of offset is up to 1.4 cm of base: with the schedule's offsets alone the base was 17-21 cm at
  /// 0.6-0.8 m/s and 3 cm at 0.9 (tools/tuning/README.md, "The 38th stop"). The band brackets adults'
  /// 7.1-8.1 cm (Murray, docs/controller.md#learning) and the 9-11 cm the walker already took at 1.0-1.8
  /// m/s, so that those speeds keep their tuned gait
  double width_band_lo_m = 0.08;
  double width_band_hi_m = 0.12;
  /// m of offset per m of width outside the band, per step: 0.05 let a 0.6 m/s walk fall and widened
  /// the 0.7 m/s weave (steps -7 to 19 cm); 0.02-0.03 walk
  double width_integral_gain = 0.03;
  double width_bias_max_m = 0.02;  ///< clamp of that learned offset
  /// the band is learned from this step of the walk on: the first steps from standing lurch sideways
  /// (tools/tuning/README.md, "The 37th stop"), and the warm-up lasts about 18 steps
  double width_learning_start_step = 8;
  /// a step counts at most this far outside the band (a start's or a block's lurch is not a base)
  double width_excess_max_m = 0.03;
  double pushoff_start_s = 0.38899;       ///< time in stance when the push-off ramp starts
  double pushoff_ramp_s = 0.2913;         ///< ... and its duration

  // pre-swing: the trailing leg stays a second support after touchdown (docs/controller.md#pre-swing)
  double preswing_max_s = 0.04913;     ///< longest double support
  /// full-strength walkers' longer double support: added to preswing_max_s, weighted by the strength
  /// (weak walkers keep theirs: the palsies fell with 0.07 s at 1.3 m/s). **Scheduled by speed**, 0
  /// at every knot but 1.3 (docs/controller.md#speed-schedule; tools/tuning/README.md, "The 25th stop")
  double full_preswing_extra_s = 0.0174;
  double preswing_deficit_gain = 0.1;  ///< window / (1 + gain * learned deficit_Nm)
  double preswing_release_N = 30;      ///< trailing foot lifts when it carries less
  double preswing_pushoff_extra_rad = 0.1864;
  double preswing_knee_rad = 0.374;  ///< trailing knee target in pre-swing (knee break)
  /// full-strength walkers' pre-swing knee target beyond it (weighted by the strength, so weak walkers
  /// keep the knee break they were tuned with). **Scheduled by speed**, 0 at every knot but 1.3: with the
  /// pre-swing hip drive below the trailing knee folds before toe-off (docs/controller.md#pre-swing)
  double full_preswing_knee_extra_rad = 0.1607;
  /// full-strength walkers' pre-swing hip drive: as the trailing foot unloads, its hip flexion row
  /// is pulled toward preswing_hip_target_rad with swing_hip's gains times this scale times the
  /// unloaded share (weighted by the strength blend; 0: off). Adults' hip flexes from 50 % of the
  /// cycle, before toe-off, and the knee with it (Perry and Burnfield 2010, pre-swing); held as a
  /// stance hip to toe-off, this walker's hip is still extending at toe-off (-21 deg; adults -2) and
  /// its knee there 11 deg (adults 48). **Scheduled by speed**, 0 at every knot but 1.3: in the 26th
  /// stop's draws (tools/tuning/knee_draws.py) it raised the knee at toe-off to 23-28 deg and the double
  /// support to 20 %, but the converged physics then read the vertical GRF 5-9 % above production
  /// (issue 13 allows 5; the swing leg's lift after the other foot's toe-off); with the deeper knee
  /// target above, on at the 1.3 knot since the 33rd stop (docs/controller.md#pre-swing;
  /// tools/tuning/README.md, "The 26th stop" and "The 33rd stop")
  double full_preswing_hip_scale = 0.9599;
  double preswing_hip_target_rad = 0.4362;

  double initial_speed_frac = 0.8;  ///< initial forward speed / target speed
  /// initial sideways speed toward the first stance foot (m/s, tuned body; 0: none): a stand-in for
  /// the anticipatory postural adjustment of gait initiation, which moves the centre of mass toward
  /// the stance foot before the first swing. 0.15 since the 24th stop: without it the first swing
  /// threw the body 0.36 m/s toward the swing side, and tall bodies' palsies fell in the warm-up
  /// (docs/model.md#warm-up; tools/tuning/README.md, "The 23rd stop" and "The 24th stop")
  double initial_lateral_speed_m_s = 0.15;
  /// The walk's start speed (tuned body): the asked speed held to this window is the walker's own
  /// target at the start; it then follows the asked speed (docs/controller.md#speed). Both are 1.3,
  /// the gait tuned before the speed schedule: from a start at 1.2 the slow targets fell in the
  /// warm-up, from 1.3 without the 3 s hold (SpeedSchedule::start_hold_s) the fast ones.
  double min_target_speed_m_s = 1.3;
  double max_target_speed_m_s = 1.3;

  /// anticipatory abduction of the stance hip: this fraction of the quasi-static gravity moment
  /// about it, ramped in over stance_abduction_ff_ramp_s of single stance (0: none)
  double stance_abduction_ff = 0.67;
  double stance_abduction_ff_ramp_s = 0.1322;
  double stance_abduction_ff_delay_s = 0.09;  ///< the ramp starts this long into single stance
  /// ... and with weak abductors (weak_strength_lo/hi), at every speed: the 1.3 m/s knot's values
  /// before the soft landing's search moved them (tools/tuning/tune_stance.py): the weak walkers keep
  /// to 1.3 m/s (SpeedSchedule::weak_min_speed_m_s) and were tuned with these
  double weak_stance_abduction_ff = 0.2159;
  double weak_stance_abduction_ff_ramp_s = 0.0993;
  double weak_stance_abduction_ff_delay_s = 0.0053;
  double pelvis_recover_s = 0.055;              ///< time the new stance hip takes to level a rolled pelvis

  // heading and path
  double path_gain_1_s = 0.2;       ///< desired lateral velocity per m of lateral error
  double path_max_speed_m_s = 0.3;  ///< cap on that lateral velocity (m/s)
  /// Beyond path_edge_m from the centre line the return velocity grows by path_edge_gain_1_s per m
  /// more: the walker steers harder near the walkway's edge, and the gentle return near the line
  /// (docs/controller.md#swing-and-placement) does not let a compensated palsy crab 1.1 m aside.
  double path_edge_m = 0.5;
  double path_edge_gain_1_s = 0.4;
  double trunk_pitch_rad = 0.1294;  ///< trunk forward lean target in the world
  /// pelvis anterior tilt target in the world (5.1 deg; the norm's mean is about 9 in the
  /// OpenSim pelvis frame); hip flexion is measured from the pelvis, so it shifts the hip curve
  double pelvis_tilt_rad = 0.0874;

  // gains
  JointGains stance_hip{1000, 100, 400};
  /// The stance hip's adduction row (the abductors' row; capped by their capacity) at full strength.
  /// Its low damping lets the swing side drop early in single stance and the abductors bring it back
  /// by mid stance, as in the norm (pelvic obliquity 2.8 deg RMS from it; 3.4 with 100 Nm s/rad).
  /// With weak abductors 74.6 Nm s/rad let every palsy start of the test suite fall: weak_* keeps 100.
  JointGains stance_hip_adduction{1093.0194, 74.5536, 400};
  JointGains weak_stance_hip_adduction{1000, 100, 400};  ///< ... with weak abductors (weak_strength_lo/hi)
  /// full-strength walkers' stance hip adduction stiffness as a fraction of stance_hip_adduction's
  /// (weighted by the strength, so weak walkers keep theirs): a softer row lets the swing side drop
  /// further early in single stance before the anticipatory abduction lifts it back. **Scheduled by
  /// speed**, 1 at every knot but the fast ones (docs/controller.md#speed-schedule;
  /// tools/tuning/README.md, "The 28th stop")
  double stance_hip_adduction_stiffness_scale = 1;
  JointGains swing_hip{1000, 100, 400};
  JointGains hip_rotation{300, 30, 150};
  JointGains stance_knee{300, 30, 300};
  JointGains swing_knee{213.5763, 21.3576, 300};
  JointGains preswing_knee{119.2924, 11.9292, 300};
  JointGains stance_ankle{450, 45, 200};
  JointGains swing_ankle{100, 10, 200};
  /// the trailing ankle in double support: the push-off proper. With the earlier settings and the
  /// swing ankle's 100 Nm/rad here the gait walked at 0.98 m/s; 200 gave 1.03, 450 ran away to a
  /// fall (cadence 150) because the foot could not land further ahead; the search settled on 251
  JointGains preswing_ankle{188.5673, 18.8567, 200};
  JointGains ankle_inversion{100, 10, 100};
  JointGains stance_ankle_inversion{100, 10, 100};
  /// the lateral ankle strategy (Hof and Duysens 2010; docs/controller.md#stance-leg): in single stance,
  /// once the capture point is within `lateral_ankle_margin_m` of the stance ankle's line (or outside it),
  /// the stance ankle's inversion target rises by this many rad per m beyond the margin, up to
  /// `lateral_ankle_max_rad`; full-strength walkers only (x full_strength_weight). 0 switches it off
  double lateral_ankle_gain_rad_m = 20;
  double lateral_ankle_margin_m = -0.0125;  ///< - = inside the stance ankle, toward the swing side
  double lateral_ankle_max_rad = 0.3;     ///< x the row's 100 Nm/rad: at most 30 Nm at the tuned body
  JointGains lumbar{1000, 100, 400};

  // passive hip adduction limit (capsule, iliotibial band): explicit, never capped
  // (docs/model.md#passive-joint-structures; an onset of 12 deg and 300 Nm/rad was the first proposal)
  double hip_adduction_limit_rad = 0.1858;  ///< 10.6 deg (9.6 let stances after a nerve block drop 9.7)
  double hip_adduction_limit_stiffness_Nm_rad = 600;
  /// A STABILISING AID: tissue damping measured at the hip is of the order of 1 Nm s/rad, but with
  /// much less than this a complete palsy's pelvis hits the limit so fast that the gait falls within
  /// 10 s. Chosen over perturbed starts (normal, single and bilateral palsy, compensated, the left
  /// nerve blocked at any time from 1 to 16 s or at 20 s): onset 0.15 rad with 70 Nm s/rad kept the
  /// blocked stances' drop at 9.1-10 deg; 0.165 with 80 let a block at 5 s fall; 0.165 with 90 walked
  /// every start but the compensated palsy at 1.32 m/s, with every blocked stance at least 11 deg.
  /// It acts only beyond the limit, which normal walking reaches only in its first 4 s. (Measured on
  /// the earlier, slower gait; the search kept 90.)
  double hip_adduction_limit_damping_Nms_rad = 90;

  // compensation (docs/controller.md#compensation)
  double max_trunk_lean_rad = 0.1541;  ///< 8.8 degrees (searched: tools/tuning/README.md, "The compensating lean")
  /// largest sum of the two sides' lean amplitudes: the trunk's sway from one side to the other over
  /// a stride; both amplitudes scale down to it (searched with the tracked lean:
  /// docs/controller.md#compensation, tools/tuning/README.md "The compensating lean").
  double max_trunk_sway_rad = 0.2074;
  /// phase shift of the lean profile in steps (negative = earlier). With the lagging lean, -0.05 (its
  /// peak a twentieth of a step before mid stance) walked a complete left palsy 120 s and 0 fell at
  /// 17 s; with the tracked lean the search went to its bound 0.1, the peak just after mid stance.
  double lean_phase_offset = 0.1;
  /// share of the lean target's own rate given to the lumbar rows as their target velocity
  /// (docs/controller.md#compensation). At 0 (before) the rows damped toward the pelvis's rate and the
  /// trunk lagged its target by about a third of a step.
  double lean_rate_feedforward = 0.9586;
  /// share of the pelvis's roll rate taken out of the lumbar bending row's target velocity, times
  /// the compensation in force: at 1 a fully compensating walker's row damps the trunk's side
  /// bending in the world, not relative to the pelvis, so a rolling pelvis no longer drags the trunk
  /// (docs/controller.md#compensation).
  double trunk_world_damping = 1.0;
  double deficit_learning_rate = 0.3;
  /// fastest change of the compensation in force, per s. Measured on a complete left palsy with
  /// compensation switched on (or off) at 8, 10, ... 25 s, 16 runs: at once, 3 fell; 0.7-1 /s none;
  /// 0.4-0.5 /s one; 0.2 and 1.5 /s six (single fall times here are chaotic); the tracked lean's
  /// search (docs/controller.md#compensation) chose 0.68.
  double compensation_rate_1_s = 0.6816;
  /// ... and the fastest fall of it, per s: a complete left palsy (1.75 m) switched from 1 to 0 at
  /// 12, 14, ... 30 s fell 4 times in 10 at 0.68 /s (1.0: 2, 0.45: 3, 0.3: 2) and never at 0.1, 0.15
  /// or 0.2 /s: the lean given up fast moves the body's weight off the weak hip's side faster than
  /// the next steps catch it (docs/controller.md#compensation).
  double compensation_release_rate_1_s = 0.15;
  double preswing_deficit_learning_rate = 1.0;  ///< ... and for the double-support window

  // weakness blends in over this window (s) after the start
  double weakness_ramp_start_s = 0.5;
  double weakness_ramp_end_s = 2.5;

  // abductor activation dynamics (gait2392 Thelen2003Muscle: 10 ms up, 40 ms down)
  double activation_time_s = 0.010;
  double deactivation_time_s = 0.040;
};

/// The body the defaults were tuned on (scenarios/normal.toml).
inline constexpr double kTunedMass_kg = 75.0;
inline constexpr double kTunedHeight_m = 1.75;

}  // namespace gait
