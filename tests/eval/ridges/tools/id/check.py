"""Check the ridges-id evaluation set against the real loader.

Run:  TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py
(from the set's folder, or anywhere: paths are taken from this file's place).
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

import yaml  # noqa: E402

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET / "build"))
from make_docs import FOOTER_LINES, LOGO, NAV_ITEMS, NOTE  # noqa: E402

KNOWLEDGE = SET / "knowledge"
END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
REGIONS = {"nasional": "Nasional", "salatiga": "Salatiga", "madiun": "Madiun",
           "tanjungpinang": "Tanjungpinang"}
DOCS_PER_FOLDER = {"nasional": 2, "salatiga": 4, "madiun": 3, "tanjungpinang": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def raw_fields(path: Path) -> dict:
    """The front matter (Markdown) or the sidecar (other formats), read as plain YAML."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            return {}
        return yaml.safe_load(text.split("\n---\n", 1)[0][4:]) or {}
    sidecar = path.with_name(path.name + ".yml")
    if not sidecar.is_file():
        fail(f"{path.name}: sidecar {sidecar.name} missing")
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


def check_documents() -> dict:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    if len(docs) != 12 or len(files) != 12:
        fail(f"expected 12 documents, loaded {len(docs)} of {len(files)} files")
    fmt = Counter(p.suffix for p in files)
    if dict(fmt) != FORMATS:
        fail(f"formats {dict(fmt)} != {FORMATS}")
    per_folder = Counter(p.relative_to(KNOWLEDGE).parts[1] for p in files)
    if dict(per_folder) != DOCS_PER_FOLDER:
        fail(f"documents per folder {dict(per_folder)} != {DOCS_PER_FOLDER}")
    for p in files:
        doc_id = p.relative_to(KNOWLEDGE).as_posix()
        doc = docs.get(doc_id)
        if doc is None:
            fail(f"{doc_id}: not loaded")
            continue
        folder = doc_id.split("/")[1]
        # sections: headed level-2 sections
        headed = [s for s in doc.sections if s.heading]
        if not 10 <= len(headed) <= 12:
            fail(f"{doc_id}: {len(headed)} headed sections (want 10-12)")
        words = len(doc.text.split())
        if not 500 <= words <= 750:
            fail(f"{doc_id}: {words} words (want 500-750)")
        # fields, as written and as loaded
        meta = raw_fields(p)
        for key in FIELDS:
            if key not in meta or meta[key] in (None, ""):
                fail(f"{doc_id}: field {key!r} missing")
        if meta.get("note") != NOTE:
            fail(f"{doc_id}: note is {meta.get('note')!r}")
        if doc.lang != "id" or doc.country != "ID":
            fail(f"{doc_id}: lang/country {doc.lang}/{doc.country}")
        if doc.region != REGIONS[folder]:
            fail(f"{doc_id}: region {doc.region!r} != {REGIONS[folder]!r}")
        if not doc.agency:
            fail(f"{doc_id}: no agency")
        if not (doc.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {doc.source!r}")
        if not (doc.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {doc.updated!r}")
        if doc.title != meta.get("title"):
            fail(f"{doc_id}: loaded title {doc.title!r} is not the front matter's")
        # last line
        last = doc.text.strip().split("\n")[-1].strip()
        if last != END:
            fail(f"{doc_id}: last line is {last!r}")
        # every URL and e-mail address is under example.invalid
        for url in re.findall(r"https?://[^\s)\"'<>]+", doc.text):
            if not url.startswith(("https://example.invalid", "http://example.invalid")):
                fail(f"{doc_id}: URL outside example.invalid: {url}")
        for host in re.findall(r"\b[\w.-]+\.(?:com|id|go\.id|co\.id|net|org|invalid)\b",
                               doc.text):
            if not host.endswith("example.invalid"):
                fail(f"{doc_id}: host or address outside example.invalid: {host}")
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*", doc.text):
            if not mail.endswith("@example.invalid") and not mail.endswith(".example.invalid"):
                fail(f"{doc_id}: e-mail outside example.invalid: {mail}")
        if "\u2013" in doc.text or "\u2014" in doc.text:
            fail(f"{doc_id}: en or em dash in the text")
        # HTML: the menu and the footer stay out of the loaded text
        if p.suffix == ".html":
            for leak in [*NAV_ITEMS, *FOOTER_LINES, LOGO, "Peta situs", "Hak cipta"]:
                if leak.lower() in doc.text.lower() or leak.lower() in doc.title.lower():
                    fail(f"{doc_id}: nav/footer text {leak!r} leaked into the loaded text")
    return docs


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            fail(f"{path.name}:{n}: blank line")
            continue
        rows.append(json.loads(line))
    return rows


def check_questions(docs: dict) -> Counter:
    rows = read_jsonl(SET / "questions.jsonl")
    if len(rows) != 60:
        fail(f"questions.jsonl has {len(rows)} lines (want 60)")
    per_doc: Counter = Counter()
    answerable = [r for r in rows if r.get("docs")]
    uncovered = [r for r in rows if not r.get("docs")]
    if len(answerable) != 50 or len(uncovered) != 10:
        fail(f"{len(answerable)} answerable / {len(uncovered)} not covered (want 50/10)")
    seen = set()
    short = 0
    for n, r in enumerate(rows, 1):
        q = r.get("q", "")
        if not q or q in seen:
            fail(f"question {n}: empty or duplicate")
        seen.add(q)
        if 3 <= len(q.split()) <= 7:
            short += 1
        if r.get("lang") != "id" or r.get("country") != "ID":
            fail(f"question {n}: lang/country")
        if not isinstance(r.get("docs"), list):
            fail(f"question {n}: docs is not a list")
            continue
        if r["docs"]:
            expected_keys = {"q", "lang", "country", "docs", "fact"}
            if set(r) != expected_keys:
                fail(f"question {n}: keys {sorted(r)}")
            if len(r["docs"]) != 1:
                fail(f"question {n}: want exactly one document")
            doc_id = r["docs"][0]
            if not (KNOWLEDGE / doc_id).is_file() or doc_id not in docs:
                fail(f"question {n}: document {doc_id} does not exist or did not load")
                continue
            per_doc[doc_id] += 1
            fact = r.get("fact", "")
            if not fact or "\u2013" in fact:
                fail(f"question {n}: empty fact or en dash")
            if fact.lower() not in docs[doc_id].text.lower():
                fail(f"question {n}: fact {fact!r} not in {doc_id}")
        else:
            if set(r) != {"q", "lang", "country", "docs"}:
                fail(f"question {n} (not covered): keys {sorted(r)}")
    for doc_id in docs:
        if not 4 <= per_doc[doc_id] <= 5:
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4-5)")
    if not 15 <= short <= 25:
        fail(f"{short} short questions (3-7 words); want about a third (15-25)")
    print(f"questions: {len(rows)} ({len(answerable)} answerable, {len(uncovered)} not covered, "
          f"{short} of 3-7 words)")
    return per_doc


def check_conversations(docs: dict) -> None:
    rows = read_jsonl(SET / "conversations.jsonl")
    if len(rows) != 5:
        fail(f"conversations.jsonl has {len(rows)} lines (want 5)")
    with_new = 0
    ids = set()
    for r in rows:
        cid = r.get("id", "")
        if not cid.startswith("id-") or cid in ids:
            fail(f"conversation id {cid!r}")
        ids.add(cid)
        if r.get("lang") != "id" or r.get("country") != "ID":
            fail(f"{cid}: lang/country")
        turns = r.get("turns", [])
        if not 3 <= len(turns) <= 5:
            fail(f"{cid}: {len(turns)} turns")
        kinds = [t.get("kind") for t in turns]
        if not kinds or kinds[0] != "start" or "start" in kinds[1:]:
            fail(f"{cid}: first turn must be the only 'start'")
        if set(kinds) - {"start", "follow", "new"}:
            fail(f"{cid}: unknown kinds {kinds}")
        if kinds.count("new") > 1:
            fail(f"{cid}: more than one 'new' turn")
        with_new += "new" in kinds
        prev = None
        for t in turns:
            tdocs = t.get("docs") or []
            if len(tdocs) != 1 or tdocs[0] not in docs or not (KNOWLEDGE / tdocs[0]).is_file():
                fail(f"{cid}: turn {t.get('q')!r} has a missing document {tdocs}")
                continue
            if t["kind"] == "follow" and tdocs[0] != prev:
                fail(f"{cid}: follow turn {t['q']!r} changes document")
            if t["kind"] == "new" and tdocs[0] == prev:
                fail(f"{cid}: new turn {t['q']!r} keeps the same document")
            prev = tdocs[0]
    if with_new != 3:
        fail(f"{with_new} conversations with a 'new' turn (want 3)")
    print(f"conversations: {len(rows)} ({with_new} with a 'new' turn)")


def main() -> int:
    docs = check_documents()
    per_doc = check_questions(docs)
    check_conversations(docs)
    print(f"{'document':44} {'sections':>8} {'words':>6} {'qs':>3}")
    for doc_id, doc in sorted(docs.items()):
        headed = sum(1 for s in doc.sections if s.heading)
        print(f"{doc_id:44} {headed:8} {len(doc.text.split()):6} {per_doc[doc_id]:3}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\ncheck.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
