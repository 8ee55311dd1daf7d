"""Check the dunes-my evaluation set against the real knowledge loader.

Run with the main project's Python, e.g. from the project root:
    .venv/bin/python <this set>/build/check.py [--main PATH_TO_PROJECT]
The project root defaults to $MAIN_REPO, else ../../../main relative to this script.
Exits 1 and lists every problem when something is wrong.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
EXPECTED_FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
REQUIRED_FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def raw_fields(path: Path) -> dict:
    import yaml

    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        end = text.index("\n---\n", 4)
        return yaml.safe_load(text[4:end])
    return yaml.safe_load(Path(str(path) + ".yml").read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--main", default=os.environ.get("MAIN_REPO",
                                                     str(HERE / ".." / ".." / ".." / "main")))
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.main).resolve()))
    from indexer.load import load_knowledge

    # -- documents -------------------------------------------------------------------------
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        bad(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    print(f"documents loaded: {len(docs)}, failures: {len(result.failures)}")
    if len(docs) != 12:
        bad(f"expected 12 documents, loaded {len(docs)}")
    formats = collections.Counter(Path(i).suffix for i in docs)
    if dict(formats) != EXPECTED_FORMATS:
        bad(f"format counts {dict(formats)} != {EXPECTED_FORMATS}")
    places = collections.Counter(i.split("/")[1] for i in docs)
    for place, n in places.items():
        want = (2, 2) if place == "nasional" else (3, 4)
        if not want[0] <= n <= want[1]:
            bad(f"{place}: {n} documents")
    if set(places) != {"batu-pahat", "kulim", "lahad-datu", "nasional"}:
        bad(f"places {sorted(places)}")
    for doc_id, d in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        if d.lang != "ms" or d.country != "MY":
            bad(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if not 8 <= len(d.sections) <= 12:
            bad(f"{doc_id}: {len(d.sections)} sections")
        if any(not s.heading for s in d.sections):
            bad(f"{doc_id}: a section without heading")
        meta = raw_fields(path)
        for key in REQUIRED_FIELDS:
            if key not in meta:
                bad(f"{doc_id}: field {key} missing")
        if str(meta.get("note")) != NOTE:
            bad(f"{doc_id}: note field differs")
        if not (d.source or "").startswith("https://example.invalid/"):
            bad(f"{doc_id}: source {d.source}")
        if not (d.updated or "").startswith("2026-"):
            bad(f"{doc_id}: updated {d.updated}")
        if not d.region or not d.agency:
            bad(f"{doc_id}: region/agency missing")
        if d.text.strip().split("\n")[-1].strip() != LAST_LINE:
            bad(f"{doc_id}: last line is not the evaluation notice")
        words = len(d.text.split())
        if not 500 <= words <= 1200:
            bad(f"{doc_id}: {words} words")
        # every e-mail and URL in the document points under example.invalid
        for m in re.finditer(r"https?://([^/\s]+)|[\w.+-]+@([\w.-]+)", d.text):
            host = (m.group(1) or m.group(2)).rstrip(".")
            if not (host == "example.invalid" or host.endswith(".example.invalid")):
                bad(f"{doc_id}: address outside example.invalid: {m.group(0)}")
        print(f"  {doc_id}: {len(d.sections)} sections, {words} words")

    # -- questions -------------------------------------------------------------------------
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    answerable = [q for q in qs if q.get("docs")]
    uncovered = [q for q in qs if not q.get("docs")]
    print(f"questions: {len(qs)} ({len(answerable)} answerable, {len(uncovered)} not covered)")
    if len(qs) != 60 or len(answerable) != 50 or len(uncovered) != 10:
        bad("expected 60 questions: 50 answerable + 10 not covered")
    targets: collections.Counter[str] = collections.Counter()
    for q in qs:
        if q.get("lang") != "ms" or q.get("country") != "MY" or not q.get("q"):
            bad(f"question fields: {q}")
        if set(q) - {"q", "lang", "country", "docs", "fact"}:
            bad(f"unexpected keys: {q}")
    for q in answerable:
        if len(q["docs"]) != 1:
            bad(f"answerable question must name one doc: {q['q']}")
            continue
        doc_id = q["docs"][0]
        targets[doc_id] += 1
        if doc_id not in docs:
            bad(f"unknown doc {doc_id}: {q['q']}")
            continue
        fact = q.get("fact")
        if not fact:
            bad(f"no fact: {q['q']}")
            continue
        section_text = "\n".join(s.text for s in docs[doc_id].sections).lower()
        if fact.lower() not in section_text:
            bad(f"fact {fact!r} not in {doc_id}: {q['q']}")
    for q in uncovered:
        if "fact" in q:
            bad(f"not-covered question has a fact: {q['q']}")
        if q.get("docs") != []:
            bad(f"not-covered question docs must be []: {q['q']}")
    for doc_id in docs:
        if not 4 <= targets[doc_id] <= 5:
            bad(f"{doc_id} targeted {targets[doc_id]} times")
    dist = collections.Counter(targets[d] for d in docs)
    if dist != collections.Counter({4: 10, 5: 2}):
        bad(f"target distribution {dict(dist)} (want 10 x 4 and 2 x 5)")
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)
    print(f"  targets per doc: {dict(sorted(targets.items()))}")
    print(f"  short questions (3-7 words): {short} of {len(qs)}")

    # -- conversations ---------------------------------------------------------------------
    convs = [json.loads(line) for line in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"conversations: {len(convs)}")
    if len(convs) != 5:
        bad("expected 5 conversations")
    with_new = 0
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        if not cid.startswith("ms-") or cid in ids:
            bad(f"conversation id {cid!r}")
        ids.add(cid)
        if c.get("lang") != "ms" or c.get("country") != "MY":
            bad(f"{cid}: lang/country")
        turns = c.get("turns", [])
        if not 3 <= len(turns) <= 5:
            bad(f"{cid}: {len(turns)} turns")
        kinds = [t.get("kind") for t in turns]
        if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
            bad(f"{cid}: must open with the only 'start' turn: {kinds}")
        if set(kinds) - {"start", "follow", "new"}:
            bad(f"{cid}: unknown kinds {kinds}")
        if kinds.count("new") > 1:
            bad(f"{cid}: more than one 'new' turn")
        with_new += kinds.count("new") == 1
        current = None
        for t in turns:
            if not t.get("q") or len(t.get("docs", [])) != 1:
                bad(f"{cid}: turn needs q and one doc: {t}")
                continue
            if t["docs"][0] not in docs:
                bad(f"{cid}: unknown doc {t['docs'][0]}")
            if t["kind"] == "follow" and t["docs"][0] != current:
                bad(f"{cid}: follow turn changes document: {t['q']}")
            if t["kind"] == "new" and t["docs"][0] == current:
                bad(f"{cid}: new turn keeps the same document: {t['q']}")
            current = t["docs"][0]
        print(f"  {cid}: {kinds}")
    if with_new != 3:
        bad(f"{with_new} conversations with a 'new' turn (want 3)")

    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print(" -", p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
