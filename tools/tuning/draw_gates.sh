#!/bin/bash
# draw_gates.sh PROBE "args": the runs that told a draw's candidates apart in the 25th stop
# (tools/tuning/README.md, "The 25th stop"): 18 starts of short healthy bodies (1.50
# m 52 kg, 1.55 m 50 kg, 1.60 m 59 kg at 0.6, 0.7, 0.8, 1.0, 1.2, 1.4 m/s, 20 s; the 24th stop's best
# candidate fell in the warm-up of five) and the left nerve of the 1.75 m 75 kg walker blocked every
# 5 ms from 9.0 to 10.1 s (221 blocks over a stride, each run to 5 s after its block: a block's
# vulnerable phase can be 15 ms wide, far narrower than block_sweep.sh's 0.2 s steps). Prints the falls
# of each. About 1.5 minutes on 2 cores.
# Re-run: tools/tuning/draw_gates.sh build/gaitsim_probe "name=value ..."
P=$1; A="$2"
sf=$(for h in "1.50 52" "1.55 50" "1.60 59"; do set -- $h; for v in 0.6 0.7 0.8 1.0 1.2 1.4; do
    echo "height=$1 mass=$2 speed=$v duration=20"; done; done | \
  xargs -P2 -I{} bash -c '"$0" {} $1 | head -1 | grep -q "^ok" || echo "{}"' "$P" "$A" | \
  awk '{split($1,h,"="); split($3,v,"="); printf " %s@%s", h[2], v[2]}')
bf=$(seq 9.0 0.005 10.1 | xargs -P2 -I{} bash -c \
  'd=$(awk -v b={} "BEGIN{print b+5}"); "$0" duration=$d block={} $1 | head -1 | grep -q "^ok" || echo {}' \
  "$P" "$A" | sort -n | tr '\n' ' ')
echo "short starts $(echo $sf | wc -w) / 18:$sf | blocks $(echo $bf | wc -w) / 221: $bf"
