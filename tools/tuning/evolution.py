"""The (1 + 4) evolution strategy's two steps that tune_normal_1.3.py, tune_swing_ankle.py and
tune_compensation.py share (tools/tuning/README.md): four children drawn around the parent within
each setting's range, and the step size's rule (grown 1.3 times after a better child, shrunk 0.85
times after none, kept in 0.02-0.3 of each range)."""
import random


def children(x, space, sig, count=4):
    """`count` candidates: each setting of x moved by a normal draw of sig times its range, clamped.
    space: name -> (low, high, start)."""
    return [{k: min(hi, max(lo, x[k] + random.gauss(0, sig) * (hi - lo))) for k, (lo, hi, _) in space.items()}
            for _ in range(count)]


def next_step_size(sig, improved):
    return min(0.3, sig * 1.3) if improved else max(0.02, sig * 0.85)
