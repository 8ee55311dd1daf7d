"""Check estuaries-my with the project's own loader (indexer.load from the project folder)."""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from indexer.load import load_knowledge  # noqa: E402
from texts_a import DOCS as DA, END  # noqa: E402
from texts_b import DOCS as DB  # noqa: E402

DOCS = {d["id"]: d for d in DA + DB}
errors = []


def err(msg):
    errors.append(msg)


KN = SET / "knowledge"
res = load_knowledge(KN)
for f in res.failures:
    err(f"load failure: {f}")
loaded = {d.doc_id: d for d in res.documents}
if set(loaded) != set(DOCS):
    err(f"loaded ids differ: {sorted(set(loaded) ^ set(DOCS))}")
if len(loaded) != 12:
    err(f"{len(loaded)} documents loaded, expected 12")
if list(KN.rglob("_*")):
    err("settings/glossary files present")

fmts = Counter(d["fmt"] for d in DOCS.values())
if fmts != Counter(md=8, pdf=1, docx=1, html=2):
    err(f"formats {fmts}")
places = Counter(i.split("/")[1] for i in DOCS)
if places != Counter({"hulu-terengganu": 4, "maran": 3, "baling": 3, "nasional": 2}):
    err(f"places {places}")

ALLOWED = {"title", "lang", "country", "region", "agency", "source", "updated", "note"}
tables = 0
rows = []
for doc_id, spec in DOCS.items():
    doc = loaded.get(doc_id)
    if doc is None:
        continue
    path = KN / doc_id
    if spec["fmt"] == "md":
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---")[1])
    else:
        meta = yaml.safe_load((KN / (doc_id + ".yml")).read_text(encoding="utf-8"))
    if set(meta) != ALLOWED:
        err(f"{doc_id}: fields {sorted(meta)}")
    if "rekaan" not in str(meta.get("note", "")):
        err(f"{doc_id}: note does not say figures are invented")
    if doc.lang != "ms" or doc.country != "MY":
        err(f"{doc_id}: lang/country {doc.lang}/{doc.country}")
    if doc.title != spec["title"] or doc.region != spec["region"] or doc.agency != spec["agency"]:
        err(f"{doc_id}: title/region/agency {doc.title!r} {doc.region!r} {doc.agency!r}")
    u = urlparse(doc.source or "")
    if u.scheme != "https" or not u.netloc.endswith("example.invalid"):
        err(f"{doc_id}: source {doc.source}")
    if not (doc.updated or "").startswith("2026-"):
        err(f"{doc_id}: updated {doc.updated}")
    dt.date.fromisoformat(doc.updated)
    heads = [s.heading for s in doc.sections]
    want = [h for h, _ in spec["sections"]]
    if heads != want:
        err(f"{doc_id}: sections {heads} != {want}")
    if not 9 <= len(heads) <= 12:
        err(f"{doc_id}: {len(heads)} sections")
    words = len(doc.text.split())
    if not 450 <= words <= 750:
        err(f"{doc_id}: {words} words")
    if not doc.text.rstrip().endswith(END):
        err(f"{doc_id}: does not end with the evaluation line")
    if not any(sum(ln.rstrip().endswith("?") for ln in s.text.split("\n")) >= 3
               for s in doc.sections):
        err(f"{doc_id}: no FAQ")
    has_table = sum(" | " in line for line in doc.text.split("\n")) >= 3
    tables += has_table
    for m in re.finditer(r"https?://([^\s/)>\]]+)|[\w.+-]+@([\w.-]+\w)", doc.text):
        host = m.group(1) or m.group(2)
        if not host.endswith("example.invalid"):
            err(f"{doc_id}: address outside example.invalid: {m.group(0)}")
    rows.append((doc_id, spec["fmt"], len(heads), words, has_table))
    if spec["fmt"] == "html":
        raw = path.read_text(encoding="utf-8")
        chrome = []
        for tag in ("header", "nav", "footer"):
            for block in re.findall(rf"<{tag}\b.*?</{tag}>", raw, re.S):
                chrome += [t.strip() for t in re.sub(r"<[^>]+>", "\n", block).split("\n")]
        chrome = [c.replace("&copy;", "©") for c in chrome if len(c) > 3]
        for c in chrome:
            if c in doc.text:
                err(f"{doc_id}: page chrome reached the text: {c!r}")
        if not chrome:
            err(f"{doc_id}: no chrome found to test")
if tables < 6:
    err(f"only {tables} documents with a table")

qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text().splitlines()]
if len(qs) != 60:
    err(f"{len(qs)} questions")
ans = [q for q in qs if q["docs"]]
nc = [q for q in qs if not q["docs"]]
if len(ans) != 50 or len(nc) != 10:
    err(f"{len(ans)} answerable / {len(nc)} not covered")
per_doc = Counter()
fact_sections = defaultdict(list)
for q in qs:
    if set(q) - {"q", "lang", "country", "docs", "fact"} or q["lang"] != "ms" \
            or q["country"] != "MY":
        err(f"bad question record {q}")
    if not q["docs"]:
        if "fact" in q:
            err(f"not-covered question with a fact: {q['q']}")
        continue
    (d,) = q["docs"]
    per_doc[d] += 1
    doc = loaded.get(d)
    if doc is None:
        err(f"unknown doc {d}")
        continue
    if q["fact"] not in doc.text:
        err(f"fact {q['fact']!r} not verbatim in {d}")
        continue
    idx = [i for i, s in enumerate(doc.sections) if q["fact"] in s.text]
    fact_sections[d].append(idx[0])
for d in DOCS:
    if per_doc[d] not in (4, 5):
        err(f"{d}: {per_doc[d]} questions")
    if len(set(fact_sections[d])) != len(fact_sections[d]):
        err(f"{d}: two facts from one section {fact_sections[d]}")

convs = [json.loads(line) for line in (SET / "conversations.jsonl").read_text().splitlines()]
if len(convs) != 5:
    err(f"{len(convs)} conversations")
one_new = 0
for c in convs:
    t = c["turns"]
    if not 3 <= len(t) <= 5 or t[0]["kind"] != "start":
        err(f"{c['id']}: turns")
    prev = None
    for turn in t:
        for d in turn["docs"]:
            if d not in loaded:
                err(f"{c['id']}: unknown doc {d}")
        if turn["kind"] == "follow" and turn["docs"] != prev:
            err(f"{c['id']}: follow switches document")
        if turn["kind"] == "new" and turn["docs"] == prev:
            err(f"{c['id']}: new keeps the document")
        prev = turn["docs"]
    one_new += sum(x["kind"] == "new" for x in t) == 1
if one_new != 3:
    err(f"{one_new} conversations with exactly one new turn")

for r in rows:
    print("%-52s %-5s sections=%-2d words=%-4d table=%s" % r)
print(f"questions: {len(qs)} ({len(ans)} answerable, {len(nc)} not covered); "
      f"conversations: {len(convs)} ({one_new} with exactly one 'new')")
if errors:
    print("\nFAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
