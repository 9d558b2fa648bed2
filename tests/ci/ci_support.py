# SPDX-License-Identifier: MIT
"""What the CI-format tests share: the tool under test, the repository, payloads (real ones from
examples/ and hostile ones), and a way to run the tool.

Every test script takes the path of the built `appnotify` executable as its first argument and
exits 77 (the "skipped" status of ctest and meson) when a tool it needs is not installed.
"""
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = 77


def cli_path():
    if len(sys.argv) < 2:
        print("usage: %s PATH/TO/appnotify [unittest options]" % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    path = os.path.abspath(sys.argv.pop(1))
    if not os.access(path, os.X_OK):
        print("%s is not an executable" % path, file=sys.stderr)
        sys.exit(2)
    return path


def skip(reason):
    print("skipped: " + reason)
    sys.exit(SKIP)


def run(cli, *args, stdin=b"", cwd=None):
    """Runs the tool; returns (status, stdout bytes, stderr bytes)."""
    p = subprocess.run([cli, *args], input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd,
                       timeout=300)
    return p.returncode, p.stdout, p.stderr


def example_files():
    """The payloads of examples/, relative to the repository (as CI passes them)."""
    files = sorted(glob.glob("examples/*/*.json", root_dir=ROOT))
    assert len(files) >= 10, files
    return files


def codes():
    """The codes of the catalogue, in its order (that of docs/diagnostics.md)."""
    import json
    with open(os.path.join(ROOT, "tests", "data", "diagnostic_examples.json"), encoding="utf-8") as f:
        return [entry["code"] for entry in json.load(f)]


VALID = (b'{"Title": "Welcome", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", '
         b'"Body": "Hello"}\n')
INVALID = (b'{\n  "Title": "Welcome",\n  "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)",\n'
           b'  "IconType": "100000003"\n}\n')

# Text a payload author controls, with what breaks formats: controls, quotes, backslashes, '%',
# line breaks, the runner's ':' and ',', a terminal escape, bidi overrides, a lone surrogate
# escape, and invalid UTF-8.
HOSTILE_TEXT = 'a%0A%25b,c:d::error::x\r\n::warning file=x::y"q\'\\\x1b[31m\u202e\u2028\x7f'
HOSTILE_NAMES = [
    "per%cent,comma:colon.json",
    "quote\"back\\slash'.json",
    "new\nline\r::error::injected.json",
    "esc\x1b[31mred.json",
    "space and #hash?query&.json",
    "bidi\u202eevil.json",
    "caf\u00e9 \u65e5\u672c.json",
]


def hostile_payloads():
    """(file name as bytes, payload bytes): member names and values with HOSTILE_TEXT, huge ones,
    invalid UTF-8, and hostile file names."""
    import json
    member = json.dumps(HOSTILE_TEXT)
    out = [
        (b"members.json", ('{"Title": "x", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", '
                           + member + ': 1, "Body": ' + member + '}').encode()),
        (b"huge-name.json", ('{"Title": "x", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "'
                             + "%\\n," * 50000 + '": 1}').encode()),
        (b"invalid-utf8.json", b'{"Title": "caf\xc3", "Bad\xff\xfe": 1, "Recipient": "x"}'),
        (b"not-json.json", b"\x00\x01\x1b[2J%0A::error::x\n\r\n\xff"),
        (b"name-\xff\xfe.json", INVALID),
    ]
    for name in HOSTILE_NAMES:
        out.append((name.encode(), INVALID))
    return out


class TempDir:
    def __init__(self):
        self._dir = tempfile.TemporaryDirectory(prefix="appnotify-ci-")
        self.path = self._dir.name

    def write(self, name, data):
        """Writes data under the directory; name is str or bytes. Returns the path as bytes."""
        path = os.path.join(os.fsencode(self.path), name if isinstance(name, bytes) else os.fsencode(name))
        with open(path, "wb") as f:
            f.write(data)
        return path

    def cleanup(self):
        self._dir.cleanup()
