"""Check the valleys-my evaluation set with the project's real loader.

Run from anywhere:
    TANYAKOTA_ROOT=the project folder python build/check.py
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))
from indexer.load import load_knowledge  # noqa: E402

import yaml  # noqa: E402

SET = Path(__file__).resolve().parent.parent
KNOWLEDGE = SET / "knowledge"
sys.path.insert(0, str(SET / "build"))
from docs import DOCS, HTML_CHROME, LAST_LINE, NOTE  # noqa: E402

FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
WORD = re.compile(r"\w+(?:[-'.,/@:]\w+)*")
problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def words(text: str) -> int:
    return len(WORD.findall(text))


def raw_fields(path: Path) -> dict:
    """The fields as written: front matter of a Markdown file, else its sidecar."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n"), path
        block = text.split("\n---\n", 1)[0][4:]
        return yaml.safe_load(block)
    return yaml.safe_load(Path(str(path) + ".yml").read_text(encoding="utf-8"))


# -- documents ---------------------------------------------------------------------------

result = load_knowledge(KNOWLEDGE)
for f in result.failures:
    fail(f"load failure: {f}")
loaded = {d.doc_id: d for d in result.documents}
expected = {d["path"] for d in DOCS}
if set(loaded) != expected:
    fail(f"loaded documents differ: extra {sorted(set(loaded) - expected)}, "
         f"missing {sorted(expected - set(loaded))}")

formats = Counter(d["fmt"] for d in DOCS)
if formats != Counter({"md": 8, "pdf": 1, "docx": 1, "html": 2}):
    fail(f"formats: {dict(formats)}")
folders = Counter(d["path"].split("/")[1] for d in DOCS)
if folders != Counter({"nasional": 2, "port-dickson": 4, "kota-tinggi": 3, "sri-aman": 3}):
    fail(f"folders: {dict(folders)}")
for folder in folders:
    services = [d["service"] for d in DOCS if d["path"].split("/")[1] == folder]
    if len(set(services)) != len(services):
        fail(f"{folder}: two documents on the same service")
if sum(d["table"] for d in DOCS) != 4:
    fail("expected 4 documents (one in three) with a table")

stats = {}
for meta in DOCS:
    doc_id = meta["path"]
    path = KNOWLEDGE / doc_id
    doc = loaded.get(doc_id)
    if doc is None:
        continue
    # fields as written, and as loaded
    raw = raw_fields(path)
    if meta["fmt"] != "md" and not Path(str(path) + ".yml").is_file():
        fail(f"{doc_id}: sidecar missing")
    for key in FIELDS:
        if key not in raw or raw[key] in (None, ""):
            fail(f"{doc_id}: field {key} missing")
    if str(raw.get("note")) != NOTE:
        fail(f"{doc_id}: note is {raw.get('note')!r}")
    if doc.lang != "ms" or doc.country != "MY":
        fail(f"{doc_id}: lang/country {doc.lang}/{doc.country}")
    if doc.title != meta["title"] or doc.region != meta["region"] or doc.agency != meta["agency"]:
        fail(f"{doc_id}: title/region/agency differ from build/docs.py")
    if not (doc.source or "").startswith("https://example.invalid/"):
        fail(f"{doc_id}: source {doc.source}")
    if not (doc.updated or "").startswith("2026-"):
        fail(f"{doc_id}: updated {doc.updated}")
    # sections
    headed = [s for s in doc.sections if s.heading]
    if len(headed) != len(doc.sections):
        fail(f"{doc_id}: {len(doc.sections) - len(headed)} section(s) without a heading")
    if not 10 <= len(headed) <= 12:
        fail(f"{doc_id}: {len(headed)} sections (want 10-12)")
    # length: headings plus body
    n = words(doc.text) + sum(words(s.heading) for s in doc.sections)
    if not 500 <= n <= 750:
        fail(f"{doc_id}: {n} words (want 500-750)")
    # last line
    if doc.text.rstrip().split("\n")[-1].strip() != LAST_LINE:
        fail(f"{doc_id}: last line is {doc.text.rstrip().split(chr(10))[-1]!r}")
    # a table where one is meant
    has_table = bool(re.search(r"^\|.*\|\s*$", doc.text, re.M)) or (
        meta["fmt"] == "docx" and bool(re.search(r"^[^|\n]+ \| [^|\n]+ \| ", doc.text, re.M)))
    if has_table != meta["table"]:
        fail(f"{doc_id}: table present={has_table}, expected {meta['table']}")
    # only example.invalid addresses
    for url in re.findall(r"https?://[^\s)|]+", doc.text):
        if not url.startswith("https://example.invalid/"):
            fail(f"{doc_id}: URL {url}")
    for mail in re.findall(r"[\w.+-]+@[\w.-]+", doc.text):
        if not mail.rstrip(".").endswith("@example.invalid"):
            fail(f"{doc_id}: e-mail {mail}")
    # HTML: the menu and footer stay out of the loaded text
    if meta["fmt"] == "html":
        page = path.read_text(encoding="utf-8")
        for tag in ("<header>", "<nav>", "<footer>"):
            if tag not in page:
                fail(f"{doc_id}: no {tag}")
        chrome = HTML_CHROME["MPPD" if "MPPD" in meta["agency"] else "MDSA"]
        leaks = [s for s in [*chrome["nav"], chrome["site"], "Hak Cipta", "Peta Laman",
                             "Jumlah pelawat", "Dasar Privasi", "Penafian"]
                 if s.lower() in doc.text.lower()]
        if leaks:
            fail(f"{doc_id}: menu/footer text leaked: {leaks}")
    stats[doc_id] = (len(headed), n)

# -- questions ---------------------------------------------------------------------------

questions = [json.loads(line) for line in
             (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
if len(questions) != 60:
    fail(f"{len(questions)} questions (want 60)")
answerable = [q for q in questions if q.get("docs")]
uncovered = [q for q in questions if not q.get("docs")]
if len(answerable) != 50 or len(uncovered) != 10:
    fail(f"{len(answerable)} answerable / {len(uncovered)} not covered (want 50 / 10)")
per_doc = Counter()
for q in questions:
    if q.get("lang") != "ms" or q.get("country") != "MY" or not q.get("q"):
        fail(f"question fields: {q}")
    if not q.get("docs"):
        if "fact" in q:
            fail(f"not-covered question has a fact: {q['q']}")
        continue
    if len(q["docs"]) != 1:
        fail(f"question must name one document: {q['q']}")
    doc_id = q["docs"][0]
    if not (KNOWLEDGE / doc_id).is_file() or doc_id not in loaded:
        fail(f"docs path missing: {doc_id}")
        continue
    per_doc[doc_id] += 1
    fact = q.get("fact", "")
    if not fact or "\u2013" in fact or "\u2014" in fact:
        fail(f"bad fact {fact!r} for {q['q']}")
    elif fact.lower() not in loaded[doc_id].text.lower():
        fail(f"fact {fact!r} not in {doc_id} ({q['q']})")
for doc_id in expected:
    if per_doc[doc_id] not in (4, 5):
        fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4 or 5)")
short = sum(3 <= len(q["q"].split()) <= 7 for q in questions)
if not 15 <= short <= 25:
    fail(f"{short} short questions (want about a third)")

# -- conversations -----------------------------------------------------------------------

convs = [json.loads(line) for line in
         (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
if len(convs) != 5:
    fail(f"{len(convs)} conversations (want 5)")
with_new = 0
for c in convs:
    turns = c.get("turns", [])
    if not str(c.get("id", "")).startswith("my-") or c.get("lang") != "ms" or \
            c.get("country") != "MY":
        fail(f"conversation fields: {c.get('id')}")
    if not 3 <= len(turns) <= 5:
        fail(f"{c['id']}: {len(turns)} turns")
    kinds = [t["kind"] for t in turns]
    if kinds[0] != "start" or "start" in kinds[1:] or set(kinds) - {"start", "follow", "new"}:
        fail(f"{c['id']}: kinds {kinds}")
    if kinds.count("new") > 1:
        fail(f"{c['id']}: more than one new turn")
    with_new += "new" in kinds
    prev = None
    for t in turns:
        for doc_id in t["docs"]:
            if doc_id not in loaded:
                fail(f"{c['id']}: docs path missing {doc_id}")
        if t["kind"] == "follow" and t["docs"] != prev:
            fail(f"{c['id']}: follow-up changes document: {t['q']}")
        if t["kind"] == "new" and t["docs"] == prev:
            fail(f"{c['id']}: new turn keeps the same document: {t['q']}")
        prev = t["docs"]
if with_new != 3:
    fail(f"{with_new} conversations with a new turn (want 3)")

# -- report ------------------------------------------------------------------------------

for doc_id, (sections, n) in sorted(stats.items()):
    print(f"{doc_id:42} sections={sections:2} words={n:3} questions={per_doc[doc_id]}")
print(f"{len(questions)} questions ({len(answerable)} answerable, {len(uncovered)} not covered, "
      f"{short} short), {len(convs)} conversations ({with_new} with a new turn)")
if problems:
    print("\nFAILED:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("check.py: all checks passed")
