"""Check the Indonesian half with the project's real loader.

    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py

Loads knowledge/ with `indexer.load.load_knowledge` (the project's root comes from
TANYAKOTA_ROOT, default the project folder), asserts every file loads, prints each document's
sections and words, and checks the questions, conversations and counts the brief sets.
Exits non-zero on the first list of problems.
"""

from __future__ import annotations

import collections
import json
import os
import re
import sys
from pathlib import Path

HALF = Path(__file__).resolve().parent.parent
PROJECT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(PROJECT))

import yaml  # noqa: E402
from lxml import html as lxml_html  # noqa: E402

from indexer.load import load_knowledge  # noqa: E402

KNOWLEDGE = HALF / "knowledge"
END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
PLACES = {"nasional": 2, "pasuruan": 4, "banjarbaru": 3, "dumai": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
REGIONS = {"nasional": "Nasional", "pasuruan": "Kota Pasuruan",
           "banjarbaru": "Kota Banjarbaru", "dumai": "Kota Dumai"}
REQUIRED = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
FORBIDDEN = ("tags", "questions")

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def raw_fields(path: Path) -> dict:
    """The fields as written: front matter of a Markdown file, else its sidecar."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n"), path
        return yaml.safe_load(text.split("\n---\n", 1)[0][4:]) or {}
    sidecar = path.with_name(path.name + ".yml")
    if not sidecar.is_file():
        fail(f"{path.name}: no sidecar {sidecar.name}")
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


def chrome_texts(path: Path) -> list[str]:
    """Every piece of text in the page's <header>, <nav> and <footer>."""
    tree = lxml_html.fromstring(path.read_bytes())
    texts: list[str] = []
    for el in tree.xpath("//header | //nav | //footer"):
        for t in el.itertext():
            t = " ".join(t.split())
            if len(t) >= 3:
                texts.append(t)
    return texts


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}

    # -- the files ------------------------------------------------------------------------
    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    if any(p.name.startswith("_") for p in KNOWLEDGE.rglob("*")):
        fail("a _*.yml or other hidden file exists")
    ids = [p.relative_to(KNOWLEDGE).as_posix() for p in files]
    if sorted(ids) != sorted(docs):
        fail(f"files and loaded documents differ: {set(ids) ^ set(docs)}")
    fmt = collections.Counter(p.suffix for p in files)
    if dict(fmt) != FORMATS:
        fail(f"formats {dict(fmt)} != {FORMATS}")
    place = collections.Counter(p.relative_to(KNOWLEDGE).parts[1] for p in files)
    if dict(place) != PLACES:
        fail(f"places {dict(place)} != {PLACES}")
    for p in KNOWLEDGE.rglob("*.yml"):
        doc = p.with_name(p.name[:-4])
        if not doc.is_file() or doc.suffix == ".md":
            fail(f"stray sidecar {p.name}")

    print(f"{'document':52} {'fmt':5} {'sect':>4} {'words':>5}  table")
    tables = 0
    for p, doc_id in zip(files, ids):
        d = docs.get(doc_id)
        if d is None:
            continue
        headed = [s for s in d.sections if s.heading]
        words = len(d.text.split())
        has_table = bool(re.search(r"(?m)^\|?.+\|.+$", d.text))
        tables += has_table
        print(f"{doc_id:52} {p.suffix[1:]:5} {len(headed):4} {words:5}  "
              f"{'yes' if has_table else ''}")
        if not 9 <= len(headed) <= 12:
            fail(f"{doc_id}: {len(headed)} headed sections (want 9-12)")
        if not 450 <= words <= 750:
            fail(f"{doc_id}: {words} words (want 450-750)")
        if not d.text.rstrip().endswith(END):
            fail(f"{doc_id}: text does not end with the evaluation line")
        fields = raw_fields(p)
        for key in REQUIRED:
            if not fields.get(key):
                fail(f"{doc_id}: field {key} missing")
        for key in FORBIDDEN:
            if key in fields:
                fail(f"{doc_id}: field {key} must not be written")
        if "rekaan" not in str(fields.get("note", "")):
            fail(f"{doc_id}: note does not say the figures are invented")
        if d.lang != "id" or d.country != "ID":
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if d.region != REGIONS[p.relative_to(KNOWLEDGE).parts[1]]:
            fail(f"{doc_id}: region {d.region!r}")
        if not (d.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {d.updated!r} not in 2026")
        if not re.match(r"https://[a-z0-9.-]+\.example\.invalid/", d.source or ""):
            fail(f"{doc_id}: source {d.source!r} not under example.invalid")
        if not d.title:
            fail(f"{doc_id}: no title")
        # every URL and e-mail address in the text and the fields is under example.invalid
        blob = d.text + "\n" + "\n".join(str(v) for v in fields.values())
        for url in re.findall(r"https?://([^/\s)]+)", blob):
            if not url.endswith(".example.invalid"):
                fail(f"{doc_id}: URL host {url} not under example.invalid")
        for mail in re.findall(r"[\w.+-]+@([\w.-]+\w)", blob):
            if not mail.endswith(".example.invalid"):
                fail(f"{doc_id}: e-mail domain {mail} not under example.invalid")
        bare = re.sub(r"https?://\S+|[\w.+-]+@[\w.-]+\w", " ", d.text)
        for host in re.findall(r"\b(?:[a-z0-9-]+\.)+(?:com|id|org|net|info|io|app|my)\b",
                               bare, flags=re.I):
            fail(f"{doc_id}: bare host {host} not under example.invalid")
        for host in re.findall(r"\b((?:[a-z0-9-]+\.)+invalid)\b", bare):
            if not host.endswith("example.invalid"):
                fail(f"{doc_id}: bare host {host} not under example.invalid")
        if p.suffix == ".html":
            for t in chrome_texts(p):
                if t in d.text:
                    fail(f"{doc_id}: header/nav/footer text {t!r} reached the loaded text")
    if tables < 3:
        fail(f"only {tables} documents carry a table (want at least 3)")

    # -- questions ------------------------------------------------------------------------
    lines = (HALF / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    per_doc: collections.Counter[str] = collections.Counter()
    answerable = [q for q in qs if q.get("docs")]
    uncovered = [q for q in qs if not q.get("docs")]
    seen = set()
    for q in qs:
        if set(q) - {"q", "lang", "country", "docs", "fact"}:
            fail(f"question has unknown keys: {q}")
        if q.get("lang") != "id" or q.get("country") != "ID":
            fail(f"question lang/country: {q['q']}")
        if q["q"] in seen:
            fail(f"duplicate question: {q['q']}")
        seen.add(q["q"])
        if q["q"] != q["q"].lower():
            fail(f"question not lower case: {q['q']}")
    for q in answerable:
        if len(q["docs"]) != 1:
            fail(f"answerable question must name one document: {q['q']}")
            continue
        doc_id = q["docs"][0]
        per_doc[doc_id] += 1
        d = docs.get(doc_id)
        if d is None:
            fail(f"question names a missing document {doc_id}: {q['q']}")
            continue
        fact = q.get("fact")
        if not fact or "\n" in fact:
            fail(f"question has no usable fact: {q['q']}")
        elif fact not in d.text:
            fail(f"fact {fact!r} not verbatim in {doc_id} (a PDF line wrap?): {q['q']}")
    for q in uncovered:
        if q.get("docs") != [] or "fact" in q:
            fail(f"not-covered question must have docs [] and no fact: {q['q']}")
    if len(qs) != 60 or len(answerable) != 50 or len(uncovered) != 10:
        fail(f"questions: {len(qs)} total, {len(answerable)} answerable, "
             f"{len(uncovered)} not covered (want 60/50/10)")
    for doc_id in docs:
        if not 4 <= per_doc[doc_id] <= 5:
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4-5)")

    # -- conversations --------------------------------------------------------------------
    convs = [json.loads(line) for line in
             (HALF / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    with_new = 0
    for c in convs:
        if set(c) != {"id", "lang", "country", "turns"}:
            fail(f"conversation keys: {sorted(c)}")
        if c.get("lang") != "id" or c.get("country") != "ID":
            fail(f"{c['id']}: lang/country")
        turns = c["turns"]
        if not 3 <= len(turns) <= 5:
            fail(f"{c['id']}: {len(turns)} turns (want 3-5)")
        kinds = [t["kind"] for t in turns]
        if kinds[0] != "start" or "start" in kinds[1:]:
            fail(f"{c['id']}: kinds {kinds}")
        news = kinds.count("new")
        if news > 1:
            fail(f"{c['id']}: more than one new turn")
        with_new += news == 1
        for prev, t in zip([None, *turns], turns):
            if len(t["docs"]) != 1 or t["docs"][0] not in docs:
                fail(f"{c['id']}: turn docs {t['docs']} not one loaded document")
            if t["kind"] not in ("start", "follow", "new"):
                fail(f"{c['id']}: kind {t['kind']}")
            if prev is not None and t["kind"] == "follow" and t["docs"] != prev["docs"]:
                fail(f"{c['id']}: follow turn changes document: {t['q']}")
            if prev is not None and t["kind"] == "new" and t["docs"] == prev["docs"]:
                fail(f"{c['id']}: new turn keeps the document: {t['q']}")
    if len(convs) != 5 or with_new != 3:
        fail(f"conversations: {len(convs)} (want 5), {with_new} with a new turn (want 3)")

    print(f"\n{len(docs)} documents, {len(qs)} questions ({len(answerable)} answerable, "
          f"{len(uncovered)} not covered), {len(convs)} conversations")
    if problems:
        print("\nFAILED:")
        for p in problems:
            print(" -", p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
