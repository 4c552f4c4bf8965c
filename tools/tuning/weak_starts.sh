#!/bin/bash
# weak_starts.sh PROBE "args" [perturbed]: weak walkers on 5 bodies x 5 cases (40 s) + 12 compensation switches;
# prints falls. With "perturbed": instead the 25 weak starts each with the mass moved by +0.05, -0.05 and
# +0.1 kg (75 runs; a chaotic walker's start moved by a last digit, tools/tuning/README.md).
# Re-run: tools/tuning/weak_starts.sh build/gaitsim_probe "lateral_velocity_gain_s=0.2" (settings as name=value,
# in the tuned body's units). About 20 s (perturbed: 40 s) on 2 idle cores. docs/controller.md#swing-and-placement.
out=$(mktemp); trap 'rm -f "$out"' EXIT
probe=$1; args="$2"; mode="$3"
cases=("left=0" "left=0 comp=1" "left=0 right=0" "right=0.2" "left=0.1 right=0.5")
bodies=("1.55 50" "1.65 62" "1.75 75" "1.83 88" "1.90 100")
{ if [ "$mode" = perturbed ]; then
    for c in "${cases[@]}"; do for b in "${bodies[@]}"; do set -- $b; for d in 0.05 -0.05 0.1; do
      echo "duration=40 $c height=$1 mass=$(echo "$2+$d" | bc)"; done; done; done
  else
    for c in "${cases[@]}"; do for b in "${bodies[@]}"; do set -- $b; echo "duration=40 $c height=$1 mass=$2"; done; done
    for f in 0 1; do for t in 15 17.5 20 22.5 25 27.5; do echo "left=0 comp=$f compat=$t duration=$(echo "$t+12" | bc)"; done; done
  fi; } | \
  "$(dirname "$0")/run_starts.sh" "$probe" "$args" > "$out"
echo "falls $(grep -c FELL "$out") of $(wc -l < "$out")"; grep FELL "$out" | cut -c1-90
