#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compile-fail tests: misuse of the library must not compile.

Usage: check.py SOURCE -- COMPILER [FLAGS...]

SOURCE holds cases, each in an `#if defined(CASE_name)` / `#elif defined(CASE_name)` block. Each
case is compiled on its own (-fsyntax-only -DCASE_name). The case `lvalue_forms` must compile
without any diagnostic. Every other case must fail, for the reason its name gives
(`dangling_*`: a deleted accessor or constructor; `discarded_*`: a [[nodiscard]] result
ignored; `lifetimebound_*`: clang's -Wdangling on a parameter marked APPNOTIFY_LIFETIMEBOUND,
skipped with other compilers), with a diagnostic pointing into the case's own lines, so that no
case passes because of an unrelated error. Exits 1 when a case does not behave.
"""
import os
import re
import subprocess
import sys

REASONS = {
    "dangling": re.compile(r"deleted", re.I),
    "discarded": re.compile(r"nodiscard", re.I),
    "lifetimebound": re.compile(r"-Wdangling"),
}
CASE = re.compile(r"^#\s*(?:el)?if defined\(CASE_(\w+)\)")


def cases_of(path):
    """[(name, first line, last line)] of the cases, 1-based."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    found = []
    for number, line in enumerate(lines, 1):
        if found and found[-1][2] is None and re.match(r"^#\s*(elif|else|endif)", line):
            found[-1][2] = number - 1
        m = CASE.match(line)
        if m:
            found.append([m.group(1), number, None])
    return [tuple(c) for c in found]


def main():
    if "--" not in sys.argv or sys.argv.index("--") != 2:
        sys.exit(__doc__)
    source = os.path.abspath(sys.argv[1])
    compiler = sys.argv[3:]
    cases = cases_of(source)
    version = subprocess.run(compiler + ["--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    clang = "clang" in version.stdout
    if not any(name == "lvalue_forms" for name, _, _ in cases) or len(cases) < 2:
        sys.exit("%s: expected the case lvalue_forms and at least one failing case" % source)
    failures = 0
    for name, first, last in cases:
        if name.startswith("lifetimebound_") and not clang:
            print("%-34s skipped (clang only)" % name)
            continue
        command = compiler + ["-fsyntax-only", "-DCASE_" + name, source]
        run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        output = run.stdout
        if name == "lvalue_forms":
            ok = run.returncode == 0 and output.strip() == ""
            why = "must compile cleanly"
        else:
            reason = REASONS.get(name.split("_")[0])
            if reason is None:
                sys.exit("%s: case %s: its name must start with one of %s" % (source, name, ", ".join(REASONS)))
            here = re.compile(re.escape(os.path.basename(source)) + r":(\d+):")
            lines = [int(n) for n in here.findall(output)]
            ok = (run.returncode != 0 and reason.search(output) is not None
                  and any(first <= n <= last for n in lines))
            why = "must fail with %r at lines %d-%d" % (reason.pattern, first, last)
        print("%-34s %s" % (name, "ok" if ok else "FAILED: " + why))
        if not ok:
            failures += 1
            print(" ".join(command))
            print(output)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
