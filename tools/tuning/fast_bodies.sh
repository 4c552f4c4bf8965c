#!/bin/bash
# fast_bodies.sh PROBE "args": healthy walkers of ten bodies (1.50, 1.55, ..., 1.95 m at a body mass
# index of 23: 52-87 kg) asked 1.3, 1.35, 1.4, 1.45, 1.5, 1.6, 1.7 and 1.8 m/s, 60 s each (80 runs,
# 1 minute on 2 free cores, 3 beside other runs); prints the count, then the runs that did not walk to
# the end. The speeds between the 1.3 and 1.5 knots, where every setting is interpolated and the
# bodies' knots sit at sqrt(height / 1.75 m) times the table's, are where the 31st stop's flatter fast
# landing lost 4 runs, of which `bodies_sweep.sh` (one healthy run per 0.2 m/s) found 1
# (tools/tuning/README.md, "The 31st stop"). Production: none.
# Re-run: tools/tuning/fast_bodies.sh build/gaitsim_probe "" (settings as name=value in "args").
probe=$1; args="$2"
jobs=$(for h in 1.50 1.55 1.60 1.65 1.70 1.75 1.80 1.85 1.90 1.95; do
  m=$(python3 -c "print(round(23 * $h * $h))")
  for v in 1.3 1.35 1.4 1.45 1.5 1.6 1.7 1.8; do echo "duration=60 speed=$v height=$h mass=$m"; done
done)
fell=$(echo "$jobs" | xargs -P2 -I{} bash -c \
  'r=$("$0" {} $1 | head -1); case "$r" in ok*) ;; *) echo "{} | ${r:0:40}";; esac' "$probe" "$args" | sort)
echo "$(echo "$jobs" | wc -l) runs, $(echo -n "$fell" | grep -c .) fell"
[ -n "$fell" ] && echo "$fell"
exit 0
