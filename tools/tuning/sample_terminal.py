#!/usr/bin/env python3
"""Random sampling around a point of the terminal-stance trial (issue 15; tools/tuning/README.md, "The 21st
stop"): each sample draws the named settings uniformly from their ranges, the rest from the base point,
and walks the healthy 1.75 m 75 kg body at 1.3 m/s for 60 s with -adults. One JSON line per sample:
the settings, whether it walked (ok) and the adult rows of tune_stance.py plus the knee at toe-off and
the push-off. Falls after nerve blocks are not checked here (a sweep of blocks is, per candidate:
README).

Usage, from the repository's root, with the trial patch applied and gaitsim_probe built:
    python3 tools/tuning/sample_terminal.py SET SEED COUNT > samples.jsonl
SET names the base point and the ranges (SETS below). About 30 s for 40 samples on 2 cores.
"""
import json, os, random, subprocess, sys, concurrent.futures
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normal_walk_score import adult_figures
from tune_stance import ADULT
PROBE = os.environ.get('GAITSIM_PROBE', 'build/gaitsim_probe')
# the third terminal-stance run's best (terminal-20c.jsonl, round 14) and production's 1.3 knot
THIRD = {'pushoff_knee_rad@1.3': 1.34036, 'preswing_max_s@1.3': 0.07406, 'pushoff_start_s@1.3': 0.41544,
         'soft_landing@1.3': 0.6114, 'heel_rocker_rad@1.3': 0.12683, 'stance_abduction_ff@1.3': 0.75602,
         'stance_abduction_ff_delay_s@1.3': 0.02975, 'stance_abduction_ff_ramp_s@1.3': 0.21349}
PRODUCTION = {'pushoff_knee_rad@1.3': 0, 'preswing_max_s@1.3': 0.04913, 'pushoff_start_s@1.3': 0.38899,
              'soft_landing@1.3': 0.72, 'heel_rocker_rad@1.3': 0.092, 'stance_abduction_ff@1.3': 0.5,
              'stance_abduction_ff_delay_s@1.3': 0.07, 'stance_abduction_ff_ramp_s@1.3': 0.15}
# name: (base, {setting: (low, high)})
SETS = {
    'third-late': (THIRD, {'pushoff_start_s@1.3': (0.425, 0.445), 'soft_landing@1.3': (0.5, 0.8),
                           'heel_rocker_rad@1.3': (0.08, 0.2), 'preswing_max_s@1.3': (0.068, 0.08),
                           'pushoff_knee_rad@1.3': (1.0, 1.4), 'stance_abduction_ff@1.3': (0.65, 0.9)}),
    'third-loading': (THIRD, {'loading_knee_rad@1.3': (0.04, 0.18), 'loading_knee_s': (0.08, 0.12),
                              'pushoff_start_s@1.3': (0.41, 0.445), 'soft_landing@1.3': (0.5, 0.8),
                              'heel_rocker_rad@1.3': (0.08, 0.2), 'preswing_max_s@1.3': (0.068, 0.08),
                              'pushoff_knee_rad@1.3': (1.0, 1.4), 'stance_abduction_ff@1.3': (0.65, 0.9)}),
    'third-loading-share': (THIRD, {'stance_abduction_ff_delay_s@1.3': (0.02, 0.07),
                                    'stance_abduction_ff_ramp_s@1.3': (0.15, 0.25),
                                    'loading_knee_rad@1.3': (0.06, 0.15), 'loading_knee_s': (0.08, 0.12),
                                    'pushoff_start_s@1.3': (0.41, 0.445), 'soft_landing@1.3': (0.5, 0.8),
                                    'heel_rocker_rad@1.3': (0.08, 0.2), 'preswing_max_s@1.3': (0.068, 0.08),
                                    'pushoff_knee_rad@1.3': (1.0, 1.4), 'stance_abduction_ff@1.3': (0.6, 0.9)}),
    'production-release-share': (PRODUCTION, {'pushoff_knee_rad@1.3': (0.6, 1.4), 'stance_abduction_ff@1.3': (0.6, 0.9),
                                              'stance_abduction_ff_delay_s@1.3': (0.02, 0.07),
                                              'stance_abduction_ff_ramp_s@1.3': (0.15, 0.25),
                                              'soft_landing@1.3': (0.5, 0.8), 'heel_rocker_rad@1.3': (0.08, 0.2),
                                              'pushoff_start_s@1.3': (0.38, 0.41)}),
    'production-share': (PRODUCTION, {'stance_abduction_ff@1.3': (0.55, 0.9), 'stance_abduction_ff_delay_s@1.3': (0.02, 0.09),
                                      'stance_abduction_ff_ramp_s@1.3': (0.12, 0.25)}),
    'production-share-loading': (PRODUCTION, {'stance_abduction_ff@1.3': (0.7, 0.9),
                                              'stance_abduction_ff_delay_s@1.3': (0.03, 0.09),
                                              'stance_abduction_ff_ramp_s@1.3': (0.12, 0.25),
                                              'loading_knee_rad@1.3': (0.0, 0.08), 'loading_knee_s': (0.08, 0.12),
                                              'heel_rocker_rad@1.3': (0.06, 0.15)}),
    'production-share-landing': (PRODUCTION, {'stance_abduction_ff@1.3': (0.7, 0.9),
                                              'stance_abduction_ff_delay_s@1.3': (0.04, 0.1),
                                              'stance_abduction_ff_ramp_s@1.3': (0.1, 0.2),
                                              'soft_landing@1.3': (0.6, 0.95), 'heel_rocker_rad@1.3': (0.05, 0.25)}),
}
ROWS = list(ADULT) + ['Knee at toe-off', 'Ankle push-off below mid-stance']


def draw(base, ranges):
    x = {k: f'{v:.5g}' for k, v in base.items()}
    for k, (lo, hi) in ranges.items():
        x[k] = f'{random.uniform(lo, hi):.5g}'
    return x


def walk(x):
    out = subprocess.run([PROBE, 'speed=1.3', 'duration=60', '-adults'] + [f'{k}={v}' for k, v in x.items()],
                         capture_output=True, text=True).stdout.splitlines()
    walked = bool(out) and out[0].startswith('ok')
    return {'x': x, 'ok': walked, 'd': adult_figures(out, ROWS) if walked else {}}


def main():
    base, ranges = SETS[sys.argv[1]]
    random.seed(int(sys.argv[2]))
    xs = [draw(base, ranges) for _ in range(int(sys.argv[3]))]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for row in pool.map(walk, xs):
            print(json.dumps(row), flush=True)


if __name__ == '__main__':
    sys.exit(main())
