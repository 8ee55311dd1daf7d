"""Check the isles-my evaluation set against the real loader.

Run with the project's Python, e.g. from the project folder:
    .venv/bin/python <path-to>/build/check.py [--main PATH_TO_PROJECT]
By default the project is looked for three levels above this script (../../../main).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
END_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
SIDECAR_FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)
    print("FAIL", msg)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--main", default=str(HERE.parents[2] / "main"))
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.main).resolve()))
    from indexer.load import load_knowledge

    result = load_knowledge(KNOWLEDGE)
    docs = {d.doc_id: d for d in result.documents}
    print(f"loaded {len(docs)} documents, {len(result.failures)} failures")
    for f in result.failures:
        fail(f"load failure: {f}")
    if len(docs) != 12:
        fail(f"expected 12 documents, got {len(docs)}")

    formats = Counter(Path(i).suffix for i in docs)
    print("formats:", dict(formats))
    if formats != Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}):
        fail(f"format counts wrong: {dict(formats)}")

    places = Counter(i.split("/")[1] for i in docs)
    print("places:", dict(places))
    if places.get("nasional") != 2:
        fail("expected 2 national documents")
    for p in ("iskandar-puteri", "temerloh", "kota-samarahan"):
        if places.get(p, 0) not in (3, 4):
            fail(f"{p}: {places.get(p, 0)} documents (want 3 or 4)")

    texts: dict[str, str] = {}
    for doc_id, d in sorted(docs.items()):
        text = "\n\n".join(s.text for s in d.sections)
        texts[doc_id] = text.lower()
        words = len(text.split())
        print(f"  {doc_id}: {len(d.sections)} sections, {words} words, "
              f"lang={d.lang} country={d.country} updated={d.updated}")
        if not doc_id.startswith("my/"):
            fail(f"{doc_id}: not under my/")
        if d.lang != "ms" or d.country != "MY":
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
        if not text.rstrip().endswith(END_LINE):
            fail(f"{doc_id}: last line is not the evaluation notice")
        empty = [s.heading for s in d.sections if not s.heading]
        if empty:
            fail(f"{doc_id}: {len(empty)} section(s) without heading")
        # metadata file: front matter for .md, sidecar for the others
        path = KNOWLEDGE / doc_id
        if path.suffix == ".md":
            raw = path.read_text(encoding="utf-8")
            meta_text = raw.split("---", 2)[1] if raw.startswith("---") else ""
        else:
            side = path.with_name(path.name + ".yml")
            meta_text = side.read_text(encoding="utf-8") if side.is_file() else ""
            if not meta_text:
                fail(f"{doc_id}: sidecar missing")
        import yaml
        meta = yaml.safe_load(meta_text) or {}
        for k in SIDECAR_FIELDS:
            if k not in meta:
                fail(f"{doc_id}: metadata field {k!r} missing")
        if "invented" not in str(meta.get("note", "")):
            fail(f"{doc_id}: note field wrong")
        # e-mails and web addresses must be under example.invalid
        import re
        for m in re.finditer(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", text):
            host = (m.group(1) or m.group(2)).rstrip(".")
            if not host.endswith("example.invalid"):
                fail(f"{doc_id}: address outside example.invalid: {m.group(0)}")

    # questions
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    answerable = [q for q in qs if q.get("docs")]
    uncovered = [q for q in qs if not q.get("docs")]
    print(f"questions: {len(qs)} ({len(answerable)} answerable, {len(uncovered)} not covered)")
    if len(qs) != 60 or len(answerable) != 50 or len(uncovered) != 10:
        fail("want 60 questions: 50 answerable + 10 not covered")
    targets: Counter[str] = Counter()
    seen_q: set[str] = set()
    for q in qs:
        if q.get("lang") != "ms" or q.get("country") != "MY" or not q.get("q"):
            fail(f"bad question fields: {q}")
        if q["q"] in seen_q:
            fail(f"duplicate question: {q['q']}")
        seen_q.add(q["q"])
    for q in answerable:
        if len(q["docs"]) != 1:
            fail(f"answerable question must list one doc: {q['q']}")
        doc_id = q["docs"][0]
        targets[doc_id] += 1
        if doc_id not in docs:
            fail(f"unknown doc {doc_id}: {q['q']}")
            continue
        fact = q.get("fact")
        if not fact:
            fail(f"no fact: {q['q']}")
        elif fact.lower() not in texts[doc_id]:
            fail(f"fact {fact!r} not in {doc_id}")
    for q in uncovered:
        if "fact" in q:
            fail(f"not-covered question has a fact: {q['q']}")
    for doc_id in docs:
        if targets[doc_id] not in (4, 5):
            fail(f"{doc_id} targeted {targets[doc_id]} times")
    print("targets per doc:", sorted(targets.values()))
    if sorted(targets.values()) != [4] * 10 + [5] * 2:
        fail("want 10 documents x 4 + 2 x 5")
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)
    print(f"short questions (3-7 words): {short} of {len(qs)}")

    # conversations
    convs = [json.loads(line) for line in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    with_new = 0
    if len(convs) != 5:
        fail(f"want 5 conversations, got {len(convs)}")
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        if not cid.startswith("ms-") or cid in ids:
            fail(f"bad conversation id {cid!r}")
        ids.add(cid)
        if c.get("lang") != "ms" or c.get("country") != "MY":
            fail(f"{cid}: lang/country")
        turns = c.get("turns", [])
        kinds = [t.get("kind") for t in turns]
        if not 3 <= len(turns) <= 5:
            fail(f"{cid}: {len(turns)} turns")
        if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
            fail(f"{cid}: must have exactly one start, first")
        if any(k not in ("start", "follow", "new") for k in kinds):
            fail(f"{cid}: unknown kind in {kinds}")
        n_new = kinds.count("new")
        if n_new > 1:
            fail(f"{cid}: more than one new turn")
        with_new += n_new == 1
        current = None
        for t in turns:
            if not t.get("q") or not t.get("docs"):
                fail(f"{cid}: turn without q/docs")
                continue
            for d in t["docs"]:
                if d not in docs:
                    fail(f"{cid}: unknown doc {d}")
            if t["kind"] == "follow" and t["docs"] != current:
                fail(f"{cid}: follow turn changes document: {t['q']}")
            if t["kind"] == "new" and t["docs"] == current:
                fail(f"{cid}: new turn keeps the same document: {t['q']}")
            current = t["docs"]
    print(f"conversations: {len(convs)}, with a new turn: {with_new}")
    if with_new != 3:
        fail(f"want 3 conversations with a new turn, got {with_new}")

    print("RESULT:", "PASS" if not problems else f"FAIL ({len(problems)} problems)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
