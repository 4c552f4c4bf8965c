#!/bin/bash
# quick_screen.sh PROBE "name=value ...": twenty runs that caught the 37th stop's 1.3 m/s candidates
# before all_sets.sh did (about 1 minute on 2 cores): the 1.95 m 87 kg body asked 0.6-1.3 m/s (every
# walk starts at the 1.3 m/s knot's settings, docs/controller.md#speed, and this body's start lurches
# furthest sideways), tall walkers at 0.6-0.8 m/s with a moderate weakness (tall_slow.sh's), and the
# 0.9 > 1.5 > 0.9 m/s speed changes (speed_changes.sh's, whose slow-down crosses its steps). Prints
# the falls; production at the 37th stop: 0 of 20 (tools/tuning/README.md, "The 37th stop").
# Re-run: tools/tuning/quick_screen.sh build/gaitsim_probe ""
P=$1; A="$2"
out=$(mktemp); trap 'rm -f "$out"' EXIT
{
  for v in 0.6 0.8 1.0 1.2 1.3; do echo "height=1.95 mass=87 speed=$v duration=30"; done
  for v in 0.6 0.7 0.8; do
    echo "height=1.90 mass=100 speed=$v duration=40 left=0.5"
    echo "height=1.95 mass=87 speed=$v duration=40 lgm=0.5"
  done
  for t in 15 18 21 24; do echo "speed=0.9 speedat=$t speedto=1.5 speedat=$((t + 20)) speedto=0.9 duration=$((t + 40))"; done
} | xargs -P2 -I{} bash -c '"$0" {} $1 | head -1 | grep -q "^ok" || echo "FELL {}"' "$P" "$A" | sort > "$out"
echo "falls $(wc -l < "$out") / 20 | $A"
cat "$out"
