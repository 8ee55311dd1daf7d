"""Check the Malaysian half with the project's real loader.

Loads knowledge/ with indexer.load.load_knowledge (project root from env TANYAKOTA_ROOT,
default the project folder), and asserts: every file loads; the counts (12 documents: 8 Markdown,
1 PDF, 1 DOCX, 2 HTML; 2 national + 4/3/3 local; 9-12 sections, 450-750 words each; at
least 3 with a table); the fields; the closing line; URLs and e-mails under example.invalid;
no nav/menu/footer text of the HTML pages in their loaded text; every question's document
exists and its fact occurs verbatim in the loaded text (not broken by a PDF line wrap);
60 questions (50 answerable, 4 or 5 a document; 10 not covered); 5 conversations.

Run: .venv-build/bin/python build/check.py
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

import yaml  # noqa: E402

from indexer.load import load_knowledge  # noqa: E402

FINAL_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
REQUIRED = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
FORBIDDEN = ("tags", "questions")
LOCAL_SPLIT = [3, 3, 4]

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)
    print("FAIL:", msg)


def words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"\w", w)])


def raw_fields(path: Path) -> dict:
    """The fields as written: the sidecar for PDF/DOCX/HTML, front matter for Markdown."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("\n---", 1)[0].removeprefix("---\n")
        return yaml.safe_load(block) or {}
    sidecar = path.with_name(path.name + ".yml")
    if not sidecar.is_file():
        fail(f"{path.name}: no sidecar {sidecar.name}")
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


def chrome_texts(path: Path) -> list[str]:
    """The text pieces of an HTML page's header, nav menus and footer."""
    import lxml.html

    tree = lxml.html.fromstring(path.read_bytes())
    pieces: list[str] = []
    for el in tree.xpath("//header | //nav | //footer"):
        for node in el.iter():
            for t in (node.text, node.tail if node is not el else None):
                t = " ".join((t or "").split()).strip(" ›>|")
                if len(t) >= 3 and t not in pieces:
                    pieces.append(t)
    return pieces


def main() -> int:
    print(f"project loader: {PROJECT / 'indexer' / 'load.py'}")
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}

    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    for p in KNOWLEDGE.rglob("_*"):
        fail(f"settings/hidden file present: {p.relative_to(HALF)}")
    for p in KNOWLEDGE.rglob("*.yml"):
        if not p.with_name(p.name[: -len(".yml")]).is_file():
            fail(f"stray yml: {p.relative_to(HALF)}")
    for p in files:
        if p.relative_to(KNOWLEDGE).as_posix() not in docs:
            fail(f"not loaded: {p.relative_to(HALF)}")

    # -- documents -----------------------------------------------------------------------
    print(f"\n{'document':48} {'fmt':5} {'sect':>4} {'words':>5}  title")
    fmt_count: Counter[str] = Counter()
    place_count: Counter[str] = Counter()
    with_table = 0
    for doc_id, d in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        fmt = path.suffix.lstrip(".")
        fmt_count[fmt] += 1
        parts = doc_id.split("/")
        if len(parts) != 3 or parts[0] != "my":
            fail(f"{doc_id}: not at my/<place>/<file>")
        place_count[parts[1]] += 1
        n_sect, n_words = len(d.sections), words(d.text)
        print(f"{doc_id:48} {fmt:5} {n_sect:4} {n_words:5}  {d.title}")
        if not 9 <= n_sect <= 12:
            fail(f"{doc_id}: {n_sect} sections (want 9-12)")
        if any(not s.heading for s in d.sections):
            fail(f"{doc_id}: a section without heading")
        if not 450 <= n_words <= 750:
            fail(f"{doc_id}: {n_words} words (want 450-750)")
        if not d.text.rstrip().endswith(FINAL_LINE):
            fail(f"{doc_id}: loaded text does not end with the closing line")
        if (d.lang, d.country) != ("ms", "MY"):
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if not (d.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {d.updated}")
        if not re.fullmatch(r"https://[\w.-]+\.example\.invalid/\S*", d.source or ""):
            fail(f"{doc_id}: source {d.source}")
        if not d.region or not d.agency:
            fail(f"{doc_id}: region/agency missing")
        if d.tags or d.questions:
            fail(f"{doc_id}: has tags/questions")
        fields = raw_fields(path)
        for key in REQUIRED:
            if not fields.get(key):
                fail(f"{doc_id}: field {key} missing")
        for key in FORBIDDEN:
            if key in fields:
                fail(f"{doc_id}: field {key} must not be written")
        if "rekaan" not in str(fields.get("note", "")):
            fail(f"{doc_id}: note does not say the figures are invented")
        for host in re.findall(r"https?://([^/\s)]+)", d.text):
            if not host.rstrip(".").endswith(".example.invalid"):
                fail(f"{doc_id}: URL host {host}")
        for host in re.findall(r"[\w.+-]+@([\w.-]+)", d.text):
            if not host.rstrip(".").endswith(".example.invalid"):
                fail(f"{doc_id}: e-mail host {host}")
        if fmt != "pdf" and any(line.count("|") >= 2 for line in d.text.split("\n")):
            with_table += 1
        if fmt == "html":
            leaked = [t for t in chrome_texts(path)
                      if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", d.text)]
            if leaked:
                fail(f"{doc_id}: header/nav/footer text in loaded text: {leaked}")
            else:
                print(f"    {doc_id}: no header/nav/footer text in loaded text "
                      f"({len(chrome_texts(path))} pieces checked)")
    print(f"\nformats: {dict(fmt_count)}; places: {dict(place_count)}; "
          f"documents with a table (besides the PDF): {with_table}")
    if len(docs) != 12:
        fail(f"{len(docs)} documents (want 12)")
    if dict(fmt_count) != {"md": 8, "pdf": 1, "docx": 1, "html": 2}:
        fail(f"formats {dict(fmt_count)}")
    if place_count.pop("nasional", 0) != 2:
        fail("want 2 national documents")
    if sorted(place_count.values()) != LOCAL_SPLIT or set(place_count) != {
            "kuala-selangor", "mersing", "kudat"}:
        fail(f"local split {dict(place_count)}")
    if with_table < 3:
        fail(f"only {with_table} documents with a table")

    # -- questions -------------------------------------------------------------------------
    qs = [json.loads(line) for line in (HALF / "questions.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    per_doc: Counter[str] = Counter()
    answerable = not_covered = 0
    for i, q in enumerate(qs, 1):
        if q.get("lang") != "ms" or q.get("country") != "MY" or not q.get("q"):
            fail(f"question {i}: lang/country/q")
        if not q["docs"]:
            not_covered += 1
            if "fact" in q:
                fail(f"question {i}: not covered but has a fact")
            continue
        answerable += 1
        if len(q["docs"]) != 1:
            fail(f"question {i}: want one doc")
        doc_id = q["docs"][0]
        per_doc[doc_id] += 1
        d = docs.get(doc_id)
        if d is None:
            fail(f"question {i}: no document {doc_id}")
            continue
        fact = q.get("fact") or ""
        if not fact:
            fail(f"question {i}: no fact")
        elif fact not in d.text:
            flat = " ".join(d.text.split())
            why = "straddles a line wrap" if fact in flat else "not in the loaded text"
            fail(f"question {i}: fact {fact!r} {why} of {doc_id}")
    print(f"\nquestions: {len(qs)} ({answerable} answerable, {not_covered} not covered)")
    for doc_id in sorted(docs):
        print(f"    {per_doc[doc_id]}  {doc_id}")
        if per_doc[doc_id] not in (4, 5):
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4 or 5)")
    if (len(qs), answerable, not_covered) != (60, 50, 10):
        fail("want 60 questions: 50 answerable, 10 not covered")

    # -- conversations ---------------------------------------------------------------------
    convs = [json.loads(line) for line in (HALF / "conversations.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
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
        n_new = kinds.count("new")
        if n_new > 1:
            fail(f"conversation {c['id']}: {n_new} new turns")
        with_new += n_new == 1
        prev = None
        for t in turns:
            if len(t["docs"]) != 1 or t["docs"][0] not in docs:
                fail(f"conversation {c['id']}: turn {t['q']!r} docs {t['docs']}")
            if t["kind"] == "follow" and t["docs"] != prev:
                fail(f"conversation {c['id']}: follow-up {t['q']!r} changes document")
            if t["kind"] == "new" and t["docs"] == prev:
                fail(f"conversation {c['id']}: new turn {t['q']!r} keeps the document")
            prev = t["docs"]
    print(f"conversations: {len(convs)} ({with_new} with a new turn)")
    if len(convs) != 5 or with_new != 3:
        fail("want 5 conversations, 3 of them with one new turn")

    print("\nFAILED: %d problem(s)" % len(problems) if problems else "\nOK: all checks pass")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
