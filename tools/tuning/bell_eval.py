#!/usr/bin/env python3
"""bell_eval.py "name=value ...": one candidate of tools/tuning/bell_draws.py scored as the 27th stop
scored them (tools/tuning/README.md, "The 27th stop"). Three stages, each run only if the one before
passed, one line printed:

1. SCREEN: normal walking (1.75 m 75 kg, 1.3 m/s) at two starts (height 1.75 and 1.751 m: the walker is
   chaotic, a single run's correlation moves by 0.005), each 30 s (hip contact force, GRF, base, drops)
   and 60 s with the healthy-adult check (correlations; the knee's to four places from the mean cycle).
   Gates, over both starts: knee correlation at least 0.93 on each side, ankle and hip adduction at
   least 0.81, hip contact force at most 3.4 BW (scenarios/normal.toml: 3.5), GRF at most 1.27 BW
   (issue 15: 1.3), base 0.08-0.10 m, drops at least 2.1 deg, knee swing peak at most 69 deg (issue 15:
   55-70). About 10 s.
2. GATES: tools/tuning/draw_gates.sh (18 short-body starts, 221 nerve blocks), no fall. About 75 s.
3. ACCURACY: gaitsim_accuracy scenarios/normal.toml at three starts: the GRF peaks within 5 % of the
   converged physics (issue 13). About 80 s.

P=PROBE, A=ACCURACY set the binaries (default build/gaitsim_probe, build/gaitsim_accuracy).
"""
import csv
import math
import os
import re
import subprocess
import sys
import tempfile

P = os.environ.get('P', 'build/gaitsim_probe')
A = os.environ.get('A', 'build/gaitsim_accuracy')


def probe(args):
    return subprocess.run([P] + args, capture_output=True, text=True).stdout


def correlation(a, b):
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    sab = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    return sab / math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))


def knee_correlations(cycles_path):
    rows = list(csv.DictReader(open(cycles_path)))
    out = []
    for side in ('left', 'right'):
        r = [x for x in rows if x['side'] == side]
        out.append(correlation([float(x['knee_flexion_deg_mean']) for x in r],
                               [float(x['norm_knee_flexion_deg_mean']) for x in r]))
    return out


def check_row(text, label, column):
    for line in text.splitlines():
        if line.startswith(label):
            f = line.split()
            return [float(f[column]), float(f[column + 1])]
    return None


def screen_one(cand):
    s = probe(['duration=30'] + cand)
    m = re.search(r'^summary .*', s, re.M)
    if not m or 'nan' in m.group(0):
        return None
    summ = m.group(0)
    def nums(key):
        return [float(x) for x in re.findall(key + r' ([\d.]+)', summ)]
    with tempfile.NamedTemporaryFile(suffix='.csv', delete=False) as f:
        path = f.name
    a = probe(['duration=60', '-adults', 'cycles=' + path] + cand)
    try:
        kc = knee_correlations(path)
    except (OSError, ValueError, ZeroDivisionError, KeyError):
        return None
    finally:
        os.unlink(path)
    if not a.startswith('ok'):
        return None
    return dict(hcf=max(nums('hcf')), grf=max(nums('grf') + check_row(a, 'Vertical GRF peak', 4)),
                width=nums('width')[0], drop=min(nums('drop')), kc=min(kc),
                ankle=min(check_row(a, 'Correlation: ankle', 4)),
                hadd=min(check_row(a, 'Correlation: hip adduction', 4)),
                knee_peak=max(check_row(a, 'Knee peak in swing', 5)))


def main():
    cand = sys.argv[1].split()
    runs = [screen_one(cand), screen_one(['height=1.751'] + cand)]
    if any(r is None for r in runs):
        print('SCREEN fell |', sys.argv[1])
        return
    worst = dict(hcf=max, grf=max, width=max, drop=min, kc=min, ankle=min, hadd=min, knee_peak=max)
    w = {k: f(r[k] for r in runs) for k, f in worst.items()}
    w['width_min'] = min(r['width'] for r in runs)
    figures = ' '.join('%s %.4g' % kv for kv in w.items())
    ok = (w['kc'] >= 0.93 and w['ankle'] >= 0.81 and w['hadd'] >= 0.81 and w['hcf'] <= 3.4 and w['grf'] <= 1.27
          and w['width_min'] >= 0.08 and w['width'] <= 0.10 and w['drop'] >= 2.1 and w['knee_peak'] <= 69)
    if not ok:
        print('SCREEN miss', figures, '|', sys.argv[1])
        return
    g = subprocess.run(['tools/tuning/draw_gates.sh', P, sys.argv[1]], capture_output=True, text=True).stdout.strip()
    if '0 / 18: | blocks 0 / 221' not in g:
        print('GATES', g, '|', figures, '|', sys.argv[1])
        return
    acc = subprocess.run([A, 'scenarios/normal.toml'] + cand + ['--starts', '3'], capture_output=True, text=True).stdout
    grf = re.findall(r'grf_vertical_peak_bw\s+\S+\s+\S+\s+(\S+)\s+(\S+)', acc)
    verdict = 'PASS' if grf and all(x[1] == 'yes' for x in grf) else 'ACCURACY'
    print(verdict, 'grf vs converged', ' '.join(x[0] for x in grf), '|', figures, '|', sys.argv[1])


if __name__ == '__main__':
    main()
