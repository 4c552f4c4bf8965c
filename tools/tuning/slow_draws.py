#!/usr/bin/env python3
"""slow_draws.py SEED N [MODE]: random draws of the slow knots' (0.6 and 0.9 m/s) full-strength rows
(soft landing, heel rocker, stance ankle stiffness, extra double support, stance knee) with the 0.9
knot's anticipatory abduction and push-off, scored at 0.8 m/s against issue 15's healthy-adult check
(tools/tuning/README.md, "The 29th stop"). Each draw: 60 s at 0.8 m/s with -adults; its misses are
counted (a row missed on either side counts once); the obliquity's range over the mean cycle must stay
at most 5.9 deg (1.6 m/s reads 7.40: issue 14 asks 1.5 deg more). A draw with fewer misses than today's
(13) and the GRF at most 1.30 BW then walks 34 slow starts (1.50, 1.55, 1.75, 1.751, 1.90 m bodies at
0.6-1.0 m/s, 30 s; weak walkers at 0.6-0.8 m/s): the falls. One line per draw. P=PROBE.
Re-run: python3 tools/tuning/slow_draws.py 291 60 (log slow-29-draws.txt; stopped after 37 draws), then
python3 tools/tuning/slow_draws.py 292 60 narrow (log slow-29-narrow.txt; stopped after 19), then
python3 tools/tuning/slow_draws.py 293 60 third (log slow-29-third.txt; the fallen starts named last;
stopped after 24), then python3 tools/tuning/slow_draws.py 294 40 fourth (log slow-29-fourth.txt);
at the 30th stop python3 tools/tuning/slow_draws.py 295 40 fifth (log slow-30-fifth.txt)
"""
import os, random, subprocess, sys

from draw_util import P, adults_run, adults_table, args_at_knots, fallen

RANGES = {  # each drawn once and set at both slow knots unless named per knot
    'soft_landing': (0.0, 0.8),
    'heel_rocker_rad': (0.0, 0.12),
    'stance_ankle_stiffness_scale': (0.6, 1.0),
    'full_preswing_extra_s': (0.0, 0.03),
    'full_stance_knee_extra_rad': (0.0, 0.04),
    'stance_abduction_ff@0.9': (0.6, 0.9),
    'pushoff_base_rad@0.9': (0.12, 0.3),
}
NARROW = {  # the second draw (seed 292): the first's 36 draws read a higher push-off base as a lower
    # knee loading peak, GRF and more double support, the 0.9 knot's share as the obliquity's
    # correlation, a stiffer stance ankle as the knee's and push-off, a softer as the ankle's
    'soft_landing': (0.0, 0.4),
    'heel_rocker_rad': (0.0, 0.06),
    'stance_ankle_stiffness_scale': (0.8, 1.0),
    'full_preswing_extra_s': (0.01, 0.03),
    'full_stance_knee_extra_rad': (0.02, 0.05),
    'stance_abduction_ff@0.9': (0.8, 0.95),
    'pushoff_base_rad@0.9': (0.22, 0.35),
    'pushoff_base_rad@0.6': (0.15, 0.3),
}
# the third (seed 293): the second's falls came with its push-off base (correlation 0.72 at the 0.6
# knot, 0.54 at 0.9), so the 0.6 knot keeps its own and the 0.9 knot's is drawn lower
THIRD = dict(NARROW, **{'pushoff_base_rad@0.9': (0.12, 0.25)})
del THIRD['pushoff_base_rad@0.6']
# the fourth (seed 294): around the third's draw 1 (8 misses, no fall), with the 0.9 knot's swing
# clearance (67 deg swing peak at 0.115 m; 70.2 at 0.137) and a stiffer stance knee (least in stance
# 0.5 deg at 0.045 rad) drawn too; by hand each of these let a 1.90 m body at 0.6-0.7 m/s fall
FOURTH = {
    'soft_landing': (0.2, 0.4),
    'heel_rocker_rad': (0.0, 0.03),
    'stance_ankle_stiffness_scale': (0.92, 1.0),
    'full_preswing_extra_s': (0.01, 0.02),
    'full_stance_knee_extra_rad': (0.03, 0.05),
    'stance_abduction_ff@0.9': (0.87, 0.95),
    'pushoff_base_rad@0.9': (0.2, 0.23),
    'clearance_m@0.9': (0.112, 0.137),
}
# the fifth (seed 295, the 30th stop): the fourth's best draws met push-off and double support but
# lost tall bodies at 0.6-0.8 m/s (its stance knee, 0.03-0.05 rad) and slowed-down speed changes (its
# extra double support); here the stance knee below 0.025 rad and the double support below 8 ms,
# and a draw with no fall in the slow starts must also walk tall_slow.sh's 60 runs and
# speed_changes.sh's 40 wide changes (the falls counted as "tall" and "changes")
FIFTH = dict(FOURTH, **{'full_stance_knee_extra_rad': (0.0, 0.025), 'full_preswing_extra_s': (0.0, 0.008),
                        'clearance_m@0.9': (0.108, 0.118)})
MODES = {'': RANGES, 'narrow': NARROW, 'third': THIRD, 'fourth': FOURTH, 'fifth': FIFTH, 'base': {}}  # base: today's settings, one line

def args_of(d):
    return args_at_knots(d, ('0.6', '0.9'))

def at_08(a):
    run = adults_run(0.8, a)
    if run is None: return None
    out, obliquity_range = run
    t = adults_table(out)
    misses = [k for k, r in t.items() if not (r[2] and r[3])]
    speed = float(out.split('walked ')[1].split()[0])
    g = lambda k, i=0: t[k][i] if k in t else float('nan')
    return dict(misses=misses, range=obliquity_range, speed=speed,
                kc=g('Correlation: knee flexion'), ac=g('Correlation: ankle dorsiflexion'),
                oc=g('Correlation: pelvic obliquity'), lr=g('Knee loading-response peak'),
                sw=g('Knee peak in swing'), po=g('Ankle push-off below mid-stance'),
                ds=g('Double support'), grf=max(g('Vertical GRF peak'), g('Vertical GRF peak', 1)),
                hcf=g('Hip contact force peak'))

def slow_falls(a):
    jobs = [['height=%s' % h, 'mass=%s' % m, 'speed=%s' % v, 'duration=30'] + a
            for h, m in (('1.50', 52), ('1.55', 50), ('1.75', 75), ('1.751', 75), ('1.90', 100))
            for v in (0.6, 0.7, 0.8, 0.9, 1.0)]
    jobs += [['height=%s' % h, 'mass=%s' % m, 'speed=%s' % v, 'duration=30', w] + a
             for h, m in (('1.55', 50), ('1.75', 75), ('1.90', 100))
             for v, w in ((0.6, 'lgm=0.5'), (0.8, 'lgm=0.5'), (0.7, 'left=0.5'))]
    return [' '.join(x for x in j[:5] if not x.startswith(('duration', 'mass'))) for j in fallen(jobs)]

def named_falls(script, a, *extra):
    """the falls a set script of tools/tuning names (tall_slow.sh, speed_changes.sh ... wide), run on
    this probe with the draw's arguments"""
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run([os.path.join(here, script), P, ' '.join(a)] + list(extra),
                         capture_output=True, text=True).stdout
    if script == 'tall_slow.sh':  # "falls N / 60: a; b;"
        return [x.strip() for x in out.split(':', 1)[1].split(';') if x.strip()]
    return [l.split(' | ')[0] for l in out.splitlines() if 'FELL' in l]  # speed_changes.sh

def tall_falls(a):
    return named_falls('tall_slow.sh', a)

def change_falls(a):
    return named_falls('speed_changes.sh', a, 'wide')

def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    mode = sys.argv[3] if sys.argv[3:] else ''
    rnd = random.Random(seed)
    for i in range(n):
        d = {k: rnd.uniform(*r) for k, r in MODES[mode].items()}
        a = args_of(d)
        m = at_08(a)
        if m is None:
            print('%d FELL at 0.8 | %s' % (i, ' '.join(a)), flush=True); continue
        ok = len(m['misses']) < (9 if mode in ('fourth', 'fifth') else 13) and m['grf'] <= 1.30 and m['range'] <= 5.9
        fell = slow_falls(a) if ok else None
        falls = len(fell) if ok else -1
        extra = ''
        if mode == 'fifth' and falls == 0:
            tall, changes = tall_falls(a), change_falls(a)
            extra = ' tall %d changes %d [%s]' % (len(tall), len(changes), ', '.join(tall + changes))
        print('%d misses %d kc %.2f ac %.2f oc %.2f lr %.1f sw %.1f po %.1f ds %.1f grf %.2f hcf %.2f range %.2f v %.2f falls %d%s | %s | %s | %s' % (
            i, len(m['misses']), m['kc'], m['ac'], m['oc'], m['lr'], m['sw'], m['po'], m['ds'], m['grf'], m['hcf'],
            m['range'], m['speed'], falls, extra, ' '.join(a), ','.join(x.replace(' ', '_') for x in m['misses']),
            ', '.join(fell or [])), flush=True)

if __name__ == "__main__":
    main()
