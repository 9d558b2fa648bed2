# SPDX-License-Identifier: MIT
# Every fuzz harness, once: name, source (in fuzz/), extra libraries. Each has a seed corpus in
# fuzz/corpus/<name>/, a dictionary fuzz/dict/<name>.dict and options fuzz/<name>.options.
# See cmake/AppnotifyFuzz.cmake for the two ways they are built.
appnotify_fuzz_target(fuzz_validate fuzz_validate.cpp)
appnotify_fuzz_target(fuzz_validate_dialects fuzz_validate_dialects.cpp)
appnotify_fuzz_target(fuzz_links fuzz_links.cpp)
appnotify_fuzz_target(fuzz_markdown_html fuzz_markdown_html.cpp)
appnotify_fuzz_target(fuzz_markdown_ansi fuzz_markdown_ansi.cpp)
appnotify_fuzz_target(fuzz_markdown_text fuzz_markdown_text.cpp)
# The differential harness needs libcmark-gfm, the oracle (cmake/AppnotifyCmarkGfm.cmake).
include("${PROJECT_SOURCE_DIR}/cmake/AppnotifyCmarkGfm.cmake")
if(TARGET appnotify_cmark_gfm)
    appnotify_fuzz_target(fuzz_markdown_differential fuzz_markdown_differential.cpp LIBRARIES appnotify_cmark_gfm)
endif()
