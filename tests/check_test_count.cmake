# A CTest entry (README "Tests"): every Catch2 test case is one CTest entry and every CTest entry of
# the suite is one Catch2 test case. catch_discover_tests splits a name at ';' into entries that match
# no test case, and a name it cannot pass back to Catch2 whole runs nothing; both make the counts or
# the names differ here. Hidden test cases ([.] tags) are left out on both sides: Catch2 does not list
# them without a test spec, so catch_discover_tests does not register them.
cmake_minimum_required(VERSION 3.20)
# Usage: cmake -DCTEST=ctest -DBUILD_DIR=build -DTESTS=build/gaitsim_tests -P check_test_count.cmake
foreach(v CTEST BUILD_DIR TESTS)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_test_count: -D${v}=... missing")
  endif()
endforeach()

# CMake lists split at ';' and group at '[' ']': keep each name one element
function(escape_names text out)
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "[" "<lbracket>" text "${text}")
  string(REPLACE "]" "<rbracket>" text "${text}")
  string(REPLACE "\n" ";" text "${text}")
  list(FILTER text EXCLUDE REGEX "^$")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND "${TESTS}" --list-test-names-only OUTPUT_VARIABLE catch_out RESULT_VARIABLE catch_rc)
if(catch_rc LESS 0 OR NOT catch_rc MATCHES "^[0-9]+$")
  message(FATAL_ERROR "check_test_count: ${TESTS} --list-test-names-only failed: ${catch_rc}")
endif()
escape_names("${catch_out}" catch_names)

# CTest's entries read from a folder of its own that includes BUILD_DIR: CTest rewrites the log of the
# folder it is given (Testing/Temporary/LastTest.log), and this check runs inside the suite's own
# CTest run on BUILD_DIR, whose log of every test's output it would replace (check_ctest_log.cmake)
set(list_dir "${BUILD_DIR}/ctest_count_check")
file(MAKE_DIRECTORY "${list_dir}")
file(WRITE "${list_dir}/CTestTestfile.cmake" "subdirs(\"${BUILD_DIR}\")\n")
execute_process(COMMAND "${CTEST}" --test-dir "${list_dir}" --show-only=json-v1 -L "^catch$"
                OUTPUT_VARIABLE ctest_json RESULT_VARIABLE ctest_rc)
if(NOT ctest_rc EQUAL 0)
  message(FATAL_ERROR "check_test_count: ctest --show-only failed: ${ctest_rc}")
endif()
string(JSON ctest_count LENGTH "${ctest_json}" tests)
set(ctest_names "")
if(ctest_count GREATER 0)
  math(EXPR last "${ctest_count} - 1")
  foreach(i RANGE ${last})
    string(JSON name GET "${ctest_json}" tests ${i} name)
    escape_names("${name}\n" name)
    list(APPEND ctest_names "${name}")
  endforeach()
endif()

list(LENGTH catch_names catch_count)
set(only_catch ${catch_names})
list(REMOVE_ITEM only_catch ${ctest_names})
set(only_ctest ${ctest_names})
list(REMOVE_ITEM only_ctest ${catch_names})
if(NOT catch_count EQUAL ctest_count OR only_catch OR only_ctest)
  list(JOIN only_catch "\n  " only_catch)
  list(JOIN only_ctest "\n  " only_ctest)
  message(FATAL_ERROR
    "check_test_count: Catch2 lists ${catch_count} test cases, CTest has ${ctest_count} entries\n"
    "Catch2 test cases with no CTest entry of that name:\n  ${only_catch}\n"
    "CTest entries that name no Catch2 test case:\n  ${only_ctest}\n"
    "(test names must not contain ';' -- catch_discover_tests splits them)")
endif()
message(STATUS "check_test_count: ${catch_count} Catch2 test cases, ${ctest_count} CTest entries, names equal")
