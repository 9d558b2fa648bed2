#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`appnotify validate --format github`: each diagnostic is one GitHub Actions workflow command
that the runner reads back (parsed here as the runner parses them: actions/runner's
ActionCommand) into the file, position, code and message of the JSON format, whatever the
payload and the file name hold. And .github/appnotify-problem-matcher.json: its pattern (the
JavaScript regular expression of the matcher, which Python's `re` reads the same way: no
JavaScript-only syntax is used) finds every diagnostic of the default text format, coloured or
not, and nothing in the source excerpts under them.

usage: github_test.py PATH/TO/appnotify
"""
import json
import os
import re
import unittest

import ci_support as ci

CLI = ci.cli_path()
MATCHER_PATH = os.path.join(ci.ROOT, ".github", "appnotify-problem-matcher.json")


def unescape_property(text):
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def unescape_data(text):
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse_command(line):
    """A workflow command line as the runner parses it: ::name key=value,key=value::data."""
    assert line.startswith("::"), line
    end = line.index("::", 2)
    head, data = line[2:end], line[end + 2:]
    name, _, properties = head.partition(" ")
    parsed = {}
    for pair in filter(None, properties.split(",")):
        key, _, value = pair.partition("=")
        parsed[key] = unescape_property(value)
    return name, parsed, unescape_data(data)


def shown(text):
    """A text as the annotation shows it: what could drive a log viewer as \\uXXXX, invalid UTF-8
    (already U+FFFD after surrogateescape decoding below) as \\xHH."""
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xDC80 <= cp <= 0xDCFF:  # a byte that is not UTF-8 (surrogateescape)
            out.append("\\x%02X" % (cp - 0xDC00))
        elif ch in "\r\n":
            out.append(ch)
        elif (cp < 0x20 or cp == 0x7F or 0x80 <= cp <= 0x9F or 0x200B <= cp <= 0x200F or 0x2028 <= cp <= 0x202E
              or 0x2066 <= cp <= 0x2069 or cp == 0xFEFF or 0xE0000 <= cp <= 0xE007F):
            out.append("\\u%04X" % cp)
        else:
            out.append(ch)
    return "".join(out)


def run_both(args, cwd):
    status, out, err = ci.run(CLI, "validate", "--format", "github", *args, cwd=cwd)
    _, json_out, _ = ci.run(CLI, "validate", "--format", "json", *args, cwd=cwd)
    return status, out, err, [json.loads(line) for line in json_out.decode("utf-8").splitlines()]


class GithubFormatTest(unittest.TestCase):
    def check(self, args, cwd, names=None):
        """Runs both formats and checks that every command reads back as the JSON diagnostic."""
        status, out, err, lines = run_both(args, cwd)
        text = out.decode("utf-8")  # strict: the output is UTF-8
        commands = text.split("\n")
        self.assertEqual(commands.pop(), "")
        expected = [(i, d) for i, line in enumerate(lines) for d in line["diagnostics"]]
        self.assertEqual(len(commands), len(expected))
        for command, (i, d) in zip(commands, expected):
            self.assertNotIn("\r", command)
            name, props, message = parse_command(command)
            self.assertEqual(name, d["severity"])
            file_name = names[i] if names else lines[i]["input"]
            self.assertEqual(props["file"], shown(os.fsdecode(file_name) if isinstance(file_name, bytes) else file_name))
            self.assertEqual(int(props["line"]), d["line"])
            self.assertEqual(int(props["endLine"]), d["end_line"])
            if d["end_line"] == d["line"]:
                self.assertEqual(int(props["col"]), d["column"])
                self.assertEqual(int(props["endColumn"]), max(d["end_column"], d["column"]))
            else:
                self.assertNotIn("col", props)
                self.assertNotIn("endColumn", props)
            self.assertEqual(props["title"], d["code"])
            self.assertEqual(set(props), {"file", "line", "col", "endLine", "endColumn", "title"} if "col" in props
                             else {"file", "line", "endLine", "title"})
            self.assertEqual(message, shown(d["message"]) + (" (at %s)" % shown(d["path"]) if d["path"] else ""))
        return status, err

    def test_examples_read_back_as_the_json_format(self):
        files = ci.example_files()
        status, err = self.check(files, ci.ROOT)
        self.assertIn(status, (0, 1))
        self.assertRegex(err.decode(), r"^\d+ inputs: ")

    def test_hostile_payloads_and_file_names_cannot_inject_commands(self):
        d = ci.TempDir()
        try:
            names = []
            for name, data in ci.hostile_payloads():
                d.write(name, data)
                names.append(name)
            status, _ = self.check(names, d.path, names)
            self.assertEqual(status, 1)
        finally:
            d.cleanup()

    def test_ndjson_annotations_are_on_the_record_line(self):
        d = ci.TempDir()
        try:
            d.write("export.ndjson", ci.VALID + ci.INVALID.replace(b"\n", b"") + b"\n")
            status, out, _ = ci.run(CLI, "validate", "--ndjson", "--format", "github", "export.ndjson", cwd=d.path)
            self.assertEqual(status, 1)
            [command] = out.decode().splitlines()
            name, props, message = parse_command(command)
            self.assertEqual((name, props["file"], props["line"], props["endLine"], props["title"]),
                             ("error", "export.ndjson", "2", "2", "number-as-string"))
        finally:
            d.cleanup()


class ProblemMatcherTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(MATCHER_PATH, encoding="utf-8") as f:
            matcher = json.load(f)["problemMatcher"]
        [entry] = matcher
        [pattern] = entry["pattern"]
        cls.owner = entry["owner"]
        cls.pattern = pattern
        cls.regexp = re.compile(pattern["regexp"])

    def match_text_output(self, args, cwd, color):
        status, out, _ = ci.run(CLI, "validate", "--color", "always" if color else "never", *args, cwd=cwd)
        _, json_out, _ = ci.run(CLI, "validate", "--format", "json", *args, cwd=cwd)
        expected = [(line["input"], d) for line in map(json.loads, json_out.decode().splitlines())
                    for d in line["diagnostics"]]
        found = []
        for line in out.decode("utf-8", "surrogateescape").split("\n"):
            m = self.regexp.search(line)
            if m:
                found.append({key: m.group(self.pattern[key]) for key in
                              ("file", "line", "column", "severity", "code", "message")})
        return status, found, expected

    def test_the_matcher_is_well_formed(self):
        self.assertEqual(self.owner, "appnotify")
        self.assertEqual({k for k in self.pattern if k != "regexp"},
                         {"file", "line", "column", "severity", "code", "message"})

    def test_every_diagnostic_of_the_examples_is_matched(self):
        d = ci.TempDir()
        try:
            # Examples plus source lines that look like diagnostics: none of them may match.
            d.write("lookalike.json", b'{"Title": "a.json:1:2: error[invalid-guid]: fake", "Recipient": "x",\n'
                                      b'"b.json:3:4: warning[x]: y": 1}\n')
            args = [os.path.join(ci.ROOT, f) for f in ci.example_files()] + [os.path.join(d.path, "lookalike.json")]
            for color in (False, True):
                status, found, expected = self.match_text_output(args, ci.ROOT, color)
                self.assertEqual(status, 1)
                self.assertEqual(len(found), len(expected), found)
                for f, (name, diag) in zip(found, expected):
                    self.assertEqual(f["file"], name)
                    self.assertEqual((int(f["line"]), int(f["column"])), (diag["line"], diag["column"]))
                    self.assertEqual((f["severity"], f["code"]), (diag["severity"], diag["code"]))
                    self.assertTrue(f["message"].startswith(diag["message"][:20].split("\\")[0]), f["message"])
                    self.assertNotIn("\x1b", f["message"])
        finally:
            d.cleanup()

    def test_file_names_with_colons_and_spaces(self):
        d = ci.TempDir()
        try:
            d.write("we:1:2: ird name.json", ci.INVALID)
            status, found, expected = self.match_text_output(["we:1:2: ird name.json"], d.path, False)
            self.assertEqual(status, 1)
            self.assertEqual([(f["file"], f["line"], f["column"], f["code"]) for f in found],
                             [("we:1:2: ird name.json", "4", "15", "number-as-string")])
        finally:
            d.cleanup()


if __name__ == "__main__":
    unittest.main(verbosity=2)
