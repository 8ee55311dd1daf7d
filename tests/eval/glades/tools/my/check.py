"""Check the glades-my set with the project's real loader.

Run:  .venv-build/bin/python build/check.py   (from the half's folder)

Verifies: 12 documents load with 0 failures; 8 Markdown, 1 PDF, 1 DOCX, 2 HTML; every
field present (front matter or sidecar) and sane; 9-12 sections and 500-800 words of
loaded text per document; the last line; e-mails and URLs only under example.invalid;
no nav/footer text in the loaded HTML text; questions.jsonl (60 = 50 answerable + 10 not
covered, 4-5 per document, every fact verbatim, case-insensitive, in its document's
loaded text, every doc id exists); conversations.jsonl (5, 3-5 turns, start/follow/new
rules, 3 with exactly one `new`).
"""
from __future__ import annotations

import os
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KNOWLEDGE = ROOT / "knowledge"
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))  # the project folder
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

from indexer.load import load_knowledge  # noqa: E402
from make_html import NAV_FOOTER  # noqa: E402

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
REGIONS = {"kluang": "Kluang, Johor", "langkawi": "Langkawi, Kedah",
           "teluk-intan": "Teluk Intan, Perak", "nasional": "Seluruh Malaysia"}
EXPECTED_FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
EXPECTED_PLACES = {"kluang": (3, 4), "langkawi": (3, 4), "teluk-intan": (3, 4),
                   "nasional": (2, 2)}

errors: list[str] = []
notes: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def raw_fields(path: Path) -> dict:
    """The fields as written: front matter for Markdown, the sidecar for the others."""
    sidecar = path.with_name(path.name + ".yml")
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            err(f"{path.name}: no front matter")
            return {}
        block = text.split("\n---\n", 1)[0][4:]
        if sidecar.exists():
            err(f"{path.name}: Markdown should not need a sidecar")
        return yaml.safe_load(block) or {}
    if not sidecar.exists():
        err(f"{path.name}: missing sidecar {sidecar.name}")
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


def check_documents() -> dict:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        err(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    if len(docs) != 12:
        err(f"expected 12 documents, loaded {len(docs)}")
    formats = Counter(Path(i).suffix for i in docs)
    if dict(formats) != EXPECTED_FORMATS:
        err(f"format counts {dict(formats)} != {EXPECTED_FORMATS}")
    places = Counter(i.split("/")[1] for i in docs)
    for place, (lo, hi) in EXPECTED_PLACES.items():
        if not lo <= places.get(place, 0) <= hi:
            err(f"{place}: {places.get(place, 0)} documents, expected {lo}-{hi}")
    if set(places) - set(EXPECTED_PLACES):
        err(f"unexpected places {set(places) - set(EXPECTED_PLACES)}")

    for doc_id, d in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        if not doc_id.startswith("my/"):
            err(f"{doc_id}: not under knowledge/my/")
        meta = raw_fields(path)
        for key in FIELDS:
            if meta.get(key) in (None, ""):
                err(f"{doc_id}: field {key!r} missing")
        if meta.get("note") != NOTE:
            err(f"{doc_id}: note differs")
        upd = meta.get("updated")
        if not isinstance(upd, dt.date) or upd.year != 2026:
            err(f"{doc_id}: updated {upd!r} is not a 2026 date")
        # what the loader made of them
        if d.lang != "ms" or d.country != "MY":
            err(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if d.region != REGIONS[doc_id.split("/")[1]]:
            err(f"{doc_id}: region {d.region!r}")
        if not d.agency:
            err(f"{doc_id}: agency missing after loading")
        if not (d.source or "").startswith("https://example.invalid/"):
            err(f"{doc_id}: source {d.source!r}")
        if not (d.updated or "").startswith("2026-"):
            err(f"{doc_id}: loaded updated {d.updated!r}")
        if d.title != meta.get("title"):
            err(f"{doc_id}: loaded title {d.title!r} != field {meta.get('title')!r}")
        n_sec = len(d.sections)
        n_headed = sum(1 for s in d.sections if s.heading)
        if not 9 <= n_sec <= 12 or not 9 <= n_headed <= 12:
            err(f"{doc_id}: {n_sec} sections ({n_headed} with a heading), expected 9-12")
        words = sum(1 for w in d.text.split() if any(c.isalnum() for c in w))
        if not 500 <= words <= 800:
            err(f"{doc_id}: {words} words of loaded text, expected 500-800")
        if d.text.strip().split("\n")[-1].strip() != LAST_LINE:
            err(f"{doc_id}: last line is {d.text.strip().splitlines()[-1]!r}")
        # e-mails and URLs only under example.invalid (source file and loaded text)
        if path.suffix in (".md", ".html"):
            raw = path.read_text(encoding="utf-8")
        else:
            raw = ""
        side = path.with_name(path.name + ".yml")
        raw += side.read_text(encoding="utf-8") if side.exists() else ""
        for text in (raw, d.text):
            for host in re.findall(r"https?://([^/\s\"'<>]+)", text):
                if host != "example.invalid":
                    err(f"{doc_id}: URL host {host}")
            for dom in re.findall(r"[\w.+-]+@([\w.-]+)", text):
                if not (dom == "example.invalid" or dom.endswith(".example.invalid")):
                    err(f"{doc_id}: e-mail domain {dom}")
        notes.append(f"{doc_id}: {path.suffix[1:]}, {n_sec} sections, {words} words")

    # nav / footer text must not reach the loaded text
    for doc_id, strings in NAV_FOOTER.items():
        if doc_id not in docs:
            err(f"{doc_id}: HTML page not loaded")
            continue
        html = (KNOWLEDGE / doc_id).read_text(encoding="utf-8")
        text = docs[doc_id].text.lower()
        for s in strings:
            if s not in html:
                err(f"{doc_id}: nav/footer string {s!r} is not in the page (check list)")
            if s.lower() in text:
                err(f"{doc_id}: nav/footer text {s!r} leaked into the loaded text")
        for tag in ("nav", "footer", "main", "title", "h1", "h2", "h3", "table", "ul"):
            if f"<{tag}" not in html:
                err(f"{doc_id}: no <{tag}> element")
    return docs


def check_formats() -> None:
    """The PDF's type sizes and the DOCX's styles, as the brief asks."""
    import io

    import docx
    from pypdf import PdfReader

    from indexer.formats import page_lines

    pdf = KNOWLEDGE / "my/langkawi/lesen-penjaja.pdf"
    lines = [ln for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages
             for ln in page_lines(page) if ln.text.strip()]
    sizes = Counter(ln.size for ln in lines)
    if set(sizes) != {20.0, 14.0, 10.5}:
        err(f"PDF type sizes {dict(sizes)}, expected 20 / 14 / 10.5")
    if lines and lines[0].size != 20.0:
        err("PDF: first line is not the 20 pt title")
    notes.append(f"PDF type sizes (lines): {dict(sizes)}")

    d = docx.Document(str(KNOWLEDGE / "my/teluk-intan/tapak-pasar-malam.docx"))
    styles = Counter(p.style.name for p in d.paragraphs)
    if styles["Heading 1"] != 1 or not 9 <= styles["Heading 2"] <= 12:
        err(f"DOCX headings {dict(styles)}")
    if styles["List Bullet"] + styles["List Number"] == 0:
        err("DOCX has no list paragraphs")
    if len(d.tables) != 1:
        err(f"DOCX has {len(d.tables)} tables, expected 1")
    notes.append(f"DOCX styles: {dict(styles)}, tables: {len(d.tables)}")


def read_jsonl(name: str) -> list[dict]:
    rows = []
    for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{n}: blank line")
            continue
        rows.append(json.loads(line))
    return rows


def check_questions(docs: dict) -> None:
    rows = read_jsonl("questions.jsonl")
    if len(rows) != 60:
        err(f"questions: {len(rows)} rows, expected 60")
    answerable = [r for r in rows if r.get("docs")]
    uncovered = [r for r in rows if r.get("docs") == []]
    if len(answerable) != 50 or len(uncovered) != 10:
        err(f"questions: {len(answerable)} answerable, {len(uncovered)} not covered")
    per_doc: Counter[str] = Counter()
    seen = set()
    for r in rows:
        keys = set(r)
        want = {"q", "lang", "country", "docs"} | ({"fact"} if r.get("docs") else set())
        if keys != want:
            err(f"question {r.get('q')!r}: keys {sorted(keys)}")
        if r.get("lang") != "ms" or r.get("country") != "MY":
            err(f"question {r.get('q')!r}: lang/country")
        if r["q"].lower() in seen:
            err(f"duplicate question {r['q']!r}")
        seen.add(r["q"].lower())
    for r in answerable:
        if len(r["docs"]) != 1:
            err(f"question {r['q']!r}: expected one doc")
        for doc_id in r["docs"]:
            per_doc[doc_id] += 1
            if doc_id not in docs:
                err(f"question {r['q']!r}: unknown doc {doc_id}")
                continue
            fact = r.get("fact") or ""
            if not fact or fact.lower() not in docs[doc_id].text.lower():
                err(f"question {r['q']!r}: fact {fact!r} not in {doc_id}")
    for doc_id in docs:
        if not 4 <= per_doc[doc_id] <= 5:
            err(f"{doc_id}: target of {per_doc[doc_id]} questions, expected 4-5")
    short = sum(1 for r in rows if 3 <= len(r["q"].split()) <= 7)
    if not 15 <= short <= 26:
        err(f"{short} questions of 3-7 words, expected about a third (15-26)")
    notes.append(f"questions: {len(answerable)} answerable, {len(uncovered)} not covered, "
                 f"{short} of 3-7 words; per document {dict(sorted(per_doc.items()))}")


def check_conversations(docs: dict) -> None:
    rows = read_jsonl("conversations.jsonl")
    if len(rows) != 5:
        err(f"conversations: {len(rows)}, expected 5")
    with_new = 0
    ids = set()
    for c in rows:
        cid = c.get("id", "")
        if not cid.startswith("my-") or cid in ids:
            err(f"conversation id {cid!r}")
        ids.add(cid)
        if set(c) != {"id", "lang", "country", "turns"} or c["lang"] != "ms" or \
                c["country"] != "MY":
            err(f"{cid}: keys or lang/country")
        turns = c["turns"]
        if not 3 <= len(turns) <= 5:
            err(f"{cid}: {len(turns)} turns")
        kinds = [t["kind"] for t in turns]
        if kinds[0] != "start" or "start" in kinds[1:]:
            err(f"{cid}: kinds {kinds}")
        if set(kinds) - {"start", "follow", "new"}:
            err(f"{cid}: unknown kind in {kinds}")
        n_new = kinds.count("new")
        if n_new > 1:
            err(f"{cid}: {n_new} new turns")
        with_new += n_new == 1
        prev = None
        for t in turns:
            if set(t) != {"q", "kind", "docs"} or not t["docs"]:
                err(f"{cid}: turn {t}")
            for doc_id in t["docs"]:
                if doc_id not in docs:
                    err(f"{cid}: unknown doc {doc_id}")
            if t["kind"] == "follow" and t["docs"] != prev:
                err(f"{cid}: follow turn {t['q']!r} changes document")
            if t["kind"] == "new" and t["docs"] == prev:
                err(f"{cid}: new turn {t['q']!r} keeps the document")
            prev = t["docs"]
    if with_new != 3:
        err(f"{with_new} conversations with one new turn, expected 3")
    notes.append(f"conversations: {len(rows)}, {with_new} with one new turn")


def main() -> int:
    docs = check_documents()
    check_formats()
    check_questions(docs)
    check_conversations(docs)
    for n in notes:
        print(n)
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
