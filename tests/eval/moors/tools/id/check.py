"""Check the Indonesian half with the project's real loader.

Loads knowledge/ with indexer.load.load_knowledge (the project root is taken from the
environment variable TANYAKOTA_ROOT, else the project folder), then asserts:
- every file loads, with no failure; 12 documents in the planned formats and places;
- every document has its fields (and no tags/questions), 9–12 sections, 450–750 words,
  ends with the evaluation line; at least 3 carry a table; all URLs/e-mails are example.invalid;
- the PDF uses 18/13/10 pt type; the HTML pages' header/nav/footer text does not reach
  the loaded text;
- questions.jsonl: 60 lines, 50 answerable (4–5 per document) whose fact occurs verbatim
  in the document's loaded text, on one line (not across a PDF line wrap), 10 not covered;
- conversations.jsonl: 5 conversations of 3–5 turns, kinds right, 3 with one `new` turn.

Run:  .venv-build/bin/python build/check.py
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HALF = Path(__file__).resolve().parent.parent
KNOWLEDGE = HALF / "knowledge"
PROJECT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(PROJECT))

from indexer.load import load_knowledge  # noqa: E402

END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
REQUIRED = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
FORBIDDEN = ("tags", "questions")
PLACES = {"nasional": 2, "blitar": 4, "mojokerto": 3, "lubuklinggau": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
REGIONS = {"nasional": "Nasional", "blitar": "Kota Blitar", "mojokerto": "Kota Mojokerto",
           "lubuklinggau": "Kota Lubuklinggau"}

problems: list[str] = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        problems.append(msg)


def words(text: str) -> int:
    return sum(1 for w in text.split() if re.search(r"\w", w))


def raw_fields(path: Path) -> dict:
    import yaml

    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        return yaml.safe_load(text.split("---\n")[1]) or {}
    return yaml.safe_load((path.with_name(path.name + ".yml")).read_text(encoding="utf-8"))


def html_chrome(path: Path) -> tuple[list[str], str]:
    """The text pieces of the page's <header>, <nav> and <footer>, and the text of its
    <article> (where a menu word such as "Layanan" may also occur on its own)."""
    from lxml import html as lhtml

    tree = lhtml.fromstring(path.read_bytes())
    pieces: list[str] = []
    for el in tree.xpath("//header | //nav | //footer"):
        for t in el.itertext():
            t = " ".join(t.split())
            if t:
                pieces.append(t)
    article = " ".join(" ".join(tree.xpath("//article")[0].itertext()).split())
    return pieces, article


def pdf_sizes(path: Path) -> set[float]:
    from pypdf import PdfReader

    from indexer.formats import page_lines

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return {line.size for page in reader.pages for line in page_lines(page)
            if line.text.strip()}


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        problems.append(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    check(len(files) == 12, f"expected 12 knowledge files, found {len(files)}")
    check(len(docs) == 12, f"expected 12 loaded documents, got {len(docs)}")
    check(not list(KNOWLEDGE.rglob("_*")), "no _*.yml / glossary file may be present")
    check(Counter(p.suffix for p in files) == Counter(FORMATS),
          f"formats {Counter(p.suffix for p in files)} != {FORMATS}")
    places = Counter(p.relative_to(KNOWLEDGE).parts[1] for p in files)
    check(places == Counter(PLACES), f"places {places} != {PLACES}")

    tables = 0
    print(f"{'document':52} {'fmt':5} {'sect':>4} {'words':>5}")
    for path in files:
        doc_id = path.relative_to(KNOWLEDGE).as_posix()
        d = docs.get(doc_id)
        if d is None:
            problems.append(f"{doc_id}: did not load")
            continue
        place = path.relative_to(KNOWLEDGE).parts[1]
        n_sect, n_words = len(d.sections), words(d.text)
        print(f"{doc_id:52} {path.suffix[1:]:5} {n_sect:4} {n_words:5}")
        check(9 <= n_sect <= 12, f"{doc_id}: {n_sect} sections (want 9–12)")
        check(450 <= n_words <= 750, f"{doc_id}: {n_words} words (want 450–750)")
        check(all(s.heading for s in d.sections), f"{doc_id}: a section has no heading")
        check(d.text.rstrip().endswith(END), f"{doc_id}: text does not end with the END line")
        check(d.lang == "id" and d.country == "ID", f"{doc_id}: lang/country {d.lang}/{d.country}")
        check(d.region == REGIONS[place], f"{doc_id}: region {d.region!r}")
        check(bool(d.agency), f"{doc_id}: no agency")
        check(bool(d.source) and re.match(r"^https://[^/]*\.example\.invalid/", d.source or ""),
              f"{doc_id}: source {d.source!r} not under https://….example.invalid/")
        check((d.updated or "").startswith("2026-"), f"{doc_id}: updated {d.updated!r}")
        fields = raw_fields(path)
        for key in REQUIRED:
            check(key in fields, f"{doc_id}: field {key!r} missing")
        for key in FORBIDDEN:
            check(key not in fields, f"{doc_id}: field {key!r} must not be written")
        check("rekaan" in str(fields.get("note", "")), f"{doc_id}: note does not say invented")
        check(d.title == fields.get("title"), f"{doc_id}: title {d.title!r}")
        if re.search(r"(?m)^\|.*\|.*$|^[^|\n]+ \| [^|\n]+", d.text):
            tables += 1
        # every URL and e-mail address under example.invalid (raw file and loaded text)
        raw = path.read_bytes().decode("utf-8", "ignore") if path.suffix in (".md", ".html") else ""
        for text in (raw, d.text):
            for url in re.findall(r"https?://([^/\s\"'<>)]+)", text):
                check(url.endswith("example.invalid"), f"{doc_id}: URL host {url}")
            for mail in re.findall(r"[\w.+-]+@([\w.-]+\w)", text):
                check(mail.endswith("example.invalid"), f"{doc_id}: e-mail domain {mail}")
        if path.suffix == ".html":
            chrome, article = html_chrome(path)
            check(len(chrome) >= 8, f"{doc_id}: header/nav/footer too thin ({len(chrome)})")
            loaded = " ".join(d.text.split())
            for piece in chrome:
                # a menu/footer piece may occur in the loaded text only as often as the
                # article itself says it (e.g. "Layanan" inside a heading), never more
                check(loaded.count(piece) <= article.count(piece),
                      f"{doc_id}: menu/footer text leaked: {piece!r}")
                lines = {ln.strip().lstrip("-# ").strip() for ln in d.text.split("\n")}
                check(piece not in lines, f"{doc_id}: menu/footer line leaked: {piece!r}")
            page = path.read_text(encoding="utf-8")
            for tag in ("<header", "<nav", "<footer"):
                check(tag in page, f"{doc_id}: no {tag}> element")
        if path.suffix == ".pdf":
            sizes = pdf_sizes(path)
            check(sizes == {18.0, 13.0, 10.0}, f"{doc_id}: PDF type sizes {sorted(sizes)}")
    check(tables >= 3, f"only {tables} documents carry a table (want ≥ 3)")
    print(f"documents with a table: {tables}")

    # -- questions ------------------------------------------------------------------------
    lines = (HALF / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    check(len(qs) == 60, f"{len(qs)} questions (want 60)")
    answerable = [q for q in qs if q["docs"]]
    uncovered = [q for q in qs if not q["docs"]]
    check(len(answerable) == 50, f"{len(answerable)} answerable (want 50)")
    check(len(uncovered) == 10, f"{len(uncovered)} not covered (want 10)")
    per_doc: Counter[str] = Counter()
    seen_q: set[str] = set()
    for q in qs:
        check(set(q) >= {"q", "lang", "country", "docs"}, f"question keys {sorted(q)}")
        check(q["lang"] == "id" and q["country"] == "ID", f"{q['q']!r}: lang/country")
        check(q["q"] not in seen_q, f"duplicate question {q['q']!r}")
        seen_q.add(q["q"])
        if not q["docs"]:
            check("fact" not in q, f"{q['q']!r}: not-covered question has a fact")
            continue
        check(len(q["docs"]) == 1, f"{q['q']!r}: want exactly one doc")
        doc_id = q["docs"][0]
        per_doc[doc_id] += 1
        d = docs.get(doc_id)
        if d is None:
            problems.append(f"{q['q']!r}: doc {doc_id} does not exist")
            continue
        fact = q.get("fact", "")
        check(bool(fact), f"{q['q']!r}: no fact")
        check(fact in d.text, f"{q['q']!r}: fact {fact!r} not verbatim in {doc_id}")
        check(any(fact in line for line in d.text.split("\n")),
              f"{q['q']!r}: fact {fact!r} straddles a line break in {doc_id}")
    for doc_id in docs:
        check(4 <= per_doc[doc_id] <= 5, f"{doc_id}: {per_doc[doc_id]} questions (want 4–5)")
    print("questions per document:", dict(sorted(per_doc.items())))

    # -- conversations --------------------------------------------------------------------
    convs = [json.loads(line) for line in
             (HALF / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    check(len(convs) == 5, f"{len(convs)} conversations (want 5)")
    with_new = 0
    ids = set()
    for c in convs:
        check(c["id"] not in ids, f"duplicate conversation id {c['id']}")
        ids.add(c["id"])
        check(c["lang"] == "id" and c["country"] == "ID", f"{c['id']}: lang/country")
        turns = c["turns"]
        check(3 <= len(turns) <= 5, f"{c['id']}: {len(turns)} turns (want 3–5)")
        kinds = [t["kind"] for t in turns]
        check(kinds[0] == "start" and "start" not in kinds[1:], f"{c['id']}: kinds {kinds}")
        check(kinds.count("new") <= 1, f"{c['id']}: more than one new turn")
        with_new += kinds.count("new") == 1
        prev = None
        for t in turns:
            check(len(t["docs"]) == 1 and t["docs"][0] in docs,
                  f"{c['id']}: turn {t['q']!r} docs {t['docs']}")
            doc = t["docs"][0]
            if t["kind"] == "follow":
                check(doc == prev, f"{c['id']}: follow {t['q']!r} changes document")
            if t["kind"] == "new":
                check(doc != prev, f"{c['id']}: new {t['q']!r} keeps the document")
            prev = doc
    check(with_new == 3, f"{with_new} conversations with a new turn (want 3)")

    if problems:
        print(f"\nFAIL: {len(problems)} problem(s)")
        for p in problems:
            print(" -", p)
        return 1
    print(f"\nOK: {len(docs)} documents, {len(qs)} questions ({len(answerable)} answerable, "
          f"{len(uncovered)} not covered), {len(convs)} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
