"""Check fjords-my with the project's own loader (run with the build venv's python)."""

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
from make_docs import DOCS, FOOTER_LINKS, NAV, PORTALS  # noqa: E402
from texts_a import END  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)
    print("FAIL", msg)


res = load_knowledge(SET / "knowledge")
for f in res.failures:
    err(f"load failure {f}")
docs = {d.doc_id: d for d in res.documents}
if len(docs) != 12:
    err(f"{len(docs)} documents loaded, expected 12")
fmts = Counter(d["fmt"] for d in DOCS)
if fmts != Counter(md=8, pdf=1, docx=1, html=2):
    err(f"formats {fmts}")
stats = {}
for spec in DOCS:
    d = docs.get(spec["id"])
    if d is None:
        err(f"{spec['id']} not loaded")
        continue
    for key in ("title", "region", "agency", "source", "updated"):
        if getattr(d, key) != spec[key]:
            err(f"{d.doc_id}: {key} {getattr(d, key)!r} != {spec[key]!r}")
    if d.lang != "ms" or d.country != "MY":
        err(f"{d.doc_id}: lang/country {d.lang}/{d.country}")
    if not d.updated.startswith("2026-") or ".example.invalid/" not in d.source:
        err(f"{d.doc_id}: updated/source")
    if d.tags or d.questions:
        err(f"{d.doc_id}: has tags/questions")
    heads = [s.heading for s in d.sections if s.heading]
    want = [h for h, _ in spec["sections"]]
    if heads != want:
        err(f"{d.doc_id}: sections {heads} != {want}")
    if not 9 <= len(heads) <= 12:
        err(f"{d.doc_id}: {len(heads)} sections")
    words = len(re.findall(r"\w+(?:[-.,']\w+)*", d.text))
    if not 450 <= words <= 750:
        err(f"{d.doc_id}: {words} words")
    if not d.text.rstrip().endswith(END):
        err(f"{d.doc_id}: does not end with the evaluation line")
    for url in re.findall(r"https?://[^\s)>\]]+|[\w.-]+@[\w.-]+", d.text):
        if "example.invalid" not in url:
            err(f"{d.doc_id}: address outside example.invalid: {url}")
    if spec["fmt"] == "html":
        for junk in [PORTALS[spec["agency"]], "Berkhidmat Untuk Rakyat", *NAV, *FOOTER_LINKS,
                     "Hak Cipta"]:
            if junk.lower() in d.text.lower():
                err(f"{d.doc_id}: header/nav/footer text leaked: {junk!r}")
    stats[d.doc_id] = (spec["fmt"], len(heads), words)

qs = [json.loads(ln) for ln in open(SET / "questions.jsonl", encoding="utf-8")]
ans = [q for q in qs if q["docs"]]
nc = [q for q in qs if not q["docs"]]
if (len(qs), len(ans), len(nc)) != (60, 50, 10):
    err(f"question counts {len(qs)}/{len(ans)}/{len(nc)}")
per_doc = Counter()
fact_sections = {}
for q in qs:
    if q["lang"] != "ms" or q["country"] != "MY":
        err(f"lang/country of {q['q']!r}")
    for did in q["docs"]:
        if did not in docs:
            err(f"unknown doc {did}")
    if q["docs"]:
        did = q["docs"][0]
        per_doc[did] += 1
        d = docs.get(did)
        fact = q.get("fact")
        if not fact or d is None or fact not in d.text:
            err(f"fact {fact!r} not verbatim in {did}")
            continue
        secs = [s.heading for s in d.sections if fact in s.text]
        fact_sections.setdefault(did, []).append(secs[0])
    elif "fact" in q:
        err(f"not-covered question has a fact: {q['q']!r}")
for did in docs:
    if per_doc[did] not in (4, 5):
        err(f"{did}: {per_doc[did]} questions")
    s = fact_sections.get(did, [])
    if len(set(s)) != len(s):
        err(f"{did}: facts share a section {s}")

convs = [json.loads(ln) for ln in open(SET / "conversations.jsonl", encoding="utf-8")]
if len(convs) != 5:
    err(f"{len(convs)} conversations")
one_new = 0
for c in convs:
    kinds = [t["kind"] for t in c["turns"]]
    if not 3 <= len(kinds) <= 5 or kinds[0] != "start" or "start" in kinds[1:]:
        err(f"{c['id']}: kinds {kinds}")
    one_new += kinds.count("new") == 1
    prev = None
    for t in c["turns"]:
        for did in t["docs"]:
            if did not in docs:
                err(f"{c['id']}: unknown doc {did}")
        if t["kind"] == "follow" and t["docs"] != prev:
            err(f"{c['id']}: follow turn changes document")
        if t["kind"] == "new" and t["docs"] == prev:
            err(f"{c['id']}: new turn keeps document")
        prev = t["docs"]
if one_new != 3:
    err(f"{one_new} conversations with exactly one new turn")

for did, (fmt, n, w) in sorted(stats.items()):
    print(f"{did:45} {fmt:5} {n:2} sections {w:4} words {per_doc[did]} questions")
print("FAILED:" if errors else "ALL CHECKS PASSED", len(errors), "problem(s)")
sys.exit(1 if errors else 0)
