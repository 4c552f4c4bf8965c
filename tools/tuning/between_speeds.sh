#!/bin/bash
# between_speeds.sh PROBE "args": the speeds between the envelope grid's (0.7, 0.9, 1.1, 1.3, 1.5,
# 1.7 m/s) x three bodies (1.55 m 50 kg, 1.75 m 75 kg, 1.90 m 100 kg) x four cases (healthy; gluteus
# medius and minimus 50 %; left nerve 0.5; right nerve 0.2), 60 s each (72 runs, about a minute on 2
# cores); prints the number of falls, the runs that fell and the healthy runs more than 0.07 m/s off.
# The grid (grids/envelope.toml) asks every 0.2 m/s; a slider can ask any speed between.
# Re-run: tools/tuning/between_speeds.sh build/gaitsim_probe ""
out=$(mktemp); trap 'rm -f "$out"' EXIT
probe=$1; args="$2"
{ for b in "height=1.55 mass=50" "height=1.75 mass=75" "height=1.90 mass=100"; do
    for v in 0.7 0.9 1.1 1.3 1.5 1.7; do
      for c in "" "lgm=0.5" "left=0.5" "right=0.2"; do
        echo "duration=60 speed=$v $b $c"; done; done; done; } | \
  "$(dirname "$0")/run_starts.sh" "$probe" "$args" > "$out"
echo "$(wc -l < "$out") runs, $(grep -c FELL "$out") fell"
grep FELL "$out"
awk -F'|' '$1 ~ /mass=[0-9]+ *$/ { split($1, a, /[ =]/); for (i = 1; i <= length(a); ++i) if (a[i] == "speed") v = a[i + 1];
  split($2, b, " "); if (b[1] == "ok" && (b[4] < v - 0.07 || b[4] > v + 0.07)) print "slow/fast: " $0 }' "$out"
