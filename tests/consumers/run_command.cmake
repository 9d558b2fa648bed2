# SPDX-License-Identifier: MIT
# Runs COMMAND (a list) with PKG_CONFIG_PATH set, then runs OUTPUT; fails on any error.
if(DEFINED PKG_CONFIG_PATH)
    set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_PATH}")
endif()
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "command failed (${rc}):\n${out}")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer failed (${rc}):\n${out}")
endif()
