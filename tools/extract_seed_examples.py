#!/usr/bin/env python3
"""Extracts the Web API request bodies of seed 000 into examples/seed000/.

Each body is written twice:
  verbatim/<name>.json  exactly as the documentation prints it (with its // comments and
                        <placeholders>): what people paste, and what appnotify must explain;
  <name>.json           ready to send: comments removed, placeholders replaced by fixed GUIDs.

Usage: tools/extract_seed_examples.py [--check | --check-if-present] [SEED_FILE]
With --check, compares with the committed files instead of writing them (exit 1 on a difference);
--check-if-present does the same but exits 77 (skipped) when ../shared/seeds is absent.
"""
import os
import re
import sys
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "examples", "seed000")

# Names for the examples, in the order the document shows them.
NAMES = [
    "welcome",
    "sla-critical-inline-link",
    "mention-formatted",
    "custom-icon",
    "url-action",
    "side-pane-actions",
    "teams-chat-action",
]


def default_seed():
    seeds = os.path.join(ROOT, "..", "shared", "seeds")
    for name in sorted(os.listdir(seeds)):
        if name.startswith("000_"):
            return os.path.join(seeds, name)
    raise SystemExit("seed 000 not found under ../shared/seeds")


def request_bodies(text):
    """The JSON bodies of the ```http blocks that POST SendAppNotification."""
    for block in re.findall(r"```http\n(.*?)```", text, re.S):
        if "SendAppNotification" not in block.split("\n", 1)[0]:
            continue
        start = block.find("\n{")
        if start < 0:
            continue
        yield block[start + 1:].rstrip() + "\n"


def strip_comments(body):
    """Removes // comments outside strings (the documentation annotates values with them)."""
    out = []
    for line in body.split("\n"):
        in_string = False
        escaped = False
        cut = len(line)
        for i, c in enumerate(line):
            if in_string:
                if escaped:
                    escaped = False
                elif c == "\\":
                    escaped = True
                elif c == '"':
                    in_string = False
            elif c == '"':
                in_string = True
            elif c == "/" and line[i + 1:i + 2] == "/":
                cut = i
                break
        out.append(line[:cut].rstrip())
    return "\n".join(out)


def fixed_guid(placeholder):
    """A stable GUID for a placeholder, so the examples never change between runs."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "appnotify-seed:" + placeholder.lower()))


def fill_placeholders(body):
    return re.sub(r"<[A-Za-z][A-Za-z0-9 ]*>", lambda m: fixed_guid(m.group(0)), body)


def outputs(seed_path):
    with open(seed_path, encoding="utf-8") as f:
        bodies = list(request_bodies(f.read()))
    if len(bodies) != len(NAMES):
        raise SystemExit("expected %d request bodies in %s, found %d" % (len(NAMES), seed_path, len(bodies)))
    files = {}
    for name, body in zip(NAMES, bodies):
        files[os.path.join("verbatim", name + ".json")] = body
        files[name + ".json"] = fill_placeholders(strip_comments(body)).rstrip() + "\n"
    return files


def main(argv):
    if "--check-if-present" in argv:
        # For the test suite: ../shared is not on every machine; 77 tells ctest to skip.
        try:
            seed = default_seed()
        except (SystemExit, FileNotFoundError):
            print("../shared/seeds is not here: nothing to compare", file=sys.stderr)
            return 77
        return main(["--check", seed])
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    files = outputs(args[0] if args else default_seed())
    stale = []
    for rel, content in sorted(files.items()):
        path = os.path.join(OUT, rel)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != content:
                        stale.append(rel)
            except FileNotFoundError:
                stale.append(rel)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(content)
    if stale:
        print("examples/seed000 differs from the seed for: " + ", ".join(stale), file=sys.stderr)
        return 1
    if not check:
        print("wrote %d files under %s" % (len(files), os.path.relpath(OUT, ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
