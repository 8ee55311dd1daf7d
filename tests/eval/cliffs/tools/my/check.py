"""Check the Malaysian half with the project's real loader.

    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py

Loads knowledge/ with indexer.load.load_knowledge, prints sections and words per document,
and asserts: every file loads; the counts, formats, places and fields the brief asks for;
each question's document exists and its fact occurs verbatim in the loaded text (so a fact
split by a PDF line wrap fails); no header/nav/footer text of the HTML pages reaches their
loaded text; the conversations are well formed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HALF = Path(__file__).resolve().parent.parent
ROOT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(ROOT))

from indexer.load import load_knowledge  # noqa: E402

KNOWLEDGE = HALF / "knowledge"
END_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
PLACES = {"nasional": 2, "nilai": 4, "kampar": 3, "semporna": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
REQUIRED_FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
FORBIDDEN_FIELDS = ("tags", "questions")

problems: list[str] = []


def check(ok: bool, message: str) -> None:
    if not ok:
        problems.append(message)


def raw_fields(path: Path) -> dict:
    """The fields as written: front matter of a Markdown file, else its sidecar."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("\n---", 1)[0].removeprefix("---")
        return yaml.safe_load(block) or {}
    sidecar = path.with_name(path.name + ".yml")
    check(sidecar.is_file(), f"{path.name}: no sidecar {sidecar.name}")
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}


def chrome_strings(html_path: Path) -> tuple[list[str], str]:
    """Texts of the page's header, nav and footer (each element's own text), and the text
    of its main article."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html_path.read_bytes())
    chrome: list[str] = []
    for el in tree.xpath("//header | //nav | //footer"):
        for node in el.iter():
            text = " ".join((node.text or "").split())
            if text and any(c.isalpha() for c in text):
                chrome.append(text)
    main = " ".join(" ".join(tree.xpath("//main//text()")).split())
    return sorted(set(chrome)), main


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for failure in result.failures:
        problems.append(f"load failure: {failure}")
    docs = {d.doc_id: d for d in result.documents}

    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    check(not list(KNOWLEDGE.rglob("_*")), "a _*.yml (glossary/settings) file exists")
    check(len(files) == 12, f"expected 12 documents, found {len(files)}")
    check(len(docs) == len(files), f"{len(files)} files but {len(docs)} loaded")
    fmt = Counter(p.suffix for p in files)
    check(dict(fmt) == FORMATS, f"formats {dict(fmt)} != {FORMATS}")
    places = Counter(p.relative_to(KNOWLEDGE / "my").parts[0] for p in files)
    check(dict(places) == PLACES, f"places {dict(places)} != {PLACES}")
    for p in KNOWLEDGE.rglob("*.yml"):
        check(p.with_suffix("").is_file(), f"sidecar without document: {p.name}")

    print(f"{'document':42} {'fmt':5} {'sect':>4} {'words':>5}")
    with_table = 0
    for path in files:
        doc_id = path.relative_to(KNOWLEDGE).as_posix()
        doc = docs.get(doc_id)
        if doc is None:
            problems.append(f"{doc_id}: did not load")
            continue
        words = len(doc.text.split())
        print(f"{doc_id:42} {path.suffix[1:]:5} {len(doc.sections):>4} {words:>5}")
        headed = [s for s in doc.sections if s.heading]
        check(9 <= len(headed) <= 12, f"{doc_id}: {len(headed)} headed sections (want 9-12)")
        check(len(headed) == len(doc.sections), f"{doc_id}: text before the first heading")
        check(450 <= words <= 750, f"{doc_id}: {words} words (want about 450-750)")
        check(doc.text.rstrip().endswith(END_LINE), f"{doc_id}: does not end with the end line")
        check(doc.lang == "ms" and doc.country == "MY", f"{doc_id}: lang/country {doc.lang}/"
                                                         f"{doc.country}")
        check(bool(doc.region and doc.agency), f"{doc_id}: region or agency missing")
        check(bool(doc.source) and doc.source.startswith("https://")
              and ".example.invalid/" in doc.source, f"{doc_id}: source {doc.source!r}")
        check(bool(doc.updated) and doc.updated.startswith("2026-"),
              f"{doc_id}: updated {doc.updated!r}")
        fields = raw_fields(path)
        for key in REQUIRED_FIELDS:
            check(key in fields, f"{doc_id}: field {key!r} missing")
        for key in FORBIDDEN_FIELDS:
            check(key not in fields, f"{doc_id}: field {key!r} must not be written")
        check("rekaan" in str(fields.get("note", "")), f"{doc_id}: note does not say invented")
        check(doc.title == fields.get("title"), f"{doc_id}: loaded title {doc.title!r}")
        if any(" | " in line or line.startswith("|") for line in doc.text.split("\n")):
            with_table += 1
        for url in re.findall(r"https?://[^\s)]+", doc.text):
            check(".example.invalid" in url, f"{doc_id}: URL not under example.invalid: {url}")
        for mail in re.findall(r"[\w.+-]+@[\w.-]+", doc.text):
            check(mail.rstrip(".").endswith("example.invalid"),
                  f"{doc_id}: e-mail not under example.invalid: {mail}")
        if path.suffix == ".html":
            chrome, main_text = chrome_strings(path)
            lines = {ln.strip() for ln in doc.text.split("\n")}
            for text in chrome:
                check(text not in lines, f"{doc_id}: menu/footer line leaked: {text!r}")
                if text not in main_text:
                    check(text not in doc.text, f"{doc_id}: menu/footer text leaked: {text!r}")
            print(f"    {len(chrome)} header/nav/footer strings, none in the loaded text"
                  if not any(t in lines or (t not in main_text and t in doc.text)
                             for t in chrome) else "    HEADER/NAV/FOOTER TEXT LEAKED")
    check(with_table >= 3, f"only {with_table} documents carry a table (want >= 3)")
    print(f"documents with a table: {with_table}")

    # -- questions ---------------------------------------------------------------------
    questions = [json.loads(line) for line in
                 (HALF / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    check(len(questions) == 60, f"{len(questions)} questions (want 60)")
    per_doc: Counter[str] = Counter()
    answerable = uncovered = 0
    seen: set[str] = set()
    for i, q in enumerate(questions, 1):
        check(set(q) <= {"q", "lang", "country", "docs", "fact"}, f"q{i}: extra keys {set(q)}")
        check(q.get("lang") == "ms" and q.get("country") == "MY", f"q{i}: lang/country")
        check(q["q"] not in seen, f"q{i}: duplicate question")
        seen.add(q["q"])
        if q["docs"]:
            answerable += 1
            check(len(q["docs"]) == 1, f"q{i}: more than one doc")
            doc = docs.get(q["docs"][0])
            if doc is None:
                problems.append(f"q{i}: doc {q['docs'][0]} does not exist")
                continue
            per_doc[doc.doc_id] += 1
            fact = q.get("fact", "")
            check(bool(fact), f"q{i}: no fact")
            if fact not in doc.text:
                flat = " ".join(doc.text.split())
                why = " (split by a line wrap)" if fact in flat else ""
                problems.append(f"q{i}: fact {fact!r} not verbatim in {doc.doc_id}{why}")
        else:
            uncovered += 1
            check("fact" not in q, f"q{i}: a not-covered question has a fact")
    check(answerable == 50 and uncovered == 10, f"{answerable} answerable / {uncovered} not "
                                                f"covered (want 50/10)")
    for doc_id in docs:
        check(per_doc[doc_id] in (4, 5), f"{doc_id}: {per_doc[doc_id]} questions (want 4-5)")
    print(f"questions: {answerable} answerable, {uncovered} not covered; per document "
          f"{sorted(per_doc.values())}")

    # -- conversations -----------------------------------------------------------------
    convs = [json.loads(line) for line in
             (HALF / "conversations.jsonl").read_text(encoding="utf-8").splitlines() if line]
    check(len(convs) == 5, f"{len(convs)} conversations (want 5)")
    with_new = 0
    for c in convs:
        turns = c["turns"]
        cid = c.get("id")
        check(c.get("lang") == "ms" and c.get("country") == "MY", f"{cid}: lang/country")
        check(3 <= len(turns) <= 5, f"{cid}: {len(turns)} turns")
        check(turns[0]["kind"] == "start", f"{cid}: first turn is not 'start'")
        kinds = [t["kind"] for t in turns]
        check(kinds.count("start") == 1, f"{cid}: more than one start")
        check(set(kinds) <= {"start", "follow", "new"}, f"{cid}: unknown kind")
        news = kinds.count("new")
        check(news <= 1, f"{cid}: {news} new turns")
        with_new += news == 1
        for k, t in enumerate(turns):
            check(len(t["docs"]) == 1 and t["docs"][0] in docs, f"{cid} turn {k}: docs {t['docs']}")
            if k:
                same = t["docs"] == turns[k - 1]["docs"]
                if t["kind"] == "follow":
                    check(same, f"{cid} turn {k}: a follow-up on another document")
                if t["kind"] == "new":
                    check(not same, f"{cid} turn {k}: a 'new' turn on the same document")
    check(with_new == 3, f"{with_new} conversations with a new turn (want 3)")
    print(f"conversations: {len(convs)}, {with_new} with a 'new' turn")

    if problems:
        print(f"\nFAILED ({len(problems)}):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
