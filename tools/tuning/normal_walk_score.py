"""Normal walking's figures from gaitsim_probe's summary line, and their distance outside
scenarios/normal.toml's [expect] ranges (with small margins): the score tune_normal_1.3.py and
tune_swing_ankle.py share (tools/tuning/README.md); the probe call and fall time the swing ankle,
knee and pelvis searches share; and the healthy-adult check's rows, their score, the robustness runs'
falls and the start point from a log that the knee, pelvis and landing searches share; and the
command line `ROUNDS [SEED [FROM_LOG]]` that the knee, landing and terminal-stance searches run by."""
import concurrent.futures
import csv
import json
import math
import random
import re
import subprocess

from evolution import evolve

# figure: (low, high), per side where the summary has two
LIM = {'stance': (57.3, 67), 'grf': (1.0, 1.33), 'knee': (0, 9.7), 'obl': (0, 2.93), 'hcf': (2, 3.45),
       'speed': (1.24, 1.36), 'hip': (0, 9.5)}
W = {'stance': 4}  # stance weighted 4 times
SUMMARY = re.compile(r'summary speed (\S+) .*\| L stance (\S+) drop \S+ add \S+ grf (\S+) hcf (\S+) abd \S+ rms obl (\S+) '
                     r'hip (\S+) knee (\S+) \| R stance (\S+) drop \S+ grf (\S+) hcf (\S+) rms obl (\S+) hip (\S+) knee (\S+)')


def parse_summary(line):
    """The probe's last line -> {'speed': [v], 'stance': [left, right], 'grf': ..., 'knee': ...}."""
    v = [float(g) for g in SUMMARY.search(line).groups()]
    return {'speed': [v[0]], 'stance': [v[1], v[7]], 'grf': [v[2], v[8]], 'hcf': [v[3], v[9]], 'obl': [v[4], v[10]],
            'hip': [v[5], v[11]], 'knee': [v[6], v[12]]}


def range_score(d):
    """Sum over figures of the distance outside LIM in per cent of the bound, weighted by W."""
    s = 0
    for k, (lo, hi) in LIM.items():
        for val in d[k]:
            s += W.get(k, 1) * (max(0, lo - val) / (abs(lo) + 1e-9) * 100 + max(0, val - hi) / hi * 100)
    return s


def ankle_corr(path):
    """The left ankle's correlation with the adult mean over the cycle, from a probe's cycles=FILE."""
    rows = [r for r in csv.DictReader(open(path)) if r['side'] == 'left']
    a = [float(r['ankle_dorsiflexion_deg_mean']) for r in rows]
    b = [float(r['norm_ankle_dorsiflexion_deg_mean']) for r in rows]
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    sa = math.sqrt(sum((x - ma) ** 2 for x in a))
    sb = math.sqrt(sum((x - mb) ** 2 for x in b))
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (sa * sb)


def run_probe(probe_path, duration_s, args):
    """gaitsim_probe's output lines for one run of duration_s with name=value args."""
    out = subprocess.run([probe_path, f'duration={duration_s}'] + args, capture_output=True, text=True).stdout
    return out.strip().split('\n')


def fall_time(first_line):
    """None if the probe's first line says the run walked ('ok ...'), else the time it fell (s; 0 if the
    line gives none)."""
    if first_line.startswith('ok'):
        return None
    m = re.match(r'\S+ t=([0-9.]+)', first_line)
    return float(m.group(1)) if m else 0.0


def adult_rows(lines, names):
    """The rows of `gaitsim_probe -adults` whose line starts with one of names -> {name: (left, right)}."""
    d = {}
    for ln in lines:
        for name in names:
            if ln.startswith(name):
                vals = re.findall(r'-?\d+\.?\d*', ln[len(name):])
                d[name] = (float(vals[0]), float(vals[1]))
    return d


def adult_figures(lines, names):
    """adult_rows, plus the knee's loading peak's timing as 'lr_at' and the vertical GRF's humps as
    'humps' (their rows' labels, '  at' and 'Vertical GRF humps', do not name the figure alone)."""
    d = adult_rows(lines, names)
    for i, ln in enumerate(lines):
        if ln.startswith('  at') and i > 0 and lines[i - 1].startswith('Knee loading'):
            vals = re.findall(r'-?\d+\.?\d*', ln[4:])
            d['lr_at'] = (float(vals[0]), float(vals[1]))
        if ln.startswith('Vertical GRF humps'):
            vals = re.findall(r'-?\d+\.?\d*', ln[len('Vertical GRF humps'):])
            d['humps'] = (float(vals[0]), float(vals[1]))
    return d


def band_score(d, table):
    """Sum over table's rows (name -> (low, high, weight)) of weight times each side's distance outside
    [low, high]; a row d lacks counts as 10 below low on both sides."""
    s = 0
    for k, (lo, hi, w) in table.items():
        for v in d.get(k, (lo - 10, lo - 10)):
            s += w * (max(0, lo - v) + max(0, v - hi))
    return s


def adult_run_score(lines, duration_s, table, with_ranges=True):
    """One `gaitsim_probe -adults` run's output lines -> (cost, detail): a fall costs 300 plus 3 per
    second it missed (detail 'fell at T'); a walk band_score over table's rows, plus range_score of its
    summary when with_ranges (detail: the rows). The knee, landing and terminal-stance searches share it."""
    t = fall_time(lines[0])
    if t is not None:
        return 300 + 3 * (duration_s - t), f'fell at {t}'
    d = adult_figures(lines, table)
    return band_score(d, table) + (range_score(parse_summary(lines[-1])) if with_ranges else 0), d


def robustness_falls(probe_path, duration_s, sets, runs):
    """The runs (each "name=value ...") that fall with the settings `sets`, as (run, time) pairs, and
    their cost: 100 plus 3 per second each missed."""
    falls = []
    for run in runs:
        t = fall_time(run_probe(probe_path, duration_s, sets + run.split())[0])
        if t is not None:
            falls.append((run, t))
    return falls, sum(100 + 3 * (duration_s - t) for _, t in falls)


def start_point(space, log_path=None):
    """The settings a search starts from: space's starts (name -> (low, high, start)), updated with the
    last line of the log at log_path where it names them."""
    x = {k: v[2] for k, v in space.items()}
    if log_path:
        with open(log_path) as f:
            x.update({k: v for k, v in json.loads(f.readlines()[-1])['x'].items() if k in space})
    return x


def search(score, space, args):
    """evolution.evolve from the command line's ROUNDS [SEED [FROM_LOG]] (args, flags removed): the
    seed (3 when not given), the start from FROM_LOG's last line (start_point), two scores at a time."""
    random.seed(int(args[1]) if len(args) > 1 else 3)
    x = start_point(space, args[2] if len(args) > 2 else None)
    evolve(score, x, space, int(args[0]), concurrent.futures.ThreadPoolExecutor(2))
