#!/bin/bash
# speed_changes.sh PROBE "name=value ..." [wide]: ten changes of the target speed in mid walk (0.6-1.8 m/s,
# the 1.75 m body; A > B at T s, back to A at T + 20 s, run to T + 40 s), as the app's slider would; prints
# the falls. About 40 s on 2 idle cores. docs/controller.md#learning.
# wide: forty instead (ten pairs of speeds, each changed at 15, 18, 21 and 24 s; about 2 minutes;
# tools/tuning/README.md, "The landing at 1.3 m/s").
out=$(mktemp); trap 'rm -f "$out"' EXIT
probe=$1; args="$2"
if [ "$3" = wide ]; then
  . "$(dirname "$0")/speed_change_cases.sh"; cases=$(wide_speed_changes)
else
  cases=$(for c in "0.8 1.6 20" "0.8 1.6 15" "0.8 1.6 22" "0.8 1.6 25" "0.6 1.4 20" "1.0 1.8 20" "1.3 0.6 20" "0.6 1.8 20" "1.8 0.6 20" "1.2 0.8 17"; do echo "$c"; done)
fi
echo "$cases" | \
  xargs -P2 -I{} bash -c 'set -- {}; a=$1; b=$2; t=$3; r=$('$probe' speed=$a speedat=$t speedto=$b speedat=$((t+20)) speedto=$a duration=$((t+40)) '"$args"' | head -1 | cut -c1-40); echo "$a>$b>$a @$t | $r"' > "$out"
echo "$(wc -l < "$out") runs"; grep -c FELL "$out" | sed 's/^/falls /'; grep FELL "$out"
