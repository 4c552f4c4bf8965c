#!/usr/bin/env bash
# make sanitize's CTest step: DIR's tests under the sanitizers, and the failed ones once more only
# after a crash of LeakSanitizer's tracer (tracer_crash.sh; README "Sanitizers and fuzzing").
# Usage: run_ctest.sh DIR EXCLUDE_REGEX JOBS [CTEST ARGS...]
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tracer_crash.sh"
dir=$1; exclude=$2; jobs=$3; shift 3
extra=("$@")
all_tests() { ctest --test-dir "$dir" --output-on-failure -j"$jobs" -E "$exclude" "${extra[@]}"; }
failed_tests() { ctest --test-dir "$dir" --output-on-failure -j"$jobs" --rerun-failed; }
retry_after_tracer_crash "$dir/Testing/Temporary/LastTest.log" all_tests failed_tests
