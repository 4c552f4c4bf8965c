#!/usr/bin/env python3
"""(1 + 4) evolution strategy for the full-strength swing ankle (issue 15; tools/tuning/README.md).

Usage, from the repository's root:
    python3 tools/tuning/tune_swing_ankle_full.py ROUNDS [SEED] > log.jsonl

Only the four settings that act on walkers with full-strength abductors are free
(swing_ankle_neutral, swing_ankle_level_start, swing_ankle_level_end, toe_up_rad: weak walkers keep
weak_swing_ankle_neutral and weak_toe_up_rad, docs/controller.md#swing-ankle), so the complete palsies cannot change and
the runs are the walkers these settings reach: normal walking at 1.3 m/s (60 s, its cycles written,
scored on normal_walk_score.LIM and the left ankle's correlation with adults below 0.85, 100 per
unit), the healthy walker at every speed of the envelope grid on its three bodies, and gluteus
medius and minimus at 50 % and the left nerve at 50 % at the slowest and fastest speeds on the
1.55 m and 1.90 m bodies (60 s each). A fall costs 100 plus 3 per second it missed. Starts from the
values the code had then (swing-ankle-long.jsonl's last line's first three, the toe-up of before; SPACE's
starts; production now holds this search's result with toe-up 0.18 and level end 0.74). One JSON line per round.
"""
import os, random, sys, tempfile, concurrent.futures
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normal_walk_score import fall_time, run_probe, ankle_corr, parse_summary, range_score
from evolution import evolve
PROBE = os.environ.get('GAITSIM_PROBE', 'build/gaitsim_probe')
DURATION_S = 60
# name: (low, high, start)
SPACE = {'swing_ankle_neutral': (0.5, 1.0, 0.96784), 'swing_ankle_level_start': (0.2, 0.7, 0.34751),
         'swing_ankle_level_end': (0.5, 0.95, 0.64326), 'toe_up_rad': (0.0, 0.25, 0.08475)}
BODIES = ['height=1.55 mass=50', 'height=1.75 mass=75', 'height=1.90 mass=100']
SPEEDS = [0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8]
RUNS = ([f'speed={v} {b}' for b in BODIES for v in SPEEDS] +
        [f'{w} speed={v} {b}' for w in ('lgm=0.5', 'left=0.5') for v in (0.6, 1.8) for b in (BODIES[0], BODIES[2])])


def probe(args):
    return run_probe(PROBE, DURATION_S, args)


def score(x):
    sets = [f'{k}={v:.5g}' for k, v in x.items()]
    with tempfile.TemporaryDirectory() as tmp:
        cycles = os.path.join(tmp, 'c.csv')
        out = probe(sets + ['speed=1.3', f'cycles={cycles}'])
        if fall_time(out[0]) is not None:
            return 1000, None
        r = ankle_corr(cycles)
    falls = []
    for run in RUNS:
        t = fall_time(probe(sets + run.split())[0])
        if t is not None:
            falls.append((run, t))
    d = dict(parse_summary(out[-1]), ankle_r=r, falls=falls)
    s = range_score(d) + 100 * max(0.0, 0.85 - r) + sum(100 + 3 * (DURATION_S - t) for _, t in falls)
    return s, d


def main():
    rounds = int(sys.argv[1])
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    x = {k: v[2] for k, v in SPACE.items()}
    evolve(score, x, SPACE, rounds, concurrent.futures.ThreadPoolExecutor(2))


if __name__ == '__main__':
    sys.exit(main())
