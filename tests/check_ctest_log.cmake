# ctest: the CTest log of a run (Testing/Temporary/LastTest.log, every test's output, passed ones
# included) survives the suite's own count check (check_test_count.cmake), which runs CTest inside
# that run. A second CTest on the same test folder replaces the log when it ends, so a whole
# `make test` or `make sanitize` kept only the inner run's empty one, and a sanitizer's report or
# warning in a passing test's output was gone (README "Sanitizers and fuzzing").
# Here: a scratch test folder with a test that prints a marker and the count check pointed at that
# folder (no Catch2 test cases on either side), run by CTest; its log must hold the marker.
# Usage: cmake -DCTEST=ctest -DCHECK=tests/check_test_count.cmake -DWORK_DIR=dir -P check_ctest_log.cmake
cmake_minimum_required(VERSION 3.20)
foreach(v CTEST CHECK WORK_DIR)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_ctest_log: -D${v}=... missing")
  endif()
endforeach()
find_program(TRUE_EXE true REQUIRED)  # lists no test case, as a Catch2 binary with none would

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(marker "check_ctest_log: the marker test's output")
file(WRITE "${WORK_DIR}/CTestTestfile.cmake"
  "add_test(marker \"${CMAKE_COMMAND}\" -E echo \"${marker}\")\n"
  "add_test(count_check \"${CMAKE_COMMAND}\" -DCTEST=${CTEST} -DBUILD_DIR=${WORK_DIR} -DTESTS=${TRUE_EXE}"
  " -P ${CHECK})\n")

execute_process(COMMAND "${CTEST}" --test-dir "${WORK_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_ctest_log: the scratch CTest run failed (${rc}):\n${out}")
endif()
file(READ "${WORK_DIR}/Testing/Temporary/LastTest.log" log)
if(NOT log MATCHES "${marker}")
  message(FATAL_ERROR "check_ctest_log: LastTest.log lost the tests' output (the count check's CTest "
                      "replaced it):\n${log}")
endif()
string(LENGTH "${log}" log_chars)
message(STATUS "check_ctest_log: LastTest.log holds the marker test's output (${log_chars} characters)")
file(REMOVE_RECURSE "${WORK_DIR}")
