#!/bin/bash -eu
# SPDX-License-Identifier: MIT
# OSS-Fuzz build script (the project's build.sh): OSS-Fuzz provides $CXX, $CXXFLAGS,
# $LIB_FUZZING_ENGINE, $SRC and $OUT; the Dockerfile installs libsimdjson-dev and pkg-config (and
# libcmark-gfm-dev for the differential harness) with apt-get and clones appnotify to
# $SRC/appnotify. simdjson's flags come from simdjson.pc: Debian's library is built with
# SIMDJSON_THREADS_ENABLED=1, and every unit that includes simdjson.h must agree with it.
cd "$SRC/appnotify"
simdjson=$(pkg-config --cflags --libs simdjson)
for target in $(sed -n 's/^ *appnotify_fuzz_target(\([a-z_]*\) .*/\1/p' fuzz/targets.cmake); do
    line=$(grep "appnotify_fuzz_target($target " fuzz/targets.cmake)
    source=$(echo "$line" | awk '{print $2}' | tr -d ')')
    libs=""
    # The CMake target appnotify_cmark_gfm is Debian's libcmark-gfm, the markdown oracle.
    case "$line" in *appnotify_cmark_gfm*) libs="-lcmark-gfm";; esac
    $CXX $CXXFLAGS -std=c++17 -Iinclude "fuzz/$source" -o "$OUT/$target" $LIB_FUZZING_ENGINE $simdjson $libs
    (cd "fuzz/corpus/$target" && zip -q -r "$OUT/${target}_seed_corpus.zip" .)
    [ -f "fuzz/dict/$target.dict" ] && cp "fuzz/dict/$target.dict" "$OUT/$target.dict"
    [ -f "fuzz/$target.options" ] && sed "s|dict/$target.dict|$target.dict|" "fuzz/$target.options" > "$OUT/$target.options"
done
