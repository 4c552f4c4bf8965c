#!/bin/bash
# tall_slow.sh PROBE "args": tall bodies walking slowly (1.85 m 79 kg, 1.90 m 100 kg, 1.901 m 100 kg,
# 1.95 m 87 kg at 0.6, 0.65, 0.7, 0.75, 0.8 m/s; healthy, gluteus medius and minimus 50 %, the left
# nerve 0.5; 60 s each, 60 runs, about 2 minutes on 2 cores): the falls, named. The 29th stop's screen
# for the slow knots (tools/tuning/README.md, "The 29th stop": the knots as they were lose 2 of 60).
# Re-run: tools/tuning/tall_slow.sh build/gaitsim_probe ""
probe=$1; args="$2"
f=$(for h in "1.90 100" "1.901 100" "1.85 79" "1.95 87"; do set -- $h
    for v in 0.6 0.65 0.7 0.75 0.8; do for c in "" lgm=0.5 left=0.5; do
      echo "height=$1 mass=$2 speed=$v duration=60 $c"; done; done; done |
  xargs -P2 -I{} bash -c '"$0" {} $1 | head -1 | grep -q "^ok" || echo "{}"' "$probe" "$args" |
  awk '{printf " %s@%s%s;", substr($1, 8), substr($3, 7), ($5 == "" ? "" : " " $5)}')
echo "falls $(echo "$f" | grep -o ';' | wc -l) / 60:$f"
