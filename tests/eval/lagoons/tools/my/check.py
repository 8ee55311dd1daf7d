"""Check lagoons-my with the project's own loader (run with the build venv).

TANYAKOTA_ROOT (default the project folder) is put on sys.path to import `indexer.load`.
"""

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(HERE))

from indexer.load import load_knowledge  # noqa: E402
from make_docs import DOCS, html_chrome  # noqa: E402

END = "Dokumen penilaian: angka, alamat dan waktu di halaman ini adalah rekaan."
problems = []


def fail(msg):
    problems.append(msg)


result = load_knowledge(SET / "knowledge")
for f in result.failures:
    fail(f"load failure: {f}")
docs = {d.doc_id: d for d in result.documents}
spec = {d["id"]: d for d in DOCS}

# -- documents -----------------------------------------------------------------------------
if len(docs) != 12:
    fail(f"expected 12 documents, loaded {len(docs)}")
if set(docs) != set(spec):
    fail(f"doc ids differ: {sorted(set(docs) ^ set(spec))}")
fmts = Counter(Path(i).suffix for i in spec)
if fmts != Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}):
    fail(f"formats: {fmts}")
places = Counter(i.split("/")[1] for i in spec)
if places != Counter({"kuala-langat": 4, "jempol": 3, "besut": 3, "nasional": 2}):
    fail(f"places: {places}")
# no _*.yml, no stray files
for p in (SET / "knowledge").rglob("*"):
    if p.is_file() and (p.name.startswith("_") or (p.suffix == ".yml" and
                        not (p.with_suffix("")).is_file())):
        fail(f"unexpected file {p}")

tables = 0
for doc_id, s in spec.items():
    d = docs.get(doc_id)
    if d is None:
        continue
    if d.title != s["title"]:
        fail(f"{doc_id}: title {d.title!r}")
    for key in ("lang", "country", "region", "agency", "source", "updated"):
        if getattr(d, key) != s[key]:
            fail(f"{doc_id}: {key} = {getattr(d, key)!r}, expected {s[key]!r}")
    if d.tags or d.questions:
        fail(f"{doc_id}: has tags/questions")
    if not re.fullmatch(r"https://[a-z0-9.-]+\.example\.invalid/\S*", d.source or ""):
        fail(f"{doc_id}: source {d.source}")
    if not (d.updated or "").startswith("2026-"):
        fail(f"{doc_id}: updated {d.updated}")
    headings = [sec.heading for sec in d.sections]
    if headings != [h for h, _ in s["sections"]]:
        fail(f"{doc_id}: sections {headings}")
    if not 9 <= len(d.sections) <= 12:
        fail(f"{doc_id}: {len(d.sections)} sections")
    words = len(d.text.split())
    if not 450 <= words <= 750:
        fail(f"{doc_id}: {words} words")
    if not d.text.rstrip().endswith(END):
        fail(f"{doc_id}: does not end with the evaluation line")
    if "| RM" in d.text or re.search(r"\|.*\|.*\n.*\|", d.text):
        tables += 1
    emails = re.findall(r"[\w.+-]+@[\w.-]+", d.text)
    for e in emails:
        if not e.rstrip(".").endswith(".example.invalid"):
            fail(f"{doc_id}: e-mail {e}")
    for url in re.findall(r"https?://\S+", d.text):
        if ".example.invalid" not in url:
            fail(f"{doc_id}: url {url}")
    if not re.search(r"tidak (meliputi|diliputi)", d.text):
        pass
    sidecar = SET / "knowledge" / (doc_id + ".yml")
    if s["fmt"] != "md" and not sidecar.is_file():
        fail(f"{doc_id}: no sidecar")
    if s["fmt"] == "html":
        for chrome in html_chrome(s):
            if chrome in d.text or chrome in " ".join(h for h in headings):
                fail(f"{doc_id}: header/nav/footer text reached the loaded text: {chrome!r}")
        if "Hak Cipta" in d.text:
            fail(f"{doc_id}: footer copyright in text")
if tables < 6:
    fail(f"only {tables} documents with a table")
not_cover = [i for i, d in docs.items() if "tidak meliputi" in d.text]
if len(not_cover) < 6:
    fail(f"only {len(not_cover)} pages say what they do not cover")

# -- questions -----------------------------------------------------------------------------
rows = [json.loads(x) for x in (SET / "questions.jsonl").read_text("utf-8").splitlines()]
if len(rows) != 60:
    fail(f"{len(rows)} questions")
answerable = [r for r in rows if r["docs"]]
empty = [r for r in rows if not r["docs"]]
if len(answerable) != 50 or len(empty) != 10:
    fail(f"answerable {len(answerable)}, not covered {len(empty)}")
per_doc = Counter()
fact_sections = {}
for r in rows:
    if set(r) - {"q", "lang", "country", "docs", "fact"} or r["lang"] != "ms" or r["country"] != "MY":
        fail(f"bad row {r}")
    if not r["docs"]:
        if "fact" in r:
            fail(f"not-covered question with a fact: {r['q']}")
        continue
    if len(r["docs"]) != 1 or r["docs"][0] not in docs:
        fail(f"unknown doc in {r}")
        continue
    doc = docs[r["docs"][0]]
    per_doc[doc.doc_id] += 1
    if r["fact"] not in doc.text:
        fail(f"fact {r['fact']!r} not verbatim in {doc.doc_id}")
        continue
    secs = [i for i, sec in enumerate(doc.sections) if r["fact"] in sec.text]
    fact_sections.setdefault(doc.doc_id, []).append((r["fact"], secs))
for doc_id in docs:
    if per_doc[doc_id] not in (4, 5):
        fail(f"{doc_id}: {per_doc[doc_id]} questions")
    first = [secs[0] for _, secs in fact_sections.get(doc_id, []) if secs]
    # the facts of a document's questions must be answerable from different sections
    pairs = fact_sections.get(doc_id, [])
    chosen = set()
    for fact, secs in sorted(pairs, key=lambda p: len(p[1])):
        free = [s for s in secs if s not in chosen]
        if not free:
            fail(f"{doc_id}: fact {fact!r} shares its section with another question's fact")
        else:
            chosen.add(free[0])
if len({r["q"] for r in rows}) != len(rows):
    fail("duplicate questions")

# -- conversations -------------------------------------------------------------------------
convs = [json.loads(x) for x in (SET / "conversations.jsonl").read_text("utf-8").splitlines()]
if len(convs) != 5:
    fail(f"{len(convs)} conversations")
with_one_new = 0
for c in convs:
    turns = c["turns"]
    if not 3 <= len(turns) <= 5 or c["lang"] != "ms" or c["country"] != "MY":
        fail(f"{c['id']}: shape")
    if turns[0]["kind"] != "start" or any(t["kind"] == "start" for t in turns[1:]):
        fail(f"{c['id']}: first turn must be the only start")
    prev = None
    for t in turns:
        if t["kind"] not in ("start", "follow", "new") or len(t["docs"]) != 1:
            fail(f"{c['id']}: turn {t}")
        if t["docs"][0] not in docs:
            fail(f"{c['id']}: unknown doc {t['docs']}")
        if t["kind"] == "follow" and t["docs"] != prev:
            fail(f"{c['id']}: follow turn on another document")
        if t["kind"] == "new" and t["docs"] == prev:
            fail(f"{c['id']}: new turn on the same document")
        prev = t["docs"]
    if sum(t["kind"] == "new" for t in turns) == 1:
        with_one_new += 1
if with_one_new != 3:
    fail(f"{with_one_new} conversations with exactly one new turn")

for doc_id, d in sorted(docs.items()):
    print(f"{doc_id:50s} {len(d.sections):2d} sections {len(d.text.split()):4d} words "
          f"{per_doc[doc_id]} questions")
if problems:
    print("\nFAILED:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK: 12 documents, 60 questions (50/10), 5 conversations (3 with one 'new')")
