"""Check the valleys-id evaluation set with the project's real loader.

Run from anywhere:
    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py
Exits 0 and prints "check.py: PASSED" when every check holds; otherwise lists the problems.
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
KNOWLEDGE = SET / "knowledge"
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
REGIONS = {"nasional": "Nasional", "serang": "Serang", "pematangsiantar": "Pematangsiantar",
           "bitung": "Bitung"}
PER_FOLDER = {"nasional": 2, "serang": 4, "pematangsiantar": 3, "bitung": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
# text of the HTML pages' <header>/<nav> and <footer> that must not reach the loaded text
HTML_CHROME = {
    "id/serang/sampah-retribusi.html": ["Profil Dinas", "PPID", "Hak cipta", "Kebijakan privasi",
                                        "Peta situs"],
    "id/bitung/parkir-langganan.html": ["Tentang Dishub", "Pengujian Kendaraan", "Pengumuman",
                                        "Hubungi Kami", "Hak cipta", "media sosial",
                                        "Survei kepuasan"],
}
WORD = re.compile(r"\w+(?:[.,/-]\w+)*")

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def words(text: str) -> int:
    return len(WORD.findall(text))


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}

    # files on disk: every knowledge file loaded, the expected formats and folders
    files = sorted(p.relative_to(KNOWLEDGE).as_posix() for p in KNOWLEDGE.rglob("*")
                   if p.is_file() and p.suffix != ".yml")
    if sorted(docs) != files:
        fail(f"loaded {sorted(docs)} but files are {files}")
    fmt = Counter(Path(f).suffix for f in files)
    if dict(fmt) != FORMATS:
        fail(f"formats {dict(fmt)} != {FORMATS}")
    folders = Counter(f.split("/")[1] for f in files)
    if dict(folders) != PER_FOLDER:
        fail(f"documents per folder {dict(folders)} != {PER_FOLDER}")
    for f in files:
        if not f.startswith("id/"):
            fail(f"{f}: not under knowledge/id/")
        if not f.endswith(".md") and not (KNOWLEDGE / (f + ".yml")).is_file():
            fail(f"{f}: missing sidecar {f}.yml")
        if f.endswith(".md") and (KNOWLEDGE / (f + ".yml")).exists():
            fail(f"{f}: a Markdown file should carry its own front matter")

    # each document: fields, sections, length, last line
    tables = 0
    for doc_id, d in sorted(docs.items()):
        folder = doc_id.split("/")[1]
        where = doc_id
        if not d.title:
            fail(f"{where}: no title")
        if d.lang != "id":
            fail(f"{where}: lang {d.lang!r}")
        if d.country != "ID":
            fail(f"{where}: country {d.country!r}")
        if d.region != REGIONS.get(folder):
            fail(f"{where}: region {d.region!r} != {REGIONS.get(folder)!r}")
        if not d.agency:
            fail(f"{where}: no agency")
        if not (d.source or "").startswith("https://example.invalid/"):
            fail(f"{where}: source {d.source!r}")
        if not (d.updated or "").startswith("2026-"):
            fail(f"{where}: updated {d.updated!r}")
        # `note` is not kept on the Document: read it from the front matter / sidecar
        raw_meta = (KNOWLEDGE / (doc_id + ".yml")) if not doc_id.endswith(".md") \
            else KNOWLEDGE / doc_id
        meta_text = raw_meta.read_text(encoding="utf-8")
        if f'note: "{NOTE}"' not in meta_text:
            fail(f"{where}: note field missing or different")
        for key in ("title", "lang", "country", "region", "agency", "source", "updated"):
            if not re.search(rf"(?m)^{key}: ", meta_text):
                fail(f"{where}: field {key} not written")
        headed = [s for s in d.sections if s.heading]
        if not 10 <= len(headed) <= 12:
            fail(f"{where}: {len(headed)} sections (want 10 to 12)")
        if len(headed) != len(d.sections):
            fail(f"{where}: {len(d.sections) - len(headed)} section(s) without a heading")
        n = words(d.text)
        if not 500 <= n <= 750:
            fail(f"{where}: {n} words (want 500 to 750)")
        last = d.text.rstrip().split("\n")[-1].strip()
        if last != LAST_LINE:
            fail(f"{where}: last line is {last!r}")
        for mail in re.findall(r"[\w.+-]+@[\w.-]+", d.text):
            mail = mail.rstrip(".")
            if not mail.endswith("@example.invalid"):
                fail(f"{where}: e-mail {mail} not under example.invalid")
        for url in re.findall(r"https?://[^\s)|]+", d.text):
            url = url.rstrip(".,;")
            if not url.startswith("https://example.invalid/"):
                fail(f"{where}: URL {url} not under example.invalid")
        if re.search(r"(?m)^\|?.*\|.*\|", d.text):
            tables += 1
    if tables != 4:
        fail(f"{tables} documents with a table (want 4, one in three)")

    # HTML: the menu and the footer stay out of the loaded text
    for doc_id, chrome in HTML_CHROME.items():
        d = docs.get(doc_id)
        if d is None:
            fail(f"{doc_id}: not loaded")
            continue
        for text in chrome:
            if text.lower() in d.text.lower():
                fail(f"{doc_id}: header/nav/footer text {text!r} leaked into the loaded text")
        html = (KNOWLEDGE / doc_id).read_text(encoding="utf-8")
        for tag in ("<header", "<nav", "<footer"):
            if tag not in html:
                fail(f"{doc_id}: no {tag}> in the page")

    # questions
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    if len(qs) != 60:
        fail(f"{len(qs)} questions (want 60)")
    answerable = [q for q in qs if q.get("docs")]
    uncovered = [q for q in qs if not q.get("docs")]
    if len(answerable) != 50 or len(uncovered) != 10:
        fail(f"{len(answerable)} answerable / {len(uncovered)} not covered (want 50 / 10)")
    per_doc: Counter[str] = Counter()
    seen = set()
    for i, q in enumerate(qs, 1):
        where = f"questions.jsonl:{i}"
        if q.get("lang") != "id" or q.get("country") != "ID":
            fail(f"{where}: lang/country")
        if not q.get("q"):
            fail(f"{where}: empty question")
        if q["q"].lower() in seen:
            fail(f"{where}: duplicate question")
        seen.add(q["q"].lower())
        if not q.get("docs"):
            if "fact" in q:
                fail(f"{where}: not-covered question has a fact")
            if set(q) != {"q", "lang", "country", "docs"}:
                fail(f"{where}: keys {sorted(q)}")
            continue
        if set(q) != {"q", "lang", "country", "docs", "fact"}:
            fail(f"{where}: keys {sorted(q)}")
        if len(q["docs"]) != 1:
            fail(f"{where}: docs should hold exactly one document")
        doc_id = q["docs"][0]
        per_doc[doc_id] += 1
        if not (KNOWLEDGE / doc_id).is_file():
            fail(f"{where}: {doc_id} does not exist")
            continue
        fact = q.get("fact") or ""
        if not fact or "\u2013" in fact:
            fail(f"{where}: fact {fact!r} empty or has an en dash")
        d = docs.get(doc_id)
        if d is None or fact.lower() not in d.text.lower():
            fail(f"{where}: fact {fact!r} not in the loaded text of {doc_id}")
    for doc_id in docs:
        if not 4 <= per_doc[doc_id] <= 5:
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4 or 5)")
    for doc_id in per_doc:
        if doc_id not in docs:
            fail(f"questions point at {doc_id}, which did not load")
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)
    if not 17 <= short <= 24:
        fail(f"{short} short questions (3 to 7 words); want about a third")

    # conversations
    convs = [json.loads(line) for line in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    if len(convs) != 5:
        fail(f"{len(convs)} conversations (want 5)")
    with_new = 0
    ids = set()
    for c in convs:
        where = f"conversation {c.get('id')}"
        if not str(c.get("id", "")).startswith("id-") or c["id"] in ids:
            fail(f"{where}: bad or duplicate id")
        ids.add(c.get("id"))
        if c.get("lang") != "id" or c.get("country") != "ID":
            fail(f"{where}: lang/country")
        turns = c.get("turns") or []
        if not 3 <= len(turns) <= 5:
            fail(f"{where}: {len(turns)} turns")
        kinds = [t.get("kind") for t in turns]
        if not kinds or kinds[0] != "start" or kinds.count("start") != 1:
            fail(f"{where}: must open with the only 'start' turn")
        if any(k not in ("start", "follow", "new") for k in kinds):
            fail(f"{where}: unknown kind in {kinds}")
        if kinds.count("new") > 1:
            fail(f"{where}: more than one 'new' turn")
        with_new += "new" in kinds
        previous = None
        for t in turns:
            if len(t.get("docs") or []) != 1:
                fail(f"{where}: turn {t.get('q')!r} should name one document")
                continue
            doc_id = t["docs"][0]
            if doc_id not in docs or not (KNOWLEDGE / doc_id).is_file():
                fail(f"{where}: {doc_id} does not exist")
            if t["kind"] == "follow" and doc_id != previous:
                fail(f"{where}: follow-up {t['q']!r} changes document")
            if t["kind"] == "new" and doc_id == previous:
                fail(f"{where}: 'new' turn {t['q']!r} keeps the same document")
            previous = doc_id
    if with_new != 3:
        fail(f"{with_new} conversations with a 'new' turn (want 3)")

    # report
    for doc_id, d in sorted(docs.items()):
        print(f"{doc_id:48} sections={len(d.sections):2} words={words(d.text):3} "
              f"questions={per_doc[doc_id]}")
    print(f"{len(qs)} questions ({len(answerable)} answerable, {len(uncovered)} not covered, "
          f"{short} short), {len(convs)} conversations ({with_new} with a new turn)")
    if problems:
        print("\n".join(["", "PROBLEMS:", *problems]))
        print("check.py: FAILED")
        return 1
    print("check.py: PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
