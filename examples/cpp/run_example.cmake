# SPDX-License-Identifier: MIT
# Runs an example program with its arguments and compares its standard output, byte for byte,
# with the expected file; the actual output is kept beside it for a diff. The program runs in
# WORKING_DIRECTORY (when given: the repository's root, so that the file names it prints are
# the same on every machine) and must exit with STATUS (0 unless given). With STDERR true, its
# standard error is compared too (written to the same file); with an empty EXPECTED, only the
# exit status is checked.
# cmake -DPROGRAM=... -DARGUMENTS=a;b -DEXPECTED=... -DACTUAL=... [-DSTATUS=N] [-DSTDERR=ON]
#       [-DWORKING_DIRECTORY=...] -P run_example.cmake
if(NOT DEFINED STATUS)
    set(STATUS 0)
endif()
if(NOT WORKING_DIRECTORY)
    set(WORKING_DIRECTORY ".")
endif()
if(STDERR)
    execute_process(COMMAND "${PROGRAM}" ${ARGUMENTS}
        WORKING_DIRECTORY "${WORKING_DIRECTORY}"
        RESULT_VARIABLE status OUTPUT_FILE "${ACTUAL}" ERROR_FILE "${ACTUAL}")
    set(errors "(in ${ACTUAL})")
else()
    execute_process(COMMAND "${PROGRAM}" ${ARGUMENTS}
        WORKING_DIRECTORY "${WORKING_DIRECTORY}"
        RESULT_VARIABLE status OUTPUT_FILE "${ACTUAL}" ERROR_VARIABLE errors)
endif()
if(NOT status STREQUAL STATUS)
    message(FATAL_ERROR "${PROGRAM} exited with ${status}, not ${STATUS}:\n${errors}")
endif()
if(NOT EXPECTED)
    return()
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${EXPECTED}" "${ACTUAL}" RESULT_VARIABLE differs)
if(differs)
    file(READ "${ACTUAL}" actual)
    message(FATAL_ERROR "the output of ${PROGRAM} differs from ${EXPECTED} (kept in ${ACTUAL}):\n${actual}")
endif()
