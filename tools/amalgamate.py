#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates single_include/appnotify/appnotify.hpp from include/appnotify/.

Starting at the umbrella header, every `#include "..."` of the library is replaced by the file's
text, once; system includes (<simdjson.h>, <string>...) stay as they are. Python standard library
only.

Usage: tools/amalgamate.py [--check]
With --check, exits 1 when the committed single header differs from a fresh generation.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "include", "appnotify", "appnotify.hpp")
TARGET = os.path.join(ROOT, "single_include", "appnotify", "appnotify.hpp")

BANNER = """\
// SPDX-License-Identifier: MIT
// appnotify single header: check and render Power Apps in-app notifications.
//
// GENERATED FILE, DO NOT EDIT. Made by tools/amalgamate.py from include/appnotify/;
// edit those headers and run the script again.
//
// Header-only: the compiled mode (APPNOTIFY_HEADER_ONLY=0) needs include/appnotify/ and
// src/appnotify.cpp.
#if defined(APPNOTIFY_HEADER_ONLY) && !APPNOTIFY_HEADER_ONLY
#error "the single header is header-only: for APPNOTIFY_HEADER_ONLY=0 use include/appnotify/ and src/appnotify.cpp"
#endif
"""

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"\s*$')
# Each header's licence line; the banner carries one for the whole file.
SPDX = re.compile(r'^// SPDX-License-Identifier: ')


def expand(path, seen, out):
    path = os.path.normpath(path)
    if path in seen:
        return
    seen.add(path)
    rel = os.path.relpath(path, os.path.join(ROOT, "include")).replace(os.sep, "/")
    out.append("// ---- %s ----\n" % rel)
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = INCLUDE.match(line)
            if m:
                expand(os.path.join(os.path.dirname(path), m.group(1)), seen, out)
            elif SPDX.match(line):
                continue
            else:
                out.append(line)
    if out and not out[-1].endswith("\n"):
        out.append("\n")


def generate():
    out = [BANNER, "\n"]
    expand(SOURCE, set(), out)
    return "".join(out)


def main(argv):
    text = generate()
    if "--check" in argv:
        try:
            with open(TARGET, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("single_include/appnotify/appnotify.hpp is stale: run tools/amalgamate.py", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d lines)" % (os.path.relpath(TARGET, ROOT), text.count("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
