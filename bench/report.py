#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns the benchmark binary's JSON output into bench/RESULTS.md.

Usage: bench/report.py RESULTS.json SCALING.txt COMPILE.txt > bench/RESULTS.md
Ratios are taken within one run, so they hold on a noisy machine.
"""
import json
import platform
import subprocess
import sys
from datetime import date

# Each task: the appnotify benchmark and its peers (name in the table, benchmark name).
TASKS = [
    ("Validate: 10,000 realistic payloads (200 B to 5 KB)", "BM_validate_appnotify", [
        ("simdjson on-demand, touching every field (the floor)", "BM_validate_floor_simdjson_ondemand"),
        ("simdjson DOM parse alone", "BM_validate_simdjson_dom"),
        ("nlohmann::json + hand-written checks", "BM_validate_nlohmann_hand_checks"),
        ("RapidJSON SchemaValidator", "BM_validate_rapidjson_schema"),
        ("appnotify::is_valid (verdict only)", "BM_is_valid_appnotify"),
    ]),
    ("Markdown to HTML: notification-size bodies (50 to 500 characters)", "BM_markdown_html_bodies_appnotify", [
        ("cmark-gfm (cmark_markdown_to_html)", "BM_markdown_html_bodies_cmark_gfm"),
        ("md4c-html (md_html, MD_FLAG_NOHTML)", "BM_markdown_html_bodies_md4c"),
        ("HTML escaping only (the floor)", "BM_markdown_html_bodies_escape_floor"),
    ]),
    ("Markdown to HTML: one 1 MB document", "BM_markdown_html_document_appnotify", [
        ("cmark-gfm", "BM_markdown_html_document_cmark_gfm"),
        ("md4c-html", "BM_markdown_html_document_md4c"),
        ("HTML escaping only (the floor)", "BM_markdown_html_document_escape_floor"),
    ]),
    ("Markdown to ANSI: notification-size bodies", "BM_markdown_ansi_bodies_appnotify", [
        ("escaping only (the floor)", "BM_markdown_html_bodies_escape_floor"),
    ]),
    ("Markdown to plain text: notification-size bodies", "BM_markdown_text_bodies_appnotify", [
        ("copy only (the floor)", "BM_markdown_text_bodies_copy_floor"),
    ]),
    ("End to end: payload bytes to a rendered HTML card", "BM_end_to_end_card_appnotify", []),
    ("Links: check and resolve ?pagetype= links", "BM_links_resolve_appnotify", []),
]


def by_name(benchmarks):
    out = {}
    for b in benchmarks:
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        out[b["run_name"] if "run_name" in b else b["name"]] = b
    return out


def rate(b, key):
    v = b.get(key)
    return v if isinstance(v, (int, float)) else None


def human_bytes(v):
    return "%.0f MB/s" % (v / 1e6) if v is not None else ""


def human_items(v):
    if v is None:
        return ""
    return "%.2f M/s" % (v / 1e6) if v >= 1e6 else "%.1f k/s" % (v / 1e3)


def per_item(b):
    items = rate(b, "items_per_second")
    return "%.0f ns" % (1e9 / items) if items else ""


def processor():
    """The processor's model and widest vector extension, from /proc/cpuinfo (Linux): the
    machines a session runs on change, and the ratios with them (the floors are SIMD code)."""
    fields = {}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if not line.strip():
                    break  # the first processor is enough
                key, _, value = line.partition(":")
                fields[key.strip()] = value.strip()
    except OSError:
        return platform.machine()
    flags = fields.get("flags", "").split()
    vectors = next((name for flag, name in (("avx512f", "AVX-512"), ("avx2", "AVX2"), ("sse4_2", "SSE4.2"))
                    if flag in flags), "")
    model = fields.get("model name", platform.machine())
    family = "family %s, model %s" % (fields["cpu family"], fields["model"]) if "cpu family" in fields else ""
    return ", ".join(part for part in (platform.machine(), model, family, vectors) if part)


def main(results_path, scaling_path, compile_path):
    with open(results_path) as f:
        data = json.load(f)
    bench = by_name(data["benchmarks"])
    ctx = data.get("context", {})
    out = ["# Benchmark results", ""]
    compiler = subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    out += ["Made by `bench/run` on %s." % date.today().isoformat(), "",
            "| | |", "|---|---|",
            "| machine | %s; %s CPUs at %s MHz |" % (processor(), ctx.get("num_cpus", "?"), ctx.get("mhz_per_cpu", "?")),
            "| compiler | %s, `-O3 -march=native` (Release) |" % compiler,
            "| simdjson | %s |" % subprocess.run(["pkg-config", "--modversion", "simdjson"], capture_output=True, text=True).stdout.strip(),
            "| load | %s |" % ", ".join("%.2f" % x for x in ctx.get("load_avg", [])),
            "", "Ratios compare each peer with appnotify in the same run: **speed** is appnotify's throughput "
            "divided by the peer's (above 1: appnotify is faster); against a floor, it is the share of the "
            "floor's speed appnotify reaches.", ""]
    for title, ours_name, peers in TASKS:
        ours = bench.get(ours_name)
        if ours is None:
            continue
        out += ["## " + title, "", "| implementation | throughput | items/s | per item | allocations per item | speed of appnotify vs this |",
                "|---|---:|---:|---:|---:|---:|"]
        rows = [("**appnotify**", ours)] + [(label, bench.get(name)) for label, name in peers]
        ours_rate = rate(ours, "bytes_per_second") or rate(ours, "items_per_second")
        for label, b in rows:
            if b is None:
                continue
            r = rate(b, "bytes_per_second") or rate(b, "items_per_second")
            ratio = "%.2f" % (ours_rate / r) if r and b is not ours else ""
            allocations = b.get("allocations_per_item")
            out.append("| %s | %s | %s | %s | %s | %s |" % (
                label, human_bytes(rate(b, "bytes_per_second")), human_items(rate(b, "items_per_second")),
                per_item(b), "%.2f" % allocations if isinstance(allocations, (int, float)) else "", ratio))
        out.append("")
    verdicts = bench.get("BM_validate_verdicts/iterations:1")
    if verdicts:
        out += ["The validate peers check the same rules: of the 10,000 payloads, appnotify calls %d valid, the "
                "hand-written checks %d and the JSON Schema %d (appnotify also checks what the others do not: "
                "links, placeholders, annotations...)." % (verdicts.get("appnotify_valid", 0),
                                                           verdicts.get("hand_checks_valid", 0),
                                                           verdicts.get("schema_valid", 0)), ""]
    for path, heading in ((scaling_path, "Scaling: time for n and 10n bytes"), (compile_path, "Compile time")):
        try:
            with open(path) as f:
                text = f.read().strip()
        except FileNotFoundError:
            continue
        if text:
            out += ["## " + heading, "", text, ""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
