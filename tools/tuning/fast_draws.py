#!/usr/bin/env python3
"""fast_draws.py SEED N: random draws of the fast knots' (1.5 and 1.8 m/s) full-strength abductor
stiffness, anticipatory abduction and lateral offset, scored at 1.6 m/s (tools/tuning/README.md,
"The 28th stop"). Each draw: 60 s at 1.6 m/s with the healthy-adult check (obliquity and hip
adduction correlations, the obliquity's range over the mean cycle, base, GRF), then, if it passes
(obliquity correlation >= 0.85, range >= 7.3 deg, base <= 0.13 m), 30 fast starts (1.55, 1.75, 1.90 m
bodies and the same + 1 mm, asked 1.4-1.8 m/s, 40 s): the falls. One line per draw. P=PROBE.
Re-run: python3 tools/tuning/fast_draws.py 281 60 (log fast-28-draws.txt), then
python3 tools/tuning/fast_draws.py 282 60 narrow (log fast-28-narrow.txt), and after adoption
python3 tools/tuning/fast_draws.py 283 60 rocker (log fast-28-rocker.txt: the heel rocker drawn too,
and the screen asks the GRF at most 1.34 BW), then
python3 tools/tuning/fast_draws.py 284 60 rocker2 (log fast-29-rocker2.txt: around the third's draw 3,
with the 1.50 m 52 kg body asked 1.7 and 1.8 m/s among the fast starts, 34 in all), and at the 30th
stop python3 tools/tuning/fast_draws.py 301 40 misses (log fast-30-misses.txt), then
python3 tools/tuning/fast_draws.py 302 40 misses2 (log fast-30-misses2.txt)
"""
import random, sys

from draw_util import adults_run, adults_table, args_at_knots, fallen, with_line_knot

RANGES = {  # each drawn once and set at both fast knots unless named per knot
    'stance_hip_adduction_stiffness_scale': (0.25, 0.6),
    'stance_abduction_ff': (0.85, 0.97),
    'stance_abduction_ff_delay_s': (0.03, 0.09),
    'stance_abduction_ff_ramp_s': (0.07, 0.16),
    'lateral_offset_m@1.5': (-0.035, -0.005),
    'lateral_offset_m@1.8': (-0.02, 0.025),
}

NARROW = {  # the second draw (seed 282): around the first's best (draws 35, 36, 54)
    'stance_hip_adduction_stiffness_scale': (0.27, 0.4),
    'stance_abduction_ff': (0.94, 0.975),
    'stance_abduction_ff_delay_s': (0.04, 0.085),
    'stance_abduction_ff_ramp_s': (0.07, 0.1),
    'lateral_offset_m@1.5': (-0.03, -0.012),
    'lateral_offset_m@1.8': (-0.012, 0.015),
}

ROCKER = dict(NARROW, heel_rocker_rad=(0.03, 0.12))  # the third (seed 283): the GRF screened too

# the fourth (seed 284, 29th stop): around the third's draw 3, and the fast starts also ask the 1.50 m
# 52 kg body for 1.7 and 1.8 m/s (bodies_sweep.sh's body that fell with the third's draw 3)
ROCKER2 = {
    'stance_hip_adduction_stiffness_scale': (0.28, 0.38),
    'stance_abduction_ff': (0.95, 0.975),
    'stance_abduction_ff_delay_s': (0.04, 0.075),
    'stance_abduction_ff_ramp_s': (0.075, 0.1),
    'lateral_offset_m@1.5': (-0.03, -0.012),
    'lateral_offset_m@1.8': (-0.005, 0.015),
    'heel_rocker_rad': (0.03, 0.09),
}

# the fifth (seed 301, 30th stop): the stance rows the slow knots' search tried, at the fast knots,
# scored by the healthy-adult check's misses at 1.6 m/s (7 with the fourth's adopted draw: knee
# and ankle correlations, the knee's loading peak timing, at toe-off and least in stance, the GRF
# peak 1.34 BW and its humps); a draw with fewer misses, the obliquity's correlation and range and
# the base as the other modes ask, then walks the fourth's 34 fast starts
MISSES = {
    'full_stance_knee_extra_rad': (0.0, 0.08),
    'soft_landing': (0.0, 0.6),
    'stance_ankle_stiffness_scale': (0.75, 1.0),
    'heel_rocker_rad': (0.03, 0.09),
    'full_preswing_extra_s': (0.0, 0.015),
}

# the sixth (seed 302): around the fifth's draws 9 and 30 (6 misses: the ankle's correlation met, and
# with 30 the GRF, but the knee's correlation 0.86-0.88), and the knee's correlation at least 0.89 asked
MISSES2 = {
    'full_stance_knee_extra_rad': (0.0, 0.015),
    'soft_landing': (0.0, 0.3),
    'stance_ankle_stiffness_scale': (0.88, 0.97),
    'heel_rocker_rad': (0.03, 0.07),
    'full_preswing_extra_s': (0.004, 0.016),
}

def args_of(d):
    return with_line_knot(args_at_knots(d, ('1.5', '1.8')))

def at_16(a):
    run = adults_run(1.6, a)
    if run is None: return None
    out, obliquity_range = run
    t = adults_table(out)
    worst = lambda label: (min if label.startswith('Correlation') else max)(t[label][0], t[label][1])
    width = float(out.split('width ')[1].split()[0])
    misses = [k for k, r in t.items() if not (r[2] and r[3])]
    return dict(misses=misses, ac=worst('Correlation: ankle dorsiflexion'),
                least=min(t['Knee least in stance'][:2]),
                oc=worst('Correlation: pelvic obliquity'), hc=worst('Correlation: hip adduction'),
                kc=worst('Correlation: knee flexion'), grf=worst('Vertical GRF peak'), hcf=worst('Hip contact force peak'),
                range=obliquity_range, width=width)

def fast_falls(a, with_small_body=False):
    extra = [['height=%s' % h, 'mass=52', 'speed=%s' % v, 'duration=40'] + a
             for h in ('1.50', '1.501') for v in (1.7, 1.8)] if with_small_body else []
    jobs = extra + [['height=%s' % h, 'mass=%s' % m, 'speed=%s' % v, 'duration=40'] + a
            for h, m in (('1.55', 50), ('1.551', 50), ('1.75', 75), ('1.751', 75), ('1.90', 100), ('1.901', 100))
            for v in (1.4, 1.5, 1.6, 1.7, 1.8)]
    return len(fallen(jobs))

def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    rnd = random.Random(seed)
    mode = sys.argv[3] if sys.argv[3:] else ''
    ranges = {'narrow': NARROW, 'rocker': ROCKER, 'rocker2': ROCKER2, 'misses': MISSES, 'misses2': MISSES2, 'base': {}}.get(mode, RANGES)
    for i in range(n):
        d = {k: rnd.uniform(*r) for k, r in ranges.items()}
        a = args_of(d)
        m = at_16(a)
        if m is None:
            print('%d FELL at 1.6 | %s' % (i, ' '.join(a)), flush=True); continue
        ok = m['oc'] >= 0.85 and m['range'] >= 7.3 and m['width'] <= 0.13 and (not mode.startswith('rocker') or m['grf'] <= 1.34)
        if mode == 'misses': ok = ok and len(m['misses']) < 7
        if mode == 'misses2': ok = ok and len(m['misses']) < 7 and m['kc'] >= 0.89
        falls = fast_falls(a, mode in ('rocker2', 'misses', 'misses2')) if ok else -1
        if mode in ('misses', 'misses2', 'base'):
            print('%d misses %d ac %.3f least %.1f' % (i, len(m['misses']), m['ac'], m['least']), end=' ')
        print('%d oc %.2f range %.2f hc %.2f kc %.2f grf %.2f hcf %.2f width %.3f falls %d | %s' % (
            i, m['oc'], m['range'], m['hc'], m['kc'], m['grf'], m['hcf'], m['width'], falls, ' '.join(a)), flush=True)

if __name__ == "__main__":
    main()
