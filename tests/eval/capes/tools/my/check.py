"""Check the Malaysian half with the project's real loader.

    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py

Loads ../knowledge with `indexer.load.load_knowledge`, prints sections and words per
document, and asserts: no load failures; the format, place and field rules; every
question's document exists and its fact occurs verbatim in the loaded text (so a fact
split over a PDF line wrap fails); no header/nav/footer text of the HTML pages reaches
the loaded text; the counts of questions and conversations.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

SET = Path(__file__).resolve().parent.parent
ROOT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(ROOT))

from indexer.load import load_knowledge  # noqa: E402

KNOWLEDGE = SET / "knowledge"
END = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
FIELDS = {"title", "lang", "country", "region", "agency", "source", "updated", "note"}
REGIONS = {"nasional": "Malaysia", "tampin": "Tampin, Negeri Sembilan",
           "pekan": "Pekan, Pahang", "limbang": "Limbang, Sarawak"}
PLACE_COUNTS = {"nasional": 2, "tampin": 4, "pekan": 3, "limbang": 3}
FORMAT_COUNTS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

problems: list[str] = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        problems.append(msg)


def raw_fields(path: Path) -> dict:
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        _, front, _ = text.split("---", 2)
        return yaml.safe_load(front)
    return yaml.safe_load(path.with_name(path.name + ".yml").read_text(encoding="utf-8"))


def chrome_texts(path: Path) -> list[str]:
    """The texts of an HTML page's header, nav menu and footer, item by item."""
    from lxml import html as lhtml

    tree = lhtml.fromstring(path.read_bytes())
    out: list[str] = []
    for el in tree.xpath("//header|//nav|//footer"):
        for node in el.iter():
            if node.tag in ("a", "p", "li", "div", "span"):
                text = " ".join(node.text_content().split())
                if text:
                    out.append(text)
    return sorted(set(out))


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        problems.append(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}

    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    check(len(files) == 12, f"expected 12 documents, found {len(files)}")
    check(len(docs) == 12, f"expected 12 loaded documents, got {len(docs)}")
    check(Counter(p.suffix for p in files) == Counter(FORMAT_COUNTS),
          f"formats: {Counter(p.suffix for p in files)}")
    places = Counter(p.relative_to(KNOWLEDGE).parts[1] for p in files)
    check(places == Counter(PLACE_COUNTS), f"places: {places}")
    check(not list(KNOWLEDGE.rglob("_*")), "no glossary or _*.yml files")

    print(f"{'document':48} {'fmt':5} {'sect':>4} {'words':>5}")
    for path in files:
        doc_id = path.relative_to(KNOWLEDGE).as_posix()
        check(all(p.parts[0] == "my" for p in [path.relative_to(KNOWLEDGE)]),
              f"{doc_id}: not under my/")
        d = docs.get(doc_id)
        if d is None:
            problems.append(f"{doc_id}: did not load")
            continue
        words = len(d.text.split())
        print(f"{doc_id:48} {path.suffix[1:]:5} {len(d.sections):4} {words:5}")
        check(9 <= len(d.sections) <= 12, f"{doc_id}: {len(d.sections)} sections")
        check(450 <= words <= 750, f"{doc_id}: {words} words")
        check(all(s.heading for s in d.sections), f"{doc_id}: a section without heading")
        check(d.text.rstrip().endswith(END), f"{doc_id}: does not end with the END line")
        check(d.lang == "ms" and d.country == "MY", f"{doc_id}: lang/country {d.lang}/{d.country}")
        place = path.relative_to(KNOWLEDGE).parts[1]
        check(d.region == REGIONS[place], f"{doc_id}: region {d.region!r}")
        check(bool(d.agency), f"{doc_id}: no agency")
        check(bool(d.source) and re.match(r"https://[^/]+\.example\.invalid/", d.source or "")
              is not None, f"{doc_id}: source {d.source!r}")
        check((d.updated or "").startswith("2026-"), f"{doc_id}: updated {d.updated!r}")
        check(not d.tags and not d.questions, f"{doc_id}: has tags or questions")
        meta = raw_fields(path)
        check(set(meta) == FIELDS, f"{doc_id}: fields {sorted(meta)}")
        check("rekaan" in str(meta.get("note", "")), f"{doc_id}: note does not say invented")
        if path.suffix != ".md":
            check(path.with_name(path.name + ".yml").is_file(), f"{doc_id}: no sidecar")
        for url in re.findall(r"https?://[^\s|)]+", d.text):
            check(".example.invalid" in url, f"{doc_id}: URL not under example.invalid: {url}")
        for mail in re.findall(r"[\w.+-]+@[\w.-]+", d.text):
            check(mail.endswith(".example.invalid"), f"{doc_id}: e-mail {mail}")
        if path.suffix == ".html":
            raw = path.read_text(encoding="utf-8")
            check("<header" in raw and "<nav" in raw and "<footer" in raw,
                  f"{doc_id}: no header/nav/footer")
            for text in chrome_texts(path):
                check(text not in d.text, f"{doc_id}: menu/footer text leaked: {text!r}")

    # -- questions -----------------------------------------------------------------------
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    check(len(lines) == 60, f"{len(lines)} questions, expected 60")
    per_doc: Counter[str] = Counter()
    uncovered = 0
    seen_q = set()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        check(q.get("lang") == "ms" and q.get("country") == "MY", f"question {n}: lang/country")
        check(q["q"] not in seen_q, f"question {n}: duplicate")
        seen_q.add(q["q"])
        if q["docs"]:
            check(set(q) == {"q", "lang", "country", "docs", "fact"}, f"question {n}: keys")
            check(len(q["docs"]) == 1, f"question {n}: one document expected")
            doc_id = q["docs"][0]
            per_doc[doc_id] += 1
            d = docs.get(doc_id)
            if d is None:
                problems.append(f"question {n}: unknown document {doc_id}")
                continue
            fact = q.get("fact", "")
            check(bool(fact) and fact in d.text,
                  f"question {n}: fact {fact!r} not verbatim in {doc_id}")
        else:
            uncovered += 1
            check(set(q) == {"q", "lang", "country", "docs"}, f"question {n}: keys (no fact)")
    check(sum(per_doc.values()) == 50, f"{sum(per_doc.values())} answerable, expected 50")
    check(uncovered == 10, f"{uncovered} not covered, expected 10")
    for doc_id in docs:
        check(4 <= per_doc[doc_id] <= 5, f"{doc_id}: {per_doc[doc_id]} questions")

    # -- conversations -------------------------------------------------------------------
    convs = [json.loads(x) for x in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()]
    check(len(convs) == 5, f"{len(convs)} conversations, expected 5")
    with_new = 0
    for c in convs:
        check(set(c) == {"id", "lang", "country", "turns"}, f"{c.get('id')}: keys")
        check(c["lang"] == "ms" and c["country"] == "MY", f"{c['id']}: lang/country")
        turns = c["turns"]
        check(3 <= len(turns) <= 5, f"{c['id']}: {len(turns)} turns")
        kinds = [t["kind"] for t in turns]
        check(kinds[0] == "start" and "start" not in kinds[1:], f"{c['id']}: kinds {kinds}")
        news = kinds.count("new")
        check(news <= 1, f"{c['id']}: {news} new turns")
        with_new += news == 1
        for i, t in enumerate(turns):
            check(set(t) == {"q", "kind", "docs"} and len(t["docs"]) == 1
                  and t["docs"][0] in docs, f"{c['id']} turn {i}: docs {t.get('docs')}")
            if i:
                same = t["docs"] == turns[i - 1]["docs"]
                check(same if t["kind"] == "follow" else not same,
                      f"{c['id']} turn {i}: kind {t['kind']} vs docs")
    check(with_new == 3, f"{with_new} conversations with a new turn, expected 3")

    print(f"\nquestions: {sum(per_doc.values())} answerable, {uncovered} not covered; "
          f"conversations: {len(convs)} ({with_new} with a new turn)")
    if problems:
        print("\nFAILED:")
        for p in problems:
            print(" -", p)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
