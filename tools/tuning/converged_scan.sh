#!/bin/bash
# converged_scan.sh PROBE CANDIDATES OUTDIR: each candidate (one line of probe settings) 40 s at 1.3 m/s
# with the healthy-adult check in the converged physics (the accuracy reference's step, iterations and
# warm starting: sub=10 iters=100 warm=0, docs/model.md#accuracy), two at a time; then one line per
# candidate: its GRF peak, knee at toe-off, obliquity and ankle correlations (left / right). About 40
# CPU s per candidate (tools/tuning/README.md, "The 33rd stop").
set -u
P=$(readlink -f "$1"); C=$2; O=$3
mkdir -p "$O"
n=0
while read -r line; do
  n=$((n + 1))
  "$P" speed=1.3 duration=40 -adults $line sub=10 iters=100 warm=0 > "$O/$n.txt" &
  if (( n % 2 == 0 )); then wait; fi
done < "$C"
wait
for i in $(seq 1 $n); do
  f="$O/$i.txt"
  row() { grep "$1" "$f" | awk -v a="$2" -v b="$3" '{print $a "/" $b}'; }
  echo "$i grf $(row 'Vertical GRF peak' 5 6) kto $(row 'Knee at toe-off' 5 6) or $(row 'Correlation: pelvic obl' 5 6) ar $(row 'Correlation: ankle' 5 6)"
done
