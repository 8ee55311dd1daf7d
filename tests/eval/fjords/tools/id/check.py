"""Check fjords-id with the project's own loader (import from the project folder or TANYAKOTA_ROOT)."""

import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(HERE))
from indexer.load import load_knowledge  # noqa: E402
from make_docs import DOCS, FOOT, NAV  # noqa: E402
from texts_a import END  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


def raw_fields(path):
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        return yaml.safe_load(text.split("---\n")[1])
    return yaml.safe_load(path.with_name(path.name + ".yml").read_text(encoding="utf-8"))


root = SET / "knowledge"
result = load_knowledge(root)
for f in result.failures:
    bad(f"load failure: {f}")
docs = {d.doc_id: d for d in result.documents}
if set(docs) != set(DOCS):
    bad(f"documents differ: {sorted(set(docs) ^ set(DOCS))}")
if len(docs) != 12:
    bad(f"{len(docs)} documents, expected 12")
if list(root.rglob("_*")):
    bad("settings files (_*) present")

fmt = Counter(d["fmt"] for d in DOCS.values())
if fmt != Counter({"md": 8, "pdf": 1, "docx": 1, "html": 2}):
    bad(f"formats {fmt}")

stats = {}
tables = 0
for doc_id, spec in DOCS.items():
    d = docs.get(doc_id)
    if d is None:
        continue
    fields = raw_fields(root / doc_id)
    if set(fields) != {"title", "lang", "country", "region", "agency", "source", "updated",
                       "note"}:
        bad(f"{doc_id}: fields {sorted(fields)}")
    if "rekaan" not in str(fields.get("note", "")):
        bad(f"{doc_id}: note does not say figures are invented")
    if d.lang != "id" or d.country != "ID" or not d.region or not d.agency:
        bad(f"{doc_id}: lang/country/region/agency {d.lang} {d.country} {d.region} {d.agency}")
    if d.title != spec["title"]:
        bad(f"{doc_id}: title {d.title!r}")
    if not re.fullmatch(r"https://[a-z0-9.-]*example\.invalid/.*", d.source or ""):
        bad(f"{doc_id}: source {d.source}")
    if not (d.updated or "").startswith("2026-"):
        bad(f"{doc_id}: updated {d.updated}")
    expected = len(re.findall(r"(?m)^## ", spec["body"]))
    headed = [s for s in d.sections if s.heading]
    if len(d.sections) != expected or len(headed) != expected or not 9 <= expected <= 12:
        bad(f"{doc_id}: {len(d.sections)} sections ({len(headed)} headed), expected {expected}")
    words = len(" ".join([d.title] + [f"{s.heading} {s.text}" for s in d.sections]).split())
    if not 450 <= words <= 750:
        bad(f"{doc_id}: {words} words")
    if d.text.strip().split("\n")[-1].strip() != END:
        bad(f"{doc_id}: does not end with the evaluation line")
    if re.search(r"(?m)^\|.*\|.*$", d.text):
        tables += 1
    faq = [s for s in d.sections if re.search(r"(?m)^(### |\*\*)?.*\?\**$", s.text)]
    if not faq:
        bad(f"{doc_id}: no FAQ")
    raw = (root / doc_id).read_bytes() if spec["fmt"] in ("md", "html") else b""
    text_all = raw.decode("utf-8", "replace") + d.text
    for url in re.findall(r"https?://[^\s\"'<>)]+", text_all):
        if not re.match(r"https?://[a-z0-9.-]*example\.invalid(/|$)", url.rstrip(".")):
            bad(f"{doc_id}: URL outside example.invalid: {url}")
    for mail in re.findall(r"[\w.+-]+@[\w.-]+", text_all):
        if not mail.rstrip(".").endswith("example.invalid"):
            bad(f"{doc_id}: e-mail outside example.invalid: {mail}")
    if spec["fmt"] == "html":
        for junk in NAV + FOOT + [spec["portal"], "Hak Cipta", "Melayani dengan sepenuh hati",
                                  "Seluruh hak dilindungi"]:
            if junk in d.text or any(junk in s.heading for s in d.sections):
                bad(f"{doc_id}: header/nav/footer text {junk!r} reached the loaded text")
    stats[doc_id] = (spec["fmt"], len(d.sections), words)
if tables < 6:
    bad(f"only {tables} pages with a table")

# questions
qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text().splitlines()]
per_doc = defaultdict(list)
if len(qs) != 60:
    bad(f"{len(qs)} questions")
answerable = [q for q in qs if q["docs"]]
if len(answerable) != 50 or len(qs) - len(answerable) != 10:
    bad(f"{len(answerable)} answerable / {len(qs) - len(answerable)} not covered")
for q in qs:
    if q["lang"] != "id" or q["country"] != "ID" or set(q) - {"q", "lang", "country", "docs",
                                                               "fact"}:
        bad(f"question fields: {q}")
    if not q["docs"]:
        if "fact" in q:
            bad(f"not-covered question with a fact: {q['q']}")
        continue
    (doc_id,) = q["docs"]
    d = docs.get(doc_id)
    if d is None:
        bad(f"unknown doc {doc_id}")
        continue
    if q["fact"] not in d.text:
        bad(f"{doc_id}: fact {q['fact']!r} not in the loaded text")
        continue
    where = [s.heading for s in d.sections if q["fact"] in s.text]
    per_doc[doc_id].append((q["fact"], where))
for doc_id in DOCS:
    facts = per_doc.get(doc_id, [])
    if not 4 <= len(facts) <= 5:
        bad(f"{doc_id}: {len(facts)} questions")
    # each question's fact must be able to come from a section of its own
    used = set()
    for fact, where in sorted(facts, key=lambda fw: len(fw[1])):
        free = [h for h in where if h not in used]
        if not free:
            bad(f"{doc_id}: fact {fact!r} has no section not used by another question")
            continue
        used.add(free[0])

# conversations
convs = [json.loads(line) for line in (SET / "conversations.jsonl").read_text().splitlines()]
if len(convs) != 5:
    bad(f"{len(convs)} conversations")
with_one_new = 0
for c in convs:
    kinds = [t["kind"] for t in c["turns"]]
    if not 3 <= len(kinds) <= 5 or kinds[0] != "start" or "start" in kinds[1:]:
        bad(f"{c['id']}: turns {kinds}")
    with_one_new += kinds.count("new") == 1
    prev = None
    for t in c["turns"]:
        (doc_id,) = t["docs"]
        if doc_id not in docs:
            bad(f"{c['id']}: unknown doc {doc_id}")
        if t["kind"] == "follow" and doc_id != prev:
            bad(f"{c['id']}: follow turn changes document")
        if t["kind"] == "new" and doc_id == prev:
            bad(f"{c['id']}: new turn keeps the document")
        prev = doc_id
if with_one_new != 3:
    bad(f"{with_one_new} conversations with exactly one new turn, expected 3")

for doc_id, (f, n, w) in stats.items():
    print(f"{doc_id:45} {f:5} sections={n:2} words={w} questions={len(per_doc[doc_id])}")
print(f"pages with a table: {tables}")
if problems:
    print("\nFAILED:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nall checks passed")
