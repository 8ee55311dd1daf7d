"""Check the reefs-my evaluation set with the project's real loader.

Run from anywhere with a Python that has the loader's libraries (pyyaml, pypdf,
python-docx, trafilatura, PyStemmer):  python build/check.py
Exits non-zero and lists every problem when a check fails.
"""

from __future__ import annotations

import os
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

SET = Path(__file__).resolve().parent.parent
KNOWLEDGE = SET / "knowledge"
sys.dont_write_bytecode = True  # leave no __pycache__ in the project folder or here
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))  # the project folder
sys.path.insert(0, str(Path(__file__).resolve().parent))

from indexer.load import load_knowledge  # noqa: E402

from make_html import NAV_FOOTER_MARKERS  # noqa: E402

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
EXPECTED_FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
REGIONS = {
    "nasional": "Seluruh Malaysia",
    "ampang-jaya": "Ampang Jaya, Selangor",
    "dungun": "Dungun, Terengganu",
    "alor-gajah": "Alor Gajah, Melaka",
}
AGENCY_WORDS = {
    "ampang-jaya": "Majlis Perbandaran Ampang Jaya",
    "dungun": "Majlis Perbandaran Dungun",
    "alor-gajah": "Majlis Perbandaran Alor Gajah",
}
PLACE_DOCS = {"nasional": (2, 2), "ampang-jaya": (3, 4), "dungun": (3, 4),
              "alor-gajah": (3, 4)}
WORD = re.compile(r"\w", re.UNICODE)
URL = re.compile(r"https?://([^/\s\"'<>)]+)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")

problems: list[str] = []
passed: list[str] = []


def check(ok: bool, what: str) -> bool:
    if not ok:
        problems.append(what)
    return ok


def raw_fields(path: Path) -> dict:
    """The fields as written: front matter for Markdown, the sidecar for the others."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("\n---", 1)[0].removeprefix("---\n")
        return yaml.safe_load(block) or {}
    sidecar = path.with_name(path.name + ".yml")
    if not sidecar.is_file():
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


def word_count(text: str) -> int:
    return sum(1 for tok in text.split() if WORD.search(tok))


def fact_bounded(text: str, fact: str) -> bool:
    """Every occurrence of `fact` stands alone as a figure: not the start or end of a
    longer number (RM15 inside RM150, 5% inside 15%)."""
    low, f = text.lower(), fact.lower()
    start = low.find(f)
    while start != -1:
        before = low[start - 1] if start else " "
        after = low[start + len(f): start + len(f) + 2]
        if f[0].isdigit() and (before.isdigit() or before in ".,"):
            return False
        if f[-1].isdigit() and after[:1].isdigit():
            return False
        if f[-1].isdigit() and after[:1] in ".," and after[1:2].isdigit():
            return False
        start = low.find(f, start + 1)
    return True


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    docs = {d.doc_id: d for d in result.documents}
    check(not result.failures, f"load failures: {[str(f) for f in result.failures]}")
    check(len(docs) == 12, f"{len(docs)} documents loaded, expected 12")
    passed.append(f"loader: {len(docs)} documents, {len(result.failures)} failures")

    formats = Counter(Path(i).suffix for i in docs)
    check(dict(formats) == EXPECTED_FORMATS, f"formats {dict(formats)} != {EXPECTED_FORMATS}")
    passed.append(f"formats: {dict(sorted(formats.items()))}")

    places = Counter(i.split("/")[1] for i in docs)
    for place, (lo, hi) in PLACE_DOCS.items():
        check(lo <= places.get(place, 0) <= hi, f"{place}: {places.get(place, 0)} documents")
    check(set(places) == set(PLACE_DOCS), f"unexpected folders {sorted(places)}")
    passed.append(f"places: {dict(places)}")

    # fields, sections, length, last line, nav/footer, example.invalid
    for doc_id, doc in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        place = doc_id.split("/")[1]
        meta = raw_fields(path)
        for key in FIELDS:
            check(meta.get(key) not in (None, ""), f"{doc_id}: field {key!r} missing")
        check(meta.get("note") == NOTE, f"{doc_id}: note is {meta.get('note')!r}")
        check(str(meta.get("lang")) == "ms" and doc.lang == "ms", f"{doc_id}: lang")
        check(str(meta.get("country")) == "MY" and doc.country == "MY", f"{doc_id}: country")
        check(doc.title == meta.get("title"), f"{doc_id}: loaded title {doc.title!r}")
        check(doc.region == REGIONS[place], f"{doc_id}: region {doc.region!r}")
        if place in AGENCY_WORDS:
            check(AGENCY_WORDS[place] in (doc.agency or ""), f"{doc_id}: agency {doc.agency!r}")
        check(bool(doc.agency), f"{doc_id}: no agency")
        check((doc.source or "").startswith("https://example.invalid/"),
              f"{doc_id}: source {doc.source!r}")
        check(isinstance(meta.get("updated"), dt.date) and (doc.updated or "").startswith("2026-"),
              f"{doc_id}: updated {doc.updated!r}")
        named = [s for s in doc.sections if s.heading]
        check(9 <= len(doc.sections) <= 12, f"{doc_id}: {len(doc.sections)} sections")
        check(9 <= len(named) <= 12, f"{doc_id}: {len(named)} headed sections")
        words = word_count(doc.text)
        check(500 <= words <= 800, f"{doc_id}: {words} words in loaded text")
        check(doc.text.rstrip().endswith(LAST_LINE), f"{doc_id}: loaded text does not end "
                                                     "with the evaluation line")
        if path.suffix == ".md":
            last = path.read_text(encoding="utf-8").rstrip().split("\n")[-1]
            check(last == LAST_LINE, f"{doc_id}: file's last line is {last!r}")
        for marker in NAV_FOOTER_MARKERS:
            check(marker.lower() not in doc.text.lower() and marker.lower() not in
                  doc.title.lower(), f"{doc_id}: nav/footer text {marker!r} leaked")
        if path.suffix == ".html":
            raw = path.read_text(encoding="utf-8")
            for tag in ("<title>", "<nav", "<main", "<h1>", "<h2>", "<h3>", "<ul>", "<table>",
                        "<footer"):
                check(tag in raw, f"{doc_id}: no {tag} in the page")
            hidden = [m for m in NAV_FOOTER_MARKERS if m in raw]
            check(len(hidden) >= 5, f"{doc_id}: only {hidden} nav/footer markers in the page")
            scan = raw
        else:
            scan = doc.text + "\n" + yaml.safe_dump(meta, allow_unicode=True)
            if path.suffix == ".md":
                scan += path.read_text(encoding="utf-8")
        for host in URL.findall(scan) + EMAIL.findall(scan):
            check(host == "example.invalid" or host.endswith(".example.invalid"),
                  f"{doc_id}: address outside example.invalid: {host}")
        passed.append(f"{doc_id}: {len(doc.sections)} sections ({len(named)} headed), "
                      f"{words} words")

    # questions
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines if line.strip()]
    check(len(questions) == 60, f"{len(questions)} questions")
    answerable = [q for q in questions if q["docs"]]
    uncovered = [q for q in questions if not q["docs"]]
    check(len(answerable) == 50, f"{len(answerable)} answerable")
    check(len(uncovered) == 10, f"{len(uncovered)} not covered")
    per_doc: Counter[str] = Counter()
    for q in questions:
        check(q.get("lang") == "ms" and q.get("country") == "MY", f"lang/country: {q}")
        keys = {"q", "lang", "country", "docs"} | ({"fact"} if q["docs"] else set())
        check(set(q) == keys, f"keys {sorted(q)}: {q['q']}")
        for doc_id in q["docs"]:
            if not check(doc_id in docs, f"unknown doc {doc_id}: {q['q']}"):
                continue
            per_doc[doc_id] += 1
            fact = q.get("fact", "")
            check(bool(fact) and fact.lower() in docs[doc_id].text.lower(),
                  f"fact {fact!r} not in {doc_id}: {q['q']}")
            check(fact_bounded(docs[doc_id].text, fact),
                  f"fact {fact!r} is part of a longer figure in {doc_id}")
    for doc_id in docs:
        check(4 <= per_doc[doc_id] <= 5, f"{doc_id}: target of {per_doc[doc_id]} questions")
    check(len({q["q"] for q in questions}) == len(questions), "duplicate questions")
    short = sum(1 for q in questions if 3 <= len(q["q"].split()) <= 7)
    passed.append(f"questions: {len(answerable)} answerable, {len(uncovered)} not covered, "
                  f"per doc {sorted(set(per_doc.values()))}, {short} of 3-7 words, "
                  "every fact in its document's loaded text")

    # conversations
    lines = (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
    convs = [json.loads(line) for line in lines if line.strip()]
    check(len(convs) == 5, f"{len(convs)} conversations")
    with_new = 0
    for conv in convs:
        cid = conv.get("id", "")
        check(cid.startswith("my-"), f"conversation id {cid!r}")
        check(conv.get("lang") == "ms" and conv.get("country") == "MY", f"{cid}: lang/country")
        turns = conv["turns"]
        check(3 <= len(turns) <= 5, f"{cid}: {len(turns)} turns")
        check(turns[0]["kind"] == "start", f"{cid}: first turn is {turns[0]['kind']}")
        kinds = [t["kind"] for t in turns]
        check(all(k in ("start", "follow", "new") for k in kinds) and kinds.count("start") == 1,
              f"{cid}: kinds {kinds}")
        for prev, turn in zip(turns, turns[1:]):
            if turn["kind"] == "follow":
                check(turn["docs"] == prev["docs"], f"{cid}: follow changes document")
            if turn["kind"] == "new":
                check(turn["docs"] != prev["docs"], f"{cid}: new keeps document")
        for turn in turns:
            check(len(turn["docs"]) == 1 and turn["docs"][0] in docs,
                  f"{cid}: unknown docs {turn['docs']}")
        n_new = kinds.count("new")
        check(n_new <= 1, f"{cid}: {n_new} new turns")
        with_new += n_new == 1
    check(with_new == 3, f"{with_new} conversations with one new turn, expected 3")
    passed.append(f"conversations: {len(convs)}, {with_new} with one new turn")

    for line in passed:
        print("ok  ", line)
    for line in problems:
        print("FAIL", line)
    print(f"{len(passed)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
