#!/bin/bash
# share_eval.sh "name=value ...": one candidate of the 1.3 m/s knot scored as the 23rd stop did
# (tools/tuning/README.md, "The 23rd stop"; the draws: tools/tuning/share_draws.py). Prints the
# healthy-adult check of the 1.75 m 75 kg walker at 1.3 m/s over 60 s (correlations with adults and the
# drop: the lesser side; the GRF peak, the hip contact force and the obliquity peak's timing: the
# greater side; the step width), the drop of the 50 % weakness of the left gluteus medius and minimus
# over 30 s (gdrop, lesser side; since the 25th stop with the tensor fasciae latae at 50 % too, as
# scenarios/left_gmed_gmin_50.toml: the logs before it left that muscle whole),
# then (since the 24th stop) the ankle's push-off below mid stance, the stance share and the knee at
# toe-off (lesser side), and (since the 25th stop) the knee's RMS difference from the adult band
# (krms, greater side; scenarios/normal.toml expects at most 10 deg)
# and, unless QUICK=1, the falls of 12 starts from standing of 20 s (1.90 m 100 kg, 1.75 m 75 kg, 1.55 m
# 50 kg, 1.83 m 88 kg x 0.6, 1.3, 1.6 m/s; through run_starts.sh). About 6 s (QUICK: 3 s); P=PROBE sets the probe (default
# build/gaitsim_probe).
P=${P:-build/gaitsim_probe}
C="$1"
a=$($P speed=1.3 duration=60 -adults $C)
row() { echo "$a" | grep "^$1" | head -1; }
mn() { row "$1" | awk -v n=$2 '{a=$n; b=$(n+1); print (a<b?a:b)}'; }
mx() { row "$1" | awk -v n=$2 '{a=$n; b=$(n+1); print (a>b?a:b)}'; }
field() { awk -v f=$1 '{for(i=1;i<=NF;i++) if($i==f) print $(i+1)}'; }
obl=$(mn "Correlation: pelvic obliquity" 5); knee=$(mn "Correlation: knee" 5); hadd=$(mn "Correlation: hip adduction" 5)
ank=$(mn "Correlation: ankle" 5); ds=$(mn "Double support" 5)
po=$(mn "Ankle push-off below mid-stance" 6); st=$(mn "Stance" 4); kto=$(mn "Knee at toe-off" 5)
grf=$(mx "Vertical GRF peak" 5); pk=$(mx "Obliquity peak in stance" 8)
s=$(echo "$a" | grep "^summary")
drop=$(echo "$s" | field drop | sort -n | head -1)
width=$(echo "$s" | field width)
hcf=$(echo "$s" | field hcf | sort -n | tail -1)
krms=$(echo "$s" | awk '{for(i=1;i<NF;i++) if($i=="knee") print $(i+1)}' | sort -n | tail -1)
gdrop=$($P lgm=0.5 ltfl=0.5 duration=30 $C | grep "^summary" | field drop | sort -n | head -1)
line="obl $obl pk $pk knee $knee hadd $hadd drop $drop gdrop $gdrop width $width grf $grf hcf $hcf ank $ank ds $ds po $po st $st kto $kto krms $krms"
if [ "${QUICK:-0}" = 1 ]; then echo "$C | $line"; exit 0; fi
starts=$(for h in "1.90 100" "1.75 75" "1.55 50" "1.83 88"; do set -- $h; for v in 0.6 1.3 1.6; do
    echo "height=$1 mass=$2 speed=$v duration=20"; done; done | "$(dirname "$0")/run_starts.sh" "$P" "$C")
fell=$(echo "$starts" | grep -v '| ok' | awk '{ split($1, h, "="); split($3, v, "="); printf " %s@%s", h[2], v[2] }')
echo "$C | $line | startfalls $(echo $fell | wc -w)$fell"
