#!/usr/bin/env python3
"""share_draws.py NAME: prints the 23rd stop's random draws of the 1.3 m/s knot's anticipatory
abduction, soft landing and heel rocker, one candidate per line as probe arguments, for
tools/tuning/share_eval.sh (tools/tuning/README.md, "The 23rd stop"). Re-run a draw with

    python3 tools/tuning/share_draws.py wide | xargs -P2 -I{} tools/tuning/share_eval.sh "{}"

(QUICK=1 before share_eval.sh leaves out its 12 starts, as drop2 and width were run). Each draw's
output is in tools/tuning/share-23-NAME.txt, in the order the candidates finished. Uniform draws in
the ranges below, with the seed named; 'local' multiplies the best of 'wide' by 0.95-1.05. The logs of
wide, local and drop were written by an earlier share_eval.sh without the width, the precise drops
and the 50 % weakness's drop (gdrop)."""
import random
import sys

from draws import print_uniform_draws

LATERAL = 'initial_lateral_speed_m_s=0.15'
DRAWS = {  # name: (seed, count, ranges of share, delay s, ramp s, soft landing, heel rocker rad)
    'wide': (7, 64, [(0.84, 0.93), (0.05, 0.095), (0.12, 0.18), (0.7, 0.86), (0.08, 0.125)]),
    'drop': (23, 48, [(0.82, 0.90), (0.065, 0.10), (0.13, 0.19), (0.74, 0.88), (0.09, 0.12)]),
    'drop2': (31, 80, [(0.6, 0.92), (0.05, 0.12), (0.10, 0.22), (0.7, 0.9), (0.08, 0.13)]),
    # with the 1.3 knot's lateral offset (m) as a sixth setting
    'width': (37, 80, [(0.75, 0.92), (0.06, 0.11), (0.10, 0.19), (0.72, 0.85), (0.09, 0.12), (-0.02, -0.005)]),
}
LOCAL_BASE = [0.9053, 0.0750, 0.1396, 0.7829, 0.1050]  # the best of 'wide'
NAMES = ['stance_abduction_ff@1.3', 'stance_abduction_ff_delay_s@1.3', 'stance_abduction_ff_ramp_s@1.3',
         'soft_landing@1.3', 'heel_rocker_rad@1.3', 'lateral_offset_m@1.3']


def line(values):
    return ' '.join([LATERAL] + [f'{n}={v:.4f}' for n, v in zip(NAMES, values)])


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else 'wide'
    if name == 'local':
        random.seed(11)
        for _ in range(32):
            x = [v * random.uniform(0.95, 1.05) for v in LOCAL_BASE]
            x[0] = min(x[0], 0.95)
            print(line(x))
        return
    print_uniform_draws(*DRAWS[name], line)


if __name__ == '__main__':
    main()
