#!/usr/bin/env python3
"""bell_draws.py NAME: prints the 27th stop's random draws of the full-strength walker's early-swing
lift (tools/tuning/README.md, "The 27th stop"; docs/controller.md#swing-and-placement), one candidate
per line as probe arguments, for tools/tuning/bell_eval.sh:

    python3 tools/tuning/bell_draws.py bell | while read c; do tools/tuning/bell_eval.sh "$c"; done

The knobs: the lift's height, peak and end (early_lift_m, early_lift_phase, early_lift_end_phase: a
bell rising to its peak as before and falling to 0 at its end instead of at twice its peak), the swing
ankle's outward bell (swing_abduction_m), the pre-swing knee target (preswing_knee_rad, one value for
every strength) and at the 1.3 m/s knot the lateral offset and the clearance. Uniform draws in the
ranges below from the seed named (tools/tuning/draws.py). 'bell' is the first, wide; 'bell2' around
its best (early_lift_m 0.1504, phase 0.0964, end 0.4307, abduction 0.0319, knee 0.398, offset
-0.0036, clearance 0.0974); 'bell3' around the best of 'bell2' that passed tools/tuning/draw_gates.sh
and the converged physics (0.1488, 0.0908, 0.4104, 0.0326, 0.379, -0.0031, 0.1006).
"""
import sys

from draws import print_uniform_draws

NAMES = ['early_lift_m', 'early_lift_phase', 'early_lift_end_phase', 'swing_abduction_m', 'preswing_knee_rad',
         'lateral_offset_m@1.3', 'clearance_m@1.3']


def around(centre, span):
    return [(c - s, c + s) for c, s in zip(centre, span)]


DRAWS = {  # name: (seed, count, ranges in the order of NAMES)
    'bell': (41, 48, [(0.14, 0.20), (0.09, 0.13), (0.42, 0.54), (0.015, 0.035), (0.374, 0.45), (-0.009, -0.003),
                      (0.095, 0.1027)]),
    'bell2': (42, 40, around([0.1504, 0.0964, 0.4307, 0.0319, 0.3980, -0.0036, 0.0974],
                             [0.02, 0.012, 0.04, 0.006, 0.04, 0.003, 0.004])),
    'bell3': (43, 16, around([0.1488, 0.0908, 0.4104, 0.0326, 0.3790, -0.0031, 0.1006],
                             [0.008, 0.005, 0.015, 0.003, 0.01, 0.0015, 0.002])),
}

if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1] not in DRAWS:
        sys.exit('usage: bell_draws.py ' + '|'.join(DRAWS))
    seed, count, ranges = DRAWS[sys.argv[1]]
    print_uniform_draws(seed, count, ranges, lambda v: ' '.join('%s=%.4f' % (n, x) for n, x in zip(NAMES, v)))
