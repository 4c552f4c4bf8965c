#!/usr/bin/env python3
"""preswing_rank.py SCAN [--grf G] [--kto K] [--ar A]: the candidates of an adult_scan.py output ranked by
rows missed (counted per side, summed over its speeds), falls last; with the bounds, only those whose
mean GRF peak is at most G BW, knee at toe-off at least K deg and ankle correlation at least A. Prints
the rows missed, the key figures and the candidate (tools/tuning/README.md, "The 33rd stop")."""
import argparse
import re


def blocks(lines):
    """(candidate, [its speed lines]) per candidate"""
    out = []
    for line in lines:
        if line.startswith('##'): out.append((line[3:], []))
        elif out: out[-1][1].append(line.strip())
    return out


def figure(line, key):
    m = re.search(r' %s ([-\d.]+)' % re.escape(key), line)
    return float(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('scan')
    ap.add_argument('--grf', type=float, default=99)
    ap.add_argument('--kto', type=float, default=-99)
    ap.add_argument('--ar', type=float, default=-1)
    a = ap.parse_args()
    ranked = []
    for n, (cand, rows) in enumerate(blocks(open(a.scan).read().splitlines()), 1):
        fell = any('FELL' in r for r in rows)
        misses = sum(int(re.search(r' m *(\d+)', r).group(1)) for r in rows if 'FELL' not in r)
        if not fell and not all(figure(r, 'grf') <= a.grf and figure(r, 'kto') >= a.kto and
                                figure(r, 'ar') >= a.ar for r in rows):
            continue
        keys = ('grf', 'kto', 'or', 'ar', 'ob@', 'hu')
        figs = ' '.join('%s=%s' % (k, '/'.join('%g' % figure(r, k) for r in rows if 'FELL' not in r)) for k in keys)
        ranked.append((fell, misses, n, figs, cand))
    ranked.sort()
    for fell, misses, n, figs, cand in ranked:
        print('FELL' if fell else misses, '#%d' % n, figs, '|', cand)


if __name__ == '__main__':
    main()
