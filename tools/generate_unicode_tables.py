#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates include/appnotify/detail/unicode_tables.hpp: the Unicode character classes the
markdown renderers need, as sorted ranges, from Python's unicodedata.

* punctuation: general categories P* (CommonMark's "Unicode punctuation" before 0.31);
* symbols: general categories S* (punctuation too for flanking since CommonMark 0.31);
* wide: East Asian Width W or F (two terminal columns);
* zero width: categories Mn, Me and Cf (except U+00AD), and Hangul medial vowels and final
  consonants U+1160..U+11FF (no terminal column of their own).

Usage: tools/generate_unicode_tables.py [--check]
With --check, exits 1 when the committed header differs from a fresh generation.
"""
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "include", "appnotify", "detail", "unicode_tables.hpp")


def ranges(predicate):
    out = []
    start = None
    for cp in range(0x110000 + 1):
        inside = cp <= 0x10FFFF and predicate(cp)
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def category(cp):
    return unicodedata.category(chr(cp))


def table(name, comment, items):
    lines = ["/// %s" % comment, "inline constexpr code_point_range %s[] = {" % name]
    row = []
    for first, last in items:
        row.append("{0x%X, 0x%X}," % (first, last))
        if len(row) == 6:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("};")
    lines.append("")
    return lines


def generate():
    punctuation = ranges(lambda cp: category(cp).startswith("P"))
    symbols = ranges(lambda cp: category(cp).startswith("S"))
    wide = ranges(lambda cp: unicodedata.east_asian_width(chr(cp)) in ("W", "F"))
    zero = ranges(lambda cp: (category(cp) in ("Mn", "Me", "Cf") and cp != 0xAD) or 0x1160 <= cp <= 0x11FF)
    lines = [
        "// Unicode character classes for the markdown renderers: punctuation and symbols (emphasis",
        "// flanking), wide and zero-width characters (terminal display width).",
        "//",
        "// GENERATED FILE, DO NOT EDIT. Made by tools/generate_unicode_tables.py from Python's",
        "// unicodedata (Unicode %s); run the script again to update it." % unicodedata.unidata_version,
        "#ifndef APPNOTIFY_DETAIL_UNICODE_TABLES_HPP",
        "#define APPNOTIFY_DETAIL_UNICODE_TABLES_HPP",
        "",
        "#include <cstddef>",
        "",
        "namespace appnotify::detail {",
        "",
        "struct code_point_range {",
        "    char32_t first;",
        "    char32_t last;",
        "};",
        "",
    ]
    lines += table("unicode_punctuation", "General categories Pc, Pd, Pe, Pf, Pi, Po, Ps.", punctuation)
    lines += table("unicode_symbols", "General categories Sc, Sk, Sm, So.", symbols)
    lines += table("unicode_wide", "East Asian Width W and F: two columns in a terminal.", wide)
    lines += table("unicode_zero_width", "Mn, Me, Cf (but U+00AD) and U+1160..U+11FF: no column of their own.", zero)
    lines += [
        "/// True when `cp` is inside one of the sorted, disjoint `ranges`.",
        "template <std::size_t N>",
        "constexpr bool in_ranges(const code_point_range (&ranges)[N], char32_t cp) noexcept {",
        "    std::size_t low = 0, high = N;",
        "    while (low < high) {",
        "        const std::size_t middle = low + (high - low) / 2;",
        "        if (cp < ranges[middle].first) high = middle;",
        "        else if (cp > ranges[middle].last) low = middle + 1;",
        "        else return true;",
        "    }",
        "    return false;",
        "}",
        "",
        "} // namespace appnotify::detail",
        "",
        "#endif // APPNOTIFY_DETAIL_UNICODE_TABLES_HPP",
        "",
    ]
    return "\n".join(lines)


def main(argv):
    text = generate()
    if "--check" in argv:
        try:
            with open(TARGET, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("include/appnotify/detail/unicode_tables.hpp is stale: run tools/generate_unicode_tables.py", file=sys.stderr)
            return 1
        return 0
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s" % os.path.relpath(TARGET, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
