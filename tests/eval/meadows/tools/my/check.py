"""Check the meadows-my evaluation set against the real loader.

Run with the project's Python (it imports `indexer.load` from the main checkout, by default
three folders up from this script, i.e. <work>/main; override with MAIN_REPO=...):
  ../../main/.venv/bin/python check.py        (from build/)
Exit code 0 when every check passes.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
MAIN = Path(os.environ.get("MAIN_REPO", HERE.parents[2] / "main"))
sys.path.insert(0, str(MAIN))

from indexer.load import load_knowledge  # noqa: E402

LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def front_fields(path: Path) -> dict:
    import yaml

    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        return yaml.safe_load(text.split("---\n", 2)[1]) or {}
    side = path.with_name(path.name + ".yml")
    if not side.is_file():
        fail(f"{path.name}: sidecar {side.name} missing")
        return {}
    return yaml.safe_load(side.read_text(encoding="utf-8")) or {}


def check_documents() -> dict[str, str]:
    result = load_knowledge(KNOWLEDGE)
    print(f"loaded {len(result.documents)} documents, {len(result.failures)} failures")
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    if len(docs) != 12:
        fail(f"expected 12 documents, got {len(docs)}")
    formats = Counter(Path(i).suffix for i in docs)
    if formats != Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}):
        fail(f"format counts wrong: {dict(formats)}")
    if not all(i.startswith("my/") for i in docs):
        fail("a doc id outside my/")
    places = Counter(i.split("/")[1] for i in docs)
    if set(places) != {"sepang", "manjung", "keningau", "nasional"}:
        fail(f"places {sorted(places)}")
    for place, n in places.items():
        want = (2, 2) if place == "nasional" else (3, 4)
        if not want[0] <= n <= want[1]:
            fail(f"place {place}: {n} documents")
    texts: dict[str, str] = {}
    for doc_id, d in sorted(docs.items()):
        section_text = "\n\n".join(s.text for s in d.sections)
        texts[doc_id] = section_text
        words = len(re.findall(r"\w+", section_text))
        n = len(d.sections)
        print(f"  {doc_id:50s} sections={n:2d} words={words:4d} title={d.title!r}")
        if d.lang != "ms" or d.country != "MY":
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if not 8 <= n <= 12:
            fail(f"{doc_id}: {n} sections (want 8-12)")
        if any(not s.heading for s in d.sections):
            fail(f"{doc_id}: a section without heading (text before the first ## heading)")
        if not 500 <= words <= 1200:
            fail(f"{doc_id}: {words} words (want 500-1200)")
        if not section_text.rstrip().endswith(LAST_LINE):
            fail(f"{doc_id}: last line is not the evaluation notice")
        if not d.updated or not d.updated.startswith("2026-"):
            fail(f"{doc_id}: updated {d.updated}")
        if not (d.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {d.source}")
        if not d.region or not d.agency:
            fail(f"{doc_id}: region/agency missing")
        meta = front_fields(KNOWLEDGE / doc_id)
        missing = [k for k in FIELDS if k not in meta]
        if missing:
            fail(f"{doc_id}: fields missing {missing}")
        if meta.get("note") != NOTE:
            fail(f"{doc_id}: note field wrong")
        if not any("soalan" in s.heading.lower() for s in d.sections):
            fail(f"{doc_id}: no FAQ section")
        raw = (KNOWLEDGE / doc_id).read_bytes().decode("utf-8", "ignore") + section_text
        for url in re.findall(r"https?://[^\s\"'<>)]+", raw):
            if not url.startswith(("https://example.invalid/", "http://example.invalid/")):
                fail(f"{doc_id}: URL outside example.invalid: {url}")
        for mail in re.findall(r"[\w.+-]+@[\w.-]+", section_text):
            if not mail.endswith(".invalid"):
                fail(f"{doc_id}: e-mail outside .invalid: {mail}")
    return texts


def check_questions(texts: dict[str, str]) -> None:
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if len(rows) != 60:
        fail(f"questions: {len(rows)} lines (want 60)")
    answerable = [r for r in rows if r.get("docs")]
    not_covered = [r for r in rows if r.get("docs") == []]
    if len(answerable) != 50 or len(not_covered) != 10:
        fail(f"questions: {len(answerable)} answerable / {len(not_covered)} not covered")
    targets: Counter[str] = Counter()
    for r in rows:
        if r.get("lang") != "ms" or r.get("country") != "MY" or not r.get("q"):
            fail(f"question fields wrong: {r}")
    for r in answerable:
        if len(r["docs"]) != 1:
            fail(f"answerable with {len(r['docs'])} docs: {r['q']}")
        doc = r["docs"][0]
        targets[doc] += 1
        if doc not in texts:
            fail(f"unknown doc id {doc}: {r['q']}")
            continue
        fact = r.get("fact")
        if not fact:
            fail(f"no fact: {r['q']}")
        elif fact.lower() not in texts[doc].lower():
            fail(f"fact {fact!r} not in {doc}: {r['q']}")
    for r in not_covered:
        if "fact" in r:
            fail(f"not-covered question has a fact: {r['q']}")
    for doc in texts:
        if not 4 <= targets[doc] <= 5:
            fail(f"{doc}: targeted {targets[doc]} times")
    if sorted(Counter(targets.values()).items()) != [(4, 10), (5, 2)]:
        fail(f"target distribution {dict(Counter(targets.values()))}")
    if len({r["q"] for r in rows}) != len(rows):
        fail("duplicate questions")
    short = sum(3 <= len(r["q"].split()) <= 7 for r in rows)
    print(f"questions: {len(answerable)} answerable, {len(not_covered)} not covered, "
          f"{short} short (3-7 words); targets per doc: {sorted(set(targets.values()))}")


def check_conversations(texts: dict[str, str]) -> None:
    lines = (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
    convs = [json.loads(line) for line in lines if line.strip()]
    if len(convs) != 5:
        fail(f"conversations: {len(convs)} (want 5)")
    with_new = 0
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        ids.add(cid)
        if not cid.startswith("ms-") or c.get("lang") != "ms" or c.get("country") != "MY":
            fail(f"conversation fields wrong: {cid}")
        turns = c.get("turns", [])
        kinds = [t.get("kind") for t in turns]
        if not 3 <= len(turns) <= 5:
            fail(f"{cid}: {len(turns)} turns")
        if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
            fail(f"{cid}: must have exactly one start, first")
        if any(k not in ("start", "follow", "new") for k in kinds):
            fail(f"{cid}: unknown kind in {kinds}")
        if kinds.count("new") > 1:
            fail(f"{cid}: more than one new turn")
        with_new += kinds.count("new") == 1
        current = None
        for t in turns:
            docs = t.get("docs") or []
            if len(docs) != 1 or docs[0] not in texts:
                fail(f"{cid}: turn docs {docs} unknown")
                continue
            if t["kind"] == "follow" and docs[0] != current:
                fail(f"{cid}: follow turn changes document: {t['q']}")
            if t["kind"] == "new" and docs[0] == current:
                fail(f"{cid}: new turn keeps the same document: {t['q']}")
            current = docs[0]
    if len(ids) != len(convs):
        fail("duplicate conversation ids")
    if with_new != 3:
        fail(f"{with_new} conversations with a new turn (want 3)")
    print(f"conversations: {len(convs)}, {with_new} with a new turn")


def main() -> int:
    texts = check_documents()
    check_questions(texts)
    check_conversations(texts)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
