"""Check the Malaysian half (harbors-my) against the real loader.

Run:  TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py
Exits non-zero and lists every problem when a check fails.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))
from indexer.load import load_knowledge  # noqa: E402

import yaml  # noqa: E402  (a dependency of the loader)

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
sys.path.insert(0, str(HERE))
import make_questions  # noqa: E402

LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
REGIONS = {"nasional": "Seluruh Malaysia", "jasin": "Jasin, Melaka", "raub": "Raub, Pahang",
           "sarikei": "Sarikei, Sarawak"}
AGENCIES = {"jasin": "Majlis Perbandaran Jasin", "raub": "Majlis Perbandaran Raub",
            "sarikei": "Majlis Daerah Sarikei"}
FOLDER_COUNTS = {"nasional": 2, "jasin": 4, "raub": 3, "sarikei": 3}
FORMAT_COUNTS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"\w", w)])


def raw_fields(path: Path) -> dict:
    """The fields as written: Markdown front matter, or the sidecar NAME.EXT.yml."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        if path.with_name(path.name + ".yml").exists():
            fail(f"{path.name}: Markdown file should carry its own front matter, not a sidecar")
        if not text.startswith("---\n"):
            fail(f"{path.name}: no front matter")
            return {}
        return yaml.safe_load(text.split("\n---\n", 1)[0][4:]) or {}
    sidecar = path.with_name(path.name + ".yml")
    if not sidecar.is_file():
        fail(f"{path.name}: sidecar {sidecar.name} missing")
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


class Chrome(HTMLParser):
    """Collects the text inside <header>, <nav> and <footer>."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("header", "nav", "footer"):
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("header", "nav", "footer"):
            self.depth -= 1

    def handle_data(self, data):
        if self.depth > 0 and data.strip():
            self.texts.append(" ".join(data.split()))


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    if len(docs) != 12 or len(files) != 12:
        fail(f"expected 12 documents, loaded {len(docs)} of {len(files)} files")
    folders = Counter(p.relative_to(KNOWLEDGE).parts[1] for p in files)
    if dict(folders) != FOLDER_COUNTS:
        fail(f"documents per folder {dict(folders)} != {FOLDER_COUNTS}")
    formats = Counter(p.suffix for p in files)
    if dict(formats) != FORMAT_COUNTS:
        fail(f"formats {dict(formats)} != {FORMAT_COUNTS}")
    if any(p.relative_to(KNOWLEDGE).parts[0] != "my" for p in files):
        fail("every document must be under knowledge/my/")

    tables = 0
    report = []
    for path in files:
        doc_id = path.relative_to(KNOWLEDGE).as_posix()
        doc = docs.get(doc_id)
        if doc is None:
            fail(f"{doc_id}: not loaded")
            continue
        folder = path.relative_to(KNOWLEDGE).parts[1]
        # sections: the headed ones (## / Heading 2 / <h2> / larger type in the PDF)
        headed = [s for s in doc.sections if s.heading]
        if not 10 <= len(headed) <= 12:
            fail(f"{doc_id}: {len(headed)} sections (want 10 to 12)")
        if len(doc.sections) != len(headed):
            fail(f"{doc_id}: text outside any section")
        n_words = words(doc.text)
        if not 500 <= n_words <= 750:
            fail(f"{doc_id}: {n_words} words (want 500 to 750)")
        # front matter as written, and as loaded
        meta = raw_fields(path)
        for key in FIELDS:
            if key not in meta or meta[key] in (None, ""):
                fail(f"{doc_id}: field {key!r} missing")
        if str(meta.get("lang")) != "ms" or doc.lang != "ms":
            fail(f"{doc_id}: lang is not ms")
        if str(meta.get("country")) != "MY" or doc.country != "MY":
            fail(f"{doc_id}: country is not MY")
        if doc.region != REGIONS[folder]:
            fail(f"{doc_id}: region {doc.region!r} != {REGIONS[folder]!r}")
        if folder in AGENCIES and doc.agency != AGENCIES[folder]:
            fail(f"{doc_id}: agency {doc.agency!r} != {AGENCIES[folder]!r}")
        if folder == "nasional" and doc.agency not in (
                "Jabatan Imigresen Malaysia", "Kumpulan Wang Simpanan Pekerja (KWSP)"):
            fail(f"{doc_id}: unexpected national agency {doc.agency!r}")
        if not (doc.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {doc.source!r} not under https://example.invalid/")
        if not (doc.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {doc.updated!r} is not a 2026 date")
        if meta.get("note") != NOTE:
            fail(f"{doc_id}: note is not the evaluation note")
        if doc.title != meta.get("title"):
            fail(f"{doc_id}: loaded title {doc.title!r} != field {meta.get('title')!r}")
        # last line, links and e-mail addresses
        if doc.text.rstrip().split("\n")[-1].strip() != LAST_LINE:
            fail(f"{doc_id}: last line is {doc.text.splitlines()[-1]!r}")
        for url in re.findall(r"https?://[^\s)|]+", doc.text):
            if not url.startswith("https://example.invalid/"):
                fail(f"{doc_id}: URL outside example.invalid: {url}")
        for mail in re.findall(r"[\w.+-]+@[\w.-]+", doc.text):
            if not mail.rstrip(".").endswith("example.invalid"):
                fail(f"{doc_id}: e-mail outside example.invalid: {mail}")
        if re.search(r"(?m)^\|?.*\|.*\|", doc.text):
            tables += 1
        # HTML: the header/nav/footer text must not reach the loaded text
        if path.suffix == ".html":
            chrome = Chrome()
            chrome.feed(path.read_text(encoding="utf-8"))
            if len(chrome.texts) < 5:
                fail(f"{doc_id}: header/nav/footer not found in the page")
            for piece in chrome.texts:
                if piece.lower() in doc.text.lower():
                    fail(f"{doc_id}: page chrome leaked into the text: {piece!r}")
        report.append((doc_id, len(headed), n_words))
    if tables < 4:
        fail(f"only {tables} documents have a table (want 4, one in three)")

    # questions
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines]
    if len(questions) != 60:
        fail(f"{len(questions)} questions (want 60)")
    answerable = [q for q in questions if q["docs"]]
    uncovered = [q for q in questions if not q["docs"]]
    if len(answerable) != 50 or len(uncovered) != 10:
        fail(f"{len(answerable)} answerable / {len(uncovered)} not covered (want 50 / 10)")
    if len({q["q"].lower() for q in questions}) != len(questions):
        fail("duplicate questions")
    per_doc: Counter[str] = Counter()
    for q in questions:
        if set(q) - {"q", "lang", "country", "docs", "fact"}:
            fail(f"unexpected keys in {q}")
        if q.get("lang") != "ms" or q.get("country") != "MY":
            fail(f"lang/country wrong: {q['q']!r}")
        if not q["docs"]:
            if "fact" in q:
                fail(f"not-covered question has a fact: {q['q']!r}")
            continue
        if len(q["docs"]) != 1:
            fail(f"want exactly one document: {q['q']!r}")
        doc_id = q["docs"][0]
        per_doc[doc_id] += 1
        if not (KNOWLEDGE / doc_id).is_file() or doc_id not in docs:
            fail(f"docs path does not exist: {doc_id}")
            continue
        fact = q.get("fact", "")
        if not fact or "\u2013" in fact or "\u2014" in fact:
            fail(f"fact missing or with a dash: {q['q']!r}")
        elif fact.lower() not in docs[doc_id].text.lower():
            fail(f"fact {fact!r} not in {doc_id} (question {q['q']!r})")
    for doc_id in docs:
        if not 4 <= per_doc[doc_id] <= 5:
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4 or 5)")
    short = [q for q in questions if 3 <= len(q["q"].split()) <= 7]
    if not 17 <= len(short) <= 23:
        fail(f"{len(short)} short questions (want about a third of 60)")
    kinds = Counter(kind for _, kind, _ in make_questions.NOT_COVERED)
    if kinds != Counter({"close": 5, "far": 5}):
        fail(f"not-covered kinds {dict(kinds)} (want 5 close, 5 far)")
    if [q for q, _, _ in make_questions.NOT_COVERED] != [q["q"] for q in uncovered]:
        fail("not-covered questions differ from build/make_questions.py")

    # conversations
    convs = [json.loads(line) for line in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(convs) != 5:
        fail(f"{len(convs)} conversations (want 5)")
    with_new = 0
    for c in convs:
        if not c["id"].startswith("my-") or c.get("lang") != "ms" or c.get("country") != "MY":
            fail(f"conversation header wrong: {c['id']}")
        turns = c["turns"]
        if not 3 <= len(turns) <= 5:
            fail(f"{c['id']}: {len(turns)} turns (want 3 to 5)")
        if turns[0]["kind"] != "start" or any(t["kind"] == "start" for t in turns[1:]):
            fail(f"{c['id']}: must open with one 'start' turn")
        news = [t for t in turns if t["kind"] == "new"]
        with_new += bool(news)
        if len(news) > 1:
            fail(f"{c['id']}: more than one 'new' turn")
        for prev, turn in zip(turns, turns[1:]):
            if turn["kind"] == "follow" and turn["docs"] != prev["docs"]:
                fail(f"{c['id']}: follow turn changes document: {turn['q']!r}")
            if turn["kind"] == "new" and turn["docs"] == prev["docs"]:
                fail(f"{c['id']}: new turn keeps the document: {turn['q']!r}")
            if turn["kind"] not in ("follow", "new"):
                fail(f"{c['id']}: unknown kind {turn['kind']!r}")
        for t in turns:
            for d in t["docs"]:
                if d not in docs:
                    fail(f"{c['id']}: document does not exist: {d}")
    if with_new != 3:
        fail(f"{with_new} conversations switch document (want 3)")

    for doc_id, n_sections, n_words in report:
        print(f"{doc_id:40} sections={n_sections:2} words={n_words:3} "
              f"questions={per_doc[doc_id]}")
    print(f"{len(questions)} questions ({len(answerable)} answerable, {len(uncovered)} not "
          f"covered, {len(short)} short), {len(convs)} conversations ({with_new} with a switch), "
          f"{tables} documents with a table")
    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print(" -", p)
        return 1
    print("check.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
