#!/usr/bin/env python3
"""(1 + 4) evolution strategy for the swing ankle held toward neutral (issue 15; tools/tuning/README.md).

Usage, from the repository's root: python3 tools/tuning/tune_swing_ankle.py ROUNDS [SEED] [--wide] [--long] > log.jsonl
Each candidate sets the settings in SPACE (name=value, the probe's syntax) and runs build/gaitsim_probe
for 30 s (60 with --long): normal walking at 1.3 m/s (its cycles written, for the ankle's correlation with adults), and
a complete left palsy, the same compensated and a bilateral palsy. Score: normal walking's figures
outside normal_walk_score.LIM (scenarios/normal.toml's [expect] with small margins) in per cent of the bound, stance
weighted 4 times, as tune_normal_1.3.py; plus 100 per unit of the left ankle's correlation with the
adult mean below 0.85; a fall of any run scores 1000. --wide adds the envelope grid's first falls
(WIDE: the 1.90 m and 1.55 m bodies' palsies, slow moderate weaknesses, a fast healthy walk), each
fall costing 100 plus 3 per second it missed. --long runs 60 s (the grid's duration) instead of 30,
adds the grid's other falls of the --wide result (LONG_EXTRA) and starts from that search's result.
One JSON line per round.
"""
import json, os, random, sys, tempfile, concurrent.futures
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normal_walk_score import fall_time, run_probe, ankle_corr, parse_summary, range_score
from evolution import evolve
PROBE = 'build/gaitsim_probe'
# name: (low, high, start)
SPACE = {'swing_ankle_neutral': (0.5, 1.0, 1.0), 'swing_ankle_level_start': (0.2, 0.7, 0.5),
         'swing_ankle_level_end': (0.5, 0.95, 0.8), 'toe_up_rad': (0.0, 0.25, 0.08475),
         'touchdown_depth_m': (0.0, 0.012, 0.00439), 'clearance_m@1.3': (0.08, 0.15, 0.1027),
         'swing_ankle.c': (3, 30, 10)}
PALSIES = ['left=0', 'left=0 comp=1', 'left=0 right=0']
WIDE = ['left=0 height=1.90 mass=100', 'left=0 comp=1 height=1.90 mass=100', 'left=0 right=0 height=1.90 mass=100',
        'left=0 height=1.55 mass=50', 'lgm=0.5 speed=0.6', 'lgm=0.5 speed=0.6 height=1.90 mass=100',
        'left=0.5 speed=0.6', 'lgm=0.5 speed=1.8 height=1.55 mass=50', 'speed=0.6 height=1.90 mass=100']


LONG_EXTRA = ['left=0.5 speed=1.8 height=1.90 mass=100', 'speed=1.8 height=1.90 mass=100']
DURATION_S = 60 if '--long' in sys.argv else 30


def probe(args):
    return run_probe(PROBE, DURATION_S, ['speed=1.3'] + args)


def score(x):
    sets = [f'{k}={v:.5g}' for k, v in x.items()]
    with tempfile.TemporaryDirectory() as tmp:
        cycles = os.path.join(tmp, 'c.csv')
        out = probe(sets + [f'cycles={cycles}'])
        if not out[0].startswith('ok'):
            return 1000, None
        r = ankle_corr(cycles)
    for extra in PALSIES:
        if not probe(sets + extra.split())[0].startswith('ok'):
            return 1000, {'fell': extra}
    falls = []
    for extra in (WIDE + (LONG_EXTRA if '--long' in sys.argv else [])) if '--wide' in sys.argv else []:
        t = fall_time(probe(sets + extra.split())[0])
        if t is not None:
            falls.append((extra, t))
    d = dict(parse_summary(out[-1]), ankle_r=r, falls=falls)
    s = range_score(d) + 100 * max(0.0, 0.85 - r) + sum(100 + 3 * (DURATION_S - t) for _, t in falls)
    return s, d


def main():
    rounds = int(sys.argv[1])
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 3)
    x = {k: v[2] for k, v in SPACE.items()}
    if '--wide' in sys.argv:  # from the plain search's result (tools/tuning/swing-ankle.jsonl)
        start = 'tools/tuning/swing-ankle-wide.jsonl' if '--long' in sys.argv else 'tools/tuning/swing-ankle.jsonl'
        x = json.loads(open(start).read().strip().split('\n')[-1])['x']
    evolve(score, x, SPACE, rounds, concurrent.futures.ThreadPoolExecutor(2))


if __name__ == '__main__':
    sys.exit(main())
