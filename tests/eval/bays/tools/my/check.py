"""Check the bays-my evaluation set against the real loader.

Run with the project's interpreter (it needs the loader's dependencies), e.g. from the
project folder:   .venv/bin/python <set>/build/check.py
The project folder defaults to ../../../main relative to this script (override with the
environment variable EVAL_MAIN or the first argument). Exit status 0 when every check passes.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
MAIN = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("EVAL_MAIN", HERE / "../../../main")).resolve()
sys.path.insert(0, str(MAIN))
from indexer.load import load_knowledge  # noqa: E402

LAST = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
PLACES = {"nasional": (2, 2), "seberang-perai": (3, 4), "sibu": (3, 4), "subang-jaya": (3, 4)}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

problems: list[str] = []
notes: list[str] = []


def check(cond: bool, msg: str) -> bool:
    if not cond:
        problems.append(msg)
    return cond


# -- documents ----------------------------------------------------------------------------
result = load_knowledge(KNOWLEDGE)
docs = {d.doc_id: d for d in result.documents}
check(not result.failures, f"load failures: {result.failures}")
check(len(docs) == 12, f"expected 12 documents, loaded {len(docs)}")
fmt = Counter(Path(i).suffix for i in docs)
check(dict(fmt) == FORMATS, f"format counts {dict(fmt)} != {FORMATS}")
place = Counter(i.split("/")[1] for i in docs)
for p, (lo, hi) in PLACES.items():
    check(lo <= place.get(p, 0) <= hi, f"place {p}: {place.get(p, 0)} documents")
check(set(place) == set(PLACES), f"unexpected places {sorted(set(place) - set(PLACES))}")

for doc_id, d in sorted(docs.items()):
    path = KNOWLEDGE / doc_id
    check(doc_id.startswith("my/"), f"{doc_id}: not under my/")
    check(d.lang == "ms" and d.country == "MY", f"{doc_id}: lang/country {d.lang}/{d.country}")
    n = len(d.sections)
    check(8 <= n <= 12, f"{doc_id}: {n} sections")
    check(all(s.heading for s in d.sections[1:]), f"{doc_id}: untitled section after the first")
    words = len(d.text.split())
    check(500 <= words <= 1200, f"{doc_id}: {words} words")
    check(d.text.rstrip().endswith(LAST), f"{doc_id}: last line is not the evaluation notice")
    check(bool(d.updated) and d.updated.startswith("2026-"), f"{doc_id}: updated {d.updated}")
    check(bool(d.source) and d.source.startswith("https://example.invalid/"),
          f"{doc_id}: source {d.source}")
    # fields: front matter for Markdown, sidecar for the others
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---")[1])
        check(not (path.parent / (path.name + ".yml")).exists(), f"{doc_id}: unexpected sidecar")
        check(text.rstrip("\n").split("\n")[-1] == LAST, f"{doc_id}: file's last line")
    else:
        side = path.with_name(path.name + ".yml")
        if not check(side.is_file(), f"{doc_id}: sidecar missing"):
            continue
        meta = yaml.safe_load(side.read_text(encoding="utf-8"))
    check(all(k in meta for k in FIELDS), f"{doc_id}: missing fields "
                                          f"{[k for k in FIELDS if k not in meta]}")
    check(meta.get("note") == NOTE, f"{doc_id}: note field")
    check(str(meta.get("lang")) == "ms" and str(meta.get("country")) == "MY",
          f"{doc_id}: lang/country fields")
    # every e-mail address and URL in the file's text is under example.invalid
    raw = d.text + "\n" + json.dumps(meta, default=str)
    for m in re.finditer(r"https?://[^\s)\"'<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", raw):
        host = m.group(0).split("@")[-1] if "@" in m.group(0) and "://" not in m.group(0) \
            else m.group(0).split("/")[2]
        check(host == "example.invalid" or host.endswith(".example.invalid"),
              f"{doc_id}: address not under example.invalid: {m.group(0)}")
    if path.suffix in (".pdf", ".html", ".docx"):
        check(n >= 8 and all(s.heading for s in d.sections[1:]),
              f"{doc_id}: headings not recognised as sections")
    notes.append(f"{doc_id:52} {path.suffix[1:]:5} {n:2} sections {words:5} words")


def section_text(doc_id: str) -> str:
    return "\n".join(s.text for s in docs[doc_id].sections).lower()


# -- questions ----------------------------------------------------------------------------
qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
      if line.strip()]
check(len(qs) == 60, f"{len(qs)} questions")
answerable = [q for q in qs if q.get("docs")]
not_covered = [q for q in qs if q.get("docs") == []]
check(len(answerable) == 50 and len(not_covered) == 10,
      f"{len(answerable)} answerable / {len(not_covered)} not covered")
check(len({q["q"] for q in qs}) == len(qs), "duplicate question text")
targets: Counter[str] = Counter()
for i, q in enumerate(qs, 1):
    check(set(q) <= {"q", "lang", "country", "docs", "fact"}, f"q{i}: unknown keys {set(q)}")
    check(q.get("lang") == "ms" and q.get("country") == "MY", f"q{i}: lang/country")
    check(isinstance(q.get("q"), str) and q["q"].strip() != "", f"q{i}: empty question")
    if q.get("docs"):
        check(len(q["docs"]) == 1, f"q{i}: docs should list one document")
        d = q["docs"][0]
        if not check(d in docs, f"q{i}: unknown doc {d}"):
            continue
        targets[d] += 1
        fact = q.get("fact")
        if check(isinstance(fact, str) and fact.strip() != "", f"q{i}: no fact"):
            check(fact.lower() in section_text(d), f"q{i}: fact {fact!r} not in {d}")
    else:
        check(q.get("docs") == [], f"q{i}: docs missing")
        check("fact" not in q, f"q{i}: not-covered question has a fact")
for d in docs:
    check(4 <= targets[d] <= 5, f"{d}: targeted {targets[d]} times")
check(sorted(Counter(targets.values()).items()) == [(4, 10), (5, 2)],
      f"target distribution {dict(Counter(targets.values()))} (want 10 x 4 + 2 x 5)")
short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)

# -- conversations ------------------------------------------------------------------------
convs = [json.loads(line) for line in
         (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
check(len(convs) == 5, f"{len(convs)} conversations")
with_new = 0
ids = set()
for c in convs:
    cid = c.get("id", "?")
    check(cid.startswith("ms-") and cid not in ids, f"{cid}: bad or duplicate id")
    ids.add(cid)
    check(c.get("lang") == "ms" and c.get("country") == "MY", f"{cid}: lang/country")
    turns = c.get("turns", [])
    check(3 <= len(turns) <= 5, f"{cid}: {len(turns)} turns")
    kinds = [t.get("kind") for t in turns]
    check(kinds[:1] == ["start"] and kinds.count("start") == 1, f"{cid}: start turn")
    check(set(kinds) <= {"start", "follow", "new"}, f"{cid}: kinds {kinds}")
    check(kinds.count("new") <= 1, f"{cid}: more than one new turn")
    with_new += "new" in kinds
    prev = None
    for k, t in enumerate(turns):
        tdocs = t.get("docs", [])
        check(len(tdocs) == 1 and tdocs[0] in docs, f"{cid} turn {k + 1}: docs {tdocs}")
        if prev is not None and tdocs:
            if t["kind"] == "follow":
                check(tdocs[0] == prev, f"{cid} turn {k + 1}: follow changes document")
            if t["kind"] == "new":
                check(tdocs[0] != prev, f"{cid} turn {k + 1}: new keeps the same document")
        prev = tdocs[0] if tdocs else prev
check(with_new == 3, f"{with_new} conversations with a new turn (want 3)")

# -- build scripts use no absolute paths ---------------------------------------------------
for script in HERE.glob("*.py"):
    check(not re.search(r"[\"']/(work|tmp|home)/", script.read_text(encoding="utf-8")),
          f"{script.name}: absolute path")

print("\n".join(notes))
print(f"questions: {len(answerable)} answerable, {len(not_covered)} not covered, "
      f"{short} short (3-7 words); conversations: {len(convs)}, {with_new} with a new turn")
if problems:
    print(f"FAILED: {len(problems)} problem(s)")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
