#!/usr/bin/env python3
"""(1 + 4) evolution strategy for the knee's stance, pre-swing and early-swing targets (issue 15;
tools/tuning/README.md, "The adult knee").

Usage, from the repository's root:
    python3 tools/tuning/tune_knee.py ROUNDS [SEED [FROM_LOG]] [--current] > log.jsonl

FROM_LOG: start from that log's last line's settings (the others at SPACE's starts).
Without --current it needs the build of commit dfebdbd: the trial settings it searches (TRIAL:
terminal_knee_rad, loading_knee_rad, loading_knee_s, swing_knee_hold_phase, swing_knee_extend_*) were
removed after the search found no use for them (tools/tuning/README.md, "The adult knee").
--current: only the settings today's code has, and the weak walkers the envelope grid saw fall with
the first search's values (MORE_ROBUST) among the robustness runs.

Scores the healthy 1.75 m 75 kg walker at 0.8, 1.3 and 1.6 m/s (60 s each) on the healthy-adult
check's knee, double-support, stance and ground-reaction figures (`gaitsim_probe -adults`, the
same table as `gaitsim run --adults`; distances outside issue 15's ranges, weighted as in ADULT
below), adds normal_walk_score.range_score at 1.3 m/s (scenarios/normal.toml's [expect] with small
margins); a fall there costs 300 plus 3 per second it missed. It runs ROBUST, healthy and weak walkers across the envelope, for falls only: a fall
costs 100 plus 3 per second it missed. One JSON line per round.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normal_walk_score import adult_run_score, robustness_falls, run_probe, search
PROBE = os.environ.get('GAITSIM_PROBE', 'build/gaitsim_probe')
DURATION_S = 60
# name: (low, high, start)
# (starts: the values in the code before this search, the new settings off)
SPACE = {'terminal_knee_rad': (0.0, 0.8, 0.0), 'preswing_knee_rad': (0.3, 1.2, 0.374),
         'loading_knee_rad': (0.0, 0.4, 0.0), 'loading_knee_s': (0.05, 0.3, 0.15),
         'swing_knee_hold_phase': (0.0, 0.4, 0.0), 'stance_knee_rad': (0.03, 0.25, 0.0937),
         'stance_knee.k': (150, 500, 300), 'stance_knee.c': (15, 50, 30), 'preswing_knee.k': (100, 400, 119.2924),
         'pushoff_ramp_s': (0.15, 0.4, 0.2913),
         'swing_knee_extend_weight': (0.0, 1.0, 0.0), 'swing_knee_extend_start': (0.4, 0.9, 0.6),
         'swing_knee_extend_rad': (0.0, 0.3, 0.05)}
TRIAL = ('terminal_knee_rad', 'loading_knee_rad', 'loading_knee_s', 'swing_knee_hold_phase',
         'swing_knee_extend_weight', 'swing_knee_extend_start', 'swing_knee_extend_rad')
B155, B175, B190 = 'height=1.55 mass=50', 'height=1.75 mass=75', 'height=1.90 mass=100'
ROBUST = ([f'speed={v} {b}' for b in (B155, B190) for v in (0.6, 1.0, 1.4, 1.8)] +
          [f'speed={v} {B175}' for v in (0.6, 1.8)] +
          [f'left=0 speed={v} {b}' for b in (B155, B190) for v in (0.6, 1.3)] +
          [f'left=0 comp=1 speed=1.3 {B175}', f'left=0 right=0 speed=1.0 {B175}',
           f'right=0.2 speed=1.8 {B190}', f'lgm=0.5 speed=1.8 {B155}'])
# the grid's falls with knee-1's values (tools/tuning/README.md, "The adult knee")
MORE_ROBUST = [f'left=0 right=0 speed={v} {B190}' for v in (0.6, 1.3, 1.8)] + [
    f'left=0.5 speed=0.6 {b}' for b in (B175, B190)] + [f'left=0 comp=1 speed=1.3 {B190}']
# adult-check row -> (low, high, weight per unit outside)
ADULT = {'Knee at toe-off': (30, 90, 1), 'Knee loading-response peak': (10, 25, 1), 'lr_at': (8, 18, 2),
         'Knee least in stance': (0, 90, 3), 'Double support': (18, 28, 2), 'Stance': (58, 66, 2),
         'Vertical GRF peak': (1.0, 1.3, 100), 'humps': (2, 2, 3),
         'Correlation: knee flexion': (0.93, 1, 100), 'Correlation: ankle dorsiflexion': (0.8, 1, 50),
         'Correlation: hip flexion': (0.95, 1, 100)}


def probe(args):
    return run_probe(PROBE, DURATION_S, args)


def score(x):
    sets = [f'{k}={v:.5g}' for k, v in x.items()]
    total, details = 0.0, {}
    for v in (0.8, 1.3, 1.6):
        # a fall here also costs the adult figures it could not show; normal.toml's ranges at 1.3 only
        cost, details[str(v)] = adult_run_score(probe(sets + [f'speed={v}', '-adults']), DURATION_S, ADULT,
                                                with_ranges=(v == 1.3))
        total += cost
    details['falls'], cost = robustness_falls(PROBE, DURATION_S, sets, ROBUST)
    total += cost
    return total, details


def main():
    args = [a for a in sys.argv[1:] if a != '--current']
    if '--current' in sys.argv:
        for k in TRIAL:
            del SPACE[k]
        ROBUST.extend(MORE_ROBUST)
    search(score, SPACE, args)


if __name__ == '__main__':
    sys.exit(main())
