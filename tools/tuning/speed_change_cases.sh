# speed_change_cases.sh: sourced by speed_changes.sh and speed_change_widths.sh; prints wide speed
# changes, one "A B T" per line (A > B at T s, back to A at T + 20 s), over ten pairs of speeds.
# wide_speed_changes: the forty, each pair changed at 15, 18, 21 and 24 s (tools/tuning/README.md, "The
# landing at 1.3 m/s"); more_speed_changes: eighty more, at 14, 16, 17, 19, 20, 22, 23 and 25 s
# (speed_changes_more.sh; tools/tuning/README.md, "The 38th stop").
speed_changes_at() {
  for p in "0.6 1.8" "1.8 0.6" "0.8 1.6" "1.6 0.8" "0.6 1.4" "1.3 0.6" "1.0 1.8" "1.2 0.8" "0.9 1.5" "1.5 0.7"; do
    for t in "$@"; do echo "$p $t"; done
  done
}
wide_speed_changes() { speed_changes_at 15 18 21 24; }
more_speed_changes() { speed_changes_at 14 16 17 19 20 22 23 25; }
