#!/usr/bin/env bash
# make sanitize's last step: the app's [.gui] tests under Xvfb with the sanitizers, run once more only
# after a crash of LeakSanitizer's tracer (tracer_crash.sh; README "Sanitizers and fuzzing").
# Usage: run_gui_tests.sh TESTS (the gaitsim_tests program)
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tracer_crash.sh"
tests=$1
log=$(dirname "$tests")/gui_tests.log
gui_tests() { xvfb-run -a -s "-screen 0 1280x720x24" "$tests" "[.gui]" 2>&1 | tee "$log"; return "${PIPESTATUS[0]}"; }
retry_after_tracer_crash "$log" gui_tests gui_tests
