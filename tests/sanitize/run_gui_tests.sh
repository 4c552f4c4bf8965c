#!/usr/bin/env bash
# make sanitize's last step: the app's [.gui] tests under Xvfb with the sanitizers (README "Sanitizers
# and fuzzing"). LeakSanitizer's own stop-the-world tracer sometimes crashes at a process's exit
# ("Tracer caught signal 11", then "LeakSanitizer has encountered a fatal error"): a known intermittent
# fault of the sanitizer runtime (github.com/google/sanitizers issue 1353), not a leak report. It hit
# an app run inside a [.gui] test once in CI (2026-12-06). Only then are the [.gui] tests run a
# second time, and the second run's verdict stands: a real failure or leak fails both runs, and a leak
# report ("detected memory leaks") is never retried.
set -uo pipefail
tests=$1
log=$(dirname "$tests")/gui_tests.log
run() { xvfb-run -a -s "-screen 0 1280x720x24" "$tests" "[.gui]" 2>&1 | tee "$log"; return "${PIPESTATUS[0]}"; }
run && exit 0
status=$?
if grep -q "LeakSanitizer has encountered a fatal error" "$log" && ! grep -q "detected memory leaks" "$log"; then
  echo "run_gui_tests.sh: LeakSanitizer's tracer crashed (not a leak); running the [.gui] tests once more"
  run
  exit $?
fi
exit "$status"
