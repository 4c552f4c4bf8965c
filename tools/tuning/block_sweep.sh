#!/bin/bash
# block_sweep.sh PROBE "args" [FROM STEP TO]: the left superior gluteal nerve of the healthy 1.75 m 75 kg
# walker blocked at FROM, FROM+STEP, ... TO s (default 4.31 0.2 50: 229 blocks) over 60 s runs; prints the
# block times after which the walker fell and their count. A block's effect depends on the phase of the
# stride it hits, and a vulnerable phase can be narrow: the 27 blocks of `seq 5 1.7 50` and the 54 of
# `seq 4.3 0.85 50` found no fall, these 229 found 3 (4.71, 5.71, 46.91 s) with weak_settings_rate_1_s
# 0.7902 and none since 1.5 (tools/tuning/README.md, "The 21st stop"). 1-3 min on 2 cores.
# Re-run: tools/tuning/block_sweep.sh build/gaitsim_probe "" (settings as name=value in "args").
probe=$1; args="$2"; from=${3:-4.31}; step=${4:-0.2}; to=${5:-50}
falls=$(seq "$from" "$step" "$to" | xargs -P2 -I{} bash -c \
  '"$0" duration=60 block={} $1 | head -1 | grep -q "^ok" || echo {}' "$probe" "$args" | sort -n | tr '\n' ' ')
echo "blocks $(seq "$from" "$step" "$to" | wc -l), falls $(echo $falls | wc -w): $falls"
