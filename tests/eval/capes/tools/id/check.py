"""Check the Indonesian half with the project's real loader.

Run from anywhere:  python build/check.py
The project is found at $TANYAKOTA_ROOT (default the project folder) and put on sys.path.
Exits non-zero on the first failed assertion.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import yaml

HALF = Path(__file__).resolve().parent.parent
KNOWLEDGE = HALF / "knowledge"
ROOT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(ROOT))

from indexer.fields import split_front_matter  # noqa: E402
from indexer.load import load_knowledge  # noqa: E402

END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
FIELDS = {"title", "lang", "country", "region", "agency", "source", "updated", "note"}
PLACES = {"nasional": 2, "palopo": 4, "payakumbuh": 3, "kotamobagu": 3}
REGIONS = {"palopo": "Kota Palopo", "payakumbuh": "Kota Payakumbuh",
           "kotamobagu": "Kota Kotamobagu", "nasional": "Indonesia"}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
KINDS = {"start", "follow", "new"}

failures: list[str] = []


def check(cond: bool, message: str) -> None:
    if not cond:
        failures.append(message)
        print("FAIL:", message)


def words(text: str) -> int:
    """Words of running text: whitespace-separated tokens holding a letter or digit."""
    return sum(1 for t in text.split() if re.search(r"\w", t))


def raw_fields(path: Path) -> dict:
    if path.suffix == ".md":
        front, _, _ = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        return dict(front.values)
    return yaml.safe_load(path.with_name(path.name + ".yml").read_text(encoding="utf-8"))


def chrome_texts(path: Path) -> list[str]:
    """The text pieces of an HTML page's <header>, <nav> and <footer>."""
    from lxml import html as lhtml

    tree = lhtml.fromstring(path.read_bytes())
    pieces: list[str] = []
    for el in tree.xpath("//header | //nav | //footer"):
        for t in el.itertext():
            t = " ".join(t.split())
            if len(t) >= 4:
                pieces.append(t)
    return pieces


def has_table(text: str) -> bool:
    return sum(1 for line in text.split("\n") if line.count(" | ") >= 1) >= 3


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        check(False, f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}

    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    check(len(files) == 12, f"12 knowledge files expected, found {len(files)}")
    check(len(docs) == 12, f"12 documents loaded expected, got {len(docs)}")
    check(not list(KNOWLEDGE.rglob("_*")), "no _*.yml settings/glossary files")
    suffixes = Counter(p.suffix for p in files)
    check(dict(suffixes) == FORMATS, f"formats {dict(suffixes)} != {FORMATS}")
    places = Counter(p.relative_to(KNOWLEDGE).parts[1] for p in files)
    check(dict(places) == PLACES, f"places {dict(places)} != {PLACES}")
    for p in files:
        check(p.relative_to(KNOWLEDGE).parts[0] == "id", f"{p} not under knowledge/id/")
        if p.suffix != ".md":
            check(p.with_name(p.name + ".yml").is_file(), f"{p.name}: sidecar missing")

    # -- per document
    tables = 0
    print(f"\n{'document':45} {'fmt':5} {'sect':>4} {'words':>5}")
    for p in files:
        doc_id = p.relative_to(KNOWLEDGE).as_posix()
        d = docs.get(doc_id)
        if d is None:
            check(False, f"{doc_id} did not load")
            continue
        headed = [s for s in d.sections if s.heading]
        n_words = words(d.text)
        print(f"{doc_id:45} {p.suffix[1:]:5} {len(headed):4} {n_words:5}")
        check(9 <= len(headed) <= 12, f"{doc_id}: {len(headed)} headed sections (9-12)")
        check(450 <= n_words <= 750, f"{doc_id}: {n_words} words (450-750)")
        check(d.text.rstrip().endswith(END), f"{doc_id}: does not end with the evaluation line")
        check(d.lang == "id" and d.country == "ID", f"{doc_id}: lang/country {d.lang}/{d.country}")
        check(bool(d.title), f"{doc_id}: no title")
        place = p.relative_to(KNOWLEDGE).parts[1]
        check(d.region == REGIONS[place], f"{doc_id}: region {d.region!r}")
        check(bool(d.agency), f"{doc_id}: no agency")
        host = urlparse(d.source or "").hostname or ""
        check((d.source or "").startswith("https://") and host.endswith(".example.invalid"),
              f"{doc_id}: source {d.source!r}")
        check((d.updated or "").startswith("2026-"), f"{doc_id}: updated {d.updated!r}")
        check(not d.tags and not d.questions, f"{doc_id}: tags/questions must not be set")
        meta = raw_fields(p)
        check(set(meta) == FIELDS, f"{doc_id}: fields {sorted(meta)} != {sorted(FIELDS)}")
        check("rekaan" in str(meta.get("note", "")), f"{doc_id}: note must say figures are invented")
        # every URL and e-mail address in the loaded text is under example.invalid
        for url in re.findall(r"https?://[^\s)>\]]+", d.text):
            check((urlparse(url).hostname or "").endswith("example.invalid"),
                  f"{doc_id}: URL {url}")
        for mail in re.findall(r"[\w.+-]+@[\w.-]+\w", d.text):
            check(mail.endswith("example.invalid"), f"{doc_id}: e-mail {mail}")
        if has_table(d.text):
            tables += 1
        if p.suffix == ".html":
            chrome = chrome_texts(p)
            check(len(chrome) >= 6, f"{doc_id}: page has too little header/nav/footer")
            for piece in chrome:
                check(piece not in d.text, f"{doc_id}: menu/footer text leaked: {piece!r}")
            raw = p.read_text(encoding="utf-8")
            for tag in ("<header", "<nav", "<footer"):
                check(tag in raw, f"{doc_id}: no {tag}> element")
    check(tables >= 3, f"only {tables} documents carry a table (need 3)")
    print(f"\ndocuments with a table: {tables}")

    # -- questions
    lines = (HALF / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    check(len(qs) == 60, f"{len(qs)} questions (60)")
    answerable = [q for q in qs if q["docs"]]
    missing = [q for q in qs if not q["docs"]]
    check(len(answerable) == 50, f"{len(answerable)} answerable (50)")
    check(len(missing) == 10, f"{len(missing)} not covered (10)")
    per_doc: Counter[str] = Counter()
    for q in qs:
        check(set(q) <= {"q", "lang", "country", "docs", "fact"}, f"keys {sorted(q)}")
        check(q["lang"] == "id" and q["country"] == "ID", f"lang/country: {q['q']}")
        check(q["q"] == q["q"].strip() and q["q"], f"empty question {q}")
    for q in answerable:
        check(len(q["docs"]) == 1, f"one doc per question: {q['q']}")
        doc_id = q["docs"][0]
        per_doc[doc_id] += 1
        d = docs.get(doc_id)
        check(d is not None, f"question doc {doc_id} does not exist")
        fact = q.get("fact")
        check(bool(fact), f"no fact: {q['q']}")
        if d is not None and fact:
            check(fact in d.text, f"fact {fact!r} not verbatim in {doc_id} ({q['q']})")
    for q in missing:
        check("fact" not in q, f"not-covered question has a fact: {q['q']}")
    for doc_id in docs:
        check(per_doc[doc_id] in (4, 5), f"{doc_id}: {per_doc[doc_id]} questions (4-5)")
    print("\nquestions per document:")
    for doc_id in sorted(docs):
        print(f"  {doc_id:45} {per_doc[doc_id]}")
    check(len({q['q'] for q in qs}) == len(qs), "duplicate questions")

    # -- conversations
    convs = [json.loads(line) for line in
             (HALF / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    check(len(convs) == 5, f"{len(convs)} conversations (5)")
    with_new = 0
    for c in convs:
        check(set(c) == {"id", "lang", "country", "turns"}, f"{c.get('id')}: keys")
        check(c["lang"] == "id" and c["country"] == "ID", f"{c['id']}: lang/country")
        turns = c["turns"]
        check(3 <= len(turns) <= 5, f"{c['id']}: {len(turns)} turns (3-5)")
        check(turns[0]["kind"] == "start", f"{c['id']}: first turn is not start")
        check(all(t["kind"] != "start" for t in turns[1:]), f"{c['id']}: start after turn 1")
        news = sum(t["kind"] == "new" for t in turns)
        check(news <= 1, f"{c['id']}: {news} new turns")
        with_new += news == 1
        for prev, t in zip(turns, turns[1:]):
            check(t["kind"] in KINDS, f"{c['id']}: kind {t['kind']}")
            if t["kind"] == "follow":
                check(t["docs"] == prev["docs"], f"{c['id']}: follow changes doc: {t['q']}")
            if t["kind"] == "new":
                check(t["docs"] != prev["docs"], f"{c['id']}: new keeps doc: {t['q']}")
        for t in turns:
            check(len(t["docs"]) == 1 and t["docs"][0] in docs,
                  f"{c['id']}: turn doc {t['docs']} does not exist")
    check(with_new == 3, f"{with_new} conversations with a new turn (3)")

    print()
    if failures:
        print(f"{len(failures)} check(s) FAILED")
        return 1
    print("all checks passed: 12 documents, 60 questions (50 answerable, 10 not covered), "
          "5 conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
