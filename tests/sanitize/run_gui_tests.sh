#!/usr/bin/env bash
# make sanitize's last step: the app's [.gui] tests under Xvfb with the sanitizers (README "Sanitizers
# and fuzzing"). When LeakSanitizer's tracer crashed at a process's exit and no leak was reported
# (tracer_crash.sh; it hit an app run inside a [.gui] test once in CI, 2026-12-06),
# the tests run a second time and the second run's verdict stands: a real failure or leak fails both.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tracer_crash.sh"
tests=$1
log=$(dirname "$tests")/gui_tests.log
run() { xvfb-run -a -s "-screen 0 1280x720x24" "$tests" "[.gui]" 2>&1 | tee "$log"; return "${PIPESTATUS[0]}"; }
run && exit 0
status=$?
if tracer_crash_only "$log"; then
  echo "run_gui_tests.sh: LeakSanitizer's tracer crashed (not a leak); running the [.gui] tests once more"
  run
  exit $?
fi
exit "$status"
