"""Check the meadows-id evaluation set against the real loader.

Run with the main project's Python (it imports `indexer.load`):
    cd <main project> && .venv/bin/python <this set>/build/check.py
The main project is found at ../../../main relative to this script, or at $MAIN_DIR.
Exit status 0 when every check passes.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
MAIN = Path(os.environ.get("MAIN_DIR") or HERE.parent.parent.parent / "main").resolve()
sys.dont_write_bytecode = True
sys.path.insert(0, str(MAIN))

from indexer.load import load_knowledge  # noqa: E402

LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
PLACES = {"kota-sukabumi", "kota-ternate", "kota-kediri", "nasional"}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

problems: list[str] = []
notes: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def ok(msg: str) -> None:
    notes.append(msg)


# -- documents ----------------------------------------------------------------------------
result = load_knowledge(KNOWLEDGE)
docs = {d.doc_id: d for d in result.documents}
if result.failures:
    for f in result.failures:
        fail(f"load failure: {f}")
if len(docs) != 12:
    fail(f"expected 12 documents, loaded {len(docs)}")
ok(f"loaded {len(docs)} documents, {len(result.failures)} failures")

fmt = Counter(Path(d).suffix for d in docs)
if dict(fmt) != FORMATS:
    fail(f"format counts {dict(fmt)} != {FORMATS}")
ok("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))

per_place = Counter(d.split("/")[1] for d in docs)
for doc_id in docs:
    parts = doc_id.split("/")
    if parts[0] != "id" or parts[1] not in PLACES or len(parts) != 3:
        fail(f"{doc_id}: not under id/<place>/")
if per_place.get("nasional") != 2 or any(not 3 <= per_place.get(p, 0) <= 4
                                         for p in PLACES - {"nasional"}):
    fail(f"documents per place: {dict(per_place)}")
ok("per place: " + ", ".join(f"{k} {v}" for k, v in sorted(per_place.items())))

for doc_id, d in sorted(docs.items()):
    if d.lang != "id" or d.country != "ID":
        fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
    if not 8 <= len(d.sections) <= 12:
        fail(f"{doc_id}: {len(d.sections)} sections (want 8-12)")
    if not (d.region and d.agency and d.source and d.updated and d.title):
        fail(f"{doc_id}: missing title/region/agency/source/updated")
    if not (d.source or "").startswith("https://example.invalid/"):
        fail(f"{doc_id}: source not under https://example.invalid/")
    if not (d.updated or "").startswith("2026-"):
        fail(f"{doc_id}: updated {d.updated} not in 2026")
    if not d.text.rstrip().endswith(LAST_LINE):
        fail(f"{doc_id}: does not end with the evaluation line")
    words = len(re.findall(r"\w+", d.text))
    if not 500 <= words <= 1200:
        fail(f"{doc_id}: {words} words (want 500-1200)")
    path = KNOWLEDGE / doc_id
    meta_text = (path.with_name(path.name + ".yml").read_text(encoding="utf-8")
                 if path.suffix != ".md" else path.read_text(encoding="utf-8").split("---")[1])
    if NOTE not in meta_text:
        fail(f"{doc_id}: metadata lacks the evaluation note")
    if path.suffix != ".md" and not path.with_name(path.name + ".yml").is_file():
        fail(f"{doc_id}: no sidecar")
    for leak in ("Kebijakan privasi", "Peta situs", "Berita terbaru", "Hak cipta"):
        if leak in d.text:
            fail(f"{doc_id}: page furniture leaked into text ({leak!r})")
    emails = re.findall(r"[\w.+-]+@([\w.-]+)", d.text)
    if any(not e.rstrip(".").endswith("example.invalid") for e in emails):
        fail(f"{doc_id}: e-mail outside example.invalid")
    urls = re.findall(r"https?://([^/\s)]+)", d.text)
    if any(not u.rstrip(".").endswith("example.invalid") for u in urls):
        fail(f"{doc_id}: URL outside example.invalid")
ok("every document: lang id, country ID, 8-12 sections, fields, last line, 500-1200 words")

# PDF headings must come out as sections (the loader reads them by font size)
for doc_id, d in docs.items():
    if doc_id.endswith((".pdf", ".docx", ".html")):
        src = HERE / "src" / (Path(doc_id).name + ".src.md")
        want = [ln[3:].strip() for ln in src.read_text(encoding="utf-8").splitlines()
                if ln.startswith("## ")]
        got = [s.heading for s in d.sections if s.heading]
        if got != want:
            fail(f"{doc_id}: section headings {got} != source {want}")
ok("PDF/DOCX/HTML section headings match their sources")

# -- questions ----------------------------------------------------------------------------
questions = [json.loads(line) for line in (SET / "questions.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]
answerable = [q for q in questions if q.get("docs")]
uncovered = [q for q in questions if q.get("docs") == []]
if len(questions) != 60 or len(answerable) != 50 or len(uncovered) != 10:
    fail(f"questions: {len(questions)} total, {len(answerable)} answerable, "
         f"{len(uncovered)} not covered")
targets: Counter[str] = Counter()
for n, q in enumerate(questions, 1):
    if set(q) - {"q", "lang", "country", "docs", "fact"}:
        fail(f"question {n}: unexpected keys {sorted(set(q))}")
    if q.get("lang") != "id" or q.get("country") != "ID" or not q.get("q"):
        fail(f"question {n}: lang/country/q wrong")
    if q.get("docs"):
        if len(q["docs"]) != 1:
            fail(f"question {n}: docs should list one document")
        doc_id = q["docs"][0]
        targets[doc_id] += 1
        if doc_id not in docs:
            fail(f"question {n}: unknown doc {doc_id}")
            continue
        fact = q.get("fact") or ""
        if not fact:
            fail(f"question {n}: answerable without fact")
        elif not any(fact.lower() in s.text.lower() for s in docs[doc_id].sections):
            fail(f"question {n}: fact {fact!r} not in the sections of {doc_id}")
    else:
        if "fact" in q:
            fail(f"question {n}: not-covered question has a fact")
for doc_id in docs:
    if not 4 <= targets[doc_id] <= 5:
        fail(f"{doc_id}: targeted {targets[doc_id]} times (want 4-5)")
if sorted(targets.values()) != [4] * 10 + [5] * 2:
    fail(f"target counts {sorted(targets.values())} != 10x4 + 2x5")
short = sum(1 for q in questions if 3 <= len(q["q"].split()) <= 7)
ok(f"questions: {len(answerable)} answerable + {len(uncovered)} not covered; "
   f"every fact found in its document's sections; targets per doc "
   f"{dict(sorted(Counter(targets.values()).items()))} (count: docs); {short} short (3-7 words)")

# -- conversations ------------------------------------------------------------------------
convs = [json.loads(line) for line in (SET / "conversations.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]
if len(convs) != 5:
    fail(f"{len(convs)} conversations (want 5)")
with_new = 0
ids = set()
for c in convs:
    cid = c.get("id", "")
    if not cid.startswith("id-") or cid in ids:
        fail(f"conversation id {cid!r} bad or repeated")
    ids.add(cid)
    if c.get("lang") != "id" or c.get("country") != "ID":
        fail(f"{cid}: lang/country wrong")
    turns = c.get("turns") or []
    if not 3 <= len(turns) <= 5:
        fail(f"{cid}: {len(turns)} turns (want 3-5)")
    kinds = [t.get("kind") for t in turns]
    if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
        fail(f"{cid}: must have exactly one start, first")
    if any(k not in ("start", "follow", "new") for k in kinds):
        fail(f"{cid}: unknown kind in {kinds}")
    if kinds.count("new") > 1:
        fail(f"{cid}: more than one new turn")
    with_new += kinds.count("new") == 1
    current = None
    for t in turns:
        if len(t.get("docs") or []) != 1 or t["docs"][0] not in docs or not t.get("q"):
            fail(f"{cid}: turn {t.get('q')!r} has bad docs")
            continue
        if t["kind"] == "follow" and t["docs"][0] != current:
            fail(f"{cid}: follow turn {t['q']!r} changes document")
        if t["kind"] == "new" and t["docs"][0] == current:
            fail(f"{cid}: new turn {t['q']!r} keeps the same document")
        current = t["docs"][0]
if with_new != 3:
    fail(f"{with_new} conversations with a new turn (want 3)")
ok(f"conversations: {len(convs)}, {with_new} with one new turn, all docs exist")

for line in notes:
    print("ok  ", line)
for line in problems:
    print("FAIL", line)
print("PASS" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
