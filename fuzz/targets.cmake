# Every fuzz harness, once: name, source (in fuzz/), extra libraries. Each has a seed corpus in
# fuzz/corpus/<name>/, a dictionary fuzz/dict/<name>.dict and options fuzz/<name>.options.
# See cmake/AppnotifyFuzz.cmake for the two ways they are built.
