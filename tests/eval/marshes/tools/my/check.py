"""Check marshes-my with the project's own loader (indexer.load.load_knowledge).

Run: .venv-build/bin/python build/check.py   (TANYAKOTA_ROOT may point at the project)
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from indexer.load import load_knowledge  # noqa: E402
from texts_a import DOCS_A, END  # noqa: E402
from texts_b import DOCS_B  # noqa: E402
from texts_c import DOCS_C  # noqa: E402

DOCS = {d["id"]: d for d in DOCS_A + DOCS_B + DOCS_C}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


result = load_knowledge(SET / "knowledge")
for f in result.failures:
    err(f"load failure: {f}")
loaded = {d.doc_id: d for d in result.documents}
if set(loaded) != set(DOCS):
    err(f"loaded {sorted(loaded)} != expected {sorted(DOCS)}")
if len(loaded) != 12:
    err(f"{len(loaded)} documents loaded, expected 12")

fmts = [d["fmt"] for d in DOCS.values()]
for fmt, n in (("md", 8), ("pdf", 1), ("docx", 1), ("html", 2)):
    if fmts.count(fmt) != n:
        err(f"{fmts.count(fmt)} {fmt} documents, expected {n}")
places = [i.split("/")[1] for i in DOCS]
for place, n in (("nasional", 2), ("kapit", 4), ("machang", 3), ("beaufort", 3)):
    if places.count(place) != n:
        err(f"{places.count(place)} documents for {place}, expected {n}")
if list(SET.glob("knowledge/**/_*.yml")):
    err("a _*.yml settings file is present")

stats = {}
for doc_id, spec in DOCS.items():
    doc = loaded.get(doc_id)
    if doc is None:
        continue
    for key in ("title", "region", "agency", "source", "updated"):
        if getattr(doc, key) != spec[key]:
            err(f"{doc_id}: {key} = {getattr(doc, key)!r}, expected {spec[key]!r}")
    if doc.lang != "ms" or doc.country != "MY":
        err(f"{doc_id}: lang/country {doc.lang}/{doc.country}")
    if not doc.source.startswith("https://") or ".example.invalid/" not in doc.source:
        err(f"{doc_id}: source {doc.source}")
    if not doc.updated.startswith("2026-"):
        err(f"{doc_id}: updated {doc.updated}")
    if doc.tags or doc.questions:
        err(f"{doc_id}: has tags/questions")
    # the note field (not kept on Document): read it from the front matter / sidecar
    raw_meta = (SET / "knowledge" / (doc_id + ".yml")) if spec["fmt"] != "md" else \
        SET / "knowledge" / doc_id
    meta_text = raw_meta.read_text(encoding="utf-8")
    if "note:" not in meta_text or "rekaan" not in meta_text:
        err(f"{doc_id}: note field missing or does not say the figures are invented")
    keys = set(re.findall(r"(?m)^([a-z_]+):", meta_text.split("\n---", 1)[0]
                          if spec["fmt"] == "md" else meta_text))
    if keys != {"title", "lang", "country", "region", "agency", "source", "updated", "note"}:
        err(f"{doc_id}: fields {sorted(keys)}")
    heads = [s.heading for s in doc.sections]
    want = [h for h, _ in spec["sections"]]
    if heads != want:
        err(f"{doc_id}: sections {heads} != {want}")
    if not 9 <= len(heads) <= 12:
        err(f"{doc_id}: {len(heads)} sections")
    words = len(doc.text.split())
    if not 450 <= words <= 750:
        err(f"{doc_id}: {words} words (want 450-750)")
    if not doc.text.rstrip().endswith(END):
        err(f"{doc_id}: does not end with the evaluation line")
    for url in re.findall(r"https?://[^\s)<>\"|]+", doc.text):
        if ".example.invalid" not in url:
            err(f"{doc_id}: URL outside example.invalid: {url}")
    for mail in re.findall(r"[\w.-]+@[\w.-]+", doc.text):
        if not mail.rstrip(".").endswith("example.invalid"):
            err(f"{doc_id}: e-mail outside example.invalid: {mail}")
    if spec["fmt"] == "html":
        leaked = [t for t in [spec["portal"], *spec["nav"], *spec["footer"],
                              "Saluran maklumat rasmi untuk orang awam"]
                  if t.lower() in doc.text.lower()]
        if leaked:
            err(f"{doc_id}: header/nav/footer text in loaded text: {leaked}")
    stats[doc_id] = (spec["fmt"], len(heads), words)

# -- questions -----------------------------------------------------------------------------
qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text().splitlines()]
if len(qs) != 60:
    err(f"{len(qs)} questions, expected 60")
ans = [q for q in qs if q["docs"]]
none = [q for q in qs if not q["docs"]]
if (len(ans), len(none)) != (50, 10):
    err(f"{len(ans)} answerable / {len(none)} not covered, expected 50/10")
per_doc: dict[str, list[dict]] = {}
for q in qs:
    if set(q) - {"q", "lang", "country", "docs", "fact"} or q["lang"] != "ms" or \
            q["country"] != "MY":
        err(f"bad question record: {q}")
    for d in q["docs"]:
        if d not in loaded:
            err(f"question names unknown doc {d}: {q['q']}")
    if q["docs"]:
        if len(q["docs"]) != 1 or not q.get("fact"):
            err(f"answerable question without one doc and a fact: {q}")
            continue
        per_doc.setdefault(q["docs"][0], []).append(q)
        doc = loaded.get(q["docs"][0])
        if doc and q["fact"] not in doc.text:
            err(f"fact {q['fact']!r} not verbatim in {doc.doc_id}")
    elif "fact" in q:
        err(f"not-covered question with a fact: {q}")
for doc_id in DOCS:
    items = per_doc.get(doc_id, [])
    if not 4 <= len(items) <= 5:
        err(f"{doc_id}: {len(items)} questions (want 4-5)")
    doc = loaded.get(doc_id)
    if doc:
        secs = []
        for q in items:
            hit = [i for i, s in enumerate(doc.sections) if q["fact"] in s.text]
            secs.append(hit[0] if hit else None)
        if len(set(secs)) != len(secs):
            err(f"{doc_id}: facts not from different sections ({secs})")
if len({q["q"] for q in qs}) != len(qs):
    err("duplicate questions")

# -- conversations -------------------------------------------------------------------------
convs = [json.loads(line) for line in (SET / "conversations.jsonl").read_text().splitlines()]
if len(convs) != 5:
    err(f"{len(convs)} conversations, expected 5")
with_new = 0
for c in convs:
    turns = c["turns"]
    if not 3 <= len(turns) <= 5 or turns[0]["kind"] != "start":
        err(f"{c['id']}: {len(turns)} turns / first {turns[0]['kind']}")
    news = sum(t["kind"] == "new" for t in turns)
    with_new += news == 1
    for prev, t in zip(turns, turns[1:]):
        if t["kind"] == "follow" and t["docs"] != prev["docs"]:
            err(f"{c['id']}: follow turn changes document")
        if t["kind"] == "new" and t["docs"] == prev["docs"]:
            err(f"{c['id']}: new turn keeps the document")
        if t["kind"] not in ("follow", "new"):
            err(f"{c['id']}: bad kind {t['kind']}")
    for t in turns:
        for d in t["docs"]:
            if d not in loaded:
                err(f"{c['id']}: unknown doc {d}")
if with_new != 3:
    err(f"{with_new} conversations with exactly one new turn, expected 3")

for doc_id, (fmt, n, w) in stats.items():
    print(f"{doc_id:62} {fmt:5} {n:2} sections {w:4} words {len(per_doc.get(doc_id, []))} q")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: 12 documents, 60 questions (50/10), 5 conversations (3 with one new turn)")
