"""Check lagoons-id with the project's own loader.

Usage: .venv-build/bin/python build/check.py   (TANYAKOTA_ROOT overrides the project folder)
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(HERE))

from indexer.load import load_knowledge  # noqa: E402
from make_docs import DOCS, html_chrome  # noqa: E402

END = "Dokumen evaluasi: angka, alamat dan jam layanan di halaman ini adalah rekaan."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated")
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


res = load_knowledge(SET / "knowledge")
for f in res.failures:
    err(f"load failure: {f}")
docs = {d.doc_id: d for d in res.documents}
if set(docs) != set(DOCS):
    err(f"documents loaded {sorted(docs)} != expected {sorted(DOCS)}")
if len(docs) != 12:
    err(f"{len(docs)} documents loaded, expected 12")

# files on disk: no tags/questions, no _*.yml
for p in (SET / "knowledge").rglob("*"):
    if p.name.startswith("_"):
        err(f"settings file present: {p}")
fmt = Counter(d["fmt"] for d in DOCS.values())
if fmt != Counter({"md": 8, "pdf": 1, "docx": 1, "html": 2}):
    err(f"formats {fmt}")
places = Counter(i.split("/")[1] for i in DOCS)
if places != Counter({"metro": 4, "banjar": 3, "sibolga": 3, "nasional": 2}):
    err(f"places {places}")

words_of = {}
for doc_id, spec in DOCS.items():
    d = docs.get(doc_id)
    if d is None:
        continue
    for f in FIELDS:
        if not getattr(d, f):
            err(f"{doc_id}: field {f} missing")
    if d.lang != "id" or d.country != "ID":
        err(f"{doc_id}: lang/country {d.lang}/{d.country}")
    if d.tags or d.questions:
        err(f"{doc_id}: has tags/questions")
    if not d.updated.startswith("2026-"):
        err(f"{doc_id}: updated {d.updated}")
    if not re.fullmatch(r"https://[a-z0-9.-]+\.example\.invalid/\S*", d.source):
        err(f"{doc_id}: source {d.source}")
    if d.title != spec["title"]:
        err(f"{doc_id}: title {d.title!r}")
    heads = [s.heading for s in d.sections]
    want = [h for h, _ in spec["sections"]]
    if heads != want:
        err(f"{doc_id}: sections {heads} != {want}")
    if not 9 <= len(heads) <= 12:
        err(f"{doc_id}: {len(heads)} sections")
    n = len([w for w in d.text.split() if re.search(r"\w", w)])
    words_of[doc_id] = n
    if not 450 <= n <= 750:
        err(f"{doc_id}: {n} words")
    if not d.text.rstrip().endswith(END):
        err(f"{doc_id}: does not end with the evaluation line")
    for url in re.findall(r"https?://[^\s)<>\"]+", d.text):
        if ".example.invalid" not in url:
            err(f"{doc_id}: URL {url}")
    for mail in (m.rstrip(".") for m in re.findall(r"[\w.+-]+@[\w.-]+", d.text)):
        if not mail.endswith("example.invalid"):
            err(f"{doc_id}: e-mail {mail}")
    if spec["fmt"] == "html":
        for chrome in html_chrome(spec):
            if chrome in d.text or chrome in d.title:
                err(f"{doc_id}: header/nav/footer text {chrome!r} in loaded text")
# the note field, in each source file / sidecar
for doc_id, spec in DOCS.items():
    p = SET / "knowledge" / doc_id
    meta = p.read_text("utf-8") if spec["fmt"] == "md" else (p.parent / (p.name + ".yml")).read_text("utf-8")
    if "note:" not in meta or "rekaan" not in meta:
        err(f"{doc_id}: note field missing or does not say figures are invented")
    if re.search(r"^(tags|questions):", meta, re.M):
        err(f"{doc_id}: tags/questions field")
tables = sum(1 for s in DOCS.values() if any("|" in b for _, b in s["sections"]))
if tables < 6:
    err(f"only {tables} pages with a table")
not_cover = sum(1 for s in DOCS.values() if any("tidak mencakup" in b or "tidak membahas" in b
                or "tidak menjelaskan" in b or "tidak mengatur" in b or "bukan kewenangan" in b
                for _, b in s["sections"]))
if not_cover < 6:
    err(f"only {not_cover} pages say what they do not cover")

# questions
qs = [json.loads(x) for x in (SET / "questions.jsonl").read_text("utf-8").splitlines() if x]
if len(qs) != 60:
    err(f"{len(qs)} questions")
ans = [q for q in qs if q["docs"]]
nc = [q for q in qs if not q["docs"]]
if (len(ans), len(nc)) != (50, 10):
    err(f"answerable/not covered {len(ans)}/{len(nc)}")
per_doc: dict[str, list[str]] = defaultdict(list)
for q in qs:
    if q.get("lang") != "id" or q.get("country") != "ID" or not q.get("q"):
        err(f"bad question record {q}")
    if not q["docs"]:
        if "fact" in q:
            err(f"not-covered question has a fact: {q['q']}")
        continue
    if len(q["docs"]) != 1 or q["docs"][0] not in docs:
        err(f"unknown doc {q['docs']}")
        continue
    d = docs[q["docs"][0]]
    fact = q.get("fact") or ""
    if fact not in d.text:
        err(f"fact {fact!r} not verbatim in {d.doc_id}")
        continue
    secs = [s.heading for s in d.sections if fact in s.text]
    per_doc[d.doc_id].append(secs[0])
for doc_id in DOCS:
    secs = per_doc.get(doc_id, [])
    if not 4 <= len(secs) <= 5:
        err(f"{doc_id}: {len(secs)} questions")
    if len(set(secs)) != len(secs):
        err(f"{doc_id}: facts share a section: {secs}")

# conversations
cs = [json.loads(x) for x in (SET / "conversations.jsonl").read_text("utf-8").splitlines() if x]
if len(cs) != 5:
    err(f"{len(cs)} conversations")
with_new = 0
for c in cs:
    turns = c["turns"]
    if c.get("lang") != "id" or c.get("country") != "ID" or not c["id"].startswith("id-c"):
        err(f"bad conversation record {c['id']}")
    if not 3 <= len(turns) <= 5:
        err(f"{c['id']}: {len(turns)} turns")
    kinds = [t["kind"] for t in turns]
    if kinds[0] != "start" or "start" in kinds[1:]:
        err(f"{c['id']}: kinds {kinds}")
    prev = None
    for t in turns:
        if any(dd not in docs for dd in t["docs"]) or len(t["docs"]) != 1:
            err(f"{c['id']}: unknown doc {t['docs']}")
        if t["kind"] == "follow" and t["docs"] != prev:
            err(f"{c['id']}: follow turn changes document")
        if t["kind"] == "new" and t["docs"] == prev:
            err(f"{c['id']}: new turn keeps document")
        prev = t["docs"]
    n_new = kinds.count("new")
    if n_new == 1:
        with_new += 1
if with_new != 3:
    err(f"{with_new} conversations with exactly one new turn, expected 3")

for doc_id in sorted(words_of):
    print(f"{doc_id:45s} {len(docs[doc_id].sections):2d} sections {words_of[doc_id]:4d} words "
          f"{len(per_doc.get(doc_id, [])):d} questions")
if errors:
    print("\nFAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: 12 documents, 60 questions (50/10), 5 conversations (3 with one new turn)")
