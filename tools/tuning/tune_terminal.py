#!/usr/bin/env python3
"""(1 + 4) evolution strategy for terminal stance at the 1.3 m/s knot (issue 15; tools/tuning/README.md,
"The 20th stop"): the stance knee's release with the push-off (pushoff_knee_rad), the double support's
length (preswing_max_s), the push-off's start, and the landing and pelvis settings tune_stance.py
searched, all at the 1.3 knot (full-strength walkers only, so the complete palsies walk bit for bit as
before).

Usage, from the repository's root:
    python3 tools/tuning/tune_terminal.py ROUNDS [SEED [FROM_LOG]] [--start | --blocks | --blocks2] > log.jsonl

It needs the trial code (git apply tools/tuning/terminal-21-trial.patch, then build gaitsim_probe; the
20th stop's patch with the 21st's loading knee at 0, so the runs below reproduce).

The second run (`--start`, log terminal-20b.jsonl, from the first's last line) adds the start from
standing and the fast targets (START_RUN, FAST); the third (`--blocks`, terminal-20c.jsonl) nerve
blocks; the 21st stop's three (`--blocks2`, terminal-21a/b/c.jsonl) ten more blocks (BLOCKS2).

Score: tune_stance.py's (the healthy-adult check of the 1.75 m 75 kg walker at 1.3 m/s over 60 s
against issue 15's ranges, normal.toml's [expect], the same robustness runs), with the knee at toe-off
and the push-off's depth added to the adult rows.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normal_walk_score import adult_run_score, robustness_falls, run_probe, search
import tune_stance
from tune_stance import B155, B175, B190
PROBE = os.environ.get('GAITSIM_PROBE', 'build/gaitsim_probe')
DURATION_S = 60
# name: (low, high, start); the start: a hand-found point (tools/tuning/README.md)
SPACE = {'pushoff_knee_rad@1.3': (0.0, 1.4, 0.8), 'preswing_max_s@1.3': (0.04, 0.08, 0.06),
         'pushoff_start_s@1.3': (0.3, 0.5, 0.38899), 'soft_landing@1.3': (0.3, 0.95, 0.72),
         'heel_rocker_rad@1.3': (0.0, 0.25, 0.092), 'stance_abduction_ff@1.3': (0.1, 0.9, 0.5),
         'stance_abduction_ff_delay_s@1.3': (0.0, 0.15, 0.07), 'stance_abduction_ff_ramp_s@1.3': (0.05, 0.25, 0.15)}
# the robustness runs and adult rows of tune_stance.py, with these changes
ROBUST = list(tune_stance.ROBUST)
ADULT = dict(tune_stance.ADULT)
ADULT.update({'Vertical GRF peak': (1.0, 1.28, 400), 'Pelvic drop in stance': (2.3, 7, 20),
              'Knee at toe-off': (30, 90, 1), 'Ankle push-off below mid-stance': (10.5, 90, 3)})
# --start (the second run, terminal-20b.jsonl): the fast targets, whose start-up passes the 1.3 knot,
# join the robustness runs, and the start from standing (no warm-up) joins the score: the centre of
# mass's largest distance from the walkway centre line beyond START_Y_M costs START_WEIGHT per m (the
# first run's best drifted 0.5 m sideways in its first 8 s, production 0.11)
FAST = [f'speed={v} {B175}' for v in (1.5, 1.6, 1.8)] + [f'speed=1.6 {B155}', f'speed=1.8 {B190}']
START_RUN, START_Y_M, START_WEIGHT = ['speed=1.3', 'warmup=0'], 0.15, 300
# --blocks (the third run, terminal-20c.jsonl; implies --start): the left nerve blocked in mid walk at
# the times where the second run's best fell (22.0 and 40.7 s of 27 blocks; the envelope grid's
# 27.21 s) and at two more, and the drop held harder (its first try, at weight 20, found no fall in one
# round but a drop of 1.7 deg)
BLOCKS = [f'block={t} {B175}' for t in (22.0, 27.21, 40.7, 13.5, 33.9)]
# --blocks2 (the 21st stop's runs; implies --blocks): from the third run's best with the
# push-off's start moved to 0.44 s by hand (the GRF peak 1.25 BW, the third's 1.36), and every block
# time where that point or its neighbours fell in a sweep of 54 blocks (every 0.85 s from 4.3 s;
# production falls at none). Its first try (terminal-21a.jsonl: `20 21 terminal-21-start.jsonl
# --blocks2` without the two ADULT rows below) found no fall in two rounds with the GRF peak at 1.39 BW
# and stayed there: the peak is held at 1.27 BW with weight 3000. The second try (terminal-21b.jsonl:
# seed 22, without the lr_at row) reached no fall with the peak at 1.28 BW in five rounds, but the
# knee's loading peak read at 4 % (the suite asks 8-18 %: a plateau from 4 to 10 % whose top moves
# between its ends): the third (terminal-21c.jsonl: seed 23 from terminal-21b.jsonl, as the code is)
# weighs its timing 30 per % (tune_stance.py: 2): 400.2 -> 371.0 in five rounds, the peak still at 4 %
BLOCKS2 = [f'block={t} {B175}' for t in (4.3, 7.7, 8.55, 16.9, 22.15, 25.4, 31.5, 35.75, 44.1, 45.1)]
WITH_START = False


def score(x):
    sets = [f'{k}={v:.5g}' for k, v in x.items()]
    details = {}
    total, details['1.3'] = adult_run_score(run_probe(PROBE, DURATION_S, sets + ['speed=1.3', '-adults']),
                                            DURATION_S, ADULT)
    if WITH_START:
        first = run_probe(PROBE, 10, sets + START_RUN)[0]
        ymax = float(first.split('ymax ')[1].split()[0]) if 'ymax ' in first else 1.0
        details['start_ymax'] = ymax
        total += START_WEIGHT * max(0.0, ymax - START_Y_M) + (0 if first.startswith('ok') else 300)
    details['falls'], cost = robustness_falls(PROBE, DURATION_S, sets, ROBUST)
    return total + cost, details


def main():
    global WITH_START
    args = [a for a in sys.argv[1:] if a not in ('--start', '--blocks', '--blocks2')]
    if '--blocks2' in sys.argv:
        sys.argv.append('--blocks')
        ROBUST.extend(BLOCKS2)
        ADULT['Vertical GRF peak'] = (1.0, 1.27, 3000)
        ADULT['lr_at'] = (8, 18, 30)
    if '--start' in sys.argv or '--blocks' in sys.argv:
        WITH_START = True
        ROBUST.extend(FAST)
    if '--blocks' in sys.argv:
        ROBUST.extend(BLOCKS)
        ADULT['Pelvic drop in stance'] = (2.2, 7, 200)
    search(score, SPACE, args)


if __name__ == '__main__':
    sys.exit(main())
