#!/usr/bin/env python3
"""tune_knee.py's search again under the 19th session's physics (25 iterations, 5e5 N/m), over the
loading-response and terminal-swing knee settings of that session's trial build (loading_knee_rad,
loading_knee_s, loading_knee_soft: a bell of extra stance-knee flexion and softness after touchdown;
terminal_knee_rad from terminal_knee_start: the swing knee's target blended toward it in terminal
swing; full-strength walkers only) and the existing knee, pre-swing and landing settings. Same score,
same robustness runs as `tune_knee.py --current` (tools/tuning/README.md, "The 19th stop").

The trial settings are not in the code (not adopted): build the probe of the trial build with
    git apply tools/tuning/knee-19-trial.patch && cmake --build build --target gaitsim_probe
(the patch's settings default to off: with them the probe walks as production, bit for bit).
Usage, from the repository's root, with GAITSIM_PROBE naming that probe:
    python3 tools/tuning/tune_knee_19.py ROUNDS [SEED [FROM_LOG]] > log.jsonl
The 19th stop's run: `tune_knee_19.py 60 3 > tools/tuning/knee-19.jsonl`, stopped by hand after round 23.
"""
import concurrent.futures, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tune_knee
from evolution import evolve
from normal_walk_score import start_point

# name: (low, high, start); the new settings start off (terminal_knee_start 1: never)
SPACE = {'loading_knee_rad': (0.0, 0.3, 0.0), 'loading_knee_s': (0.15, 0.4, 0.3),
         'loading_knee_soft': (0.4, 1.0, 1.0), 'terminal_knee_rad': (0.0, 0.15, 0.05),
         'terminal_knee_start': (0.5, 1.0, 1.0), 'stance_knee_rad': (0.03, 0.25, 0.0937),
         'stance_knee.k': (150, 600, 300), 'stance_knee.c': (15, 60, 30),
         'preswing_knee_rad': (0.3, 1.2, 0.374), 'preswing_knee.k': (100, 400, 119.2924),
         'soft_landing@1.3': (0.4, 1.0, 0.72)}


def main():
    rounds = int(sys.argv[1])
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    tune_knee.ROBUST.extend(tune_knee.MORE_ROBUST)
    x = start_point(SPACE, sys.argv[3] if len(sys.argv) > 3 else None)
    evolve(tune_knee.score, x, SPACE, rounds, concurrent.futures.ThreadPoolExecutor(2))


if __name__ == '__main__':
    sys.exit(main())
