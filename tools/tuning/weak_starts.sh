#!/bin/bash
# weak_starts.sh PROBE "args": weak walkers on 5 bodies x 5 cases (40 s) + 12 compensation switches; prints falls
# Re-run: tools/tuning/weak_starts.sh build/gaitsim_probe "lateral_velocity_gain_s=0.2" (settings as name=value,
# in the tuned body's units). About 20 s on 2 idle cores. docs/controller.md#swing-and-placement.
out=$(mktemp); trap 'rm -f "$out"' EXIT
probe=$1; args="$2"
{ for c in "left=0" "left=0 comp=1" "left=0 right=0" "right=0.2" "left=0.1 right=0.5"; do for b in "height=1.55 mass=50" "height=1.65 mass=62" "height=1.75 mass=75" "height=1.83 mass=88" "height=1.90 mass=100"; do echo "duration=40 $c $b"; done; done
  for f in 0 1; do for t in 15 17.5 20 22.5 25 27.5; do echo "left=0 comp=$f compat=$t duration=$(echo "$t+12" | bc)"; done; done; } | \
  xargs -P2 -I{} bash -c 'r=$('$probe' {} '"$args"' | head -1 | cut -c1-40); echo "{} | $r"' > "$out"
grep -c FELL "$out" | sed 's/^/falls /'; grep FELL "$out" | cut -c1-90
