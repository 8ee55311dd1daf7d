"""Check the reefs-id evaluation set against the project's real loader.

Run with a Python that has the loader's imports (pyyaml, PyStemmer, pypdf, python-docx,
trafilatura + lxml_html_clean) and, for the format checks, reportlab-free stdlib only:

    .venv-build/bin/python build/check.py

Exit code 0 when every check passes; every problem is printed.
"""

from __future__ import annotations

import os
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
sys.dont_write_bytecode = True  # leave the project folder untouched
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))  # the project folder

from indexer.load import load_knowledge  # noqa: E402

import yaml  # noqa: E402

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
REGIONS = {"nasional": "Nasional", "probolinggo": "Kota Probolinggo",
           "bukittinggi": "Kota Bukittinggi", "sorong": "Kota Sorong"}
WANT_FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
WANT_PER_PLACE = {"nasional": (2, 2), "probolinggo": (3, 4), "bukittinggi": (3, 4),
                  "sorong": (3, 4)}

problems: list[str] = []
passed: list[str] = []


def check(ok: bool, what: str) -> bool:
    (passed if ok else problems).append(what)
    return ok


def raw_fields(path: Path) -> dict:
    """The fields as written: front matter for Markdown, the sidecar for the others."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        _, block, _ = text.split("---", 2)
        return yaml.safe_load(block) or {}
    return yaml.safe_load((path.parent / (path.name + ".yml")).read_text(encoding="utf-8"))


def word_count(doc) -> int:
    parts = [doc.title] + [f"{s.heading}\n{s.text}" for s in doc.sections]
    return len(re.findall(r"\w+", "\n".join(parts)))


class ChromeText(HTMLParser):
    """Text inside <nav> and <footer> (what must not reach the loaded text)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.pieces: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("nav", "footer"):
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("nav", "footer"):
            self.depth -= 1

    def handle_data(self, data):
        if self.depth > 0 and data.strip():
            self.pieces.append(" ".join(data.split()))


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    docs = {d.doc_id: d for d in result.documents}

    # -- loading and formats ---------------------------------------------------------------
    check(not result.failures, f"0 load failures (got {[str(f) for f in result.failures]})")
    check(len(docs) == 12, f"12 documents load (got {len(docs)})")
    formats = Counter(Path(i).suffix for i in docs)
    check(dict(formats) == WANT_FORMATS, f"format counts {WANT_FORMATS} (got {dict(formats)})")
    places = Counter(i.split("/")[1] for i in docs)
    for place, (lo, hi) in WANT_PER_PLACE.items():
        check(lo <= places.get(place, 0) <= hi,
              f"{place}: {lo}-{hi} documents (got {places.get(place, 0)})")
    check(set(places) == set(WANT_PER_PLACE), f"places are {sorted(WANT_PER_PLACE)}")

    # -- each document -----------------------------------------------------------------------
    for doc_id, doc in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        place = doc_id.split("/")[1]
        raw = raw_fields(path)
        missing = [f for f in FIELDS if not raw.get(f)]
        check(not missing, f"{doc_id}: all fields written (missing {missing})")
        check(raw.get("note") == NOTE, f"{doc_id}: note is the evaluation note")
        check(doc.title == str(raw.get("title")), f"{doc_id}: loaded title is the field's")
        check(doc.lang == "id" and doc.country == "ID", f"{doc_id}: lang id, country ID")
        check(doc.region == REGIONS[place], f"{doc_id}: region {REGIONS[place]!r} "
                                            f"(got {doc.region!r})")
        check(bool(doc.agency), f"{doc_id}: agency loaded")
        check((doc.source or "").startswith("https://example.invalid/"),
              f"{doc_id}: source under https://example.invalid/ (got {doc.source!r})")
        check((doc.updated or "").startswith("2026-"), f"{doc_id}: updated in 2026 "
                                                       f"(got {doc.updated!r})")
        n = len(doc.sections)
        headed = sum(1 for s in doc.sections if s.heading)
        check(9 <= n <= 12 and 9 <= headed <= 12,
              f"{doc_id}: 9-12 sections (got {n} sections, {headed} with a heading)")
        words = word_count(doc)
        check(500 <= words <= 800, f"{doc_id}: 500-800 words (got {words})")
        last = doc.text.rstrip().splitlines()[-1].strip()
        check(last == LAST_LINE, f"{doc_id}: loaded text ends with the evaluation line "
                                 f"(got {last!r})")
        if path.suffix == ".md":
            file_last = path.read_text(encoding="utf-8").rstrip().splitlines()[-1].strip()
            check(file_last == LAST_LINE, f"{doc_id}: file's last line is the evaluation line")
        # every e-mail and URL, in the file as written and in the loaded text, is example.invalid
        texts = [doc.text, doc.source or ""]
        if path.suffix in (".md", ".html"):
            texts.append(path.read_text(encoding="utf-8"))
        blob = "\n".join(texts)
        bad = [u for u in re.findall(r"https?://[^\s\"'<>)]+", blob)
               if not re.match(r"https?://example\.invalid(/|$)", u)]
        bad += [m for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", blob)
                if not m.endswith("@example.invalid")]
        check(not bad, f"{doc_id}: URLs and e-mails under example.invalid (bad: {bad})")
        if path.suffix == ".html":
            parser = ChromeText()
            parser.feed(path.read_text(encoding="utf-8"))
            check(len(parser.pieces) >= 5, f"{doc_id}: has nav and footer text to test")
            leaked = [p for p in parser.pieces if p.lower() in doc.text.lower()]
            check(not leaked, f"{doc_id}: no nav/footer text in the loaded text "
                              f"(leaked: {leaked})")
            html = path.read_text(encoding="utf-8")
            for tag in ("<title>", "<nav", "<main>", "<h1>", "<h2>", "<h3>", "<ul>", "<table>",
                        "<footer>"):
                check(tag in html, f"{doc_id}: HTML has {tag}")
        if path.suffix == ".pdf":
            check_pdf(doc_id, path)
        if path.suffix == ".docx":
            check_docx(doc_id, path, doc)

    # -- questions ---------------------------------------------------------------------------
    questions = [json.loads(line) for line in
                 (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    answerable = [q for q in questions if q["docs"]]
    uncovered = [q for q in questions if not q["docs"]]
    check(len(questions) == 60, f"60 questions (got {len(questions)})")
    check(len(answerable) == 50, f"50 answerable (got {len(answerable)})")
    check(len(uncovered) == 10, f"10 not covered (got {len(uncovered)})")
    targets: Counter[str] = Counter()
    for k, q in enumerate(questions, 1):
        check(q.get("lang") == "id" and q.get("country") == "ID" and q.get("q"),
              f"question {k}: q, lang id, country ID")
        for d in q["docs"]:
            targets[d] += 1
            check(d in docs, f"question {k}: doc {d} exists")
        if q["docs"]:
            fact = q.get("fact") or ""
            check(bool(fact), f"question {k}: has a fact")
            text = " ".join(docs[d].text for d in q["docs"] if d in docs)
            check(fact.lower() in text.lower(),
                  f"question {k}: fact {fact!r} occurs in {q['docs']}")
        else:
            check("fact" not in q, f"question {k}: a not-covered question has no fact")
    for doc_id in docs:
        check(4 <= targets[doc_id] <= 5, f"{doc_id}: target of 4-5 questions "
                                         f"(got {targets[doc_id]})")
    short = sum(1 for q in questions if 3 <= len(q["q"].split()) <= 7)
    check(15 <= short <= 25, f"about a third of questions are 3-7 words (got {short}/60)")
    check(len({q["q"] for q in questions}) == 60, "questions are distinct")

    # -- conversations -----------------------------------------------------------------------
    convs = [json.loads(line) for line in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines() if line]
    check(len(convs) == 5, f"5 conversations (got {len(convs)})")
    with_new = 0
    for conv in convs:
        cid = conv.get("id", "?")
        turns = conv["turns"]
        check(cid.startswith("id-") and conv.get("lang") == "id" and conv.get("country") == "ID",
              f"{cid}: id-..., lang id, country ID")
        check(3 <= len(turns) <= 5, f"{cid}: 3-5 turns (got {len(turns)})")
        check(turns[0]["kind"] == "start", f"{cid}: first turn is start")
        check(all(t["kind"] in ("start", "follow", "new") for t in turns), f"{cid}: kinds valid")
        check(sum(t["kind"] == "start" for t in turns) == 1, f"{cid}: one start")
        news = sum(t["kind"] == "new" for t in turns)
        with_new += news == 1
        check(news <= 1, f"{cid}: at most one new turn")
        for prev, turn in zip(turns, turns[1:]):
            if turn["kind"] == "follow":
                check(turn["docs"] == prev["docs"], f"{cid}: follow {turn['q']!r} stays on "
                                                    f"{prev['docs']}")
            if turn["kind"] == "new":
                check(turn["docs"] != prev["docs"], f"{cid}: new {turn['q']!r} switches doc")
        for t in turns:
            check(bool(t["docs"]) and all(d in docs for d in t["docs"]),
                  f"{cid}: docs of {t['q']!r} exist")
    check(with_new == 3, f"3 conversations have exactly one new turn (got {with_new})")

    for p in problems:
        print("FAIL", p)
    print(f"{len(passed)} passed, {len(problems)} failed")
    return 1 if problems else 0


def check_pdf(doc_id: str, path: Path) -> None:
    """Title 20 pt, section headings 14 pt, body 10.5 pt, as the loader's PDF reader sees it."""
    from pypdf import PdfReader

    from indexer.formats import page_lines

    lines = [line for page in PdfReader(str(path)).pages for line in page_lines(page)]
    sizes = Counter()
    for line in lines:
        sizes[line.size] += len(line.text.strip())
    check(sizes.most_common(1)[0][0] == 10.5, f"{doc_id}: body set in 10.5 pt")
    check(20.0 in sizes and 14.0 in sizes, f"{doc_id}: 20 pt title and 14 pt headings "
                                           f"(sizes {sorted(sizes)})")
    check(all(s <= 10.5 or s in (14.0, 20.0) for s in sizes),
          f"{doc_id}: no other size reads as a heading")


def check_docx(doc_id: str, path: Path, doc) -> None:
    import docx

    d = docx.Document(str(path))
    styles = Counter(p.style.name for p in d.paragraphs)
    check(styles.get("Heading 1") == 1, f"{doc_id}: one Heading 1 (the title)")
    check(styles.get("Heading 2", 0) >= 9, f"{doc_id}: Heading 2 sections")
    check(styles.get("List Bullet", 0) + styles.get("List Number", 0) > 0, f"{doc_id}: lists")
    check(len(d.tables) == 1, f"{doc_id}: one table (got {len(d.tables)})")
    check(" | " in doc.text, f"{doc_id}: table rows reach the loaded text")


if __name__ == "__main__":
    sys.exit(main())
