#!/usr/bin/env python3
"""Evolution-strategy search of one knot of the speed schedule (src/core/control/speed_schedule.h).

Usage: tools/tune_speed.py --probe build/gaitsim_probe --knot 1.5 [--also 1.4,1.6] [--start FILE] [--evals N] [--seed N]
                           [--log tools/tuning/knot-1.5.jsonl]

A candidate sets the knot's values ("swing_time_s@1.5=..." in the probe's syntax) on top of the
compiled schedule (plus START's name=value pairs: earlier knots' results) and runs the probe at the
knot's speed for 30 s with the production physics and warm-up (the walker's own target ramps from
its start speed to the knot in the warm-up): healthy at three bodies (1.75 m 75 kg; 1.55 m 50 kg;
1.90 m 100 kg), a complete left palsy, a left palsy with compensation, a bilateral palsy, plus the
1.75 m body at each --also speed (between knots; with --also-bodies the other two bodies too, and
--healthy-only leaves out the palsies; --weak-slow adds moderate weaknesses at the knot and the --also
speeds below 0.9 m/s). Score (0 =
every aim met): a fall costs 100 plus 3 per second it missed; a healthy run's speed more than
0.03 m/s from the knot costs 40 per m/s, the 1.75 m run's cadence and stride more than 8 % from
adults' (Bovi 2011 fits, docs/controller.md#speed-schedule) 0.3 per % each (--shape-weight), a healthy
run's step width beyond 0.16 m 100 per m (with --grf-limit, its peak vertical GRF beyond that
limit 100 per BW); a palsy run slower
than 0.55 m/s costs 20 per m/s. (1 + 4) strategy on values scaled to their ranges, each child
moving every value, step size x1.3 on success and x0.85 otherwise. Prints and logs one JSON line per
evaluation round with the best score; the last line is the result (name=value pairs).
"""
import argparse, concurrent.futures, json, math, os, random, re, subprocess, sys, time

# name: (low, high) of each knot's value (the start comes from the compiled schedule or --start)
SPACE = {
    'swing_time_s': (0.30, 0.75),
    'place_com_velocity_gain_s': (0.05, 0.45),
    'place_speed_gain_s': (0.1, 0.8),
    'place_offset_m': (-0.05, 0.15),
    'pushoff_base_rad': (0.05, 0.6),
    'pushoff_max_rad': (0.3, 1.2),
    'preswing_max_s': (0.02, 0.25),
    'clearance_m': (0.05, 0.14),
    'pushoff_start_s': (0.15, 0.6),
}
def compiled_schedule():
    """The compiled schedule's knots, read from speed_schedule_table.h (one source for the start values)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'core', 'model',
                        'speed_schedule_table.h')
    rows = re.findall(r'Knots (\w+)\{([^}]*)\};', open(path).read())
    return {name: [float(v) for v in values.split(',')] for name, values in rows}


START = compiled_schedule()
COMMON = 'duration=30'  # the production step, warm start and warm-up (src/core/model/model.h)
ALSO = []  # --also: speeds between knots, healthy 1.75 m, scored like the knot's own run
RUNS = [  # (kind, extra probe arguments)
    ('healthy-1.75', ''),
    ('healthy-1.55', 'height=1.55 mass=50'),
    ('healthy-1.90', 'height=1.90 mass=100'),
    ('palsy', 'left=0'),
    ('palsy', 'left=0 comp=1'),
    ('palsy', 'left=0 right=0'),
]


def adult(v, height=1.75):
    """Bovi 2011 fits (docs/controller.md#speed-schedule): cadence (steps/min) and stride (m)."""
    leg = 0.53 * height
    vh = v / math.sqrt(9.81 * leg)
    f = 0.92 * vh ** 0.58 * math.sqrt(9.81 / leg)
    return 60 * f, 2 * v / f


def run(probe, args):
    out = subprocess.run([probe] + args.split(), capture_output=True, text=True).stdout
    first = out.strip().split('\n')[0] if out.strip() else 'FELL t=0'
    d = {'fell': not first.startswith('ok')}
    m = re.match(r'\S+ t=([0-9.]+)', first)
    d['t'] = float(m.group(1)) if m else 0.0
    for k, v in re.findall(r'(\w+) (-?[0-9.]+)', first):
        d[k] = float(v)
    return d


SHAPE_WEIGHT = 0.3  # --shape-weight
ALSO_BODIES = False  # --also-bodies
WEAK_SLOW = False  # --weak-slow
# (the last entry added for knot-0.9-shape-3.jsonl: the envelope grid's one fall with knot-0.9-shape-2's values)
WEAK_SLOW_RUNS = ['left=0.5', 'lgm=0.3', 'lgm=0.5 height=1.90 mass=100', 'left=0.5 height=1.83 mass=88',
                  'left=0.5 height=1.90 mass=100']
WIDTH_LIMIT_M = 0.16  # a healthy run's step width beyond this costs 100 per m (adults: about 0.08-0.12 m)
GRF_LIMIT_BW = None  # --grf-limit: a healthy run's peak vertical GRF beyond this costs 100 per BW


def over(x):
    return x if x > 0 else 0.0


def score_run(kind, d, v):
    if d['fell']:
        return 100 + 3 * (30 - d['t'])
    s = 0.0
    if kind.startswith('healthy'):
        s += 40 * over(abs(d.get('speed', 0) - v) - 0.03)
        s += 100 * over(d.get('width', 0) - WIDTH_LIMIT_M)
        if GRF_LIMIT_BW is not None:
            s += 100 * over(d.get('grf', 0) - GRF_LIMIT_BW)
        if kind == 'healthy-1.75':
            cad, stride = adult(v)
            s += SHAPE_WEIGHT * over(100 * abs(d.get('cadence', 0) / cad - 1) - 8)
            s += SHAPE_WEIGHT * over(100 * abs(d.get('stride', 0) / stride - 1) - 8)
    else:
        s += 20 * over(0.55 - d.get('speed', 0))
    return s


def evaluate(pool, probe, knot, values, fixed):
    sets = ' '.join(f'{k}={v:.6g}' for k, v in fixed.items())
    sets += ' ' + ' '.join(f'{k}@{knot:g}={v:.6g}' for k, v in values.items())
    runs = [(kind, extra, knot) for kind, extra in RUNS] + [('healthy-1.75', '', v) for v in ALSO]
    if ALSO_BODIES:
        runs += [(kind, extra, v) for v in ALSO for kind, extra in RUNS[1:3]]
    if WEAK_SLOW:  # moderate weaknesses walk (part of) the asked speed: the slow knots are theirs too
        runs += [('palsy', extra, v) for v in [knot] + [a for a in ALSO if a < 0.9 and a != knot] for extra in WEAK_SLOW_RUNS]
    args = [f'{COMMON} speed={v:g} {extra} {sets}' for _, extra, v in runs]
    results = list(pool.map(lambda a: run(probe, a), args))
    parts = [score_run(kind, d, v) for (kind, _, v), d in zip(runs, results)]
    return sum(parts), results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--probe', required=True)
    ap.add_argument('--knot', type=float, required=True)
    ap.add_argument('--start', help='file of name=value pairs set on every run (other knots\' results)')
    ap.add_argument('--evals', type=int, default=60, help='rounds of 4 children')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--log')
    ap.add_argument('--healthy-only', action='store_true',
                    help='leave out the complete palsies (they keep to SpeedSchedule::weak_min_speed_m_s and never use the knots below it; moderate weaknesses do: --weak-slow)')
    ap.add_argument('--shape-weight', type=float, default=0.3,
                    help='cost per %% of the 1.75 m run\'s cadence and stride beyond 8 %% from adults\'')
    ap.add_argument('--weak-slow', action='store_true',
                    help='also run moderate weaknesses (WEAK_SLOW_RUNS) at the knot and the --also speeds below 0.9 m/s')
    ap.add_argument('--also-bodies', action='store_true',
                    help='run the --also speeds on the 1.55 m and 1.90 m bodies too (speed and width scored)')
    ap.add_argument('--offset-low', type=float, default=-0.05,
                    help='lowest place_offset_m searched (m; the foot nearer the centre of mass below 0)')
    ap.add_argument('--grf-limit', type=float,
                    help='a healthy run\'s peak vertical GRF (BW) beyond this costs 100 per BW (default: not scored)')
    ap.add_argument('--pushoff-high', type=float, default=1.2,
                    help='highest pushoff_max_rad searched (rad)')
    ap.add_argument('--pushoff-base-high', type=float, default=0.6,
                    help='highest pushoff_base_rad searched (rad)')
    ap.add_argument('--also', default='', help='comma-separated speeds also run on the 1.75 m body (between knots)')
    a = ap.parse_args()
    ALSO.extend(float(v) for v in a.also.split(',') if v)
    global SHAPE_WEIGHT, ALSO_BODIES, WEAK_SLOW, GRF_LIMIT_BW
    GRF_LIMIT_BW = a.grf_limit
    SPACE['pushoff_max_rad'] = (SPACE['pushoff_max_rad'][0], a.pushoff_high)
    SPACE['pushoff_base_rad'] = (SPACE['pushoff_base_rad'][0], a.pushoff_base_high)
    SHAPE_WEIGHT = a.shape_weight
    ALSO_BODIES = a.also_bodies
    WEAK_SLOW = a.weak_slow
    SPACE['place_offset_m'] = (a.offset_low, SPACE['place_offset_m'][1])
    if a.healthy_only:
        RUNS[:] = [r for r in RUNS if r[0].startswith('healthy')]
    random.seed(a.seed)
    fixed = {}
    if a.start:
        fixed = {k: float(v) for k, v in (kv.split('=') for kv in open(a.start).read().split())}
    i = START['speed_m_s'].index(a.knot)
    start = {k: fixed.pop(f'{k}@{a.knot:g}', START[k][i]) for k in SPACE}
    x = {k: (start[k] - lo) / (hi - lo) for k, (lo, hi) in SPACE.items()}
    values = lambda u: {k: lo + (hi - lo) * u[k] for k, (lo, hi) in SPACE.items()}
    log = open(a.log, 'a') if a.log else None

    def emit(rec):
        line = json.dumps(rec)
        print(line, flush=True)
        if log:
            log.write(line + '\n')
            log.flush()

    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        best, res = evaluate(pool, a.probe, a.knot, values(x), fixed)
        emit({'knot': a.knot, 'round': 0, 'score': round(best, 3), 'settings': vars(a),
              'runs': [[r.get('speed'), r['fell'], r['t']] for r in res]})
        sigma, t0 = 0.15, time.time()
        for rnd in range(1, a.evals + 1):
            if best == 0:
                break
            kids = []
            for _ in range(4):
                y = {k: min(1.0, max(0.0, u + random.gauss(0, sigma))) for k, u in x.items()}
                s, r = evaluate(pool, a.probe, a.knot, values(y), fixed)
                kids.append((s, r, y))
            kids.sort(key=lambda c: c[0])
            if kids[0][0] < best:
                best, res, x = kids[0]
                sigma = min(0.3, sigma * 1.3)
            else:
                sigma = max(0.02, sigma * 0.85)
            emit({'knot': a.knot, 'round': rnd, 'score': round(best, 3), 'sigma': round(sigma, 3),
                  'best': ' '.join(f'{k}@{a.knot:g}={v:.5g}' for k, v in values(x).items()),
                  'minutes': round((time.time() - t0) / 60, 1),
                  'runs': [[r.get('speed'), r.get('cadence'), r.get('stride'), r['fell'], r['t']] for r in res]})
    result = ' '.join(f'{k}@{a.knot:g}={v:.5g}' for k, v in values(x).items())
    emit({'knot': a.knot, 'final': True, 'score': round(best, 3), 'result': result})


if __name__ == '__main__':
    sys.exit(main())
