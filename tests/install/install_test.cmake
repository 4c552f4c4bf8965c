# ctest: cmake --install into a fresh prefix, then the installed gaitsim, run from a folder with no
# scenarios in it, finds its scenario library by file name (`run normal.toml`), lists it
# (`gaitsim scenarios`), and the prefix holds the desktop entry and its icon (issue 16).
# Usage: cmake -DBUILD_DIR=build -DWORK_DIR=somewhere -P install_test.cmake
file(REMOVE_RECURSE ${WORK_DIR})
set(PREFIX ${WORK_DIR}/prefix)
set(ELSEWHERE ${WORK_DIR}/elsewhere)
file(MAKE_DIRECTORY ${ELSEWHERE})

execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()

set(app_program "")
if(EXISTS ${BUILD_DIR}/gaitsim-app)  # built with the GUI: the app program goes beside gaitsim
  set(app_program bin/gaitsim-app)
endif()
foreach(f bin/gaitsim ${app_program} share/gaitsim/scenarios/normal.toml share/gaitsim/scenarios/left_sgn_palsy.toml
          share/gaitsim/assets/normative_gait.csv share/applications/gaitsim.desktop
          share/icons/hicolor/scalable/apps/gaitsim.svg)
  if(NOT EXISTS ${PREFIX}/${f})
    message(FATAL_ERROR "not installed: ${PREFIX}/${f}")
  endif()
endforeach()

file(READ ${PREFIX}/share/applications/gaitsim.desktop desktop)
if(NOT desktop MATCHES "\nExec=gaitsim" OR NOT desktop MATCHES "\nIcon=gaitsim\n")
  message(FATAL_ERROR "the desktop entry does not start gaitsim with its icon:\n${desktop}")
endif()

# the library by file name, from a folder with no scenarios/
execute_process(COMMAND ${PREFIX}/bin/gaitsim run normal.toml --duration 2 --json out.json
                WORKING_DIRECTORY ${ELSEWHERE} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS ${ELSEWHERE}/out.json)
  message(FATAL_ERROR "installed gaitsim run normal.toml failed (${rc}): ${err}")
endif()
file(READ ${ELSEWHERE}/out.json summary)
if(NOT summary MATCHES "\"speed_m_s\"")
  message(FATAL_ERROR "no summary in out.json: ${summary}")
endif()

# the listing names the installed library (not the source tree's) and its scenarios
execute_process(COMMAND ${PREFIX}/bin/gaitsim scenarios WORKING_DIRECTORY ${ELSEWHERE} RESULT_VARIABLE rc
                OUTPUT_VARIABLE listing)
if(NOT rc EQUAL 0 OR NOT listing MATCHES "Scenario library: ${PREFIX}/share/gaitsim/scenarios"
   OR NOT listing MATCHES "normal.toml +Normal walking" OR NOT listing MATCHES "left_sgn_palsy_compensated.toml")
  message(FATAL_ERROR "gaitsim scenarios (${rc}):\n${listing}")
endif()

# a name that is in no library is still the one-line error, exit 2
execute_process(COMMAND ${PREFIX}/bin/gaitsim run no_such_scenario.toml WORKING_DIRECTORY ${ELSEWHERE}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "^gaitsim: no_such_scenario.toml: cannot open file")
  message(FATAL_ERROR "a missing scenario (${rc}): ${err}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "installed into ${PREFIX}; gaitsim found its scenario library from ${ELSEWHERE}")
