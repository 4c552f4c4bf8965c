#!/usr/bin/env bash
# make sanitize's CTest step: DIR's tests under the sanitizers, then, only when LeakSanitizer's tracer
# crashed in some test (tracer_crash.sh: an intermittent fault of the sanitizer runtime, not a leak),
# the failed tests once more; the second run's verdict stands (README "Sanitizers and fuzzing").
# Usage: run_ctest.sh DIR EXCLUDE_REGEX JOBS [CTEST ARGS...]
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tracer_crash.sh"
dir=$1; exclude=$2; jobs=$3; shift 3
ctest --test-dir "$dir" --output-on-failure -j"$jobs" -E "$exclude" "$@" && exit 0
status=$?
if tracer_crash_only "$dir/Testing/Temporary/LastTest.log"; then
  echo "run_ctest.sh: LeakSanitizer's tracer crashed (not a leak); running the failed tests once more"
  ctest --test-dir "$dir" --output-on-failure -j"$jobs" --rerun-failed
  exit $?
fi
exit "$status"
