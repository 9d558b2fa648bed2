# SPDX-License-Identifier: MIT
# Builds the meson consumer project SOURCE in BUILD with appnotify (APPNOTIFY_SOURCE_DIR) as its
# subproject, then runs the consumer. OPTIONS: the consumer project's -D options. The project is
# copied next to a subprojects/appnotify link, as a project that vendors appnotify has it.
file(REMOVE_RECURSE "${BUILD}")
file(MAKE_DIRECTORY "${BUILD}/project/meson_subproject/subprojects")
file(COPY "${SOURCE}/" DESTINATION "${BUILD}/project/meson_subproject")
file(COPY "${SOURCE}/../consumer.cpp" DESTINATION "${BUILD}/project")
file(CREATE_LINK "${APPNOTIFY_SOURCE_DIR}" "${BUILD}/project/meson_subproject/subprojects/appnotify" SYMBOLIC)
set(ENV{CXX} "${COMPILER}")
foreach(step IN ITEMS setup compile)
    if(step STREQUAL "setup")
        set(command "${MESON}" setup "${BUILD}/build" "${BUILD}/project/meson_subproject"
            --force-fallback-for=appnotify,appnotify_compiled ${OPTIONS})
    else()
        set(command "${MESON}" compile -C "${BUILD}/build")
    endif()
    execute_process(COMMAND ${command} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "meson ${step} failed (${rc}):\n${out}")
    endif()
endforeach()
execute_process(COMMAND "${BUILD}/build/consumer" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer failed (${rc}):\n${out}")
endif()
