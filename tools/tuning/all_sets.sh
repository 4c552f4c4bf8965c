#!/bin/bash
# all_sets.sh PROBE "args" OUTDIR: every robustness set of this folder on one candidate, one after the
# other (each runs 2 jobs), each set's output in OUTDIR/<set>.txt, then one summary line per set: the
# falls the candidate must not have (production has none in any of them; tools/tuning/README.md, "The
# 31st stop"). The sets, as docs/controller.md#tuning lists them: probe_envelope.sh, between_speeds.sh,
# weak_starts.sh (and perturbed), speed_changes.sh wide, block_sweep.sh, compensation_switches.sh,
# bodies_sweep.sh, fast_bodies.sh, tall_slow.sh, draw_gates.sh, share_scan.sh starts. About 15 minutes
# on 2 free cores (30 CPU minutes; production: no fall in any set). The envelope grid (`gaitsim grid
# grids/envelope.toml`) and the converged physics (`gaitsim_accuracy`) need a build with the
# candidate's settings in the table and are not run here.
# Re-run: tools/tuning/all_sets.sh build/gaitsim_probe "" /tmp/sets (settings as name=value in "args").
set -u
P=$(readlink -f "$1"); A="$2"; O=$3
T=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$O"
run() {  # run NAME SCRIPT ARGS...: one set's output in $O/NAME.txt
  local name=$1; shift
  "$@" > "$O/$name.txt" 2>&1
}
run envelope "$T/probe_envelope.sh" "$P" "$A"
run between "$T/between_speeds.sh" "$P" "$A"
run weak "$T/weak_starts.sh" "$P" "$A"
run weak_perturbed "$T/weak_starts.sh" "$P" "$A" perturbed
run speed_changes "$T/speed_changes.sh" "$P" "$A" wide
run blocks "$T/block_sweep.sh" "$P" "$A"
run compensation "$T/compensation_switches.sh" "$P" "$A"
run bodies "$T/bodies_sweep.sh" "$P" "$A"
run fast_bodies "$T/fast_bodies.sh" "$P" "$A"
run tall_slow "$T/tall_slow.sh" "$P" "$A"
run gates "$T/draw_gates.sh" "$P" "$A"
P="$P" "$T/share_scan.sh" starts "$A" > "$O/share_starts.txt" 2>&1
for f in envelope between weak weak_perturbed speed_changes blocks compensation bodies fast_bodies tall_slow \
         gates share_starts; do
  printf '%-15s %s\n' "$f" "$(grep -E 'fell|falls|blocks' "$O/$f.txt" | tr '\n' ' ' | cut -c1-150)"
done
