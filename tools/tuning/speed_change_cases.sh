# speed_change_cases.sh: sourced by speed_changes.sh and speed_change_widths.sh; prints the forty wide
# speed changes, one "A B T" per line (A > B at T s, back to A at T + 20 s): ten pairs of speeds, each
# changed at 15, 18, 21 and 24 s (tools/tuning/README.md, "The landing at 1.3 m/s").
wide_speed_changes() {
  for p in "0.6 1.8" "1.8 0.6" "0.8 1.6" "1.6 0.8" "0.6 1.4" "1.3 0.6" "1.0 1.8" "1.2 0.8" "0.9 1.5" "1.5 0.7"; do
    for t in 15 18 21 24; do echo "$p $t"; done
  done
}
