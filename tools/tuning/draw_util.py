"""draw_util.py: what tools/tuning/fast_draws.py and slow_draws.py share: a draw's settings as probe
arguments at two knots, one probe run, the runs of a set that fell, and a 60 s run with the healthy-adult check and the pelvic
obliquity's range over the mean cycle (peak to peak, deg, the mean of both sides)."""
import csv, os, subprocess, tempfile
from concurrent.futures import ThreadPoolExecutor

P = os.environ.get('P', 'build/gaitsim_probe')

def args_at_knots(d, knots):
    """{name: value} -> probe arguments; a name without @ is set at each of the two knots"""
    out = []
    for k, v in d.items():
        if '@' in k: out.append('%s=%.4f' % (k, v))
        else: out += ['%s@%s=%.4f' % (k, knot, v) for knot in knots]
    return out

def with_line_knot(args, lo='1.5', mid='1.6', hi='1.8'):
    """probe arguments -> the same with each row set at both the lo and hi knots also set at the mid
    knot, on the line between them (the 1.6 m/s knot since the 32nd stop lies on the 1.5-1.8 line in
    every row but toe_up_rad; docs/controller.md#speed-schedule), so draws of the fast knots keep it there"""
    vals = dict(a.split('=', 1) for a in args)
    out = list(args)
    for k, v in vals.items():
        name, _, knot = k.partition('@')
        other = vals.get(f'{name}@{hi}')
        if knot == lo and other is not None and f'{name}@{mid}' not in vals:
            u = (float(mid) - float(lo)) / (float(hi) - float(lo))
            out.append('%s@%s=%.6g' % (name, mid, (1 - u) * float(v) + u * float(other)))
    return out

def probe(a):
    return subprocess.run([P] + a, capture_output=True, text=True).stdout

def fallen(jobs):
    """the jobs (probe argument lists) whose run did not walk to its end, run two at a time"""
    with ThreadPoolExecutor(2) as ex:
        walked = list(ex.map(lambda j: probe(j).startswith('ok'), jobs))
    return [j for j, w in zip(jobs, walked) if not w]

def adults_run(speed_m_s, a):
    """(probe output, obliquity range deg) of 60 s at the speed with -adults; None if it fell"""
    with tempfile.NamedTemporaryFile(suffix='.csv') as f:
        out = probe(['speed=%s' % speed_m_s, 'duration=60', '-adults', 'cycles=' + f.name] + a)
        if not out.startswith('ok'): return None
        rows = list(csv.DictReader(open(f.name)))
    rng = []
    for s in ('left', 'right'):
        v = [float(x['pelvic_obliquity_deg_mean']) for x in rows if x['side'] == s]
        rng.append(max(v) - min(v))
    return out, sum(rng) / 2

def adults_table(out):
    """the healthy-adult check's rows of a probe output: label -> (left, right, left ok, right ok);
    an indented "at" row is named after the row above it ("Knee loading-response peak at")"""
    rows, last = {}, ''
    for line in out.splitlines():
        f = line.split()
        if len(f) < 4 or f[-1] not in ('ok', 'MISS'): continue
        label = line[:35].strip()
        if label == 'at': label = last + ' at'
        else: last = label
        try: lv, rv = float(line[48:56]), float(line[57:65])
        except ValueError: continue
        rows[label] = (lv, rv, f[-2] == 'ok', f[-1] == 'ok')
    return rows
