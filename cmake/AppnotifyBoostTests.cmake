# SPDX-License-Identifier: MIT
# Registers every Boost.Test case of an executable as its own ctest test, so ctest's closing
# "N tests passed" counts real cases. The cases are listed by running the executable after each
# build (like gtest_discover_tests), which also picks up data-driven cases.

set(_appnotify_discover_script "${CMAKE_CURRENT_LIST_DIR}/discover_boost_tests.cmake")

function(appnotify_discover_boost_tests target)
    cmake_parse_arguments(ARG "" "PREFIX;WORKING_DIRECTORY" "" ${ARGN})
    if(NOT ARG_WORKING_DIRECTORY)
        set(ARG_WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    endif()
    set(ctest_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_cases.cmake")
    set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_include.cmake")
    add_custom_command(TARGET ${target} POST_BUILD
        COMMAND "${CMAKE_COMMAND}"
            "-DTEST_EXECUTABLE=$<TARGET_FILE:${target}>"
            "-DCTEST_FILE=${ctest_file}"
            "-DTEST_PREFIX=${ARG_PREFIX}"
            "-DWORKING_DIRECTORY=${ARG_WORKING_DIRECTORY}"
            -P "${_appnotify_discover_script}"
        BYPRODUCTS "${ctest_file}"
        VERBATIM)
    file(WRITE "${include_file}"
        "if(EXISTS \"${ctest_file}\")\n"
        "  include(\"${ctest_file}\")\n"
        "else()\n"
        "  add_test(${target}_NOT_BUILT ${target}_NOT_BUILT)\n"
        "endif()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
