# SPDX-License-Identifier: MIT
"""The Python module on the examples' payloads, hostile input and a long loop.

Run by ctest and meson test through run_pytest.sh, with APPNOTIFY_C_LIBRARY naming the built
libappnotify_c and APPNOTIFY_CLI the built command-line tool (the CLI comparison is skipped
without it).
"""
import glob
import html as html_module
import json
import os
import re
import subprocess
import threading

import pytest

import appnotify

ROOT = os.environ.get("APPNOTIFY_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, "examples", "**", "*.json"), recursive=True))
CLI = os.environ.get("APPNOTIFY_CLI")
ORG = "https://contoso.crm.dynamics.com"
APP_ID = "12fd1cf3-e06e-e911-a95f-000d3a13c42a"
CASE = "?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8"
VALID = '{"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}'
API_EXAMPLE = """{
  "Title": "SLA critical",
  "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)",
  "IconType": "100000003",
  "OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "title": "**SLA critical**"}
}"""


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test_version_is_the_library_s():
    with open(os.path.join(ROOT, "include", "appnotify", "version.hpp"), encoding="utf-8") as f:
        expected = re.search(r'APPNOTIFY_VERSION_STRING "([^"]+)"', f.read()).group(1)
    assert appnotify.version == expected == appnotify.__version__


def test_the_documentation_s_session():
    """docs/python.md's session, and the module's docstring, run as doctests."""
    import doctest

    here = os.getcwd()
    os.chdir(ROOT)  # the session reads examples/ from the repository's root
    try:
        failures, tried = doctest.testfile(os.path.join(ROOT, "docs", "python.md"), module_relative=False)
    finally:
        os.chdir(here)
    assert failures == 0 and tried >= 10
    failures, tried = doctest.testmod(appnotify)
    assert failures == 0 and tried >= 2


def test_examples_are_there():
    assert len(EXAMPLES) >= 20


@pytest.mark.skipif(not CLI, reason="APPNOTIFY_CLI does not name the command-line tool")
def test_examples_give_what_the_cli_gives():
    """Every example: the same verdict, dialect and diagnostics, field for field, as
    `appnotify validate --format json`."""
    # A sanitized build preloads the sanitizer's runtime for python3; the CLI has its own.
    environment = {name: value for name, value in os.environ.items() if name != "LD_PRELOAD"}
    run = subprocess.run([CLI, "validate", "--format", "json", "--color", "never"] + EXAMPLES,
                         capture_output=True, check=False, env=environment)
    assert run.returncode in (0, 1), run.stderr
    lines = run.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(EXAMPLES)
    invalid = 0
    for path, line in zip(EXAMPLES, lines):
        expected = json.loads(line)
        assert expected["input"] == path
        result = appnotify.validate(read(path))
        assert result.valid == expected["valid"], path
        assert result.dialect == expected["dialect"], path
        assert len(result.diagnostics) == len(expected["diagnostics"]), path
        for mine, theirs in zip(result.diagnostics, expected["diagnostics"]):
            fields = mine._asdict()
            fields["length"] = mine.length
            for name, value in theirs.items():
                assert fields[name] == value, (path, name)
        invalid += not result.valid
        # str and bytes give the same (a str cannot hold what is not UTF-8: those are bytes only).
        try:
            text = read(path).decode("utf-8")
        except UnicodeDecodeError:
            continue
        again = appnotify.validate(text)
        assert (again.valid, again.dialect, again.diagnostics) == (result.valid, result.dialect, result.diagnostics)
    assert 0 < invalid < len(EXAMPLES)


def test_one_exact_diagnostic():
    result = appnotify.validate(API_EXAMPLE)
    assert not result.valid and not result
    assert result.dialect == "action"
    (d,) = result.diagnostics
    assert (d.code, d.severity, d.path, d.offset, d.line, d.column) == ("number-as-string", "error", "/IconType", 112, 4, 15)
    assert "write 100000003 without quotes" in d.message
    assert d.is_error and result.errors == (d,) and result.warnings == ()
    # The span: "100000003" with its quotes.
    assert (d.end_offset, d.end_line, d.end_column, d.length) == (123, 4, 26, 11)


def test_valid_payload_and_warnings():
    result = appnotify.validate(VALID)
    assert result.valid and result and result.diagnostics == () and result.dialect == "action"
    warned = appnotify.validate(read(os.path.join(ROOT, "examples", "seed000", "url-action.json")))
    assert warned.valid and [d.code for d in warned.diagnostics] == ["odata-type-missing-hash"]
    assert warned.warnings == warned.diagnostics


def test_dialect_option():
    record = read(os.path.join(ROOT, "examples", "seed001", "sla-critical.json"))
    assert appnotify.validate(record).dialect == "record"
    as_action = appnotify.validate(record, dialect="action")
    assert as_action.dialect == "action" and not as_action.valid
    assert appnotify.validate(record, dialect="auto").dialect == "record"
    assert appnotify.validate("{}").dialect == "action"
    assert appnotify.validate('{"x": 1}').dialect == "unknown"
    with pytest.raises(ValueError, match="dialect must be one of"):
        appnotify.validate(VALID, dialect="Action")
    with pytest.raises(TypeError):
        appnotify.validate(VALID, dialect=1)


def test_codes_and_policy():
    assert len(appnotify.codes) >= 70 and appnotify.codes[0] == "input-too-large"
    assert "markdown-in-plain-text" in appnotify.codes and len(set(appnotify.codes)) == len(appnotify.codes)
    payload = '{"Title": "**Hi**", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}'
    (warned,) = appnotify.validate(payload).diagnostics
    assert (warned.code, warned.severity, warned.offset, warned.end_offset) == ("markdown-in-plain-text", "warning", 11, 17)
    assert appnotify.validate(payload, ignore="markdown-in-plain-text").diagnostics == ()
    assert appnotify.validate(payload, ignore=["markdown-in-plain-text", "legacy-owner"]).valid
    raised = appnotify.validate(payload, error=("markdown-in-plain-text",))
    assert not raised.valid and raised.diagnostics[0].severity == "error"
    assert not appnotify.render_card(payload, error={"markdown-in-plain-text"}).valid
    assert appnotify.render_card(payload, ignore="markdown-in-plain-text").diagnostics == ()
    lowered = appnotify.validate('{"Title": 5, "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}',
                                 warning="wrong-type")
    assert lowered.valid and [d.severity for d in lowered.diagnostics] == ["warning"]
    with pytest.raises(ValueError, match="did you mean 'markdown-in-plain-text'"):
        appnotify.validate(payload, ignore="markdown-in-plaintext")
    with pytest.raises(ValueError, match="'json-syntax' cannot be ignored"):
        appnotify.validate(payload, ignore=["markdown-in-plain-text", "json-syntax"])
    with pytest.raises(ValueError, match="'json-empty' cannot be lowered"):
        appnotify.validate(payload, warning="json-empty")
    with pytest.raises(TypeError):
        appnotify.validate(payload, ignore=5)
    with pytest.raises(TypeError):
        appnotify.validate(payload, error=[b"wrong-type"])


def test_text_that_is_not_utf8_is_a_diagnostic():
    result = appnotify.validate(b'{"Title": "caf\xe9", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}')
    assert not result.valid
    (d,) = result.diagnostics
    assert d.code == "json-invalid-utf8" and d.offset == 14 and d.path == ""
    # A str holding a lone surrogate cannot be UTF-8 either.
    assert [d.code for d in appnotify.validate('{"Title": "\udcff"}').diagnostics][0] == "json-invalid-utf8"
    # And markdown that is not UTF-8 renders as replacement characters.
    assert appnotify.render_markdown(b"**caf\xe9**") == "<p><strong>caf\ufffd</strong></p>\n"


def test_hostile_payloads_are_values():
    assert [d.code for d in appnotify.validate("").diagnostics] == ["json-empty"]
    assert [d.code for d in appnotify.validate(b"").diagnostics] == ["json-empty"]
    assert "json-control-character" in [d.code for d in appnotify.validate(b'{"Title": "a\x00b"}').diagnostics]
    too_large = appnotify.validate(b"{" + b" " * (1 << 20) + b"}")
    assert [d.code for d in too_large.diagnostics] == ["input-too-large"]
    deep = appnotify.validate('{"a":' * 100000)
    assert "json-nesting-too-deep" in [d.code for d in deep.diagnostics]
    many = appnotify.validate('{"Title": "x", ' + ",".join('"x%d":1' % i for i in range(3000)) + "}")
    assert len(many.diagnostics) == 1001 and many.diagnostics[-1].code == "too-many-diagnostics"
    # bytearray and memoryview are bytes too.
    assert appnotify.validate(bytearray(VALID, "ascii")).valid
    assert appnotify.validate(memoryview(VALID.encode())).valid


def test_bad_arguments_raise():
    for call in (appnotify.validate, appnotify.render_markdown, appnotify.render_card, appnotify.resolve_link):
        with pytest.raises(TypeError):
            call(None)
        with pytest.raises(TypeError):
            call(42)
    with pytest.raises(ValueError, match="to must be one of"):
        appnotify.render_markdown("x", to="pdf")
    with pytest.raises(TypeError):
        appnotify.render_markdown("x", to=b"html")
    with pytest.raises(ValueError, match="width"):
        appnotify.render_markdown("x", to="text", width=-1)
    with pytest.raises(TypeError):
        appnotify.render_markdown("x", width="80")
    with pytest.raises(TypeError):
        appnotify.render_markdown("x", hyperlinks=1)
    appnotify.render_markdown("x", to="text", width=1)  # the options of these arguments are kept...
    with pytest.raises(TypeError):
        appnotify.render_markdown("x", to="text", width=True)  # ...and do not stand for these
    with pytest.raises(ValueError, match="width"):
        appnotify.render_markdown("x", to="text", width=2**64)
    with pytest.raises(TypeError):
        appnotify.render_markdown("x", org=["https://contoso.crm.dynamics.com"])
    with pytest.raises(TypeError):
        appnotify.resolve_link(CASE, org=b"https://contoso.crm.dynamics.com")
    with pytest.raises(ValueError, match="organization URL"):
        appnotify.resolve_link(CASE, org="contoso.crm.dynamics.com")
    with pytest.raises(ValueError, match="app id"):
        appnotify.render_card(VALID, app_id="not-a-guid", org=ORG)


def test_render_markdown():
    markdown = "**SLA critical**: [case](%s)" % CASE
    html = appnotify.render_markdown(markdown, org=ORG, app_id=APP_ID)
    assert html == (
        '<p><strong>SLA critical</strong>: <a href="https://contoso.crm.dynamics.com/main.aspx?appid=%s'
        '&amp;pagetype=entityrecord&amp;etn=incident&amp;id=0a9f62a8-90df-e311-9565-a45d36fc5fe8">case</a></p>\n' % APP_ID
    )
    assert isinstance(html, str) and html.valid and html.diagnostics == ()
    assert appnotify.render_markdown(markdown, to="text") == "SLA critical: case (%s)" % CASE
    ansi = appnotify.render_markdown(markdown, to="ansi", org=ORG)
    assert "\x1b[1m" in ansi and "\x1b]8;;https://contoso.crm.dynamics.com/main.aspx?" in ansi
    plain = appnotify.render_markdown("[a](https://example.com/)", to="ansi", hyperlinks=False)
    assert "<https://example.com/>" in plain and "\x1b]8" not in plain
    assert appnotify.render_markdown("one two three four five six seven", to="text", width=20) == "one two three four\nfive six seven"


def test_render_markdown_refuses_scripts():
    hostile = "[x](javascript:alert(1)) <img src=x onerror=alert(1)> \x1b]52;c;AAAA\x07\x1b[2J"
    html = appnotify.render_markdown(hostile)
    assert "href" not in html and "<img" not in html and "<p>x &lt;img src=x onerror=alert(1)&gt;" in html
    assert html.valid and [d.code for d in html.diagnostics] == ["markdown-link-refused"]
    assert html.diagnostics[0].severity == "warning" and html.diagnostics[0].column == 5
    for to in ("text", "ansi"):
        out = appnotify.render_markdown(hostile, to=to)
        assert "\x1b]52" not in out and "\x1b[2J" not in out and "\x07" not in out
    too_large = appnotify.render_markdown("*" * (2 << 20))
    assert too_large == "" and not too_large.valid
    assert [d.code for d in too_large.diagnostics] == ["markdown-input-too-large"]


def test_render_card():
    payload = read(os.path.join(ROOT, "examples", "seed000", "url-action.json"))
    card = appnotify.render_card(payload, org=ORG)
    assert card.startswith('<article class="an-card an-icon-success">') and card.valid
    assert "https://contoso.crm.dynamics.com/main.aspx?pagetype=entitylist&amp;etn=incident" in card
    assert [d.code for d in card.diagnostics] == ["odata-type-missing-hash"]
    text = appnotify.render_card(payload, to="text", org=ORG)
    assert text.startswith("[success] Congratulations\n") and "> View cases (https://contoso.crm.dynamics.com/main.aspx?" in text
    assert "\x1b[" in appnotify.render_card(payload, to="ansi")
    # A payload with errors is not rendered: its diagnostics say why.
    refused = appnotify.render_card(API_EXAMPLE)
    assert refused == "" and not refused.valid
    assert refused.diagnostics == appnotify.validate(API_EXAMPLE).diagnostics
    # Every example renders exactly when it is valid.
    for path in EXAMPLES:
        payload = read(path)
        card = appnotify.render_card(payload, to="text")
        assert card.valid == appnotify.validate(payload).valid == (card != ""), path


def test_cards_are_the_library_s_byte_for_byte():
    """tests/data/render holds the C++ renderer's cards of the seed examples (render_test.cpp):
    for contoso and an app, HTML unwrapped, ANSI and text wrapped at 72 columns."""
    compared = 0
    for golden in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "render", "*.*"))):
        name, extension = os.path.splitext(os.path.basename(golden))
        payload = read(os.path.join(ROOT, "examples", "seed000", name + ".json"))
        to = {".html": "html", ".ansi": "ansi", ".txt": "text"}[extension]
        card = appnotify.render_card(payload, to=to, org=ORG, app_id=APP_ID, width=0 if to == "html" else 72)
        if not appnotify.validate(payload).valid:  # rendered by the C++ test, refused here
            assert card == "" and not card.valid
            continue
        assert card.valid and card.encode("utf-8") == read(golden), golden
        compared += 1
    assert compared >= 15


def test_render_card_dialect():
    record = read(os.path.join(ROOT, "examples", "seed001", "sla-critical.json"))
    assert appnotify.render_card(record, to="text").valid
    assert not appnotify.render_card(record, to="text", dialect="graph").valid


CORPORA = os.path.join(os.path.dirname(ROOT), "shared", "corpora", "xss")


def load_corpus(name):
    with open(os.path.join(CORPORA, name), encoding="utf-8") as f:
        return json.load(f)


@pytest.mark.skipif(not os.path.exists(os.path.join(CORPORA, "check_html.py")), reason="../shared/corpora is not there")
def test_xss_vectors_give_safe_html():
    """Every vector of the XSS corpus, as markdown and as a card's body, meets the corpus's
    invariant (check_html.py: allowed tags and attributes only, hrefs relative or http, https,
    mailto)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_html", os.path.join(CORPORA, "check_html.py"))
    check_html = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_html)
    vectors = load_corpus("vectors.json")
    assert len(vectors) >= 100
    rendered = 0
    for vector in vectors:
        for org in (None, ORG):
            html = appnotify.render_markdown(vector["markdown"], org=org)
            assert check_html.violations(html) == [], (vector["markdown"], html)
        payload = json.dumps({"Title": "t", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)",
                              "OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "body": vector["markdown"]}})
        card = appnotify.render_card(payload, org=ORG)  # refused when the validator finds an error
        assert card.valid == (card != "") and "<script" not in card.lower(), vector["markdown"]
        rendered += card.valid
        for href in re.findall(r'href="([^"]*)"', card):
            assert check_html.href_problem(html_module.unescape(href)) is None, (vector["markdown"], href)
    assert rendered >= 50


FOREIGN_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
OWN_SEQUENCES = re.compile("\x1b\\[[0-9;]*m|\x1b\\]8;;[^\x00-\x1f\x7f-\x9f]*\x1b\\\\")


@pytest.mark.skipif(not os.path.exists(os.path.join(CORPORA, "terminal.json")), reason="../shared/corpora is not there")
def test_terminal_vectors_drive_no_terminal():
    """Every vector of the terminal corpus: the text output holds no control character but a line
    break, the ANSI output none but the renderer's own SGR and OSC 8 sequences."""
    import base64

    vectors = load_corpus("terminal.json")
    assert len(vectors) >= 30
    for vector in vectors:
        markdown = base64.b64decode(vector["raw_bytes_b64"]) if "raw_bytes_b64" in vector else vector["markdown"]
        text = appnotify.render_markdown(markdown, to="text", width=40)
        assert not FOREIGN_CONTROL.search(text), (vector["markdown"], text)
        ansi = appnotify.render_markdown(markdown, to="ansi", width=40)
        assert not FOREIGN_CONTROL.search(OWN_SEQUENCES.sub("", ansi)), (vector["markdown"], ansi)


def test_resolve_link():
    url = appnotify.resolve_link(CASE, org=ORG, app_id=APP_ID)
    assert url == "https://contoso.crm.dynamics.com/main.aspx?appid=%s&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8" % APP_ID
    assert url.valid and url.diagnostics == ()
    assert appnotify.resolve_link(CASE) == CASE
    assert appnotify.resolve_link("/WebResources/new_page.html", org=ORG) == ORG + "/WebResources/new_page.html"
    refused = appnotify.resolve_link(" JaVa\tScRiPt:alert(1)", org=ORG)
    assert refused == "" and not refused.valid and [d.code for d in refused.diagnostics] == ["link-refused"]
    invalid = appnotify.resolve_link("?pagetype=entityrecord&etn=incident&id=nope")
    assert invalid == "" and [d.code for d in invalid.diagnostics] == ["invalid-guid"]
    other = appnotify.resolve_link("https://evil.example/x", org=ORG)
    assert other.valid and [d.code for d in other.diagnostics] == ["link-other-host"]


def test_results_are_plain_values():
    """Results outlive the call (the library's views are copied), compare, and pickle."""
    import pickle

    result = appnotify.validate(API_EXAMPLE)
    appnotify.validate(VALID)  # reuses the thread's C result
    assert result.diagnostics[0].code == "number-as-string" and result == appnotify.validate(API_EXAMPLE)
    card = appnotify.render_card(API_EXAMPLE)
    for value in (result, card, result.diagnostics[0], appnotify.render_markdown("**x**")):
        again = pickle.loads(pickle.dumps(value))
        assert again == value and type(again) is type(value)
    again = pickle.loads(pickle.dumps(card))
    assert (again.valid, again.diagnostics) == (card.valid, card.diagnostics)


def test_threads_each_get_their_own_buffers():
    payloads = [read(path) for path in EXAMPLES]
    expected = [appnotify.validate(p).diagnostics for p in payloads]
    failures = []

    def work():
        for _ in range(20):
            for payload, diagnostics in zip(payloads, expected):
                if appnotify.validate(payload).diagnostics != diagnostics:
                    failures.append(payload)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def validate_and_render(payloads, count):
    """`count` payloads validated, and every call of the module made along the way."""
    for i in range(count):
        payload = payloads[i % len(payloads)]
        result = appnotify.validate(payload)
        assert result.diagnostics is not None
        if i % 4 == 0:
            appnotify.render_card(payload, to="html" if i % 8 else "text")
        elif i % 4 == 1:
            appnotify.render_markdown("**x** [a](%s) [b](javascript:x)" % CASE, org=ORG)
        elif i % 4 == 2:
            appnotify.resolve_link(CASE, org=ORG)


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="RSS is read from /proc")
def test_memory_stays_flat_over_10000_payloads():
    payloads = [read(path) for path in EXAMPLES] + [b'{"Title": "\xff"}', b"", b"[" * 10000]
    validate_and_render(payloads, 1000)  # the buffers grow to their size
    before = rss_bytes()
    validate_and_render(payloads, 10000)
    grown = rss_bytes() - before
    assert grown < 2 << 20, "RSS grew by %d bytes over 10,000 payloads" % grown


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="RSS is read from /proc")
def test_the_memory_measure_sees_a_leak():
    """The measure above can fail: results never freed (a few KiB each) show in it."""
    new = appnotify._lib.appnotify_result_new
    validate = appnotify._lib.appnotify_validate
    payload = read(EXAMPLES[0])
    before = rss_bytes()
    for _ in range(2000):
        leaked = new()
        validate(leaked, payload, len(payload), None)
    assert rss_bytes() - before > 2 << 20
