"""Check the ridges-my evaluation set with the project's real loader.

    TANYAKOTA_ROOT=the project folder python build/check.py

Exits 1 and lists every problem if anything is off.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))

import yaml  # noqa: E402

from indexer.load import load_knowledge  # noqa: E402

SET = Path(__file__).resolve().parent.parent
KNOWLEDGE = SET / "knowledge"
LAST = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
REGIONS = {"nasional": "Seluruh Malaysia", "kuala-pilah": "Kuala Pilah, Negeri Sembilan",
           "pasir-mas": "Pasir Mas, Kelantan", "kota-belud": "Kota Belud, Sabah"}
AGENCY_WORDS = {"kuala-pilah": "Kuala Pilah", "pasir-mas": "Pasir Mas",
                "kota-belud": "Kota Belud"}
PER_FOLDER = {"nasional": 2, "kuala-pilah": 4, "pasir-mas": 3, "kota-belud": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def words(text: str) -> int:
    return sum(1 for t in text.split() if any(c.isalnum() for c in t))


def raw_fields(path: Path) -> dict:
    """The fields as written: front matter for Markdown, the sidecar for the others."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n"), path
        block = text.split("\n---\n", 1)[0][4:]
        return yaml.safe_load(block) or {}
    side = path.with_name(path.name + ".yml")
    if not side.is_file():
        fail(f"{path.name}: sidecar {side.name} missing")
        return {}
    return yaml.safe_load(side.read_text(encoding="utf-8")) or {}


class Chrome(HTMLParser):
    """Collects the text inside <header>, <nav> and <footer>."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("header", "nav", "footer"):
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("header", "nav", "footer"):
            self.depth -= 1

    def handle_data(self, data):
        text = " ".join(data.split())
        if self.depth > 0 and len(text) >= 4 and any(c.isalpha() for c in text):
            self.chunks.append(text)


# -- documents -----------------------------------------------------------------------------
result = load_knowledge(KNOWLEDGE)
for f in result.failures:
    fail(f"load failure: {f}")
docs = {d.doc_id: d for d in result.documents}
files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
ids = [p.relative_to(KNOWLEDGE).as_posix() for p in files]
if len(ids) != 12:
    fail(f"expected 12 documents, found {len(ids)}")
fmt_count = Counter(p.suffix for p in files)
if dict(fmt_count) != FORMATS:
    fail(f"formats {dict(fmt_count)} != {FORMATS}")
folder_count = Counter(i.split("/")[1] for i in ids)
if dict(folder_count) != PER_FOLDER:
    fail(f"documents per folder {dict(folder_count)} != {PER_FOLDER}")
for side in KNOWLEDGE.rglob("*.yml"):
    if not side.with_suffix("").is_file():
        fail(f"orphan sidecar {side}")

tables = 0
doc_stats = {}
for path, doc_id in zip(files, ids):
    doc = docs.get(doc_id)
    if doc is None:
        fail(f"{doc_id}: not loaded")
        continue
    folder = doc_id.split("/")[1]
    headed = [s for s in doc.sections if s.heading]
    if not 10 <= len(headed) <= 12:
        fail(f"{doc_id}: {len(headed)} sections (want 10-12)")
    n_words = words(doc.text)
    if not 500 <= n_words <= 750:
        fail(f"{doc_id}: {n_words} words (want 500-750)")
    last = doc.text.rstrip().split("\n")[-1].strip()
    if last != LAST:
        fail(f"{doc_id}: last line is {last!r}")
    meta = raw_fields(path)
    for key in FIELDS:
        if meta.get(key) in (None, ""):
            fail(f"{doc_id}: field {key} missing")
    if meta.get("note") != NOTE:
        fail(f"{doc_id}: note is {meta.get('note')!r}")
    if doc.lang != "ms" or doc.country != "MY":
        fail(f"{doc_id}: lang/country {doc.lang}/{doc.country}")
    if doc.region != REGIONS[folder]:
        fail(f"{doc_id}: region {doc.region!r}")
    if not doc.agency or (folder in AGENCY_WORDS and AGENCY_WORDS[folder] not in doc.agency):
        fail(f"{doc_id}: agency {doc.agency!r}")
    if not (doc.source or "").startswith("https://example.invalid/"):
        fail(f"{doc_id}: source {doc.source!r}")
    if not (doc.updated or "").startswith("2026-"):
        fail(f"{doc_id}: updated {doc.updated!r}")
    if doc.title != meta.get("title"):
        fail(f"{doc_id}: title {doc.title!r} != field {meta.get('title')!r}")
    for url in re.findall(r"https?://[^\s)<>\"]+", doc.text):
        if not url.startswith("https://example.invalid/"):
            fail(f"{doc_id}: URL outside example.invalid: {url}")
    for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", doc.text):
        if not mail.endswith("example.invalid"):
            fail(f"{doc_id}: e-mail outside example.invalid: {mail}")
    has_table = any(line.count(" | ") >= 2 for line in doc.text.split("\n"))
    tables += has_table
    if path.suffix == ".html":
        raw = path.read_text(encoding="utf-8")
        for url in re.findall(r"https?://[^\s\"<>]+", raw):
            if not url.startswith("https://example.invalid/"):
                fail(f"{doc_id}: raw HTML URL outside example.invalid: {url}")
        chrome = Chrome()
        chrome.feed(raw)
        if len(chrome.chunks) < 5:
            fail(f"{doc_id}: header/nav/footer text not found in the raw page")
        for chunk in chrome.chunks:
            if chunk.lower() in doc.text.lower():
                fail(f"{doc_id}: menu/footer text leaked into loaded text: {chunk!r}")
    doc_stats[doc_id] = (path.suffix[1:], len(headed), n_words, has_table)
if tables != 4:
    fail(f"{tables} documents with a table (want 4, one in three)")

# -- questions -----------------------------------------------------------------------------
qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
      if line.strip()]
if len(qs) != 60:
    fail(f"{len(qs)} questions (want 60)")
answerable = [q for q in qs if q.get("docs")]
uncovered = [q for q in qs if q.get("docs") == []]
if len(answerable) != 50 or len(uncovered) != 10:
    fail(f"{len(answerable)} answerable / {len(uncovered)} not covered (want 50/10)")
seen = Counter(q["q"].strip().lower() for q in qs)
for text, n in seen.items():
    if n > 1:
        fail(f"duplicate question {text!r}")
per_doc = Counter()
for q in qs:
    if q.get("lang") != "ms" or q.get("country") != "MY" or not q.get("q"):
        fail(f"bad question fields: {q}")
    if q.get("docs") == []:
        if "fact" in q:
            fail(f"not-covered question has a fact: {q['q']!r}")
        continue
    if len(q["docs"]) != 1:
        fail(f"question must name one document: {q['q']!r}")
        continue
    doc_id = q["docs"][0]
    per_doc[doc_id] += 1
    if not (KNOWLEDGE / doc_id).is_file() or doc_id not in docs:
        fail(f"question doc missing: {doc_id}")
        continue
    fact = q.get("fact") or ""
    if not fact:
        fail(f"no fact: {q['q']!r}")
    if "\u2013" in fact or "\u2014" in fact:
        fail(f"dash in fact {fact!r}")
    if fact.lower() not in docs[doc_id].text.lower():
        fail(f"fact {fact!r} not in {doc_id} ({q['q']!r})")
for doc_id in ids:
    if not 4 <= per_doc[doc_id] <= 5:
        fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4-5)")
short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)
if not 15 <= short <= 25:
    fail(f"{short} short questions (3-7 words); want about a third")

# -- conversations -------------------------------------------------------------------------
convs = [json.loads(line) for line in
         (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
if len(convs) != 5:
    fail(f"{len(convs)} conversations (want 5)")
with_new = 0
for c in convs:
    cid = c.get("id", "")
    if not cid.startswith("my-") or c.get("lang") != "ms" or c.get("country") != "MY":
        fail(f"conversation fields: {cid}")
    turns = c.get("turns", [])
    if not 3 <= len(turns) <= 5:
        fail(f"{cid}: {len(turns)} turns")
    kinds = [t.get("kind") for t in turns]
    if kinds[:1] != ["start"] or any(k not in ("follow", "new") for k in kinds[1:]):
        fail(f"{cid}: kinds {kinds}")
    with_new += "new" in kinds
    for i, t in enumerate(turns):
        if len(t.get("docs", [])) != 1 or t["docs"][0] not in docs:
            fail(f"{cid} turn {i}: docs {t.get('docs')} do not exist")
            continue
        if i and t["kind"] == "follow" and t["docs"] != turns[i - 1]["docs"]:
            fail(f"{cid} turn {i}: follow changes document")
        if i and t["kind"] == "new" and t["docs"] == turns[i - 1]["docs"]:
            fail(f"{cid} turn {i}: new keeps the same document")
if with_new != 3:
    fail(f"{with_new} conversations with a 'new' turn (want 3)")

# -- report --------------------------------------------------------------------------------
print(f"{'document':55} fmt  sect words table questions")
for doc_id, (fmt, n_sec, n_words, tab) in doc_stats.items():
    print(f"{doc_id:55} {fmt:4} {n_sec:4} {n_words:5} {'yes' if tab else '-':5} {per_doc[doc_id]}")
print(f"questions: {len(qs)} ({len(answerable)} answerable, {len(uncovered)} not covered, "
      f"{short} short); conversations: {len(convs)} ({with_new} with a new turn)")
if problems:
    print(f"\nFAILED: {len(problems)} problem(s)")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK: all checks passed")
