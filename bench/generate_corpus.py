#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates the benchmark corpora with a fixed seed (run by the build; nothing large is kept
in the repository).

Usage: bench/generate_corpus.py OUTPUT_DIR

Writes into OUTPUT_DIR:
  seed000.ndjson        the seed 000 example payloads (examples/seed000, real GUIDs), one per line
  payloads.ndjson       10,000 realistic payloads of 200 bytes to 5 KB: every field, 0 to 5
                        actions of each type, markdown bodies with links, about 5% invalid
  bodies.ndjson         2,000 markdown bodies of notification size (50 to 500 characters), as
                        JSON strings, one per line
  document.md           one 1 MB markdown document made only of the subset
  links.txt             10,000 ?pagetype= links, one per line
  pathological/<shape>-<n>.md  cmark's pathological shapes at two sizes n and 10n
"""
import json
import os
import random
import sys
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(20261122)

WORDS = ("case order account contact invoice escalated overdue review approve customer service "
         "appointment priority follow up team manager engineering shipment quote opportunity renewal "
         "contract payment warranty support ticket").split()
ENTITIES = ["incident", "account", "contact", "task", "appointment", "opportunity", "salesorder"]


def guid():
    return str(uuid.UUID(int=rng.getrandbits(128)))


def words(n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def link():
    kind = rng.random()
    if kind < 0.7:
        return "?pagetype=entityrecord&etn=%s&id=%s" % (rng.choice(ENTITIES), guid())
    if kind < 0.85:
        return "?pagetype=entitylist&etn=%s&viewid=%s&viewType=1039" % (rng.choice(ENTITIES), guid())
    return "https://contoso.com/%s" % rng.choice(WORDS)


def inline_markdown(length):
    out = []
    while sum(len(p) + 1 for p in out) < length:
        r = rng.random()
        if r < 0.15:
            out.append("**%s**" % words(rng.randint(1, 3)))
        elif r < 0.25:
            out.append("_%s_" % words(rng.randint(1, 3)))
        elif r < 0.4:
            out.append("[%s](%s)" % (words(rng.randint(1, 3)), link()))
        else:
            out.append(words(rng.randint(1, 6)))
    return " ".join(out)[: max(length, 20)].rstrip("\\")


def markdown_body(length):
    r = rng.random()
    if r < 0.2:
        items = rng.randint(2, 5)
        return "\r".join("- " + inline_markdown(length // items) for _ in range(items))
    if r < 0.3:
        items = rng.randint(2, 5)
        return "\r".join("%d. %s" % (i + 1, inline_markdown(length // items)) for i in range(items))
    return inline_markdown(length)


def expando(d):
    d = dict(d)
    d["@odata.type"] = "#Microsoft.Dynamics.CRM.expando"
    return d


def action():
    kind = rng.choice(["url", "sidepane", "teamsChat"])
    title = words(rng.randint(1, 3)).capitalize()
    if kind == "url":
        data = {"type": "url", "url": link(), "navigationTarget": rng.choice(["dialog", "inline", "newWindow"])}
    elif kind == "sidepane":
        data = {"type": "sidepane",
                "paneOptions": expando({"title": title, "width": rng.choice([300, 400, 500])}),
                "navigationTarget": expando({"pageType": "entityrecord", "entityName": rng.choice(ENTITIES),
                                             "entityId": guid()})}
    else:
        data = {"type": "teamsChat", "memberIds@odata.type": "#Collection(String)",
                "memberIds": [guid() for _ in range(rng.randint(1, 3))],
                "entityContext": expando({"entityName": rng.choice(ENTITIES), "recordId": guid()}),
                "chatTitle": title, "initialMessage": words(rng.randint(3, 10))}
    return {"title": title, "data": expando(data)}


def payload(target_size):
    p = {"Title": words(rng.randint(2, 6)).capitalize(),
         "Recipient": "/systemusers(%s)" % guid(),
         "Body": words(rng.randint(5, 20)),
         "IconType": rng.choice([100000000, 100000001, 100000002, 100000003, 100000004]),
         "ToastType": rng.choice([200000000, 200000001]),
         "Priority": rng.choice([200000000, 200000001]),
         "Expiry": rng.randint(60, 1209600)}
    if rng.random() < 0.7:
        p["OverrideContent"] = expando({"title": "**%s**" % p["Title"], "body": markdown_body(rng.randint(50, 480))})
    actions = []
    while len(json.dumps(p)) + sum(len(json.dumps(a)) for a in actions) < target_size and len(actions) < 15:
        actions.append(action())
    if actions:
        p["Actions"] = {"@odata.type": "#Microsoft.Dynamics.CRM.expando",
                        "actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)",
                        "actions": actions}
    if rng.random() < 0.05:  # some invalid: the mistakes people make
        mistake = rng.choice(["string-option", "team", "bad-guid", "unknown", "navigation"])
        if mistake == "string-option":
            p["IconType"] = str(p["IconType"])
        elif mistake == "team":
            p["Recipient"] = "/teams(%s)" % guid()
        elif mistake == "bad-guid":
            p["Recipient"] = "/systemusers(%s)" % guid().replace("a", "m")
        elif mistake == "unknown":
            p["TTLInSeconds"] = 3600
        elif actions:
            actions[0]["data"]["navigationTarget"] = " newWindow"
    return json.dumps(p, ensure_ascii=False)


def document(size):
    out = []
    total = 0
    while total < size:
        r = rng.random()
        if r < 0.6:
            para = "\n".join(inline_markdown(rng.randint(40, 90)) for _ in range(rng.randint(1, 5)))
        elif r < 0.8:
            para = "\n".join("- " + inline_markdown(rng.randint(20, 80)) for _ in range(rng.randint(2, 6)))
        else:
            para = "\n".join("%d. %s" % (i + 1, inline_markdown(rng.randint(20, 80))) for i in range(rng.randint(2, 6)))
        out.append(para)
        total += len(para) + 2
    return "\n\n".join(out)[:size]


def pathological(shape, n):
    if shape == "nested-emphasis":
        return "*a **a " * n + "b" + " a** a*" * n
    if shape == "open-brackets":
        return "[" * n
    if shape == "unclosed-links":
        return "[a](" * n
    if shape == "deep-lists":
        return "- " * n + "a\n"
    if shape == "backslashes":
        return "\\" * n + "a"
    if shape == "delimiter-line":
        return "*_" * n
    if shape == "closers":
        return "a**" * n
    raise ValueError(shape)


def main(out):
    os.makedirs(os.path.join(out, "pathological"), exist_ok=True)
    seed_dir = os.path.join(ROOT, "examples", "seed000")
    with open(os.path.join(out, "seed000.ndjson"), "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(seed_dir)):
            if name.endswith(".json"):
                with open(os.path.join(seed_dir, name), encoding="utf-8") as s:
                    f.write(json.dumps(json.load(s), ensure_ascii=False) + "\n")
    with open(os.path.join(out, "payloads.ndjson"), "w", encoding="utf-8") as f:
        for _ in range(10000):
            f.write(payload(rng.randint(200, 5000)) + "\n")
    with open(os.path.join(out, "bodies.ndjson"), "w", encoding="utf-8") as f:
        for _ in range(2000):
            f.write(json.dumps(markdown_body(rng.randint(50, 500)), ensure_ascii=False) + "\n")
    with open(os.path.join(out, "document.md"), "w", encoding="utf-8") as f:
        f.write(document(1 << 20))
    with open(os.path.join(out, "links.txt"), "w", encoding="utf-8") as f:
        for _ in range(10000):
            f.write(link() + "\n")
    for shape in ("nested-emphasis", "open-brackets", "unclosed-links", "deep-lists", "backslashes",
                  "delimiter-line", "closers"):
        for n in (10000, 100000):
            with open(os.path.join(out, "pathological", "%s-%d.md" % (shape, n)), "w") as f:
                f.write(pathological(shape, n))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
