"""Check glades-id against the real loader of the project.

Runs `indexer.load.load_knowledge` (with the project folder on sys.path) on knowledge/ and checks
the documents, questions.jsonl and conversations.jsonl. Exits 1 on any failure.

Run:  .venv-build/bin/python build/check.py
"""

from __future__ import annotations

import os
import io
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import yaml

SET = Path(__file__).resolve().parent.parent
KNOWLEDGE = SET / "knowledge"
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))  # the project folder

from indexer.fields import split_front_matter  # noqa: E402
from indexer.formats import page_lines  # noqa: E402
from indexer.load import load_knowledge  # noqa: E402

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
REGIONS = {"nasional": "Nasional", "cilegon": "Kota Cilegon", "magelang": "Kota Magelang",
           "tarakan": "Kota Tarakan"}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
PLACES = {"cilegon": (3, 4), "magelang": (3, 4), "tarakan": (3, 4), "nasional": (2, 2)}

failures: list[str] = []
notes: list[str] = []


def check(ok: bool, message: str) -> bool:
    if not ok:
        failures.append(message)
    return ok


# -- documents --------------------------------------------------------------------------

def raw_fields(path: Path) -> dict:
    """The fields as written: front matter for Markdown, the sidecar for the others."""
    if path.suffix == ".md":
        front, _, _ = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        return dict(front.values)
    sidecar = path.with_name(path.name + ".yml")
    if not check(sidecar.is_file(), f"{path.name}: no sidecar {sidecar.name}"):
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


URL = re.compile(r"https?://([^/\s)\"'<>]+)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def invalid_only(text: str) -> list[str]:
    """Hosts and e-mail domains not under example.invalid."""
    bad = []
    for host in URL.findall(text) + EMAIL.findall(text):
        host = host.lower().rstrip(".")
        if host != "example.invalid" and not host.endswith(".example.invalid"):
            bad.append(host)
    return bad


class ChromeText(HTMLParser):
    """Text inside <nav>, <header>, <footer> (the page's chrome), and inside <main>."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.chrome: list[str] = []
        self.main: list[str] = []
        self.tags: Counter[str] = Counter()
        self.title = ""

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if not text:
            return
        if "title" in self.stack:
            self.title += text
        if any(t in self.stack for t in ("nav", "header", "footer")):
            self.chrome.append(text)
        elif "main" in self.stack:
            self.main.append(text)


def check_html(path: Path, loaded: str) -> None:
    parser = ChromeText()
    parser.feed(path.read_text(encoding="utf-8"))
    for tag in ("title", "nav", "main", "h1", "h2", "h3", "ul", "table", "footer"):
        check(parser.tags[tag] > 0, f"{path.name}: no <{tag}>")
    check(parser.tags["h1"] == 1, f"{path.name}: {parser.tags['h1']} <h1>, expected 1")
    main_text = " ".join(parser.main)
    leaked = [t for t in parser.chrome
              if len(t) >= 4 and t not in main_text and t.lower() in loaded.lower()]
    check(not leaked, f"{path.name}: nav/header/footer text in the loaded text: {leaked}")
    notes.append(f"{path.name}: {len(parser.chrome)} nav/header/footer strings, none in the "
                 f"loaded text" if not leaked else f"{path.name}: leaked {leaked}")


def check_pdf(path: Path) -> None:
    from pypdf import PdfReader

    sizes: Counter[float] = Counter()
    for page in PdfReader(io.BytesIO(path.read_bytes())).pages:
        for line in page_lines(page):
            if line.text.strip():
                sizes[line.size] += 1
    check(set(sizes) <= {20.0, 14.0, 10.5}, f"{path.name}: type sizes {dict(sizes)}")
    check(sizes[20.0] >= 1, f"{path.name}: no title line at 20 pt")
    check(sizes[14.0] >= 9, f"{path.name}: {sizes[14.0]} section lines at 14 pt")
    notes.append(f"{path.name}: lines per type size {dict(sorted(sizes.items()))}")


def check_docx(path: Path) -> None:
    import docx

    document = docx.Document(str(path))
    styles = Counter(p.style.name for p in document.paragraphs if p.text.strip())
    check(styles["Heading 1"] == 1, f"{path.name}: {styles['Heading 1']} Heading 1")
    check(9 <= styles["Heading 2"] <= 12, f"{path.name}: {styles['Heading 2']} Heading 2")
    check(styles["List Bullet"] + styles["List Number"] > 0, f"{path.name}: no lists")
    check(len(document.tables) == 1, f"{path.name}: {len(document.tables)} tables")
    check(bool(document.core_properties.title), f"{path.name}: no core title")
    notes.append(f"{path.name}: paragraph styles {dict(styles)}, {len(document.tables)} table")


def check_documents() -> dict[str, str]:
    result = load_knowledge(KNOWLEDGE)
    check(not result.failures, f"load failures: {[str(f) for f in result.failures]}")
    check(len(result.documents) == 12, f"{len(result.documents)} documents, expected 12")
    docs = {d.doc_id: d for d in result.documents}
    formats = Counter(Path(d).suffix for d in docs)
    check(dict(formats) == FORMATS, f"formats {dict(formats)}, expected {FORMATS}")
    places = Counter(d.split("/")[1] for d in docs)
    for place, (low, high) in PLACES.items():
        check(low <= places[place] <= high, f"{place}: {places[place]} documents")
    check(set(places) == set(PLACES), f"places {sorted(places)}")
    check(all(d.startswith("id/") for d in docs), "every doc id under id/")
    for doc_id, doc in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        place = doc_id.split("/")[1]
        written = raw_fields(path)
        for key in FIELDS:
            check(written.get(key) not in (None, ""), f"{doc_id}: field {key!r} missing")
        check(written.get("note") == NOTE, f"{doc_id}: note is {written.get('note')!r}")
        check(doc.lang == "id", f"{doc_id}: lang {doc.lang}")
        check(doc.country == "ID", f"{doc_id}: country {doc.country}")
        check(doc.region == REGIONS[place], f"{doc_id}: region {doc.region}")
        check(bool(doc.agency), f"{doc_id}: no agency")
        check(bool(doc.source) and doc.source.startswith("https://example.invalid/"),
              f"{doc_id}: source {doc.source}")
        check(bool(doc.updated) and doc.updated.startswith("2026-"),
              f"{doc_id}: updated {doc.updated}")
        check(bool(doc.title) and doc.title == written.get("title"),
              f"{doc_id}: loaded title {doc.title!r}")
        headed = [s for s in doc.sections if s.heading]
        check(9 <= len(headed) <= 12, f"{doc_id}: {len(headed)} sections")
        check(len(headed) == len(doc.sections),
              f"{doc_id}: {len(doc.sections) - len(headed)} section(s) without a heading")
        words = len(doc.text.split())
        check(500 <= words <= 800, f"{doc_id}: {words} words in the loaded text")
        check(doc.text.rstrip().endswith(LAST_LINE), f"{doc_id}: last line is not the "
                                                     f"evaluation line")
        bad = invalid_only(doc.text) + (invalid_only(path.read_text(encoding="utf-8"))
                                        if path.suffix in (".md", ".html") else [])
        check(not bad, f"{doc_id}: URLs/e-mails outside example.invalid: {bad}")
        if path.suffix == ".html":
            check_html(path, doc.text)
        elif path.suffix == ".pdf":
            check_pdf(path)
        elif path.suffix == ".docx":
            check_docx(path)
        notes.append(f"{doc_id}: {len(headed)} sections, {words} words, title {doc.title!r}")
    return {d: doc.text for d, doc in docs.items()}


# -- questions and conversations --------------------------------------------------------

def read_jsonl(name: str) -> list[dict]:
    rows = []
    for n, line in enumerate((SET / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                failures.append(f"{name}:{n}: not JSON ({exc})")
    return rows


def check_questions(texts: dict[str, str]) -> Counter[str]:
    rows = read_jsonl("questions.jsonl")
    check(len(rows) == 60, f"{len(rows)} questions, expected 60")
    answerable = [r for r in rows if r.get("docs")]
    uncovered = [r for r in rows if r.get("docs") == []]
    check(len(answerable) == 50, f"{len(answerable)} answerable, expected 50")
    check(len(uncovered) == 10, f"{len(uncovered)} not covered, expected 10")
    check(len({r.get("q") for r in rows}) == len(rows), "duplicate questions")
    targets: Counter[str] = Counter()
    short = 0
    for n, r in enumerate(rows, 1):
        where = f"questions.jsonl:{n}"
        check(r.get("lang") == "id" and r.get("country") == "ID", f"{where}: lang/country")
        check(isinstance(r.get("q"), str) and r["q"].strip() != "", f"{where}: no q")
        short += 3 <= len(str(r.get("q", "")).split()) <= 7
        if r.get("docs"):
            allowed = {"q", "lang", "country", "docs", "fact"}
            check(set(r) == allowed, f"{where}: keys {sorted(r)}")
            check(len(r["docs"]) == 1, f"{where}: {len(r['docs'])} docs")
            doc = r["docs"][0]
            if not check(doc in texts, f"{where}: unknown doc {doc}"):
                continue
            targets[doc] += 1
            fact = r.get("fact")
            check(isinstance(fact, str) and fact != "" and fact.lower() in texts[doc].lower(),
                  f"{where}: fact {fact!r} not in the loaded text of {doc}")
        else:
            check(set(r) == {"q", "lang", "country", "docs"}, f"{where}: keys {sorted(r)}")
    for doc in texts:
        check(targets[doc] in (4, 5), f"{doc}: target of {targets[doc]} questions")
    check(15 <= short <= 25, f"{short} questions of 3-7 words, expected about a third")
    notes.append(f"questions: {len(rows)} ({len(answerable)} answerable, {len(uncovered)} not "
                 f"covered), {short} of 3-7 words")
    return targets


def check_conversations(texts: dict[str, str]) -> None:
    rows = read_jsonl("conversations.jsonl")
    check(len(rows) == 5, f"{len(rows)} conversations, expected 5")
    with_new = 0
    ids = set()
    for r in rows:
        cid = r.get("id", "?")
        check(isinstance(cid, str) and cid.startswith("id-"), f"conversation id {cid!r}")
        check(cid not in ids, f"duplicate conversation id {cid}")
        ids.add(cid)
        check(r.get("lang") == "id" and r.get("country") == "ID", f"{cid}: lang/country")
        check(set(r) == {"id", "lang", "country", "turns"}, f"{cid}: keys {sorted(r)}")
        turns = r.get("turns") or []
        check(3 <= len(turns) <= 5, f"{cid}: {len(turns)} turns")
        kinds = [t.get("kind") for t in turns]
        check(kinds[:1] == ["start"] and "start" not in kinds[1:], f"{cid}: kinds {kinds}")
        check(all(k in ("start", "follow", "new") for k in kinds), f"{cid}: kinds {kinds}")
        news = kinds.count("new")
        check(news <= 1, f"{cid}: {news} new turns")
        with_new += news == 1
        previous: list[str] = []
        for k, t in enumerate(turns):
            check(set(t) == {"q", "kind", "docs"}, f"{cid} turn {k}: keys {sorted(t)}")
            docs = t.get("docs") or []
            check(bool(docs) and all(d in texts for d in docs),
                  f"{cid} turn {k}: docs {docs} not all in the folder")
            if t.get("kind") == "follow":
                check(docs == previous, f"{cid} turn {k}: follow changes document")
            if t.get("kind") == "new":
                check(not set(docs) & set(previous), f"{cid} turn {k}: new keeps document")
            previous = docs
    check(with_new == 3, f"{with_new} conversations with a new turn, expected 3")
    notes.append(f"conversations: {len(rows)}, {with_new} with one new turn")


def main() -> int:
    texts = check_documents()
    check_questions(texts)
    check_conversations(texts)
    for line in notes:
        print("  " + line)
    if failures:
        print(f"\nFAILED: {len(failures)} problem(s)")
        for f in failures:
            print("  - " + f)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
