#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks that every source file of the repository starts with its SPDX licence line.

A source file is C, C++, Python, shell, CMake, meson, JavaScript or TypeScript; the line must be
among its first two (after a #! line). Directories that hold generated or downloaded files
(build*, node_modules, .git) are skipped. Exits 1 and lists the files without the line.

Usage: tools/check_spdx.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE_SUFFIXES = (".hpp", ".cpp", ".h", ".c", ".py", ".sh", ".cmake", ".mjs", ".js", ".ts", ".cmake.in", ".pc.in")
SOURCE_NAMES = ("CMakeLists.txt", "meson.build", "meson_options.txt")
SKIPPED_DIRECTORIES = ("node_modules", ".git", "__pycache__", "subprojects")


def is_source(path):
    name = os.path.basename(path)
    if name in SOURCE_NAMES or name.endswith(SOURCE_SUFFIXES):
        return True
    if "." in name:
        return False
    try:  # an executable script without a suffix
        with open(path, "rb") as f:
            return f.read(2) == b"#!"
    except OSError:
        return False


def has_licence_line(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        head = [f.readline() for _ in range(3)]
    if head[0].startswith("#!"):
        head = head[1:]
    return any("SPDX-License-Identifier: MIT" in line for line in head[:2])


def main():
    missing = []
    for directory, subdirectories, files in os.walk(ROOT):
        subdirectories[:] = sorted(d for d in subdirectories
                                   if d not in SKIPPED_DIRECTORIES and not d.startswith("build"))
        for name in sorted(files):
            path = os.path.join(directory, name)
            if is_source(path) and not has_licence_line(path):
                missing.append(os.path.relpath(path, ROOT))
    for path in missing:
        print("%s: no 'SPDX-License-Identifier: MIT' line at the top" % path, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
