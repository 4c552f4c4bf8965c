#!/bin/bash
# bodies_sweep.sh PROBE "args": bodies between and beside the envelope grid's three (1.50, 1.60, 1.65,
# 1.70, 1.80, 1.83, 1.85, 1.95 m, each at a body mass index of 23: 52-87 kg) x cases: healthy at
# 0.6-1.8 m/s by 0.2; gluteus medius and minimus 50 % at 0.6, 1.0, 1.4, 1.8; left nerve 0.5 at 0.7,
# 1.1, 1.5; a complete left palsy, the same compensated, and the bilateral palsy at 1.3 (they keep to
# their own speed whatever is asked: docs/controller.md#speed). 60 s each, 136 runs, about 3 minutes on
# 2 cores; prints the number of falls and the runs that fell. The app's body sliders reach any of
# these (body.height_m 1.2-2.2 m); the grid (grids/envelope.toml) asks three.
# Re-run: tools/tuning/bodies_sweep.sh build/gaitsim_probe ""
out=$(mktemp); trap 'rm -f "$out"' EXIT
probe=$1; args="$2"
{ for h in 1.50 1.60 1.65 1.70 1.80 1.83 1.85 1.95; do
    b="height=$h mass=$(awk -v h=$h 'BEGIN { printf "%.0f", 23 * h * h }')"
    for v in 0.6 0.8 1.0 1.2 1.4 1.6 1.8; do echo "duration=60 speed=$v $b"; done
    for v in 0.6 1.0 1.4 1.8; do echo "duration=60 speed=$v $b lgm=0.5"; done
    for v in 0.7 1.1 1.5; do echo "duration=60 speed=$v $b left=0.5"; done
    for c in "left=0" "left=0 comp=1" "left=0 right=0"; do echo "duration=60 speed=1.3 $b $c"; done
  done; } | \
  "$(dirname "$0")/run_starts.sh" "$probe" "$args" > "$out"
echo "$(wc -l < "$out") runs, $(grep -c FELL "$out") fell"
grep FELL "$out"
