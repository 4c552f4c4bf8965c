#!/bin/bash
# share_scan.sh: the 28th stop's scan of the 1.3 knot's anticipatory abduction (tools/tuning/README.md,
# "The 28th stop"). Two modes, P=PROBE (default build/gaitsim_probe), 2 jobs:
#   share_scan.sh grid            every share x delay x ramp below, at the 1.75 m and 1.751 m bodies,
#                                 60 s with the healthy-adult check, one line each (about 3 minutes);
#                                 log: share-28-grid.txt
#   share_scan.sh starts "args"   40 starts (1.50 m 52 kg, 1.55 m 50 kg, 1.60 m 59 kg, 1.75 m 75 kg,
#                                 1.90 m 100 kg x 0.6-1.4 m/s, 20 s): the falls (about 20 s);
#                                 log: share-28-starts.txt
# A grid line: obliquity correlation left right, obliquity peak (% cycle), drop (deg), knee, ankle and
# hip adduction correlations, GRF peak left right (BW), hip contact (BW), double support (%), speed, args.
P=${P:-build/gaitsim_probe}
one() {
  local a; a=$("$P" duration=60 -adults $1 2>&1)
  g() { echo "$a" | grep "^$1" | head -1 | awk -v n=$2 '{print $n}'; }
  echo "oc $(g 'Correlation: pelvic obliquity' 5) $(g 'Correlation: pelvic obliquity' 6)" \
       "opk $(g 'Obliquity peak' 8) drop $(g 'Pelvic drop' 6) kc $(g 'Correlation: knee' 5)" \
       "ac $(g 'Correlation: ankle' 5) hc $(g 'Correlation: hip add' 5)" \
       "grf $(g 'Vertical GRF peak' 5) $(g 'Vertical GRF peak' 6) hcf $(g 'Hip contact' 6)" \
       "ds $(g 'Double support' 5) v $(echo "$a" | grep -o 'walked [0-9.]*' | awk '{print $2}') | $1"
}
export -f one; export P
case "$1" in
  grid)
    for h in 1.75 1.751; do for ff in 0.82 0.85 0.88; do for d in 0.08 0.085 0.09 0.095; do
      for r in 0.10 0.11 0.12 0.13; do
        echo "height=$h stance_abduction_ff@1.3=$ff stance_abduction_ff_delay_s@1.3=$d stance_abduction_ff_ramp_s@1.3=$r"
      done; done; done; done | xargs -P2 -I{} bash -c 'one "{}"' ;;
  starts)
    f=$(for b in "1.50 52" "1.55 50" "1.60 59" "1.75 75" "1.90 100"; do set -- $b
          for v in 0.6 0.7 0.8 0.9 1.0 1.1 1.2 1.4; do echo "height=$1 mass=$2 speed=$v duration=20"; done; done |
        xargs -P2 -I{} bash -c '"$P" {} $0 | head -1 | grep -q "^ok" || echo "{}"' "$2" |
        awk '{split($1,h,"="); split($3,v,"="); printf " %s@%s", h[2], v[2]}')
    echo "falls $(echo $f | wc -w) / 40:$f | $2" ;;
  *) echo "usage: share_scan.sh grid | starts \"name=value ...\"" >&2; exit 2 ;;
esac
