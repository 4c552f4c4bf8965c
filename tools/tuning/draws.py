"""Shared by the draw scripts of tools/tuning/ (share_draws.py, ankle_draws.py): uniform random draws
of a candidate's settings, reproducible from their seed."""
import random


def print_uniform_draws(seed, count, ranges, line):
    """Prints `count` candidates, each `line(values)` with one value drawn uniformly per (lo, hi) range,
    from Python's Mersenne Twister seeded with `seed`."""
    random.seed(seed)
    for _ in range(count):
        print(line([random.uniform(lo, hi) for lo, hi in ranges]))
