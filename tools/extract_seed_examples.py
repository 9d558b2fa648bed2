#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Extracts the examples of the seeds into examples/seed000/, seed001/, seed003/ and seed004/.

Each example is written twice:
  verbatim/<name>.json  exactly as the documentation prints it (with its // comments,
                        <placeholders>, JavaScript or Power Fx): what people paste, and what
                        appnotify must explain;
  <name>.json           ready to send: comments removed, placeholders replaced by fixed GUIDs,
                        and the code around the payload evaluated (JSON.stringify(...) becomes the
                        JSON string it returns, a Power Fx record and Table() become JSON, the
                        narrow no-break spaces U+202F that seed 001 has for spaces become spaces).
                        The documentation's own mistakes (single quotes in data, a multi-line
                        data string, data given as an object) are kept: appnotify explains them.

  seed000  the SendAppNotification request bodies (the action dialect)
  seed001  the appnotification records (the record dialect)
  seed003  the SendPushNotification records of the Power Fx formulas (the push dialect)
  seed004  the Graph notification request body (the graph dialect)

Usage: tools/extract_seed_examples.py [--check | --check-if-present] [SEEDS_DIR]
With --check, compares with the committed files instead of writing them (exit 1 on a difference);
--check-if-present does the same but exits 77 (skipped) when ../shared/seeds is absent.
"""
import json
import os
import re
import sys
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")

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


def default_seeds_dir():
    seeds = os.path.join(ROOT, "..", "shared", "seeds")
    if not os.path.isdir(seeds):
        raise SystemExit("../shared/seeds not found")
    return seeds


def seed_file(seeds_dir, number):
    for name in sorted(os.listdir(seeds_dir)):
        if name.startswith(number + "_"):
            return os.path.join(seeds_dir, name)
    raise SystemExit("seed %s not found under %s" % (number, seeds_dir))


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


def seed000(text):
    bodies = list(request_bodies(text))
    if len(bodies) != len(NAMES):
        raise SystemExit("expected %d request bodies in seed 000, found %d" % (len(NAMES), len(bodies)))
    files = {}
    for name, body in zip(NAMES, bodies):
        files[os.path.join("verbatim", name + ".json")] = body
        files[name + ".json"] = fill_placeholders(strip_comments(body)).rstrip() + "\n"
    return files


# --- seed 001: appnotification records ---------------------------------------------------------

SEED001_NAMES = [
    "welcome-client-api",
    "welcome-web-api",
    "action-title-url",
    "one-action",
    "multiple-primary-actions",
    "sla-critical",
    "sla-missed",
    "custom-icon",
    "custom-title-and-body",
]


def code_blocks(text):
    return [body for _, body in re.findall(r"```([\w-]+)[ \t]*\n(.*?)```", text, re.S)]


def object_literal(block):
    """The object a code block assigns or sends: from a line opening with '{' to the next line
    that is only '}' (the documentation's objects all end so, even the one it breaks)."""
    lines = block.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("{"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].rstrip() == "}")
    return "\n".join(lines[start:end + 1]) + "\n"


def matching_close(text, open_at):
    """The index of the bracket closing the one at `open_at`, strings skipped."""
    depth, i, in_string = 0, open_at, False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise SystemExit("unbalanced brackets in a seed example")


def evaluate_stringify(text):
    """JSON.stringify({...}) becomes the JSON string literal it returns."""
    marker = "JSON.stringify("
    while marker in text:
        at = text.index(marker)
        close = matching_close(text, at + len(marker) - 1)
        value = json.loads(text[at + len(marker):close])
        literal = json.dumps(json.dumps(value, separators=(",", ":"), ensure_ascii=False), ensure_ascii=False)
        text = text[:at] + literal + text[close + 1:]
    return text


def fill_owner(text):
    """The owner's placeholder, quoted or not ("GUID of the user.", <Guid of the user.>), becomes
    a fixed GUID."""
    return re.sub(r'("owner":\s*)(?:"([^"]*)"|<([^>]*)>)',
                  lambda m: m.group(1) + '"' + fixed_guid("<" + (m.group(2) or m.group(3)) + ">") + '"', text)


def seed001(text):
    blocks = code_blocks(text)
    if len(blocks) != len(SEED001_NAMES):
        raise SystemExit("expected %d code blocks in seed 001, found %d" % (len(SEED001_NAMES), len(blocks)))
    files = {}
    for name, block in zip(SEED001_NAMES, blocks):
        body = object_literal(block)
        files[os.path.join("verbatim", name + ".json")] = body
        ready = strip_comments(body.replace("\u202f", " "))
        files[name + ".json"] = fill_owner(evaluate_stringify(ready)).rstrip() + "\n"
    return files


# --- seed 003: push notifications -----------------------------------------------------------------

SEED003_NAMES = ["basic", "open-app-with-params"]


def power_fx_to_json(record):
    """A Power Fx record of the seed as JSON: names quoted, Table({...}) as an array of rows."""
    while "Table(" in record:
        at = record.index("Table(")
        close = matching_close(record, at + len("Table"))
        record = record[:at] + "[" + record[at + len("Table("):close] + "]" + record[close + 1:]
    out, in_string = [], False
    for token in re.split(r'("(?:[^"\\]|\\.)*")', record):
        if token.startswith('"'):
            out.append(token)
        else:
            out.append(re.sub(r"([A-Za-z_][A-Za-z0-9_]*)\s*:", r'"\1": ', token))
    return json.dumps(json.loads("".join(out)), indent=2, ensure_ascii=False) + "\n"


def seed003(text):
    calls = [b for b in code_blocks(text) if "SendPushNotification(" in b]
    if len(calls) != len(SEED003_NAMES):
        raise SystemExit("expected %d SendPushNotification calls in seed 003, found %d" % (len(SEED003_NAMES), len(calls)))
    files = {}
    for name, call in zip(SEED003_NAMES, calls):
        open_at = call.index("{")
        record = call[open_at:matching_close(call, open_at) + 1]
        files[os.path.join("verbatim", name + ".json")] = record + "\n"
        files[name + ".json"] = power_fx_to_json(record)
    return files


# --- seed 004: the Graph notification -------------------------------------------------------------

def seed004(text):
    start = text.index("POST https://graph.microsoft.com")
    request = text[start:text.index("\nResponse\n", start)]
    body = object_literal(request)
    return {os.path.join("verbatim", "hello-world.json"): body, "hello-world.json": body}


SEEDS = [("000", seed000), ("001", seed001), ("003", seed003), ("004", seed004)]


def outputs(seeds_dir):
    files = {}
    for number, extract in SEEDS:
        with open(seed_file(seeds_dir, number), encoding="utf-8") as f:
            for rel, content in extract(f.read()).items():
                files[os.path.join("seed" + number, rel)] = content
    return files


def main(argv):
    if "--check-if-present" in argv:
        # For the test suite: ../shared is not on every machine; 77 tells ctest to skip.
        try:
            seeds = default_seeds_dir()
        except SystemExit:
            print("../shared/seeds is not here: nothing to compare", file=sys.stderr)
            return 77
        return main(["--check", seeds])
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    files = outputs(args[0] if args else default_seeds_dir())
    stale = []
    for rel, content in sorted(files.items()):
        path = os.path.join(EXAMPLES, rel)
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
        print("examples/ differs from the seeds for: " + ", ".join(stale), file=sys.stderr)
        return 1
    if not check:
        print("wrote %d files under %s" % (len(files), os.path.relpath(EXAMPLES, ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
