# SPDX-License-Identifier: MIT
# Runs an example program with its arguments and compares its standard output, byte for byte,
# with the expected file; the actual output is kept beside it for a diff.
# cmake -DPROGRAM=... -DARGUMENTS=a;b -DEXPECTED=... -DACTUAL=... -P run_example.cmake
execute_process(COMMAND "${PROGRAM}" ${ARGUMENTS}
    RESULT_VARIABLE status OUTPUT_FILE "${ACTUAL}" ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} exited with ${status}:\n${errors}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${EXPECTED}" "${ACTUAL}" RESULT_VARIABLE differs)
if(differs)
    file(READ "${ACTUAL}" actual)
    message(FATAL_ERROR "the output of ${PROGRAM} differs from ${EXPECTED}:\n${actual}")
endif()
