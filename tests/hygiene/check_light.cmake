# SPDX-License-Identifier: MIT
# Fails when HEADER, preprocessed by COMPILER with FLAGS, pulls in a file matching FORBIDDEN
# (simdjson.h): the headers that do not validate JSON must stay light to compile.
execute_process(COMMAND "${COMPILER}" ${FLAGS} -M -x c++ "${HEADER}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE dependencies ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "preprocessing ${HEADER} failed (${rc}):\n${errors}")
endif()
string(REGEX MATCH "[^ \\\n]*${FORBIDDEN}" found "${dependencies}")
if(found)
    message(FATAL_ERROR "${HEADER} pulls in ${found}")
endif()
