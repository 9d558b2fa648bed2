#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`appnotify validate --format sarif`: the log is valid against the official SARIF 2.1.0 schema
(tests/ci/sarif-schema-2.1.0.json, validated with python3-jsonschema) and says what the JSON
format says, for the real payloads of examples/, NDJSON and hostile inputs.

usage: sarif_test.py PATH/TO/appnotify
"""
import json
import os
import sys
import unittest
import urllib.parse

import ci_support as ci

CLI = ci.cli_path()
try:
    import jsonschema
except ImportError:
    ci.skip("python3-jsonschema is not installed")

with open(os.path.join(ci.ROOT, "tests", "ci", "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
    SCHEMA = json.load(f)
VALIDATOR = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
with open(os.path.join(ci.ROOT, "docs", "diagnostics.md"), encoding="utf-8") as f:
    HEADINGS = {line[3:].strip() for line in f if line.startswith("## ")}


def sarif(*args, cwd=ci.ROOT, stdin=b""):
    status, out, err = ci.run(CLI, "validate", "--format", "sarif", *args, cwd=cwd, stdin=stdin)
    text = out.decode("utf-8")  # strict: the log is UTF-8
    log = json.loads(text)
    errors = sorted(VALIDATOR.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join("%s: %s" % (list(e.path), e.message) for e in errors[:5])
    return status, log, err


def json_lines(*args, cwd=ci.ROOT):
    _, out, _ = ci.run(CLI, "validate", "--format", "json", *args, cwd=cwd)
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


class SarifTest(unittest.TestCase):
    def test_examples_give_a_valid_log_with_a_rule_per_code(self):
        files = ci.example_files()
        status, log, _ = sarif(*files)
        self.assertIn(status, (0, 1))
        self.assertEqual(log["version"], "2.1.0")
        self.assertEqual(len(log["runs"]), 1)
        run = log["runs"][0]
        driver = run["tool"]["driver"]
        self.assertEqual(driver["name"], "appnotify")
        self.assertRegex(driver["version"], r"^\d+\.\d+\.\d+$")
        self.assertEqual(driver["informationUri"], "https://github.com/appnotify/appnotify")
        ids = [r["id"] for r in driver["rules"]]  # in the order of the codes' values (ruleIndex)
        self.assertEqual(sorted(ids), sorted(ci.codes()))
        self.assertEqual(len(set(ids)), len(ids))
        for rule in driver["rules"]:
            self.assertTrue(rule["shortDescription"]["text"])
            self.assertTrue(rule["fullDescription"]["text"].startswith(rule["shortDescription"]["text"]))
            self.assertIn("Example (", rule["help"]["text"])
            self.assertIn("```", rule["help"]["markdown"] + "```")
            self.assertIn(rule["defaultConfiguration"]["level"], ("error", "warning"))
            base, anchor = rule["helpUri"].split("#")
            self.assertTrue(base.endswith("/docs/diagnostics.md"), base)
            self.assertEqual(anchor, rule["id"])
            self.assertIn(anchor, HEADINGS)
        self.assertEqual(run["columnKind"], "unicodeCodePoints")
        self.assertEqual(run["invocations"], [{"executionSuccessful": True}])

    def test_results_say_what_the_json_format_says(self):
        files = ci.example_files() + ["tests/data/diagnostic_examples.json"]
        _, log, _ = sarif(*files)
        rules = log["runs"][0]["tool"]["driver"]["rules"]
        expected = []
        for line in json_lines(*files):
            for d in line["diagnostics"]:
                expected.append((line["input"], d))
        results = log["runs"][0]["results"]
        self.assertEqual(len(results), len(expected))
        self.assertGreater(len(results), 5)
        for result, (name, d) in zip(results, expected):
            self.assertEqual(result["ruleId"], d["code"])
            self.assertEqual(rules[result["ruleIndex"]]["id"], d["code"])
            self.assertEqual(result["level"], d["severity"])
            self.assertEqual(result["message"]["text"], d["message"])
            location = result["locations"][0]
            physical = location["physicalLocation"]
            self.assertEqual(physical["artifactLocation"]["uri"], name)  # relative stays relative
            region = physical["region"]
            self.assertEqual((region["startLine"], region["startColumn"]), (d["line"], d["column"]))
            self.assertEqual((region["endLine"], region["endColumn"]), (d["end_line"], max(d["end_column"], d["column"]) if d["end_line"] == d["line"] else d["end_column"]))
            self.assertEqual((region["byteOffset"], region["byteLength"]), (d["offset"], d["length"]))
            if d["path"]:
                self.assertEqual(location["logicalLocations"], [{"fullyQualifiedName": d["path"]}])
            else:
                self.assertNotIn("logicalLocations", location)

    def test_every_catalogue_example_gives_its_rule(self):
        # The catalogue's payload examples, each in a file of its own.
        with open(os.path.join(ci.ROOT, "tests", "data", "diagnostic_examples.json"), encoding="utf-8") as f:
            catalogue = json.load(f)
        d = ci.TempDir()
        try:
            names = []
            for e in catalogue:
                if e["kind"] != "payload" or "options" in e or "dialect" in e:
                    continue
                data = bytes.fromhex(e["input_hex"]) if "input_hex" in e else e["input"].encode("utf-8")
                d.write(e["code"] + ".json", data)
                names.append(e["code"] + ".json")
            status, log, _ = sarif(*names, cwd=d.path)
            self.assertEqual(status, 1)
            found = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
                     for r in log["runs"][0]["results"]}
            for name in names:
                self.assertIn((name, name[:-5]), found)
        finally:
            d.cleanup()

    def test_absolute_paths_are_file_uris_and_unreadable_files_fail_the_run(self):
        path = os.path.join(ci.ROOT, "examples", "seed000", "url-action.json")
        status, log, err = sarif(path, "/nonexistent/dir/payload.json")
        self.assertEqual(status, 2)
        self.assertIn(b"cannot read /nonexistent/dir/payload.json", err)
        run = log["runs"][0]
        self.assertTrue(run["results"])
        for result in run["results"]:
            self.assertEqual(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "file://" + path)
        invocation = run["invocations"][0]
        self.assertFalse(invocation["executionSuccessful"])
        [notification] = invocation["toolExecutionNotifications"]
        self.assertEqual(notification["level"], "error")
        self.assertEqual(notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                         "file:///nonexistent/dir/payload.json")
        self.assertIn("No such file", notification["message"]["text"])

    def test_no_input_gives_a_valid_empty_log_and_stdin_works(self):
        status, log, _ = sarif(stdin=ci.VALID)
        self.assertEqual(status, 0)
        self.assertEqual(log["runs"][0]["results"], [])
        status, log, _ = sarif("-", stdin=ci.INVALID)
        self.assertEqual(status, 1)
        self.assertEqual([r["ruleId"] for r in log["runs"][0]["results"]], ["number-as-string"])

    def test_ndjson_gives_a_result_per_diagnostic_on_its_line(self):
        d = ci.TempDir()
        try:
            lines = [ci.VALID.strip(), ci.INVALID.replace(b"\n", b""), b"", b"[1]",
                     b'{"Title": "x", "Recipient": "/teams(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "Bodyy": "z"}']
            d.write("export.ndjson", b"\n".join(lines) + b"\n")
            status, log, err = sarif("--ndjson", "export.ndjson", cwd=d.path)
            self.assertEqual(status, 1)
            self.assertIn(b"summary: ", err)
            expected = []
            for line in json_lines("--ndjson", "export.ndjson", cwd=d.path):
                for diag in line["diagnostics"]:
                    expected.append((int(line["input"].rsplit(":", 1)[1]), diag))
            results = log["runs"][0]["results"]
            self.assertEqual(len(results), len(expected))
            self.assertEqual({n for n, _ in expected}, {2, 4, 5})
            for result, (line, diag) in zip(results, expected):
                physical = result["locations"][0]["physicalLocation"]
                self.assertEqual(physical["artifactLocation"]["uri"], "export.ndjson")
                region = physical["region"]
                self.assertEqual((region["startLine"], region["endLine"]), (line, line))
                self.assertEqual(region["startColumn"], diag["column"])
                self.assertNotIn("byteOffset", region)
                self.assertEqual(result["ruleId"], diag["code"])
        finally:
            d.cleanup()

    def test_hostile_inputs_and_file_names_give_a_valid_log(self):
        d = ci.TempDir()
        try:
            names = []
            for name, data in ci.hostile_payloads():
                d.write(name, data)
                names.append(name)
            status, log, _ = sarif(*names, cwd=d.path)
            self.assertEqual(status, 1)
            results = log["runs"][0]["results"]
            uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
            # Each file name is a relative URI reference that decodes to the very name.
            self.assertEqual({os.fsencode(urllib.parse.unquote_to_bytes(u)) for u in uris}, set(names))
            for uri in uris:
                self.assertRegex(uri, r"^[A-Za-z0-9\-._~/!$&'()*+,;=@%]+$")
                self.assertFalse(urllib.parse.urlsplit(uri).scheme, uri)
            # The 200 KB member name is shortened around a "~(N bytes)" marker (docs/hardening.md,
            # class 2): no result carries it whole, and none is larger than a diagnostic may be.
            pointers = [l.get("fullyQualifiedName", "") for r in results
                        for l in r["locations"][0].get("logicalLocations", [])]
            self.assertTrue(any("~(" in p and " bytes)" in p for p in pointers), pointers)
            self.assertTrue(all(len(p) <= 8192 for p in pointers))
            self.assertTrue(all(len(r["message"]["text"]) <= 8192 for r in results))
            self.assertIn(("invalid-utf8.json", "json-invalid-utf8"),
                          {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
                           for r in results})
            # The member name with every hostile character comes back intact.
            self.assertIn("/" + ci.HOSTILE_TEXT.replace("~", "~0").replace("/", "~1"),
                          {l["fullyQualifiedName"] for r in results
                           for l in r["locations"][0].get("logicalLocations", [])})
        finally:
            d.cleanup()

    def test_other_formats_and_usage(self):
        status, _, err = ci.run(CLI, "validate", "--format", "xml", cwd=ci.ROOT)
        self.assertEqual(status, 2)
        self.assertIn(b"use text, json, sarif or github", err)
        status, out, _ = ci.run(CLI, "validate", "--help")
        self.assertEqual(status, 0)
        self.assertIn(b"--format text|json|sarif|github", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
