"""Check estuaries-id with the project's own loader (the project folder, or $TANYAKOTA_ROOT)."""

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

import make_docs  # noqa: E402
from make_jsonl import NOT_COVERED  # noqa: E402

END = "Dokumen evaluasi: angka, alamat dan jam layanan di halaman ini adalah rekaan."
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


result = load_knowledge(SET / "knowledge")
for f in result.failures:
    err(f"load failure: {f}")
docs = {d.doc_id: d for d in result.documents}
expected = {doc_id: (text, region, agency) for doc_id, text, region, agency, *_ in
            make_docs.DOCS}
if set(docs) != set(expected):
    err(f"documents loaded {sorted(docs)} != expected {sorted(expected)}")
if len(docs) != 12:
    err(f"{len(docs)} documents loaded, expected 12")
fmt = Counter(Path(d).suffix for d in expected)
if fmt != Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}):
    err(f"formats {fmt}")
if Counter(d.split("/")[1] for d in expected) != Counter(
        {"nasional": 2, "langsa": 4, "solok": 3, "batu": 3}):
    err("documents per place wrong")

# stray files: no _*.yml, sidecars only for PDF/DOCX/HTML
for p in (SET / "knowledge").rglob("*"):
    if p.is_file() and p.name.startswith("_"):
        err(f"settings file present: {p}")

words_of: dict[str, int] = {}
for doc_id, (text, region, agency) in expected.items():
    d = docs.get(doc_id)
    if d is None:
        continue
    n_h2 = len(re.findall(r"(?m)^## ", text))
    heads = [s.heading for s in d.sections]
    if len(d.sections) != n_h2 or "" in heads:
        err(f"{doc_id}: {len(d.sections)} sections {heads[:2]}..., expected {n_h2} headed")
    if not 9 <= len(d.sections) <= 12:
        err(f"{doc_id}: {len(d.sections)} sections, expected 9-12")
    words = len((d.title + " " + " ".join(s.heading + " " + s.text
                                          for s in d.sections)).split())
    words_of[doc_id] = words
    if not 450 <= words <= 750:
        err(f"{doc_id}: {words} words, expected 450-750")
    if d.lang != "id" or d.country != "ID":
        err(f"{doc_id}: lang/country {d.lang}/{d.country}")
    if d.title != make_docs.title_of(text):
        err(f"{doc_id}: title {d.title!r}")
    if d.region != region or d.agency != agency:
        err(f"{doc_id}: region/agency {d.region}/{d.agency}")
    if not (d.source or "").startswith("https://") or ".example.invalid/" not in (d.source or ""):
        err(f"{doc_id}: source {d.source}")
    if not (d.updated or "").startswith("2026-"):
        err(f"{doc_id}: updated {d.updated}")
    if d.tags or d.questions:
        err(f"{doc_id}: has tags/questions")
    if not d.text.rstrip().endswith(END):
        err(f"{doc_id}: does not end with the evaluation line")
    for url in re.findall(r"https?://[^\s)]+", d.text):
        if ".example.invalid" not in url:
            err(f"{doc_id}: URL {url}")
    for mail in re.findall(r"[\w.-]+@[\w.-]+", d.text):
        if not mail.rstrip(".").endswith("example.invalid"):
            err(f"{doc_id}: e-mail {mail}")

# the fields as written: exactly the eight, note says invented
import yaml  # noqa: E402

FIELDS = {"title", "lang", "country", "region", "agency", "source", "updated", "note"}
for doc_id in expected:
    p = SET / "knowledge" / doc_id
    if p.suffix == ".md":
        meta = yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1])
    else:
        meta = yaml.safe_load((p.parent / (p.name + ".yml")).read_text(encoding="utf-8"))
    if set(meta) != FIELDS:
        err(f"{doc_id}: fields {sorted(meta)}")
    if "rekaan" not in str(meta.get("note", "")):
        err(f"{doc_id}: note does not say the figures are invented")

# HTML: header, nav and footer text must not reach the loaded text
for doc_id, _text, _r, _a, _s, _u, portal in make_docs.DOCS:
    if not portal or doc_id not in docs:
        continue
    d = docs[doc_id]
    loaded = d.title + "\n" + "\n".join(s.heading + "\n" + s.text for s in d.sections)
    ch = make_docs.chrome(portal)
    for piece in [ch["header"], portal, *ch["nav"], *ch["footer"], "©", "Hak cipta",
                  "hak cipta"]:
        if piece in loaded:
            err(f"{doc_id}: page chrome {piece!r} in loaded text")

# questions
questions = [json.loads(x) for x in (SET / "questions.jsonl").read_text().splitlines()]
if len(questions) != 60:
    err(f"{len(questions)} questions, expected 60")
answerable = [q for q in questions if q["docs"]]
not_covered = [q for q in questions if not q["docs"]]
if (len(answerable), len(not_covered)) != (50, 10):
    err(f"answerable/not covered {len(answerable)}/{len(not_covered)}")
if Counter(k for _q, k in NOT_COVERED) != Counter({"close": 5, "far": 5}):
    err("not covered: expected 5 close and 5 far")
per_doc: dict[str, list[str]] = defaultdict(list)
for q in questions:
    if q["lang"] != "id" or q["country"] != "ID" or not q["q"].strip():
        err(f"bad question {q}")
    if not q["docs"]:
        if "fact" in q:
            err(f"not-covered question has a fact: {q['q']}")
        continue
    if len(q["docs"]) != 1:
        err(f"question with several docs: {q['q']}")
    doc_id = q["docs"][0]
    d = docs.get(doc_id)
    if d is None:
        err(f"unknown doc {doc_id}")
        continue
    fact = q["fact"]
    where = [k for k, s in enumerate(d.sections) if fact in s.text]
    if fact not in d.text or not where:
        err(f"fact {fact!r} not verbatim in {doc_id}")
        continue
    per_doc[doc_id].append(d.sections[where[0]].heading)
for doc_id in expected:
    heads = per_doc.get(doc_id, [])
    if not 4 <= len(heads) <= 5:
        err(f"{doc_id}: {len(heads)} questions, expected 4-5")
    if len(set(heads)) != len(heads):
        err(f"{doc_id}: facts share a section: {heads}")

# conversations
convs = [json.loads(x) for x in (SET / "conversations.jsonl").read_text().splitlines()]
if len(convs) != 5:
    err(f"{len(convs)} conversations, expected 5")
with_one_new = 0
for c in convs:
    turns = c["turns"]
    if c["lang"] != "id" or c["country"] != "ID" or not c["id"].startswith("id-c"):
        err(f"conversation fields {c['id']}")
    if not 3 <= len(turns) <= 5:
        err(f"{c['id']}: {len(turns)} turns")
    if turns[0]["kind"] != "start" or any(t["kind"] == "start" for t in turns[1:]):
        err(f"{c['id']}: first turn must be the only start")
    for prev, t in zip(turns, turns[1:]):
        if t["kind"] == "follow" and t["docs"] != prev["docs"]:
            err(f"{c['id']}: follow turn changes document: {t['q']}")
        if t["kind"] == "new" and t["docs"] == prev["docs"]:
            err(f"{c['id']}: new turn keeps the document: {t['q']}")
    for t in turns:
        if t["kind"] not in ("start", "follow", "new"):
            err(f"{c['id']}: kind {t['kind']}")
        for doc_id in t["docs"]:
            if doc_id not in docs:
                err(f"{c['id']}: unknown doc {doc_id}")
    if sum(t["kind"] == "new" for t in turns) == 1:
        with_one_new += 1
if with_one_new != 3:
    err(f"{with_one_new} conversations with exactly one new turn, expected 3")

for doc_id in sorted(expected):
    d = docs.get(doc_id)
    if d:
        print(f"{doc_id:42} {len(d.sections):2} sections {words_of.get(doc_id, 0):4} words "
              f"{len(per_doc.get(doc_id, [])):2} questions")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"\nOK: 12 documents, {len(questions)} questions ({len(answerable)} answerable, "
      f"{len(not_covered)} not covered), {len(convs)} conversations "
      f"({with_one_new} with one new turn)")
