#!/usr/bin/env python3
"""adult_scan.py: candidates against issue 15's healthy-adult check, one line per candidate and speed.

Reads candidates from stdin, one per line, each its settings as the probe's name=value arguments
(`production` for none), and runs each for 60 s at each speed of SPEEDS (default "0.8 1.3 1.6", the
speeds issue 15 judges) with `-adults`, two runs at a time. Prints, per candidate and speed: the
speed walked, the rows missed (m, counted per side, so 2 per row), the obliquity's range over the
mean cycle (deg), and the mean of both sides of the figures most often missed, a `*` after a missed
one: knee (kr), obliquity (or) and ankle (ar) correlations, the knee's loading peak (lr, deg) and its
timing (lr@, % of the cycle), the knee at toe-off (kto) and least in stance (kmin), the obliquity
peak's timing (ob@), double support (ds, %), the vertical GRF peak (grf, BW) and its humps (hu).
Definitions: docs/metrics.md#against-adults. A run that falls prints FELL.

    P=build/gaitsim_probe SPEEDS="1.4 1.6 1.8" python3 tools/tuning/adult_scan.py < candidates.txt

Production at the 32nd stop (tools/tuning/README.md, "The 32nd stop"): at 0.8, 1.3 and 1.6 m/s 18, 12
and 10 (9, 6 and 5 rows); at the 33rd, with the 1.3 knot's pre-swing fold, 18, 10 and 10 (9, 5, 5).
"""
import os
import sys
from concurrent.futures import ThreadPoolExecutor

from draw_util import adults_run, adults_table

KEYS = [('Correlation: knee flexion', 'kr'), ('Correlation: pelvic obliquity', 'or'),
        ('Correlation: ankle dorsiflexion', 'ar'), ('Knee loading-response peak', 'lr'),
        ('Knee loading-response peak at', 'lr@'), ('Knee at toe-off', 'kto'), ('Knee least in stance', 'kmin'),
        ('Obliquity peak in stance at', 'ob@'), ('Double support', 'ds'), ('Vertical GRF peak', 'grf'),
        ('Vertical GRF humps in stance', 'hu')]


def one_line(speed_m_s, args):
    """one candidate at one speed, as a line of figures"""
    run = adults_run(speed_m_s, args)
    if run is None: return '%.1f FELL' % speed_m_s
    out, obliquity_range_deg = run
    table = adults_table(out)
    misses = sum((not r[2]) + (not r[3]) for r in table.values())
    walked = [l for l in out.splitlines() if l.startswith('Healthy')][0].split('walked ')[1].split(' ')[0]
    line = '%.1f v%s m%2d rng%.1f ' % (speed_m_s, walked, misses, obliquity_range_deg)
    for label, short in KEYS:
        if label in table:
            left, right, left_ok, right_ok = table[label]
            line += '%s %.2f%s ' % (short, (left + right) / 2, '' if left_ok and right_ok else '*')
    return line


def main():
    speeds = [float(s) for s in os.environ.get('SPEEDS', '0.8 1.3 1.6').split()]
    candidates = [l.split() for l in sys.stdin.read().splitlines() if l.strip()]
    candidates = [[] if c == ['production'] else c for c in candidates]
    jobs = [(v, c) for c in candidates for v in speeds]
    with ThreadPoolExecutor(2) as ex:
        lines = list(ex.map(lambda j: one_line(*j), jobs))
    for i, c in enumerate(candidates):
        print('##', ' '.join(c) or '(production)')
        for j in range(len(speeds)): print('  ', lines[i * len(speeds) + j])


if __name__ == '__main__':
    main()
