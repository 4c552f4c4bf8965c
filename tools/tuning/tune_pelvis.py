#!/usr/bin/env python3
"""(1 + 4) evolution strategy for the timing of the stance hip's anticipatory abduction at the speed
schedule's slow knots (issue 15: the pelvic obliquity curve; tools/tuning/README.md, "The adult
pelvis").

Usage, from the repository's root:
    python3 tools/tuning/tune_pelvis.py ROUNDS [SEED [FROM_LOG]] [--fast | --mid | --mid-drop] > log.jsonl

FROM_LOG: start from that log's last line's settings.

Searched: the anticipatory abduction's share of the gravity moment, its delay and its ramp into single
stance at the 0.6 and 0.9 m/s knots (`stance_abduction_ff`, `stance_abduction_ff_delay_s`,
`stance_abduction_ff_ramp_s`; docs/controller.md#speed-schedule). A late, large share lets the swing
side drop early in single stance, as adults' does just after the other foot's toe-off, and lifts it
back by mid-stance. The 1.3 m/s knot and above are not searched (there the same timing raised the
heel-strike force above normal.toml's range), nor are the weak walkers, which keep to 1.3 m/s.

Scores the healthy 1.75 m 75 kg walker at 0.8 m/s (60 s) on the healthy-adult check
(`gaitsim_probe -adults`): obliquity and hip adduction correlations, the obliquity peak's timing, the
drop (3-7 deg, a margin inside normal.toml's 2-7), the vertical GRF peak, and the knee, ankle and hip
correlations, the hip contact force (2-4 BW) and the stance (58.1-66 %) so that they do not get
worse; at 0.6 and 1.0 m/s (between the knots) the obliquity and
hip adduction correlations and the drop; the pelvic obliquity range (max - min of the mean cycle)
at 0.8 m/s at least 1.6 deg below 1.6 m/s's (issue 14; 1.6 m/s is not searched, so measured once).
A fall in a scored run costs 300 plus 3 per second it missed; the robustness runs (healthy and
moderately weak walkers at 0.6-1.0 m/s on three bodies: tune_knee.py's slow ROBUST and MORE_ROBUST
runs and SLOW_WEAK; seven of speed_changes.sh's changes in mid walk, SPEED_CHANGES) count falls only: 100 plus 3 per second missed. One JSON line per round.
"""
import csv, os, random, re, sys, tempfile, concurrent.futures
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normal_walk_score import adult_rows, band_score, fall_time, robustness_falls, run_probe, start_point
from evolution import evolve
from tune_knee import ROBUST, MORE_ROBUST
from draw_util import with_line_knot
PROBE = os.environ.get('GAITSIM_PROBE', 'build/gaitsim_probe')
DURATION_S = 60
FIELDS = {'ff': 'stance_abduction_ff', 'delay': 'stance_abduction_ff_delay_s', 'ramp': 'stance_abduction_ff_ramp_s'}
# name: (low, high, start); start: the values of a first search over every knot (pelvis-1.jsonl, round 6)
SPACE = {'ff@0.6': (0.0, 1.0, 0.45), 'ff@0.9': (0.0, 1.0, 0.8), 'delay@0.6': (0.0, 0.2, 0.042),
         'delay@0.9': (0.0, 0.2, 0.042), 'ramp@0.6': (0.02, 0.3, 0.1), 'ramp@0.9': (0.02, 0.3, 0.1)}
# adult-check row -> (low, high, weight per unit outside)
ADULT = {'Correlation: pelvic obliquity': (0.85, 1, 100), 'Correlation: hip adduction': (0.80, 1, 100),
         'Obliquity peak in stance at': (8, 20, 2), 'Pelvic drop in stance': (3, 7, 10),
         'Vertical GRF peak': (1.0, 1.3, 50), 'Correlation: knee flexion': (0.93, 1, 50),
         'Correlation: ankle dorsiflexion': (0.8, 1, 30), 'Correlation: hip flexion': (0.95, 1, 100),
         'Hip contact force peak': (2.0, 4.0, 20), 'Stance': (58.1, 66, 5)}
BETWEEN = {k: ADULT[k] for k in ('Correlation: pelvic obliquity', 'Correlation: hip adduction')}
BETWEEN['Pelvic drop in stance'] = (2.3, 7, 10)
B155, B175, B190 = 'height=1.55 mass=50', 'height=1.75 mass=75', 'height=1.90 mass=100'
SLOW_WEAK = [f'lgm=0.5 speed=0.6 {b}' for b in (B155, B175, B190)] + [
    f'left=0.5 speed=0.6 {B155}', f'lgm=0.3 speed=0.7 {B190}', f'left=0.5 speed=0.8 {B175}',
    f'lgm=0.5 speed=1.0 {B190}', f'speed=0.8 {B155}', f'speed=0.8 {B190}']
# tools/tuning/speed_changes.sh's changes of the asked speed in mid walk (A > B at T s, back at T + 20 s)
SPEED_CHANGES = [f'speed={a} speedat={t} speedto={b} speedat={t + 20} speedto={a}' for a, b, t in (
    (0.8, 1.6, 20), (0.8, 1.6, 15), (0.6, 1.4, 20), (1.3, 0.6, 20), (0.6, 1.8, 20), (1.8, 0.6, 20), (1.2, 0.8, 17))]
ROBUST_SLOW = ([r for r in ROBUST + MORE_ROBUST if float(re.search(r'speed=(\S+)', r).group(1)) <= 1.0] + SLOW_WEAK +
               SPEED_CHANGES)


def settings(x):
    """The probe's name=value arguments for a candidate: knots as field@speed."""
    return with_line_knot([f'{FIELDS[k.split("@")[0]]}@{k.split("@")[1]}={v:.5g}' for k, v in x.items()])


def obliquity_range(path):
    vals = [float(r['pelvic_obliquity_deg_mean']) for r in csv.DictReader(open(path)) if r['side'] == 'left']
    return max(vals) - min(vals)


def range_at(speed_m_s):
    """The obliquity range at a speed the search does not change (production's)."""
    with tempfile.TemporaryDirectory() as tmp:
        cyc = os.path.join(tmp, 'c.csv')
        run_probe(PROBE, DURATION_S, [f'speed={speed_m_s}', f'cycles={cyc}'])
        return obliquity_range(cyc)


# --fast: the 1.5 and 1.8 knots instead, scored at 1.6 m/s (1.4 and 1.8 between), the envelope's runs
# at 1.4 m/s and faster and the speed changes; issue 14's range then reads 1.6 m/s at least 1.6 deg
# above 0.8 m/s's (measured once)
# (starts: the 0.9 knot's values from pelvis-slow-2.jsonl)
FAST_SPACE = {'ff@1.5': (0.0, 1.0, 0.75734), 'ff@1.8': (0.0, 1.0, 0.75734), 'delay@1.5': (0.0, 0.2, 0.06035),
              'delay@1.8': (0.0, 0.2, 0.06035), 'ramp@1.5': (0.02, 0.3, 0.13419), 'ramp@1.8': (0.02, 0.3, 0.13419)}
FAST_RUNS = [r for r in ROBUST + MORE_ROBUST if float(re.search(r'speed=(\S+)', r).group(1)) >= 1.4] + [
    f'lgm=0.5 speed=1.6 {b}' for b in (B155, B190)] + [f'left=0.5 speed=1.8 {B175}'] + SPEED_CHANGES
# --mid: the 1.3 knot instead (19th session, after the soft landing), scored at 1.3 m/s (1.15 and 1.45
# between), with the vertical GRF held at most 1.29 BW (issue 15's 1.3 with a margin) at a larger
# weight; the envelope's runs at 1.0-1.4 m/s, moderate weaknesses at 1.3 and the speed changes; no
# range term (the 0.8 and 1.6 m/s figures of issue 14 do not depend on this knot's share)
# (starts: the 0.9 knot's timing with the share 0.75, tools/tuning/README.md, "The 19th stop")
MID_SPACE = {'ff@1.3': (0.0, 1.0, 0.75), 'delay@1.3': (0.0, 0.2, 0.06), 'ramp@1.3': (0.02, 0.3, 0.134)}
MID_RUNS = [r for r in ROBUST + MORE_ROBUST if 1.0 <= float(re.search(r'speed=(\S+)', r).group(1)) <= 1.4] + [
    f'lgm=0.5 speed=1.3 {b}' for b in (B155, B190)] + [f'left=0.5 speed=1.3 {B175}'] + SPEED_CHANGES
MODE = {'speeds': (0.6, 0.8, 1.0), 'main': 0.8, 'runs': ROBUST_SLOW, 'fast': False, 'mid': False, 'drop_weight': 0}
OTHER_RANGE = []


def score(x):
    sets = settings(x)
    total, details = 0.0, {}
    with tempfile.TemporaryDirectory() as tmp:
        for v in MODE['speeds']:
            cyc = os.path.join(tmp, f'c{v}.csv')
            out = run_probe(PROBE, DURATION_S, sets + [f'speed={v}', '-adults', f'cycles={cyc}'])
            t = fall_time(out[0])
            if t is not None:
                total += 300 + 3 * (DURATION_S - t)
                details[str(v)] = f'fell at {t}'
                continue
            d = adult_rows(out, ADULT)
            total += band_score(d, ADULT if v == MODE['main'] else BETWEEN)
            if v == MODE['main']:
                d['range'] = round(obliquity_range(cyc), 2)
                if MODE['mid']:
                    total += 300 * max(0.0, max(d.get('Vertical GRF peak', [0])) - 1.29)
                    total += MODE['drop_weight'] * max(0.0, 2.2 - min(d.get('Pelvic drop in stance', [9])))
                else:
                    slow, fast = (OTHER_RANGE[0], d['range']) if MODE['fast'] else (d['range'], OTHER_RANGE[0])
                    total += 20 * max(0, slow + 1.6 - fast)
            details[str(v)] = d
    details['falls'], cost = robustness_falls(PROBE, DURATION_S, sets, MODE['runs'])
    total += cost
    return total, details


def main():
    args = [a for a in sys.argv[1:] if a not in ('--fast', '--mid', '--mid-drop')]
    space = SPACE
    if '--fast' in sys.argv:
        MODE.update(speeds=(1.4, 1.6, 1.8), main=1.6, runs=FAST_RUNS, fast=True)
        space = FAST_SPACE
    if '--mid' in sys.argv or '--mid-drop' in sys.argv:
        MODE.update(speeds=(1.15, 1.3, 1.45), main=1.3, runs=MID_RUNS, mid=True)
        space = MID_SPACE
    if '--mid-drop' in sys.argv:  # ... with the drop held at 2.2 deg or more as hard as the GRF
        MODE.update(drop_weight=300)
    rounds = int(args[0])
    random.seed(int(args[1]) if len(args) > 1 else 3)
    if not MODE['mid']:
        OTHER_RANGE.append(range_at(0.8 if MODE['fast'] else 1.6))
    x = start_point(space, args[2] if len(args) > 2 else None)
    evolve(score, x, space, rounds, concurrent.futures.ThreadPoolExecutor(2))


if __name__ == '__main__':
    sys.exit(main())
