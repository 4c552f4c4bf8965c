#!/usr/bin/env python3
"""Evolution-strategy search over walking-controller settings (how the defaults were found).

Usage: tools/tune_controller.py --probe build/gaitsim_probe [--start FILE] [--seed N] [--minutes M]

Each candidate runs the probe (tools/probe_main.cpp) on normal walking for 30 s and is scored by how
far its figures miss issue 2's acceptance ranges (0 = every range met, with small margins). A
candidate that walks is then run on the robustness starts below; each fall adds 10 plus the seconds
it missed, a complete left palsy dropping less than 10.8 deg or a nerve block at 20 s whose stances
drop less than 10.3 deg add to the score. (1 + 6) strategy on settings scaled to [0, 1], half of the
settings moved per child, step size up 1.3x on success and down 0.85x otherwise. Prints one JSON line
per improvement. Pelvic obliquity and knee flexion RMS weigh most (6 and 2 per degree above 2.85 and
9.6): they were the last figures to meet their ranges. The full-strength and weak-abductor settings
(src/core/model/controller_settings.h) are searched only on the full-strength side. START is a file of name=value pairs (the probe's syntax); without it the search
starts from the compiled defaults, given in SPACE below.
"""
import argparse, json, random, re, subprocess, sys, time

# name: (compiled default, low, high); "<gain>.k" also sets "<gain>.c" = k / 10 unless "<gain>.c" is here
SPACE = {
    'early_lift_m': (0.1021, 0.0, 0.2),
    'early_lift_phase': (0.2321, 0.15, 0.45),
    'pelvis_tilt_rad': (0.0874, 0.0, 0.17),
    'preswing_ankle.k': (188.567, 50, 600),
    'pushoff_start_s': (0.3966, 0.15, 0.42),
    'pushoff_base_rad': (0.2998, 0.05, 0.45),
    'pushoff_max_rad': (0.5256, 0.2, 0.6),
    'pushoff_ramp_s': (0.2913, 0.1, 0.4),
    'place_offset_m': (0.0079, -0.05, 0.15),
    'place_com_velocity_gain_s': (0.1936, 0.05, 0.4),
    'place_speed_gain_s': (0.2635, 0.1, 0.6),
    'reach_knee_rad': (0.0866, 0.0, 0.4),
    'swing_time_s': (0.4444, 0.33, 0.55),
    'switch_min_phase': (0.9256, 0.75, 1.0),
    'stance_knee_rad': (0.0937, 0.05, 0.3),
    'touchdown_depth_m': (0.0046, 0.0, 0.06),
    'descent_phase': (0.909, 0.7, 0.97),
    'clearance_m': (0.1182, 0.03, 0.12),
    'preswing_max_s': (0.0408, 0.04, 0.16),
    'swing_velocity_ff': (0.3634, 0.0, 0.6),
    'trunk_pitch_rad': (0.1294, 0.0, 0.15),
    'toe_up_rad': (0.0763, 0.0, 0.3),
    'place_end_phase': (0.6086, 0.5, 0.95),
    'preswing_pushoff_extra_rad': (0.1864, 0.0, 0.3),
    'stance_abduction_ff': (0.2159, 0.0, 0.8),
    'preswing_knee_rad': (0.3911, 0.2, 0.9),
    'hip_adduction_limit_rad': (0.1858, 0.14, 0.22),
    'lateral_offset_m': (-0.005, -0.05, 0.03),
    'preswing_knee.k': (119.292, 100, 600),
    'swing_knee.k': (213.576, 100, 600),
    'swing_hip.k': (1000, 300, 1000),
    'clearance_peak_phase': (0.25, 0.25, 0.6),
    'stance_abduction_ff_ramp_s': (0.0993, 0.05, 0.4),
    'stance_knee.k': (300, 300, 1500),
    'stance_abduction_ff_delay_s': (0.0053, 0.0, 0.15),
    'pelvis_recover_s': (0.055, 0.0, 0.15),
    'stance_hip_adduction.k': (1093.02, 600, 2500),
    'stance_hip_adduction.c': (74.5536, 20, 150),
    'weak_settings_rate_1_s': (0.7902, 0.2, 5),
}
ROBUSTNESS = ['duration=40 left=0', 'duration=40 left=0 right=0 speed=1.25', 'duration=40 speed=1.2',
              'duration=40 left=0 comp=1', 'duration=30 block=5', 'duration=30 block=12', 'duration=40 block=20',
              'duration=40 left=0.02 right=0', 'duration=40 left=0.05 right=0.05', 'duration=40 left=0.03 right=0.01',
              'duration=40 left=0 compat=25', 'duration=30 block=3']


def params_of(x):
    p = {}
    for (name, (_, lo, hi)), u in zip(SPACE.items(), x):
        p[name] = lo + (hi - lo) * u
        if name.endswith('.k') and name[:-2] + '.c' not in SPACE:
            p[name[:-2] + '.c'] = p[name] / 10
    return p


def run(probe, params, extra):
    args = [probe] + extra.split() + [f'{k}={v:.6g}' for k, v in params.items()]
    return subprocess.run(args, capture_output=True, text=True).stdout


def parse(out):
    lines = out.strip().split('\n')
    d = {'fell': not lines[0].startswith('ok')}
    m = re.match(r'\S+ t=([0-9.]+)', lines[0])
    d['t'] = float(m.group(1)) if m else 0.0
    for side, part in zip('gLR', lines[-1].split('|')):
        for k, v in re.findall(r'(\w+) (-?[0-9.]+|nan)', part):
            d[side + k] = float(v)
    return d


def over(x):
    return x if x > 0 and x == x else 0.0


def normal_score(d, duration_s):
    if d['fell']:
        return 1000 + (duration_s - d['t']) * 10

    def g(k, default=99.0):
        v = d.get(k, default)
        return v if v == v else default
    s = over(1.15 - g('gspeed', 0)) * 20 + over(g('gspeed', 0) - 1.45) * 20
    s += over(g('gcad') - 123) / 5 + over(97 - g('gcad')) / 5
    s += over(1.12 - g('gstride', 0)) * 20
    s += over(0.065 - g('gwidth', 0)) * 80 + over(g('gwidth', 0) - 0.19) * 50
    for side in 'LR':
        s += over(57.5 - g(side + 'stance')) / 2 + over(g(side + 'stance') - 67.5) / 2
        s += over(2.2 - g(side + 'drop', 0)) + over(g(side + 'drop', 0) - 6.5)
        s += over(g(side + 'obl') - 2.85) * 6 + over(g(side + 'hip') - 9.5) / 3 + over(g(side + 'knee') - 9.6) * 2
        s += over(g(side + 'grf') - 1.33) * 10 + over(g(side + 'hcf') - 3.45) * 5
    s += over(abs(g('Ldrop', 0) - g('Rdrop', 0)) - 1.3)
    s += over(0.55 - g('Labd', 0)) * 5 + over(g('Labd', 0) - 1.15) * 5
    return s


def evaluate(probe, x):
    p = params_of(x)
    d = parse(run(probe, p, 'duration=30'))
    s = normal_score(d, 30)
    if s < 1000:
        for extra in ROBUSTNESS:
            out = run(probe, p, extra)
            r = parse(out)
            if r['fell']:
                s += 10 + (float(extra.split()[0].split('=')[1]) - r['t'])
            elif extra == 'duration=40 left=0':
                s += over(10.8 - r.get('Ldrop', 0)) * 3
            elif extra == 'duration=40 block=20':
                m = re.search(r'min ([0-9.]+)', out)
                s += over(10.3 - (float(m.group(1)) if m else 0)) * 3
    return s, d, p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--probe', required=True)
    ap.add_argument('--start')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--minutes', type=float, default=60)
    a = ap.parse_args()
    start = {}
    if a.start:
        start = {k: float(v) for k, v in (kv.split('=') for kv in open(a.start).read().split())}
    random.seed(a.seed)
    x = [(start.get(k, d) - lo) / (hi - lo) for k, (d, lo, hi) in SPACE.items()]
    best, best_d, best_p = evaluate(a.probe, x)
    print(json.dumps({'it': 0, 'score': round(best, 3), 'd': best_d}), flush=True)
    sigma, t0, it = 0.08, time.time(), 0
    while time.time() - t0 < a.minutes * 60:
        it += 1
        children = []
        for _ in range(6):
            y = [min(1.0, max(0.0, xi + random.gauss(0, sigma))) if random.random() < 0.5 else xi for xi in x]
            children.append((*evaluate(a.probe, y), y))
        children.sort(key=lambda c: c[0])
        if children[0][0] < best:
            best, best_d, best_p, x = children[0]
            sigma = min(0.3, sigma * 1.3)
            print(json.dumps({'it': it, 'score': round(best, 3), 'sigma': round(sigma, 3),
                              'p': {k: round(v, 4) for k, v in best_p.items()}, 'd': best_d}), flush=True)
        else:
            sigma = max(0.02, sigma * 0.85)


if __name__ == '__main__':
    sys.exit(main())
