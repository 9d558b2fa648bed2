# SPDX-License-Identifier: MIT
# Runs GENERATOR [OPTION] CATALOGUE into ACTUAL and fails when it differs from the committed
# EXPECTED.
execute_process(COMMAND "${GENERATOR}" ${OPTION} "${CATALOGUE}" OUTPUT_FILE "${ACTUAL}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${GENERATOR} failed (${rc})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${EXPECTED}" "${ACTUAL}" RESULT_VARIABLE same)
if(NOT same EQUAL 0)
    message(FATAL_ERROR "${EXPECTED} is stale: regenerate it with\n  ${GENERATOR} ${OPTION} ${CATALOGUE} > ${EXPECTED}")
endif()
