#!/bin/bash
# compensation_switches.sh PROBE "args": the compensation switched off (1 -> 0) and on (0 -> 1) in mid
# walk: complete palsies of the left, the right and both sides x five bodies x switch times 12, 15, ...
# 30 s, 50 s runs (210 runs); prints the falls. docs/controller.md#compensation ("Giving the lean up
# slowly"). Re-run: tools/tuning/compensation_switches.sh build/gaitsim_probe "compensation_release_rate_1_s=0.6816"
# (settings as name=value). About 90 s on 2 cores (measured: 86 s wall, 171 s CPU).
out=$(mktemp); trap 'rm -f "$out"' EXIT
probe=$1; args="$2"
{ for from in 1 0; do for c in "left=0" "right=0" "left=0 right=0"; do
    for b in "height=1.55 mass=50" "height=1.65 mass=60" "height=1.75 mass=75" "height=1.83 mass=88" "height=1.90 mass=100"; do
      for t in 12 15 18 21 24 27 30; do echo "duration=50 $c $b comp=$from compat=$t"; done; done; done; done; } | \
  "$(dirname "$0")/run_starts.sh" "$probe" "$args" > "$out"
for from in 1 0; do
  echo "switched $([ $from = 1 ] && echo off || echo on): $(grep -c "comp=$from " "$out") runs, $(grep "comp=$from " "$out" | grep -c FELL) fell"
done
grep FELL "$out" | cut -c1-110
