# SPDX-License-Identifier: MIT
# The fuzz harnesses are listed once, in fuzz/targets.cmake, and built two ways:
#   FUZZ   - with clang and -fsanitize=fuzzer,address,undefined, linking the library in compiled
#            mode built with the same flags (fuzz/CMakeLists.txt), or with
#            AFL++'s afl-clang-fast++ / afl-clang-lto++ when APPNOTIFY_FUZZ_ENGINE is "afl"
#            (the same harness sources: AFL++ links its own driver for -fsanitize=fuzzer);
#   REPLAY - with any compiler and fuzz/replay_main.cpp, registered as a ctest test that replays
#            fuzz/corpus/<name>/ (tests/CMakeLists.txt), so harnesses never rot.
#
# In fuzz/targets.cmake:  appnotify_fuzz_target(<name> <source> [LIBRARIES <libs...>])

function(appnotify_fuzz_target name source)
    cmake_parse_arguments(ARG "" "" "LIBRARIES" ${ARGN})
    set(src "${PROJECT_SOURCE_DIR}/fuzz/${source}")
    if(APPNOTIFY_FUZZ_MODE STREQUAL "FUZZ")
        if(APPNOTIFY_FUZZ_ENGINE STREQUAL "afl")
            # Sanitizers come from AFL_USE_ASAN / AFL_USE_UBSAN at build time, as AFL++ wants.
            set(engine_flags -fsanitize=fuzzer)
        else()
            set(engine_flags -fsanitize=fuzzer,address,undefined)
        endif()
        add_executable(${name} "${src}")
        target_link_libraries(${name} PRIVATE appnotify_fuzzed ${ARG_LIBRARIES})
        target_compile_options(${name} PRIVATE ${engine_flags} -fno-sanitize-recover=all)
        target_link_options(${name} PRIVATE ${engine_flags})
    else()
        add_executable(${name}_replay "${src}" "${PROJECT_SOURCE_DIR}/fuzz/replay_main.cpp")
        target_link_libraries(${name}_replay PRIVATE ${APPNOTIFY_TEST_LIBRARY} ${ARG_LIBRARIES})
        target_compile_features(${name}_replay PRIVATE cxx_std_17)
        add_test(NAME fuzz_replay.${name}
            COMMAND ${name}_replay "${PROJECT_SOURCE_DIR}/fuzz/corpus/${name}")
    endif()
endfunction()

macro(appnotify_fuzz_targets mode)
    set(APPNOTIFY_FUZZ_MODE "${mode}")
    include("${PROJECT_SOURCE_DIR}/fuzz/targets.cmake")
endmacro()
