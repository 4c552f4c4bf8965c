# Sourced by make sanitize's two steps (run_ctest.sh, run_gui_tests.sh; README "Sanitizers and
# fuzzing"). LeakSanitizer's own stop-the-world tracer sometimes crashes at a process's exit ("Tracer
# caught signal 11", then "LeakSanitizer has encountered a fatal error"): an intermittent fault of the
# sanitizer runtime (github.com/google/sanitizers issue 1353), not a leak report. It hit an app run
# inside a [.gui] test once in CI (2026-12-06).

# true when LOG shows that fatal error and no leak report
tracer_crash_only() {
  grep -q "LeakSanitizer has encountered a fatal error" "$1" && ! grep -q "detected memory leaks" "$1"
}

# retry_after_tracer_crash LOG FIRST AGAIN: runs the command FIRST (which writes LOG); when it fails
# and LOG shows only the tracer's crash, runs AGAIN once, whose status then stands, so a real failure
# or leak still fails. Returns the status of the last command run.
retry_after_tracer_crash() {
  local log=$1 first=$2 again=$3 status
  "$first" && return 0
  status=$?
  tracer_crash_only "$log" || return "$status"
  echo "$(basename "$0"): LeakSanitizer's tracer crashed (not a leak); running the failed tests once more"
  "$again"
}
