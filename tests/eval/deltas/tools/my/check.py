"""Check the Malaysian half against the project's real loader.

    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py

Loads knowledge/ with `indexer.load.load_knowledge`, then asserts: every file loads; the
formats, fields and sidecars are as the brief asks; every document has 9-12 headed sections
and ends with the evaluation line; no menu, breadcrumb or footer text of the HTML pages
reaches their loaded text; every question's document exists and its fact occurs verbatim
(on one line, so never across a PDF line wrap) in that document's loaded text; the counts
of questions and conversations are right.
"""

from __future__ import annotations

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

END = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
REQUIRED = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
FORBIDDEN = ("tags", "questions")
PLACES = {"nasional": 2, "klang": 4, "kulai": 3, "ranau": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def raw_fields(path: Path) -> dict:
    import yaml

    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("\n---", 1)[0].removeprefix("---")
        return yaml.safe_load(block) or {}
    return yaml.safe_load(path.with_name(path.name + ".yml").read_text(encoding="utf-8")) or {}


def chrome_texts(path: Path) -> list[str]:
    """Text of the page's <header>, <nav> and <footer> elements, piece by piece."""
    from lxml import html as lhtml

    tree = lhtml.fromstring(path.read_bytes())
    pieces: list[str] = []
    for el in tree.xpath("//header | //nav | //footer"):
        for t in el.itertext():
            t = " ".join(t.split())
            if t and t not in pieces and any(c.isalpha() for c in t):
                pieces.append(t)
    return pieces


def main() -> None:
    # -- files on disk -------------------------------------------------------------------
    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file())
    if any(p.name.startswith("_") for p in files):
        fail("a _*.yml settings file is present")
    docs_on_disk = [p for p in files if p.suffix in FORMATS]
    fmt_count = Counter(p.suffix for p in docs_on_disk)
    if dict(fmt_count) != FORMATS:
        fail(f"formats {dict(fmt_count)} != {FORMATS}")
    place_count = Counter(p.relative_to(KNOWLEDGE).parts[1] for p in docs_on_disk)
    if dict(place_count) != PLACES:
        fail(f"places {dict(place_count)} != {PLACES}")
    for p in docs_on_disk:
        rel = p.relative_to(KNOWLEDGE).as_posix()
        if not rel.startswith("my/"):
            fail(f"{rel}: not under my/")
        if p.suffix != ".md" and not p.with_name(p.name + ".yml").is_file():
            fail(f"{rel}: no sidecar")
        meta = raw_fields(p)
        for key in REQUIRED:
            if not meta.get(key):
                fail(f"{rel}: field {key!r} missing")
        for key in FORBIDDEN:
            if key in meta:
                fail(f"{rel}: field {key!r} must not be written")
        if str(meta.get("lang")) != "ms" or str(meta.get("country")) != "MY":
            fail(f"{rel}: lang/country not ms/MY")
        src = str(meta.get("source", ""))
        if not re.fullmatch(r"https://[a-z0-9.-]+\.example\.invalid/\S*", src):
            fail(f"{rel}: source {src!r} not under example.invalid")
        if not str(meta.get("updated", "")).startswith("2026-"):
            fail(f"{rel}: updated not in 2026")
    # every URL and e-mail address in the files is under example.invalid
    for p in files:
        if p.suffix in (".pdf", ".docx"):
            continue  # their text is checked after loading
        text = p.read_text(encoding="utf-8")
        for url in re.findall(r"https?://[^\s\"'<>)]+", text):
            if ".example.invalid" not in url.split("/")[2]:
                fail(f"{p.name}: URL {url}")
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not mail.endswith(".example.invalid"):
                fail(f"{p.name}: e-mail {mail}")

    # -- the real loader -----------------------------------------------------------------
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    if len(docs) != 12:
        fail(f"{len(docs)} documents loaded, expected 12")
    with_table = 0
    print(f"{'document':42} {'fmt':5} {'sect':>4} {'head':>4} {'words':>5}")
    for doc_id, d in sorted(docs.items()):
        headed = sum(1 for s in d.sections if s.heading)
        n = words(d.text)
        print(f"{doc_id:42} {Path(doc_id).suffix[1:]:5} {len(d.sections):4} {headed:4} {n:5}")
        if not 9 <= headed <= 12:
            fail(f"{doc_id}: {headed} headed sections (want 9-12)")
        if not 450 <= n <= 750:
            fail(f"{doc_id}: {n} words (want about 450-750)")
        if d.text.strip().split("\n")[-1].strip() != END:
            fail(f"{doc_id}: does not end with the evaluation line")
        if d.lang != "ms" or d.country != "MY":
            fail(f"{doc_id}: loaded lang/country {d.lang}/{d.country}")
        if not (d.region and d.agency and d.source and d.updated):
            fail(f"{doc_id}: region/agency/source/updated not loaded")
        for url in re.findall(r"https?://[^\s)|]+", d.text):
            if ".example.invalid" not in url:
                fail(f"{doc_id}: URL {url} in text")
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", d.text):
            if not mail.endswith(".example.invalid"):
                fail(f"{doc_id}: e-mail {mail} in text")
        if any(line.count("|") >= 2 or " | " in line for line in d.text.split("\n")):
            with_table += 1
    if with_table < 3:
        fail(f"only {with_table} documents carry a table")

    # -- HTML pages: no menu, breadcrumb or footer text ----------------------------------
    for doc_id, d in docs.items():
        if not doc_id.endswith(".html"):
            continue
        lines = {ln.strip().lstrip("-*# ").strip() for ln in d.text.split("\n")}
        chrome = chrome_texts(KNOWLEDGE / doc_id)
        if len(chrome) < 8:
            fail(f"{doc_id}: header/nav/footer look too thin ({chrome})")
        for t in chrome:
            if len(t.split()) >= 2 and t in d.text:
                fail(f"{doc_id}: chrome text {t!r} reached the loaded text")
            elif t in lines:
                fail(f"{doc_id}: chrome line {t!r} reached the loaded text")
        if "Kemas kini portal" in d.text or "Hak Cipta" in d.text:
            fail(f"{doc_id}: footer text reached the loaded text")

    # -- questions -----------------------------------------------------------------------
    qs = [json.loads(line) for line in (HALF / "questions.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    if len(qs) != 60:
        fail(f"{len(qs)} questions, expected 60")
    per_doc: Counter[str] = Counter()
    answerable = 0
    uncovered = 0
    for i, q in enumerate(qs, 1):
        if set(q) - {"q", "lang", "country", "docs", "fact"}:
            fail(f"question {i}: unexpected keys {sorted(q)}")
        if q.get("lang") != "ms" or q.get("country") != "MY" or not q.get("q"):
            fail(f"question {i}: lang/country/q")
        if q["docs"]:
            answerable += 1
            if len(q["docs"]) != 1:
                fail(f"question {i}: more than one doc")
            doc_id = q["docs"][0]
            per_doc[doc_id] += 1
            d = docs.get(doc_id)
            fact = q.get("fact", "")
            if d is None:
                fail(f"question {i}: doc {doc_id} not loaded")
            elif not fact or fact not in d.text:
                fail(f"question {i}: fact {fact!r} not verbatim in {doc_id}")
            elif not any(fact in line for line in d.text.split("\n")):
                fail(f"question {i}: fact {fact!r} straddles a line in {doc_id}")
        else:
            uncovered += 1
            if "fact" in q:
                fail(f"question {i}: not-covered question has a fact")
    if answerable != 50 or uncovered != 10:
        fail(f"{answerable} answerable / {uncovered} not covered (want 50 / 10)")
    for doc_id in docs:
        if per_doc[doc_id] not in (4, 5):
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4 or 5)")

    # -- conversations -------------------------------------------------------------------
    convs = [json.loads(line) for line in (HALF / "conversations.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    if len(convs) != 5:
        fail(f"{len(convs)} conversations, expected 5")
    with_new = 0
    for c in convs:
        turns = c["turns"]
        if c.get("lang") != "ms" or c.get("country") != "MY" or not c.get("id"):
            fail(f"conversation {c.get('id')}: id/lang/country")
        if not 3 <= len(turns) <= 5:
            fail(f"conversation {c['id']}: {len(turns)} turns")
        kinds = [t["kind"] for t in turns]
        if kinds[0] != "start" or any(k not in ("follow", "new") for k in kinds[1:]):
            fail(f"conversation {c['id']}: kinds {kinds}")
        news = kinds.count("new")
        if news > 1:
            fail(f"conversation {c['id']}: more than one new turn")
        with_new += news == 1
        prev = None
        for t in turns:
            if len(t["docs"]) != 1 or t["docs"][0] not in docs:
                fail(f"conversation {c['id']}: turn docs {t['docs']}")
                continue
            doc = t["docs"][0]
            if t["kind"] == "follow" and doc != prev:
                fail(f"conversation {c['id']}: follow-up changes document")
            if t["kind"] == "new" and doc == prev:
                fail(f"conversation {c['id']}: new turn keeps the document")
            prev = doc
    if with_new != 3:
        fail(f"{with_new} conversations with a new turn (want 3)")

    print(f"\n{len(docs)} documents, {len(qs)} questions ({answerable} answerable, "
          f"{uncovered} not covered), {len(convs)} conversations, {with_table} with a table")
    if problems:
        print("\nFAILED:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
