#!/bin/bash
# speed_change_widths.sh PROBE "name=value ..." : the forty wide speed changes of speed_changes.sh
# (ten pairs of speeds, each changed at 15, 18, 21 and 24 s, back 20 s later, run 20 s more); per run its
# least step width after the change: over the touchdowns, the new stance ankle's lateral distance
# outside the other ankle (cm; negative: the steps crossed, the swing ankle landed across the stance
# one). Then the mean of the runs, how many are below 3 cm and how many crossed; every fall is named.
# About 40 s on 2 idle cores. Production at the 36th stop: mean -0.56 cm, 38 below 3 cm, 23 crossed,
# the least -4.9 cm (1.5 > 0.7 m/s at 24 s) (tools/tuning/README.md, "The 36th stop"); steady walks
# never cross, but keep only 2.0 cm at 0.9 m/s (steady_widths.sh, "The 37th stop"). The 38th stop's band:
# -3.33 cm, 35 crossed; the 39th stop's lateral ankle strategy: +1.42 cm, 34 below 3 cm, 8 crossed, the
# least -2.1 cm (0.9 > 1.5 m/s at 15 s) (tools/tuning/README.md, "The 39th stop").
# CASES=more_speed_changes runs speed_change_cases.sh's eighty others (speed_changes_more.sh).
# SHOW=N prints the N narrowest runs (default 5; SHOW=40 every run, as the 39th stop chose
# tests/control/lateral_ankle_test.cpp's three).
# Re-run: tools/tuning/speed_change_widths.sh build/gaitsim_probe ""
probe=$1; args="$2"
out=$(mktemp); trap 'rm -f "$out"' EXIT
. "$(dirname "$0")/speed_change_cases.sh"
"${CASES:-wide_speed_changes}" | P="$probe" A="$args" xargs -P2 -I{} bash -c 'set -- {}; a=$1; b=$2; t=$3
  $P speed=$a speedat=$t speedto=$b speedat=$((t + 20)) speedto=$a duration=$((t + 40)) $A -vt |
  awk -v t=$t -v n="$a>$b>$a@$t" '"'"'
    # -vt touchdown lines: $3 time, $5 new stance side, $11 its ankle y, $15 the other ankle y (m)
    /^TD/ && $3 > t { s = ($5 == "L") ? 1 : -1; w = s * ($11 - $15); if (min == "" || w < min) min = w }
    /^FELL/ { f = 1 }
    END { printf "%s %.1f%s\n", n, 100 * min, f ? " FELL" : "" }'"'"'' > "$out"
sort -k2 -n "$out" | head -"${SHOW:-5}"
sort -k2 -n "$out" | tail -n +"$((${SHOW:-5} + 1))" | grep FELL
awk '{ s += $2; if ($2 < 3) c++; if ($2 < 0) x++; if ($3 == "FELL") f++ }
     END { printf "%d runs: mean least width %.2f cm, %d below 3 cm, %d crossed, %d fell\n", NR, s / NR, c, x, f }' "$out"
