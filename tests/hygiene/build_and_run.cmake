# SPDX-License-Identifier: MIT
# Compiles SOURCES with COMPILER and FLAGS into OUTPUT, links LIBS, and runs the result.
execute_process(COMMAND "${COMPILER}" ${FLAGS} ${SOURCES} -o "${OUTPUT}" ${LIBS}
    RESULT_VARIABLE built OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "build failed:\n${out}")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT ran EQUAL 0)
    message(FATAL_ERROR "run failed (${ran}):\n${out}")
endif()
