"""Check the forests-id evaluation set with the project's real loader.

Run with the project's interpreter, e.g. from this folder:
    ../../../main/.venv/bin/python check.py
The project repository is found at ../../../main relative to this script, or at the
path given in the environment variable MAIN_REPO.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
MAIN = Path(os.environ.get("MAIN_REPO", HERE / ".." / ".." / ".." / "main")).resolve()
sys.path.insert(0, str(MAIN))

import yaml  # noqa: E402
from indexer.load import load_knowledge  # noqa: E402

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
WANT_FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

problems: list[str] = []
ok_lines: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def ok(msg: str) -> None:
    ok_lines.append(msg)


# -- documents -----------------------------------------------------------------------------
result = load_knowledge(KNOWLEDGE)
docs = {d.doc_id: d for d in result.documents}
if result.failures:
    for f in result.failures:
        fail(f"load failure: {f}")
if len(docs) != 12:
    fail(f"expected 12 documents, loaded {len(docs)}")
ok(f"loaded {len(docs)} documents, {len(result.failures)} failures")

formats = Counter(Path(d).suffix for d in docs)
if dict(formats) != WANT_FORMATS:
    fail(f"format counts {dict(formats)} != {WANT_FORMATS}")
ok("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))

places = Counter(d.split("/")[1] for d in docs)
if places.get("nasional") != 2 or any(not (3 <= places.get(p, 0) <= 4)
                                      for p in ("depok", "cirebon", "jayapura")):
    fail(f"place counts wrong: {dict(places)}")
ok("places: " + ", ".join(f"{k} {v}" for k, v in sorted(places.items())))

url_re = re.compile(r"https?://[^\s\"'<>)|]+")
mail_re = re.compile(r"[\w.+-]+@[\w.-]+")
for doc_id, d in sorted(docs.items()):
    path = KNOWLEDGE / doc_id
    if not doc_id.startswith("id/"):
        fail(f"{doc_id}: not under id/")
    if d.lang != "id" or d.country != "ID":
        fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
    n = len(d.sections)
    if not 8 <= n <= 12:
        fail(f"{doc_id}: {n} sections (want 8-12)")
    named = [s for s in d.sections if s.heading]
    if len(named) < 8:
        fail(f"{doc_id}: only {len(named)} headed sections")
    words = len(" ".join(s.text for s in d.sections).split())
    if not 500 <= words <= 1200:
        fail(f"{doc_id}: {words} words in loaded text (want 500-1200)")
    if not d.sections[-1].text.rstrip().endswith(LAST_LINE):
        fail(f"{doc_id}: last line is not the evaluation notice")
    # metadata: front matter for Markdown, sidecar otherwise
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---", 2)[1])
        if path.with_name(path.name + ".yml").exists():
            fail(f"{doc_id}: Markdown should not need a sidecar")
        raw = text
    else:
        sidecar = path.with_name(path.name + ".yml")
        if not sidecar.is_file():
            fail(f"{doc_id}: sidecar {sidecar.name} missing")
            continue
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        raw = " ".join(s.text for s in d.sections)
        if path.suffix == ".html":
            raw += path.read_text(encoding="utf-8")
    missing = [f for f in FIELDS if f not in meta]
    if missing:
        fail(f"{doc_id}: metadata lacks {missing}")
        continue
    if meta["note"] != NOTE:
        fail(f"{doc_id}: note field differs")
    if str(meta["lang"]) != "id" or str(meta["country"]) != "ID":
        fail(f"{doc_id}: metadata lang/country")
    if not str(meta["source"]).startswith("https://example.invalid/"):
        fail(f"{doc_id}: source not under https://example.invalid/")
    updated = meta["updated"]
    if not (isinstance(updated, dt.date) and updated.year == 2026):
        fail(f"{doc_id}: updated {updated!r} is not a 2026 ISO date")
    if d.updated != updated.isoformat() or d.source != meta["source"]:
        fail(f"{doc_id}: loader did not take updated/source from metadata")
    for u in url_re.findall(raw):
        if not u.startswith(("https://example.invalid", "http://example.invalid")):
            fail(f"{doc_id}: URL outside example.invalid: {u}")
    for m in mail_re.findall(raw):
        if "@" in m and not m.rstrip(".").endswith(".example.invalid") and not m.rstrip(".").endswith("@example.invalid"):
            fail(f"{doc_id}: e-mail outside example.invalid: {m}")
ok("every document: lang id / country ID, 8-12 sections, 500-1200 words, metadata complete, "
   "notice as last line, URLs/e-mails under example.invalid")
ok("sections per document: " + ", ".join(f"{Path(k).name} {len(v.sections)}"
                                          for k, v in sorted(docs.items())))


def section_text(doc_id: str) -> str:
    return "\n".join(s.text for s in docs[doc_id].sections).lower()


# -- questions -----------------------------------------------------------------------------
lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
questions = [json.loads(line) for line in lines if line.strip()]
if len(lines) != 60 or len(questions) != 60:
    fail(f"questions.jsonl has {len(lines)} lines / {len(questions)} questions (want 60)")
answerable = [q for q in questions if q.get("docs")]
not_covered = [q for q in questions if not q.get("docs")]
if len(answerable) != 50 or len(not_covered) != 10:
    fail(f"{len(answerable)} answerable / {len(not_covered)} not covered (want 50/10)")
seen_q = Counter(q["q"].strip().lower() for q in questions)
for text, n in seen_q.items():
    if n > 1:
        fail(f"duplicate question: {text}")
targets: Counter[str] = Counter()
for q in questions:
    if q.get("lang") != "id" or q.get("country") != "ID" or not q.get("q", "").strip():
        fail(f"question fields wrong: {q}")
    if set(q) - {"q", "lang", "country", "docs", "fact"}:
        fail(f"unexpected keys: {q}")
    if not isinstance(q.get("docs"), list):
        fail(f"docs not a list: {q}")
for q in answerable:
    if len(q["docs"]) != 1:
        fail(f"answerable question should list one doc: {q['q']}")
    doc_id = q["docs"][0]
    if doc_id not in docs:
        fail(f"unknown doc id {doc_id} in: {q['q']}")
        continue
    targets[doc_id] += 1
    fact = q.get("fact", "")
    if not fact or fact.lower() not in section_text(doc_id):
        fail(f"fact {fact!r} not found in {doc_id} (question: {q['q']})")
for q in not_covered:
    if "fact" in q:
        fail(f"not-covered question has a fact: {q['q']}")
for doc_id in docs:
    if not 4 <= targets[doc_id] <= 5:
        fail(f"{doc_id} targeted {targets[doc_id]} times (want 4-5)")
if sorted(targets.values()) != [4] * 10 + [5] * 2:
    fail(f"target distribution {sorted(targets.values())} (want 10x4 + 2x5)")
short = sum(1 for q in questions if 3 <= len(q["q"].split()) <= 7)
ok(f"questions: {len(questions)} ({len(answerable)} answerable, {len(not_covered)} not covered); "
   f"every fact found verbatim in its document's sections; targets per doc "
   f"{dict(sorted(Counter(targets.values()).items()))} (count: docs); {short} short (3-7 words)")

# -- conversations -------------------------------------------------------------------------
clines = (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
convs = [json.loads(line) for line in clines if line.strip()]
if len(clines) != 5 or len(convs) != 5:
    fail(f"conversations.jsonl has {len(clines)} lines (want 5)")
with_new = 0
ids = Counter(c.get("id") for c in convs)
for cid, n in ids.items():
    if n > 1:
        fail(f"duplicate conversation id {cid}")
for c in convs:
    cid = c.get("id", "?")
    if not str(cid).startswith("id-") or c.get("lang") != "id" or c.get("country") != "ID":
        fail(f"{cid}: id/lang/country wrong")
    turns = c.get("turns", [])
    if not 3 <= len(turns) <= 5:
        fail(f"{cid}: {len(turns)} turns (want 3-5)")
    kinds = [t.get("kind") for t in turns]
    if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
        fail(f"{cid}: must have exactly one start, first: {kinds}")
    if any(k not in ("start", "follow", "new") for k in kinds):
        fail(f"{cid}: unknown kind in {kinds}")
    if kinds.count("new") > 1:
        fail(f"{cid}: more than one new turn")
    if "new" in kinds:
        with_new += 1
    current = None
    for t in turns:
        tdocs = t.get("docs") or []
        if not tdocs or any(d not in docs for d in tdocs) or not t.get("q", "").strip():
            fail(f"{cid}: turn with missing/unknown docs: {t}")
            continue
        if t["kind"] == "follow" and current is not None and tdocs != current:
            fail(f"{cid}: follow turn changes document: {t['q']}")
        if t["kind"] == "new" and tdocs == current:
            fail(f"{cid}: new turn keeps the same document: {t['q']}")
        current = tdocs
if with_new != 3:
    fail(f"{with_new} conversations with a new turn (want 3)")
ok(f"conversations: {len(convs)}, {with_new} with one new turn, all docs exist")

# -- report --------------------------------------------------------------------------------
for line in ok_lines:
    print("ok  ", line)
for line in problems:
    print("FAIL", line)
print("PASS" if not problems else f"FAILED: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
