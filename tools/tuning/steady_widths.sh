#!/bin/bash
# steady_widths.sh PROBE "name=value ...": the healthy 1.75 m 75 kg walker's step width in steady walking
# at every 0.1 m/s from 0.6 to 1.8 m/s (40 s each, two at a time, touchdowns from 5 s on): per speed the
# speed walked, the mean and least step width (the new stance ankle's lateral distance outside the other
# ankle at each touchdown, cm; negative: a crossed step) and the fall, if any. About 10 s on 2 cores.
# Production at the 37th stop: the base narrows to 3.0 cm (least 2.0) at 0.9 m/s, the 0.9 knot, between
# 21.3 cm at 0.7 and 8.5 at 1.0 (tools/tuning/README.md, "The 37th stop"; docs/model.md#contact).
# Re-run: tools/tuning/steady_widths.sh build/gaitsim_probe ""
probe=$1; args="$2"
for v in 0.6 0.7 0.8 0.9 1.0 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8; do echo "$v"; done |
  P="$probe" A="$args" xargs -P2 -I{} bash -c '
  $P speed={} duration=40 $A -vt |
  awk -v v={} '"'"'
    # -vt touchdown lines: $3 time, $5 new stance side, $11 its ankle y, $15 the other ankle y (m)
    /^TD/ && $3 >= 5 { s = ($5 == "L") ? 1 : -1; w = 100 * s * ($11 - $15); n++; sum += w; if (n == 1 || w < min) min = w }
    /^ok|^FELL/ { walked = $4; f = ($1 == "FELL") }
    END { printf "%s m/s: walked %s, width mean %.1f cm, least %.1f cm%s\n", v, walked, n ? sum / n : 0, min, f ? " FELL" : "" }'"'"'' |
  sort -n
