#!/bin/bash
# accuracy_eval.sh "name=value ...": share_eval.sh's quick line (QUICK=1: no start falls) and the
# converged physics' vertical GRF peaks for one candidate (gaitsim_accuracy scenarios/normal.toml
# --starts 1: production, reference, difference per side; issue 13 allows 5 %). The 26th stop's
# re-draw around its first candidate, whose reference read 1.37 BW (tools/tuning/README.md). About
# 25 s; P=PROBE and A=ACCURACY set the binaries (default build/gaitsim_probe, build/gaitsim_accuracy).
A=${A:-build/gaitsim_accuracy}
C="$1"
q=$(QUICK=1 "$(dirname "$0")/share_eval.sh" "$C" | cut -d'|' -f2)
g=$($A scenarios/normal.toml $C --starts 1 2>&1 | grep grf_vertical | awk '{printf "%s %s %s ", $2, $3, $4}')
echo "$C | $q | refgrf $g"
