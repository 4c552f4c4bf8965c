#!/bin/bash
# speed_changes_more.sh PROBE "name=value ...": eighty more wide speed changes than speed_changes.sh's
# forty (the same ten pairs of speeds, changed at 14, 16, 17, 19, 20, 22, 23 and 25 s, back 20 s later,
# run 20 s more; speed_change_cases.sh), measured as speed_change_widths.sh measures its forty: the
# five least widths and every fall, then the mean least step width after the change (cm), how many are
# below 3 cm, how many crossed and how many fell. About 90 s on 2 cores. At the 38th stop: before the
# step-width band 5 of 80 fell, all 0.9 > 1.5 > 0.9 m/s (mean least width -0.58 cm, 44 crossed); with
# it none (-3.51 cm, 67 crossed); with the band's offset half forgotten while the target moves and
# learned again 1 s after, 1 (-1.13, 52) (tools/tuning/README.md, "The 38th stop"). At the 39th stop,
# with the lateral ankle strategy: none fell (+1.34 cm, 17 crossed; "The 39th stop").
# Re-run: tools/tuning/speed_changes_more.sh build/gaitsim_probe ""
CASES=more_speed_changes exec "$(dirname "$0")/speed_change_widths.sh" "$@"
