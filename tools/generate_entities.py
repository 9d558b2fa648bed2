#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates include/appnotify/detail/html_entities.hpp: the HTML5 named character references
that CommonMark recognises (those written with a final ';'), from Python's
html.entities.html5 (the WHATWG list, the one the CommonMark spec points to).

Usage: tools/generate_entities.py [--check]
With --check, exits 1 when the committed header differs from a fresh generation.
"""
import html.entities
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "include", "appnotify", "detail", "html_entities.hpp")


def c_string(value):
    return "".join("\\x%02X" % b for b in value.encode("utf-8"))


def generate():
    entities = sorted((name[:-1], value) for name, value in html.entities.html5.items() if name.endswith(";"))
    longest = max(len(name) for name, _ in entities)
    lines = [
        "// The HTML5 named character references, for markdown entity references (&amp; &ouml; ...).",
        "//",
        "// GENERATED FILE, DO NOT EDIT. Made by tools/generate_entities.py from Python's",
        "// html.entities.html5 (the WHATWG entity list); run the script again to update it.",
        "#ifndef APPNOTIFY_DETAIL_HTML_ENTITIES_HPP",
        "#define APPNOTIFY_DETAIL_HTML_ENTITIES_HPP",
        "",
        "#include <cstddef>",
        "#include <string_view>",
        "",
        "namespace appnotify::detail {",
        "",
        "struct html_entity {",
        "    std::string_view name;  // without '&' and ';'",
        "    std::string_view value; // UTF-8",
        "};",
        "",
        "/// Length of the longest entity name (without '&' and ';').",
        "inline constexpr std::size_t html_entity_max_name = %d;" % longest,
        "",
        "/// Every entity, sorted by name (byte order) for binary search.",
        "inline constexpr html_entity html_entities[] = {",
    ]
    for name, value in entities:
        lines.append('    {"%s", "%s"},' % (name, c_string(value)))
    lines += [
        "};",
        "",
        "/// The value of the entity called `name`, or an empty view when there is none.",
        "constexpr std::string_view find_html_entity(std::string_view name) noexcept {",
        "    std::size_t low = 0, high = sizeof html_entities / sizeof html_entities[0];",
        "    while (low < high) {",
        "        const std::size_t middle = low + (high - low) / 2;",
        "        const int order = html_entities[middle].name.compare(name);",
        "        if (order == 0) return html_entities[middle].value;",
        "        if (order < 0) low = middle + 1;",
        "        else high = middle;",
        "    }",
        "    return {};",
        "}",
        "",
        "} // namespace appnotify::detail",
        "",
        "#endif // APPNOTIFY_DETAIL_HTML_ENTITIES_HPP",
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
            print("include/appnotify/detail/html_entities.hpp is stale: run tools/generate_entities.py", file=sys.stderr)
            return 1
        return 0
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s" % os.path.relpath(TARGET, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
