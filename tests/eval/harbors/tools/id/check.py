"""Check the harbors-id evaluation set against the real loader.

Run from anywhere:
    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py
(the interpreter needs pyyaml, pypdf, python-docx, trafilatura + lxml_html_clean, PyStemmer)
Exit status 0 when every check passes; otherwise every problem is printed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))

from indexer.load import load_knowledge  # noqa: E402

SET = Path(__file__).resolve().parent.parent
KNOW = SET / "knowledge"
LAST = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
REGIONS = {"nasional": "Nasional", "tegal": "Kota Tegal", "binjai": "Kota Binjai",
           "bontang": "Kota Bontang"}
DOCS_PER_FOLDER = {"nasional": 2, "tegal": 4, "binjai": 3, "bontang": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
NAV_FOOTER = ["Beranda", "Profil Dinas", "Berita Terkini", "Agenda Kegiatan", "Galeri Foto",
              "Hak Cipta", "Seluruh hak dilindungi", "Kebijakan Privasi", "Peta Situs",
              "Aksesibilitas", "Portal Resmi"]
SHORTHAND = {"brp", "gmn", "sy", "ga", "gak", "udh", "bs", "kpn", "yg", "dmn", "min", "kak",
             "dong", "sih", "gan", "bgt", "ngurus", "bikin", "ilang", "klo", "ngajuin"}

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def word_count(text: str) -> int:
    return sum(1 for w in text.split() if re.search(r"\w", w))


def raw_fields(path: Path) -> dict:
    """The front matter / sidecar as written (to check `note`, which the loader drops)."""
    import yaml

    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("---\n")[1]
    else:
        block = (path.parent / (path.name + ".yml")).read_text(encoding="utf-8")
    return yaml.safe_load(block)


def main() -> int:
    result = load_knowledge(KNOW)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    files = sorted(p for p in KNOW.rglob("*") if p.is_file() and p.suffix != ".yml")
    ids = [p.relative_to(KNOW).as_posix() for p in files]
    if len(ids) != 12:
        fail(f"expected 12 documents, found {len(ids)}")
    for doc_id in ids:
        if doc_id not in docs:
            fail(f"{doc_id}: not loaded")
    fmt = Counter(Path(i).suffix for i in ids)
    if dict(fmt) != FORMATS:
        fail(f"formats {dict(fmt)} != {FORMATS}")
    folders = Counter(i.split("/")[1] for i in ids)
    if dict(folders) != DOCS_PER_FOLDER:
        fail(f"documents per folder {dict(folders)} != {DOCS_PER_FOLDER}")
    for p in KNOW.rglob("*.yml"):
        doc = p.with_name(p.name[:-4])
        if not doc.is_file() or doc.suffix not in (".pdf", ".docx", ".html"):
            fail(f"{p.relative_to(KNOW)}: sidecar without its document")
    for p in files:
        if p.suffix in (".pdf", ".docx", ".html") and not (p.parent / (p.name + ".yml")).is_file():
            fail(f"{p.relative_to(KNOW)}: no sidecar")

    tables = 0
    stats = {}
    for doc_id, d in sorted(docs.items()):
        folder = doc_id.split("/")[1]
        raw = raw_fields(KNOW / doc_id)
        for key in FIELDS:
            if not raw.get(key):
                fail(f"{doc_id}: field {key!r} missing")
        if raw.get("note") != NOTE:
            fail(f"{doc_id}: note is {raw.get('note')!r}")
        if d.lang != "id" or d.country != "ID":
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if d.region != REGIONS[folder]:
            fail(f"{doc_id}: region {d.region!r} != {REGIONS[folder]!r}")
        if not d.agency:
            fail(f"{doc_id}: no agency")
        if not (d.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {d.source!r}")
        if not (d.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {d.updated!r}")
        if d.title != raw.get("title"):
            fail(f"{doc_id}: loaded title {d.title!r} != front matter {raw.get('title')!r}")
        headed = [s for s in d.sections if s.heading]
        if len(headed) != len(d.sections):
            fail(f"{doc_id}: {len(d.sections) - len(headed)} section(s) without a heading")
        if not 10 <= len(d.sections) <= 12:
            fail(f"{doc_id}: {len(d.sections)} sections (want 10-12)")
        words = word_count(d.text)
        if not 500 <= words <= 750:
            fail(f"{doc_id}: {words} words (want 500-750)")
        last = d.text.strip().split("\n")[-1].strip()
        if last != LAST:
            fail(f"{doc_id}: last line is {last!r}")
        emails = re.findall(r"[\w.+-]+@[\w.-]+", d.text)
        for e in (x.rstrip(".") for x in emails):
            if not e.endswith("example.invalid"):
                fail(f"{doc_id}: e-mail {e} not under example.invalid")
        for url in re.findall(r"https?://[^\s)]+", d.text):
            if not url.startswith("https://example.invalid"):
                fail(f"{doc_id}: URL {url}")
        if doc_id.endswith(".html"):
            for s in NAV_FOOTER:
                if s.lower() in d.text.lower():
                    fail(f"{doc_id}: menu/footer text {s!r} leaked into the loaded text")
        if re.search(r"^\|.*\|\s*$", d.text, re.M):
            tables += 1
        stats[doc_id] = (len(d.sections), words)
    if tables != 4:
        fail(f"{tables} documents have a table (want 4, one in three)")

    # questions
    qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text().splitlines()]
    if len(qs) != 60:
        fail(f"{len(qs)} questions (want 60)")
    per_doc: Counter[str] = Counter()
    short = shorthand = 0
    covered = [q for q in qs if q.get("docs")]
    uncovered = [q for q in qs if not q.get("docs")]
    if len(covered) != 50 or len(uncovered) != 10:
        fail(f"{len(covered)} answerable / {len(uncovered)} not covered (want 50 / 10)")
    seen = set()
    for n, q in enumerate(qs, 1):
        if q.get("lang") != "id" or q.get("country") != "ID":
            fail(f"question {n}: lang/country")
        if q["q"] in seen:
            fail(f"question {n}: duplicate")
        seen.add(q["q"])
        nw = len(q["q"].split())
        short += 3 <= nw <= 7
        shorthand += bool(SHORTHAND & set(re.findall(r"[a-z]+", q["q"].lower())))
        if not q.get("docs"):
            if "fact" in q:
                fail(f"question {n}: not-covered question has a fact")
            continue
        if len(q["docs"]) != 1:
            fail(f"question {n}: docs must hold one path")
        doc_id = q["docs"][0]
        if not (KNOW / doc_id).is_file() or doc_id not in docs:
            fail(f"question {n}: document {doc_id} missing")
            continue
        per_doc[doc_id] += 1
        fact = q.get("fact", "")
        if not fact:
            fail(f"question {n}: no fact")
        elif fact.lower() not in docs[doc_id].text.lower():
            fail(f"question {n}: fact {fact!r} not in {doc_id}")
        if "\u2013" in fact or "\u2014" in fact:
            fail(f"question {n}: fact has a dash")
    for doc_id in docs:
        if not 4 <= per_doc[doc_id] <= 5:
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4-5)")
    if not 15 <= short <= 25:
        fail(f"{short} short questions (want about a third)")

    # conversations
    convs = [json.loads(line) for line in (SET / "conversations.jsonl").read_text().splitlines()]
    if len(convs) != 5:
        fail(f"{len(convs)} conversations (want 5)")
    with_new = 0
    for c in convs:
        cid = c.get("id", "")
        if not cid.startswith("id-") or c.get("lang") != "id" or c.get("country") != "ID":
            fail(f"conversation {cid}: id/lang/country")
        turns = c.get("turns", [])
        if not 3 <= len(turns) <= 5:
            fail(f"conversation {cid}: {len(turns)} turns")
        kinds = [t["kind"] for t in turns]
        if kinds[0] != "start" or "start" in kinds[1:] or set(kinds) - {"start", "follow", "new"}:
            fail(f"conversation {cid}: kinds {kinds}")
        with_new += "new" in kinds
        current = None
        for t in turns:
            for doc_id in t.get("docs", []):
                if doc_id not in docs:
                    fail(f"conversation {cid}: document {doc_id} missing")
            if t["kind"] == "follow" and t["docs"] != current:
                fail(f"conversation {cid}: follow turn {t['q']!r} changes document")
            if t["kind"] == "new" and t["docs"] == current:
                fail(f"conversation {cid}: new turn {t['q']!r} keeps the document")
            current = t["docs"]
    if with_new != 3:
        fail(f"{with_new} conversations with a 'new' turn (want 3)")

    for doc_id, (secs, words) in sorted(stats.items()):
        print(f"{doc_id:50} sections={secs:2} words={words:3} questions={per_doc[doc_id]}")
    print(f"questions: {len(covered)} answerable, {len(uncovered)} not covered, "
          f"{short} short, {shorthand} with chat shorthand; conversations: {len(convs)} "
          f"({with_new} with a switch)")
    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print(" -", p)
        return 1
    print("\ncheck.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
