"""Check the forests-my evaluation set against the real loader.

Run with the project's Python, e.g. from the project folder:
    .venv/bin/python ../sets/forests-my/build/check.py
The project folder defaults to ../../../main relative to this script (override with the
environment variable MAIN_DIR or the first argument).
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
KNOW = SET / "knowledge"
MAIN = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MAIN_DIR", HERE / "../../../main"))
sys.path.insert(0, str(MAIN.resolve()))

from indexer.load import load_knowledge  # noqa: E402

LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def main() -> int:
    result = load_knowledge(KNOW)
    docs = {d.doc_id: d for d in result.documents}
    print(f"loaded {len(docs)} documents, {len(result.failures)} failures")
    for f in result.failures:
        err(f"load failure: {f}")
    if len(docs) != 12:
        err(f"expected 12 documents, got {len(docs)}")

    # formats
    fmt = Counter(Path(i).suffix for i in docs)
    print("formats:", dict(fmt))
    if fmt != Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}):
        err(f"format counts wrong: {dict(fmt)}")

    places = Counter(i.split("/")[1] for i in docs)
    print("places:", dict(places))
    for p, n in places.items():
        if p == "nasional":
            if n != 2:
                err("nasional must have 2 documents")
        elif not 3 <= n <= 4:
            err(f"{p}: {n} documents (need 3-4)")

    for doc_id, d in sorted(docs.items()):
        words = len(re.findall(r"\w+", d.text))
        print(f"  {doc_id}: {len(d.sections)} sections, {words} words, title={d.title!r}")
        if not doc_id.startswith("my/"):
            err(f"{doc_id}: not under my/")
        if d.lang != "ms" or d.country != "MY":
            err(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if not 8 <= len(d.sections) <= 12:
            err(f"{doc_id}: {len(d.sections)} sections")
        if not 500 <= words <= 1200:
            err(f"{doc_id}: {words} words")
        if not d.updated or not d.updated.startswith("2026-"):
            err(f"{doc_id}: updated {d.updated}")
        if not (d.source or "").startswith("https://example.invalid/"):
            err(f"{doc_id}: source {d.source}")
        if not d.region or not d.agency:
            err(f"{doc_id}: region/agency missing")
        if not d.sections or d.sections[-1].text.strip().split("\n")[-1].strip() != LAST_LINE:
            err(f"{doc_id}: last line is not the evaluation notice")
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[^\s)|]+", d.text):
            if "example.invalid" not in m:
                err(f"{doc_id}: address outside example.invalid: {m}")
        path = KNOW / doc_id
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            meta = yaml.safe_load(text.split("---\n")[1])
        else:
            side = path.with_name(path.name + ".yml")
            if not side.is_file():
                err(f"{doc_id}: no sidecar")
                continue
            meta = yaml.safe_load(side.read_text(encoding="utf-8"))
        missing = [k for k in FIELDS if k not in meta]
        if missing:
            err(f"{doc_id}: missing fields {missing}")
        if meta.get("note") != NOTE:
            err(f"{doc_id}: note field wrong")

    # questions
    qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text(encoding="utf-8")
          .splitlines() if line.strip()]
    answerable = [q for q in qs if q.get("docs")]
    uncovered = [q for q in qs if not q.get("docs")]
    print(f"questions: {len(qs)} ({len(answerable)} answerable, {len(uncovered)} not covered)")
    if len(answerable) != 50 or len(uncovered) != 10:
        err("need 50 answerable + 10 not covered")
    targets = Counter()
    for q in qs:
        if q.get("lang") != "ms" or q.get("country") != "MY" or not q.get("q"):
            err(f"question fields wrong: {q}")
        if set(q) - {"q", "lang", "country", "docs", "fact"}:
            err(f"unknown keys: {q}")
    for q in answerable:
        if len(q["docs"]) != 1:
            err(f"answerable question must list one doc: {q['q']}")
        doc_id = q["docs"][0]
        targets[doc_id] += 1
        if doc_id not in docs:
            err(f"unknown doc id {doc_id}")
            continue
        fact = q.get("fact")
        body = "\n".join(s.heading + "\n" + s.text for s in docs[doc_id].sections).lower()
        if not fact:
            err(f"no fact: {q['q']}")
        elif fact.lower() not in body:
            err(f"fact {fact!r} not in {doc_id}")
    for q in uncovered:
        if "fact" in q or q.get("docs") != []:
            err(f"not-covered question has fact/docs: {q['q']}")
    dist = Counter(targets.values())
    print("targets per doc:", {k: targets.get(k, 0) for k in sorted(docs)})
    for doc_id in docs:
        if not 4 <= targets.get(doc_id, 0) <= 5:
            err(f"{doc_id} targeted {targets.get(doc_id, 0)} times")
    if dist != Counter({4: 10, 5: 2}):
        err(f"target distribution {dict(dist)} (want 10x4 + 2x5)")
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)
    print(f"short questions (3-7 words): {short}/{len(qs)}")
    dup = [k for k, v in Counter(q["q"] for q in qs).items() if v > 1]
    if dup:
        err(f"duplicate questions {dup}")

    # conversations
    convs = [json.loads(line) for line in (SET / "conversations.jsonl").read_text(encoding="utf-8")
             .splitlines() if line.strip()]
    with_new = 0
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        if not cid.startswith("ms-") or cid in ids:
            err(f"bad/duplicate conversation id {cid}")
        ids.add(cid)
        if c.get("lang") != "ms" or c.get("country") != "MY":
            err(f"{cid}: lang/country")
        turns = c.get("turns", [])
        kinds = [t.get("kind") for t in turns]
        if not 3 <= len(turns) <= 5:
            err(f"{cid}: {len(turns)} turns")
        if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
            err(f"{cid}: must start with exactly one 'start'")
        if any(k not in ("start", "follow", "new") for k in kinds):
            err(f"{cid}: unknown kind in {kinds}")
        n_new = kinds.count("new")
        if n_new > 1:
            err(f"{cid}: more than one 'new'")
        with_new += n_new == 1
        prev = None
        for t in turns:
            if not t.get("q") or len(t.get("docs", [])) != 1:
                err(f"{cid}: turn needs q and one doc: {t}")
                continue
            d = t["docs"][0]
            if d not in docs:
                err(f"{cid}: unknown doc {d}")
            if t["kind"] == "follow" and d != prev:
                err(f"{cid}: follow turn changes document")
            if t["kind"] == "new" and d == prev:
                err(f"{cid}: new turn keeps the same document")
            prev = d
    print(f"conversations: {len(convs)}, with a 'new' turn: {with_new}")
    if len(convs) != 5 or with_new != 3:
        err("need 5 conversations, 3 of them with one 'new' turn")

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nPASS: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
