"""Check the isles-id evaluation set against the project's real loader.

Run with the project's Python (it imports `indexer.load`):

    ../../main/.venv/bin/python build/check.py      # from the set's folder

The project is found at ../../../main relative to this script (override with the
environment variable ISLES_MAIN). Exits 1 when any check fails.
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
MAIN = Path(os.environ.get("ISLES_MAIN", HERE / ".." / ".." / ".." / "main")).resolve()
sys.path.insert(0, str(MAIN))

from indexer.load import load_knowledge  # noqa: E402

LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
PLACES = {"tangerang", "kendari", "gorontalo"}

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)
    print("FAIL:", msg)


def flat(text: str) -> str:
    return " ".join(text.split()).lower()


def raw_fields(path: Path) -> dict:
    import yaml
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("\n---\n", 1)[0].removeprefix("---\n")
        return yaml.safe_load(block) or {}
    return yaml.safe_load((path.parent / (path.name + ".yml")).read_text(encoding="utf-8"))


def check_documents() -> dict:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    print(f"documents loaded: {len(docs)}, failures: {len(result.failures)}")
    if len(docs) != 12:
        fail(f"expected 12 documents, got {len(docs)}")
    formats = Counter(Path(i).suffix for i in docs)
    print("formats:", dict(sorted(formats.items())))
    if formats != Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}):
        fail(f"format counts {dict(formats)} != 8 md / 1 pdf / 1 docx / 2 html")
    places = Counter(Path(i).parts[1] for i in docs)
    print("places:", dict(sorted(places.items())))
    for place in PLACES:
        if not 3 <= places.get(place, 0) <= 4:
            fail(f"{place}: {places.get(place, 0)} documents (want 3-4)")
    if places.get("nasional", 0) != 2:
        fail("want 2 documents under id/nasional/")
    for doc_id, d in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        n = len(d.sections)
        words = len(" ".join([s.heading + " " + s.text for s in d.sections]).split())
        print(f"  {doc_id:52} sections={n:2} words={words:4} title={d.title!r}")
        if not doc_id.startswith("id/"):
            fail(f"{doc_id}: not under id/")
        if d.lang != "id" or d.country != "ID":
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if not 8 <= n <= 12:
            fail(f"{doc_id}: {n} sections (want 8-12)")
        if not 500 <= words <= 1200:
            fail(f"{doc_id}: {words} words (want 500-1200)")
        if not (d.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {d.source!r}")
        if not (d.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {d.updated!r}")
        if not d.region or not d.agency:
            fail(f"{doc_id}: region/agency missing")
        meta = raw_fields(path)
        missing = [k for k in FIELDS if k not in meta]
        if missing:
            fail(f"{doc_id}: fields missing {missing}")
        if meta.get("note") != NOTE:
            fail(f"{doc_id}: note field wrong")
        if d.sections[-1].text.strip().split("\n")[-1].strip() != LAST_LINE:
            fail(f"{doc_id}: last line is not the evaluation notice")
        for m in re.finditer(r"[\w.+-]+@([\w.-]+)|https?://([\w.-]+)", d.text):
            host = (m.group(1) or m.group(2)).rstrip(".")
            if host != "example.invalid":
                fail(f"{doc_id}: address outside example.invalid: {m.group(0)}")
        if path.suffix in (".pdf", ".docx", ".html"):
            headings = [s.heading for s in d.sections if s.heading]
            if len(headings) < 8:
                fail(f"{doc_id}: only {len(headings)} headed sections extracted")
    return docs


def check_questions(docs: dict) -> None:
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    answerable = [r for r in rows if r.get("docs")]
    uncovered = [r for r in rows if not r.get("docs")]
    print(f"questions: {len(rows)} ({len(answerable)} answerable, {len(uncovered)} not covered)")
    if len(rows) != 60 or len(answerable) != 50 or len(uncovered) != 10:
        fail("want 60 questions: 50 answerable + 10 not covered")
    targets: Counter[str] = Counter()
    for r in rows:
        if r.get("lang") != "id" or r.get("country") != "ID":
            fail(f"lang/country wrong: {r['q']}")
        if not isinstance(r.get("q"), str) or not r["q"].strip():
            fail(f"empty question: {r}")
    for r in answerable:
        if len(r["docs"]) != 1:
            fail(f"want exactly one doc: {r['q']}")
        doc_id = r["docs"][0]
        targets[doc_id] += 1
        d = docs.get(doc_id)
        if d is None:
            fail(f"unknown doc {doc_id}: {r['q']}")
            continue
        fact = r.get("fact")
        if not fact:
            fail(f"no fact: {r['q']}")
            continue
        section_text = "\n".join(s.heading + "\n" + s.text for s in d.sections)
        if fact.lower() not in section_text.lower():
            where = " (only across a line break)" if flat(fact) in flat(section_text) else ""
            fail(f"fact {fact!r} not verbatim in {doc_id}{where}: {r['q']}")
    for r in uncovered:
        if "fact" in r:
            fail(f"not-covered question has a fact: {r['q']}")
    counts = Counter(targets.values())
    print("targets per doc:", dict(sorted(targets.items())))
    for doc_id in docs:
        if not 4 <= targets.get(doc_id, 0) <= 5:
            fail(f"{doc_id} targeted {targets.get(doc_id, 0)} times (want 4-5)")
    if counts != Counter({4: 10, 5: 2}):
        fail(f"want 10 docs x 4 + 2 docs x 5, got {dict(counts)}")
    short = sum(1 for r in rows if 3 <= len(r["q"].split()) <= 7)
    print(f"short questions (3-7 words): {short}/{len(rows)}")
    if len({r["q"] for r in rows}) != len(rows):
        fail("duplicate questions")


def check_conversations(docs: dict) -> None:
    lines = (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
    convs = [json.loads(line) for line in lines if line.strip()]
    print(f"conversations: {len(convs)}")
    if len(convs) != 5:
        fail("want 5 conversations")
    with_new = 0
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        if not cid.startswith("id-") or cid in ids:
            fail(f"bad or duplicate id {cid!r}")
        ids.add(cid)
        if c.get("lang") != "id" or c.get("country") != "ID":
            fail(f"{cid}: lang/country")
        turns = c.get("turns") or []
        kinds = [t.get("kind") for t in turns]
        if not 3 <= len(turns) <= 5:
            fail(f"{cid}: {len(turns)} turns (want 3-5)")
        if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
            fail(f"{cid}: must have exactly one start, first")
        if any(k not in ("start", "follow", "new") for k in kinds):
            fail(f"{cid}: unknown kind in {kinds}")
        if kinds.count("new") > 1:
            fail(f"{cid}: more than one new turn")
        with_new += kinds.count("new") == 1
        topic = None
        for t in turns:
            tdocs = t.get("docs") or []
            if len(tdocs) != 1 or tdocs[0] not in docs:
                fail(f"{cid}: turn docs {tdocs} not one existing doc")
                continue
            if t["kind"] in ("start", "new"):
                if t["kind"] == "new" and tdocs[0] == topic:
                    fail(f"{cid}: new turn does not switch document")
                topic = tdocs[0]
            elif tdocs[0] != topic:
                fail(f"{cid}: follow turn answered by another doc than the topic")
        print(f"  {cid}: {kinds}")
    if with_new != 3:
        fail(f"{with_new} conversations with a new turn (want 3)")


def main() -> int:
    docs = check_documents()
    check_questions(docs)
    check_conversations(docs)
    print("RESULT:", "PASS" if not problems else f"FAIL ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
