"""Check the peaks-id evaluation set against the real loader.

Run with the project's Python, which has the loader's dependencies:
    <main>/.venv/bin/python build/check.py
The project folder is found relative to this script (../../../main), or set PEAKS_MAIN.
Exits 1 and lists the problems when a check fails.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOW = SET / "knowledge"
MAIN = Path(os.environ.get("PEAKS_MAIN", HERE / ".." / ".." / ".." / "main")).resolve()
sys.dont_write_bytecode = True  # leave the project folder untouched
sys.path.insert(0, str(MAIN))

from indexer.load import load_knowledge  # noqa: E402

LAST = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def main() -> int:
    result = load_knowledge(KNOW)
    docs = {d.doc_id: d for d in result.documents}
    print(f"loaded {len(docs)} documents, {len(result.failures)} failures")
    for f in result.failures:
        fail(f"load failure: {f}")
    if len(docs) != 12:
        fail(f"expected 12 documents, got {len(docs)}")
    fmt = Counter(Path(i).suffix for i in docs)
    if (fmt[".md"], fmt[".pdf"], fmt[".docx"], fmt[".html"]) != (8, 1, 1, 2):
        fail(f"format counts wrong: {dict(fmt)}")
    places = Counter(i.split("/")[1] for i in docs)
    if places.get("nasional") != 2 or sorted(v for k, v in places.items()
                                             if k != "nasional") not in ([3, 3, 4], [3, 4, 4]):
        fail(f"documents per place wrong: {dict(places)}")
    texts: dict[str, str] = {}
    for doc_id, d in sorted(docs.items()):
        text = "\n\n".join(s.text for s in d.sections)
        texts[doc_id] = text.lower()
        words = len(text.split())
        print(f"  {doc_id:48} {Path(doc_id).suffix[1:]:4} sections={len(d.sections):2} "
              f"words={words} updated={d.updated}")
        if d.lang != "id" or d.country != "ID":
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if not 8 <= len(d.sections) <= 12:
            fail(f"{doc_id}: {len(d.sections)} sections")
        if not 500 <= words <= 1200:
            fail(f"{doc_id}: {words} words")
        if not (d.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {d.updated}")
        if not (d.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {d.source}")
        if not d.region or not d.agency:
            fail(f"{doc_id}: region/agency missing")
        if not text.rstrip().endswith(LAST):
            fail(f"{doc_id}: last line is not the evaluation notice")
        path = KNOW / doc_id
        if path.suffix != ".md" and not path.with_name(path.name + ".yml").is_file():
            fail(f"{doc_id}: sidecar missing")
        if path.suffix == ".md" and not path.read_text(encoding="utf-8").startswith("---\n"):
            fail(f"{doc_id}: front matter missing")

    # questions
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    answerable = [q for q in qs if q.get("docs")]
    not_cov = [q for q in qs if not q.get("docs")]
    print(f"questions: {len(qs)} ({len(answerable)} answerable, {len(not_cov)} not covered)")
    if len(qs) != 60 or len(answerable) != 50 or len(not_cov) != 10:
        fail("expected 60 questions: 50 answerable and 10 not covered")
    targets: Counter[str] = Counter()
    seen: set[str] = set()
    for n, q in enumerate(qs, 1):
        if q.get("lang") != "id" or q.get("country") != "ID" or not q.get("q"):
            fail(f"question {n}: lang/country/q wrong")
        if q["q"] in seen:
            fail(f"question {n}: duplicate")
        seen.add(q["q"])
        if q.get("docs"):
            if len(q["docs"]) != 1:
                fail(f"question {n}: needs exactly one doc")
            doc = q["docs"][0]
            targets[doc] += 1
            if doc not in docs:
                fail(f"question {n}: unknown doc {doc}")
            elif not q.get("fact") or q["fact"].lower() not in texts[doc]:
                fail(f"question {n}: fact {q.get('fact')!r} not in {doc}")
        elif "fact" in q:
            fail(f"question {n}: not-covered question has a fact")
    for doc_id in docs:
        if not 4 <= targets[doc_id] <= 5:
            fail(f"{doc_id}: targeted {targets[doc_id]} times")
    if sorted(targets.values()) != [4] * 10 + [5] * 2:
        fail(f"target distribution {sorted(targets.values())}")
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)
    print(f"targets per doc: {sorted(targets.values())}; short (3-7 words): {short}/{len(qs)}")

    # conversations
    convs = [json.loads(x) for x in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    with_new = 0
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        if not cid.startswith("id-") or cid in ids:
            fail(f"conversation {cid!r}: bad or duplicate id")
        ids.add(cid)
        if c.get("lang") != "id" or c.get("country") != "ID":
            fail(f"{cid}: lang/country")
        turns = c.get("turns", [])
        kinds = [t.get("kind") for t in turns]
        if not 3 <= len(turns) <= 5:
            fail(f"{cid}: {len(turns)} turns")
        if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
            fail(f"{cid}: must have exactly one start, first")
        if any(k not in ("start", "follow", "new") for k in kinds):
            fail(f"{cid}: unknown kind")
        if kinds.count("new") > 1:
            fail(f"{cid}: more than one new turn")
        with_new += kinds.count("new") == 1
        current = None
        for t in turns:
            d = t.get("docs") or []
            if len(d) != 1 or d[0] not in docs:
                fail(f"{cid}: turn {t.get('q')!r} has bad docs {d}")
                continue
            if t["kind"] == "follow" and d[0] != current:
                fail(f"{cid}: follow turn {t['q']!r} changes document")
            if t["kind"] == "new" and d[0] == current:
                fail(f"{cid}: new turn {t['q']!r} keeps the document")
            current = d[0]
    print(f"conversations: {len(convs)} ({with_new} with a new turn)")
    if len(convs) != 5 or with_new != 3:
        fail("expected 5 conversations, 3 of them with one new turn")

    if problems:
        print("FAILED:")
        for p in problems:
            print("  -", p)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
