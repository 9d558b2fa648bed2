# Every fuzz harness, once: name, source (in fuzz/), extra libraries. Each has a seed corpus in
# fuzz/corpus/<name>/, a dictionary fuzz/dict/<name>.dict and options fuzz/<name>.options.
# See cmake/AppnotifyFuzz.cmake for the two ways they are built.
appnotify_fuzz_target(fuzz_validate fuzz_validate.cpp)
appnotify_fuzz_target(fuzz_links fuzz_links.cpp)
