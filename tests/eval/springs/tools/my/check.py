"""Check the springs-my evaluation set with the project's real loader.

Run from the half's folder:
    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py
Exits non-zero on the first list of problems; prints a summary when everything passes.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))
from indexer.load import load_knowledge  # noqa: E402

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
sys.path.insert(0, str(HERE))
from make_docs import SITE  # noqa: E402

LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
EXPECTED = {
    "my/nasional/lesen-memandu-jpj.md": "Seluruh Malaysia",
    "my/nasional/pendaftaran-kelahiran-jpn.md": "Seluruh Malaysia",
    "my/segamat/cukai-taksiran.md": "Segamat",
    "my/segamat/sewa-gerai-pasar.pdf": "Segamat",
    "my/segamat/bantuan-banjir.md": "Segamat",
    "my/segamat/lesen-penjaja.html": "Segamat",
    "my/kuala-kangsar/sewa-dewan.docx": "Kuala Kangsar",
    "my/kuala-kangsar/kutipan-sampah.md": "Kuala Kangsar",
    "my/kuala-kangsar/kawalan-denggi.md": "Kuala Kangsar",
    "my/bentong/parkir.html": "Bentong",
    "my/bentong/permit-iklan.md": "Bentong",
    "my/bentong/bekalan-air.md": "Bentong",
}
HTML_KEYS = {"my/segamat/lesen-penjaja.html": "segamat__lesen-penjaja",
             "my/bentong/parkir.html": "bentong__parkir"}

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def raw_fields(doc_id: str) -> dict:
    path = KNOWLEDGE / doc_id
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        head = text.split("\n---\n", 1)[0].removeprefix("---\n")
        return yaml.safe_load(head) or {}
    sidecar = path.with_name(path.name + ".yml")
    if not sidecar.is_file():
        fail(f"{doc_id}: sidecar {sidecar.name} missing")
        return {}
    return yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}


def words(text: str) -> int:
    return sum(1 for t in text.split() if re.search(r"\w", t))


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    if set(docs) != set(EXPECTED):
        fail(f"documents differ: missing {sorted(set(EXPECTED) - set(docs))}, "
             f"extra {sorted(set(docs) - set(EXPECTED))}")
    formats = Counter(Path(d).suffix for d in docs)
    if formats != Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}):
        fail(f"formats: {dict(formats)}")
    places = Counter(d.split("/")[1] for d in docs)
    if places != Counter({"nasional": 2, "segamat": 4, "kuala-kangsar": 3, "bentong": 3}):
        fail(f"places: {dict(places)}")

    stats = {}
    for doc_id, doc in sorted(docs.items()):
        headed = [s for s in doc.sections if s.heading]
        if not 10 <= len(headed) <= 12 or len(headed) != len(doc.sections):
            fail(f"{doc_id}: {len(headed)} headed sections of {len(doc.sections)}")
        meta = raw_fields(doc_id)
        for key in FIELDS:
            if key not in meta or meta[key] in (None, ""):
                fail(f"{doc_id}: front matter field {key!r} missing")
        if meta.get("note") != NOTE:
            fail(f"{doc_id}: note is {meta.get('note')!r}")
        if doc.lang != "ms" or doc.country != "MY":
            fail(f"{doc_id}: lang/country {doc.lang}/{doc.country}")
        if doc.region != EXPECTED.get(doc_id):
            fail(f"{doc_id}: region {doc.region!r}")
        if not doc.agency:
            fail(f"{doc_id}: no agency")
        if not (doc.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {doc.source!r}")
        if not (doc.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {doc.updated!r}")
        if not doc.title or doc.title != meta.get("title"):
            fail(f"{doc_id}: title {doc.title!r}")
        if doc.text.rstrip().split("\n")[-1] != LAST_LINE:
            fail(f"{doc_id}: last line is {doc.text.rstrip().splitlines()[-1]!r}")
        n_words = words(doc.text) + words(doc.title) + sum(words(s.heading)
                                                            for s in doc.sections)
        if not 500 <= n_words <= 750:
            fail(f"{doc_id}: {n_words} words")
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", doc.text):
            if not mail.rstrip(".").endswith("example.invalid"):
                fail(f"{doc_id}: e-mail {mail}")
        for url in re.findall(r"https?://\S+", doc.text):
            if not url.startswith("https://example.invalid/"):
                fail(f"{doc_id}: URL {url}")
        if "\u2013" in doc.text or "\u2014" in doc.text:
            fail(f"{doc_id}: en or em dash in text")
        has_table = bool(re.search(r"^\|.*\|\s*$|^[^|\n]+( \| [^|\n]+){2,}$", doc.text, re.M))
        stats[doc_id] = {"sections": len(headed), "words": n_words, "table": has_table}

    # menus and footers of the HTML pages stay out of the loaded text
    for doc_id, key in HTML_KEYS.items():
        text = docs[doc_id].text.lower() if doc_id in docs else ""
        site = SITE[key]
        for piece in [site["name"], *site["nav"], *site["footer"]]:
            if piece.lower() in text:
                fail(f"{doc_id}: menu/footer text leaked: {piece!r}")

    # questions
    rows = [json.loads(line) for line in (SET / "questions.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    answerable = [r for r in rows if r["docs"]]
    uncovered = [r for r in rows if not r["docs"]]
    if len(rows) != 60 or len(answerable) != 50 or len(uncovered) != 10:
        fail(f"questions: {len(rows)} rows, {len(answerable)} answerable, "
             f"{len(uncovered)} not covered")
    per_doc: Counter[str] = Counter()
    for r in rows:
        if r.get("lang") != "ms" or r.get("country") != "MY" or not r.get("q"):
            fail(f"question fields: {r}")
    for r in answerable:
        if len(r["docs"]) != 1:
            fail(f"question with {len(r['docs'])} docs: {r['q']}")
        doc_id = r["docs"][0]
        per_doc[doc_id] += 1
        if not (KNOWLEDGE / doc_id).is_file() or doc_id not in docs:
            fail(f"question doc missing: {doc_id}")
            continue
        fact = r.get("fact") or ""
        if not fact or "\u2013" in fact:
            fail(f"bad fact {fact!r}: {r['q']}")
        if fact.lower() not in docs[doc_id].text.lower():
            fail(f"fact {fact!r} not in {doc_id}: {r['q']}")
        # and once as a whole figure: "RM 10" must not be found only inside "RM 100"
        whole = r"(?<![\w])" + re.escape(fact.lower()) + r"(?![\w]|[.,]\d)"
        if not re.search(whole, docs[doc_id].text.lower()):
            fail(f"fact {fact!r} only inside a longer figure in {doc_id}: {r['q']}")
    for r in uncovered:
        if "fact" in r:
            fail(f"not-covered question has a fact: {r['q']}")
    for doc_id in EXPECTED:
        if per_doc[doc_id] not in (4, 5):
            fail(f"{doc_id}: {per_doc[doc_id]} questions")
    short = sum(1 for r in rows if 3 <= len(r["q"].split()) <= 7)

    # conversations
    convs = [json.loads(line) for line in (SET / "conversations.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    if len(convs) != 5:
        fail(f"{len(convs)} conversations")
    with_new = 0
    for c in convs:
        turns = c.get("turns", [])
        if not c.get("id", "").startswith("my-") or c.get("lang") != "ms" \
                or c.get("country") != "MY":
            fail(f"conversation fields: {c.get('id')}")
        if not 3 <= len(turns) <= 5:
            fail(f"{c.get('id')}: {len(turns)} turns")
        kinds = [t["kind"] for t in turns]
        if kinds[0] != "start" or "start" in kinds[1:] or set(kinds) - {"start", "follow", "new"}:
            fail(f"{c.get('id')}: kinds {kinds}")
        if kinds.count("new") > 1:
            fail(f"{c.get('id')}: more than one new turn")
        with_new += "new" in kinds
        for prev, turn in zip(turns, turns[1:]):
            if turn["kind"] == "follow" and turn["docs"] != prev["docs"]:
                fail(f"{c.get('id')}: follow turn changes document: {turn['q']}")
            if turn["kind"] == "new" and turn["docs"] == prev["docs"]:
                fail(f"{c.get('id')}: new turn keeps the document: {turn['q']}")
        for t in turns:
            for d in t["docs"]:
                if d not in docs:
                    fail(f"{c.get('id')}: doc {d} does not exist")
            if not t["docs"]:
                fail(f"{c.get('id')}: turn without docs")
    if with_new != 3:
        fail(f"{with_new} conversations with a new turn (expected 3)")

    if problems:
        print("FAILED")
        for p in problems:
            print(" -", p)
        return 1
    print(f"{'document':45} sect words table questions")
    for doc_id, s in stats.items():
        print(f"{doc_id:45} {s['sections']:4} {s['words']:5} {str(s['table']):5} "
              f"{per_doc[doc_id]:3}")
    print(f"documents: {len(docs)}, tables: {sum(s['table'] for s in stats.values())}")
    print(f"questions: {len(rows)} ({len(answerable)} answerable, {len(uncovered)} not "
          f"covered), short (3-7 words): {short}")
    print(f"conversations: {len(convs)}, with a new turn: {with_new}")
    print("check.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
