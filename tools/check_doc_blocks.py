#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compiles every C++ block of the given Markdown files, as a reader would paste it.

A block opened with ```cpp (or ```c++) is a whole translation unit: it is compiled with the
given compiler and flags (warnings as errors); one that defines main() is also linked and run,
and must exit with 0 unless its info string says `exit=N`. A block that is only a fragment
says so in its info string (```cpp fragment) and is skipped; the skipped blocks are listed by
file and line, so a fragment is a visible choice, never an accident.

A directory stands for the .md files directly in it, in name order.

    check_doc_blocks.py --cxx g++ --flags "-std=c++17 -Iinclude" --libs "-lsimdjson" FILE.md|DIR...
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^(`{3,}|~{3,})\s*(.*)$")


def blocks(path):
    """Yields (line, info words, code) for every fenced block whose language is C++."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).split()
        start = i + 1
        i += 1
        body = []
        while i < len(lines) and not (lines[i].startswith(fence[0] * len(fence)) and lines[i].strip(fence[0]) == ""):
            body.append(lines[i])
            i += 1
        i += 1
        if info and info[0].lower() in ("cpp", "c++"):
            yield start, info[1:], "\n".join(body) + "\n"


def check(args, path, line, words, code, workdir):
    name = f"{os.path.relpath(path)}:{line}"
    stem = os.path.join(workdir, re.sub(r"[^A-Za-z0-9]", "_", name))
    source = stem + ".cpp"
    with open(source, "w", encoding="utf-8") as f:
        f.write(f'#line {line + 1} "{os.path.relpath(path)}"\n' + code)
    has_main = re.search(r"\bint\s+main\s*\(", code) is not None
    command = shlex.split(args.cxx) + shlex.split(args.flags) + [source]
    command += ["-o", stem] + shlex.split(args.libs) if has_main else ["-fsyntax-only"]
    built = subprocess.run(command, capture_output=True, text=True)
    if built.returncode != 0:
        return name, False, "does not compile:\n" + built.stdout + built.stderr
    if not has_main:
        return name, True, "compiled"
    expected = 0
    for w in words:
        if w.startswith("exit="):
            expected = int(w[5:])
    ran = subprocess.run([stem], capture_output=True, text=True, timeout=60)
    if ran.returncode != expected:
        return name, False, f"exited with {ran.returncode}, not {expected}:\n{ran.stdout}{ran.stderr}"
    return name, True, "compiled, linked and ran"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cxx", default="c++")
    parser.add_argument("--flags", default="-std=c++17")
    parser.add_argument("--libs", default="")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    files = []
    for path in args.files:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, name) for name in os.listdir(path) if name.endswith(".md"))
        else:
            files.append(path)

    failures = 0
    compiled = 0
    with tempfile.TemporaryDirectory(prefix="appnotify-doc-blocks-") as workdir, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        jobs = []
        for path in files:
            for line, words, code in blocks(path):
                if "fragment" in words:
                    print(f"{os.path.relpath(path)}:{line}: skipped (marked as a fragment)")
                    continue
                jobs.append(pool.submit(check, args, path, line, words, code, workdir))
        for job in jobs:
            name, ok, what = job.result()
            print(f"{name}: {what}")
            compiled += ok
            failures += not ok
    print(f"{compiled} block(s) compiled, {failures} failed")
    if compiled == 0:
        print("no C++ block was compiled: is the list of files right?")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
