#!/bin/bash
# run_starts.sh PROBE "args": runs the probe once per line of standard input (that line's arguments,
# then "args"), two at a time, and prints "LINE | the first 40 characters of the probe's first line"
# (ok or FELL, its time, speed, cadence) for each, in the order they finish. The sets of perturbed
# starts (probe_envelope.sh, weak_starts.sh, compensation_switches.sh, between_speeds.sh,
# bodies_sweep.sh) feed it their lists and count what it prints.
probe=$1; args="$2"
xargs -P2 -I{} bash -c 'r=$("$0" {} $1 | head -1 | cut -c1-40); echo "{} | $r"' "$probe" "$args"
