#!/usr/bin/env python3
"""preswing_draws.py SET: the 33rd stop's random draws of the 1.3 m/s knot's pre-swing hip drive and knee
break with the landing rows around them, one candidate per line as probe arguments, for adult_scan.py
(tools/tuning/README.md, "The 33rd stop"). Each SET is a seed, a count and uniform ranges:

    python3 tools/tuning/preswing_draws.py knee33-d4 > c.txt
    P=build/gaitsim_probe SPEEDS=1.3 python3 tools/tuning/adult_scan.py < c.txt > scan.txt
    python3 tools/tuning/preswing_rank.py scan.txt --grf 1.27 --kto 30 | head -16

knee33-d1 draws the shared `preswing_knee_rad` (weak walkers too); knee33-d3 on the full-strength
row `full_preswing_knee_extra_rad` (a row of the speed schedule since this stop), and knee33-d5 keeps
`swing_knee_damping_scale` (one setting for every speed) at production's 1, so the other knots are
untouched. The adopted candidate is knee33-d5's draw 39 (tools/tuning/knee33-d5-scan.txt).
"""
import random
import sys

SETS = {
    'knee33-d1': (331, 60, {
        'full_preswing_hip_scale@1.3': (0.5, 1.4), 'preswing_hip_target_rad': (0.3, 0.5),
        'preswing_knee_rad': (0.374, 0.55), 'swing_knee_damping_scale': (1.0, 1.12),
        'soft_landing@1.3': (0.55, 0.85), 'toe_up_rad@1.3': (0.12, 0.18), 'heel_rocker_rad@1.3': (0.06, 0.14),
        'full_preswing_extra_s@1.3': (0.0, 0.03)}),
    'knee33-d3': (333, 80, {
        'full_preswing_hip_scale@1.3': (0.8, 1.4), 'preswing_hip_target_rad': (0.35, 0.5),
        'full_preswing_knee_extra_rad@1.3': (0.05, 0.25), 'swing_knee_damping_scale': (1.0, 1.12),
        'soft_landing@1.3': (0.6, 0.85), 'toe_up_rad@1.3': (0.14, 0.18), 'heel_rocker_rad@1.3': (0.08, 0.14),
        'full_preswing_extra_s@1.3': (0.01, 0.03)}),
    'knee33-d4': (334, 100, {
        'full_preswing_hip_scale@1.3': (0.8, 1.3), 'preswing_hip_target_rad': (0.35, 0.5),
        'full_preswing_knee_extra_rad@1.3': (0.1, 0.25), 'swing_knee_damping_scale': (1.0, 1.15),
        'soft_landing@1.3': (0.7, 1.0), 'toe_up_rad@1.3': (0.12, 0.18), 'heel_rocker_rad@1.3': (0.08, 0.16),
        'full_preswing_extra_s@1.3': (0.01, 0.03)}),
    'knee33-d5': (335, 100, {
        'full_preswing_hip_scale@1.3': (0.8, 1.4), 'preswing_hip_target_rad': (0.35, 0.5),
        'full_preswing_knee_extra_rad@1.3': (0.1, 0.25), 'soft_landing@1.3': (0.65, 1.0),
        'toe_up_rad@1.3': (0.13, 0.18), 'heel_rocker_rad@1.3': (0.08, 0.16),
        'full_preswing_extra_s@1.3': (0.01, 0.03)}),
    # the fold at the other knots, tried and not adopted (tools/tuning/README.md, "The 33rd stop"):
    # the 1.6 knot scanned at 1.6 m/s, the 0.9 knot at 0.8 m/s
    'knee33-f6': (336, 60, {
        'full_preswing_hip_scale@1.6': (0.5, 1.4), 'full_preswing_knee_extra_rad@1.6': (0.05, 0.25),
        'soft_landing@1.6': (0.0, 0.8), 'toe_up_rad@1.6': (0.1, 0.15), 'heel_rocker_rad@1.6': (0.03, 0.12),
        'full_preswing_extra_s@1.6': (0.0, 0.02)}),
    'knee33-f7': (337, 150, {
        'full_preswing_hip_scale@1.6': (0.3, 1.2), 'full_preswing_knee_extra_rad@1.6': (0.1, 0.3),
        'soft_landing@1.6': (0.3, 1.0), 'toe_up_rad@1.6': (0.08, 0.14), 'heel_rocker_rad@1.6': (0.03, 0.15),
        'full_preswing_extra_s@1.6': (0.0, 0.02), 'stance_ankle_stiffness_scale@1.6': (0.8, 1.0)}),
    'knee33-s9': (338, 100, {
        'full_preswing_hip_scale@0.9': (0.3, 1.4), 'full_preswing_knee_extra_rad@0.9': (0.05, 0.3),
        'soft_landing@0.9': (0.0, 0.8), 'toe_up_rad@0.9': (0.12, 0.2), 'heel_rocker_rad@0.9': (0.0, 0.12),
        'full_preswing_extra_s@0.9': (0.0, 0.02)}),
    'knee33-s10': (339, 150, {
        'full_preswing_hip_scale@0.9': (0.8, 1.4), 'full_preswing_knee_extra_rad@0.9': (0.1, 0.3),
        'soft_landing@0.9': (0.0, 0.6), 'toe_up_rad@0.9': (0.14, 0.2), 'heel_rocker_rad@0.9': (0.0, 0.12),
        'full_preswing_extra_s@0.9': (0.0, 0.02), 'pushoff_base_rad@0.9': (0.2, 0.35),
        'pushoff_start_s@0.9': (0.33, 0.47)}),
    # with the fold adopted: the 1.3 knot's anticipatory abduction again (tools/tuning/README.md, "The
    # 33rd stop"; the 28th stop's share_scan.sh before it)
    'share33': (340, 60, {
        'stance_abduction_ff@1.3': (0.6, 0.95), 'stance_abduction_ff_delay_s@1.3': (0.04, 0.11),
        'stance_abduction_ff_ramp_s@1.3': (0.07, 0.16)}),
    # the 36th stop: the 1.3 knot's stance knee lock (a row since the 35th stop) with the stance knee's
    # extra flexion and the landing around it, for the knee's least in stance (tools/tuning/README.md,
    # "The 36th stop")
    'lock36': (361, 100, {
        'full_stance_knee_lock_scale@1.3': (1.0, 1.8), 'full_stance_knee_extra_rad@1.3': (0.02, 0.085),
        'soft_landing@1.3': (0.7, 0.95), 'heel_rocker_rad@1.3': (0.12, 0.18),
        'stance_abduction_ff_delay_s@1.3': (0.06, 0.1), 'full_preswing_knee_extra_rad@1.3': (0.12, 0.2)}),
}


def main():
    seed, n, ranges = SETS[sys.argv[1]]
    rng = random.Random(seed)
    for _ in range(n):
        print(' '.join('%s=%.4f' % (k, rng.uniform(*v)) for k, v in ranges.items()))


if __name__ == '__main__':
    main()
