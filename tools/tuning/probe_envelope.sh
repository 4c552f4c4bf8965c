#!/bin/bash
# probe_envelope.sh PROBE "args": the envelope's speeds (0.6-1.8 m/s) x three bodies (1.55 m 50 kg,
# 1.75 m 75 kg, 1.90 m 100 kg) x eight cases (healthy; gluteus medius and minimus 50 % and 30 %; left
# nerve 0.5; right nerve 0.2; complete left palsy, the same compensated; bilateral palsy), 60 s each
# (168 runs, about 80 s on 2 cores); prints the number of falls and the runs that fell.
# docs/controller.md#swing-ankle. Re-run: tools/tuning/probe_envelope.sh build/gaitsim_probe "swing_ankle_neutral=1"
out=$(mktemp); trap 'rm -f "$out"' EXIT
probe=$1; args="$2"
{ for b in "height=1.55 mass=50" "height=1.75 mass=75" "height=1.90 mass=100"; do
    for v in 0.6 0.8 1.0 1.2 1.4 1.6 1.8; do
      for c in "" "lgm=0.5" "left=0.5" "lgm=0.3" "right=0.2" "left=0" "left=0 comp=1" "left=0 right=0"; do
        echo "duration=60 speed=$v $b $c"; done; done; done; } | \
  "$(dirname "$0")/run_starts.sh" "$probe" "$args" > "$out"
echo "$(wc -l < "$out") runs, $(grep -c FELL "$out") fell"
grep FELL "$out"
