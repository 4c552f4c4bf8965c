"""The (1 + 4) evolution strategy's two steps that tune_normal_1.3.py, tune_swing_ankle.py,
tune_swing_ankle_full.py and tune_compensation.py share (tools/tuning/README.md): four children drawn
around the parent within each setting's range, and the step size's rule (grown 1.3 times after a
better child, shrunk 0.85 times after none, kept in 0.02-0.3 of each range); and the whole search
loop of the two swing ankle searches (evolve)."""
import json
import random


def children(x, space, sig, count=4):
    """`count` candidates: each setting of x moved by a normal draw of sig times its range, clamped.
    space: name -> (low, high, start)."""
    return [{k: min(hi, max(lo, x[k] + random.gauss(0, sig) * (hi - lo))) for k, (lo, hi, _) in space.items()}
            for _ in range(count)]


def next_step_size(sig, improved):
    return min(0.3, sig * 1.3) if improved else max(0.02, sig * 0.85)


def evolve(score, x, space, rounds, pool, sig=0.1):
    """The search from x: each round scores four children with pool.map (score(x) -> (score, details))
    and keeps the best if it beats the parent; prints one JSON line per round (round 0: x itself) and
    stops early at a score of 0."""
    best, bd = score(x)
    print(json.dumps({'round': 0, 'score': best, 'x': x, 'd': bd}), flush=True)
    for r in range(1, rounds + 1):
        kids = children(x, space, sig)
        res = list(pool.map(score, kids))
        i = min(range(len(kids)), key=lambda i: res[i][0])
        improved = res[i][0] < best
        if improved:
            best, bd = res[i]
            x = kids[i]
        sig = next_step_size(sig, improved)
        print(json.dumps({'round': r, 'score': round(best, 3), 'x': {k: round(v, 5) for k, v in x.items()}, 'd': bd}),
              flush=True)
        if best == 0:
            break
