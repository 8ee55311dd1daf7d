"""Check the Indonesian half with the project's real loader.

Loads knowledge/ with indexer.load.load_knowledge (the project root is taken from env
TANYAKOTA_ROOT, else the project folder), and asserts:
  - every file loads, no failures; 12 documents in the right places and formats;
  - fields: lang/country/region/agency/source/updated/note set, no tags/questions,
    sources and every URL / e-mail under example.invalid, updated in 2026;
  - each document has 9-12 headed sections, 450-750 words, ends with the closing line;
    at least 3 documents carry a table;
  - no menu / breadcrumb / sidebar / footer text of the HTML pages reaches the loaded text;
  - questions.jsonl: 60 lines, 50 answerable (4-5 per document, fact verbatim in the
    loaded text, on one line), 10 not covered (docs [], no fact);
  - conversations.jsonl: 5 conversations of 3-5 turns, kinds right, 3 with one `new` turn.

Run:  .venv-build/bin/python build/check.py      (from anywhere)
"""

from __future__ import annotations

import collections
import json
import os
import re
import sys
from pathlib import Path

import yaml

HALF = Path(__file__).resolve().parent.parent
KNOWLEDGE = HALF / "knowledge"
ROOT = Path(os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(ROOT))

from indexer.load import load_knowledge  # noqa: E402

CLOSING = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
PLACES = {"nasional": 2, "parepare": 4, "singkawang": 3, "lhokseumawe": 3}
FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
REGIONS = {"nasional": "Nasional", "parepare": "Kota Parepare",
           "singkawang": "Kota Singkawang", "lhokseumawe": "Kota Lhokseumawe"}

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def raw_fields(path: Path) -> dict:
    """The fields as written: a Markdown file's front matter, else its sidecar."""
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        return yaml.safe_load(text.split("\n---\n", 1)[0][4:])
    return yaml.safe_load(path.with_name(path.name + ".yml").read_text(encoding="utf-8"))


def chrome_texts(path: Path) -> list[str]:
    """Text pieces of an HTML page's header, nav, aside and footer (less the site's name,
    which is also the agency named in the article)."""
    import lxml.html

    tree = lxml.html.fromstring(path.read_bytes())
    brand = {" ".join(e.text_content().split()) for e in tree.xpath('//*[@class="brand"]/a')}
    pieces = []
    for el in tree.xpath("//header | //nav | //aside | //footer"):
        for t in el.itertext():
            t = " ".join(t.split())
            if len(t) >= 3 and t not in brand and t not in ("›", "·"):
                pieces.append(t)
    return pieces


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}

    # -- the files --------------------------------------------------------------------
    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file())
    if any(p.name.startswith("_") for p in files):
        fail("a _*.yml settings file is in the folder")
    knowledge_files = [p for p in files if not p.name.endswith(".yml")]
    sidecars = [p for p in files if p.name.endswith(".yml")]
    if len(knowledge_files) != 12 or len(docs) != 12:
        fail(f"expected 12 documents, found {len(knowledge_files)} files / {len(docs)} loaded")
    by_place = collections.Counter(p.parent.name for p in knowledge_files)
    by_format = collections.Counter(p.suffix for p in knowledge_files)
    if dict(by_place) != PLACES:
        fail(f"documents per place {dict(by_place)} != {PLACES}")
    if dict(by_format) != FORMATS:
        fail(f"documents per format {dict(by_format)} != {FORMATS}")
    for p in knowledge_files:
        if p.parent.parent.name != "id":
            fail(f"{p}: not under knowledge/id/<place>/")
        has_sidecar = p.with_name(p.name + ".yml").is_file()
        if p.suffix != ".md" and not has_sidecar:
            fail(f"{p.name}: no sidecar")
    if len(sidecars) != 4:
        fail(f"expected 4 sidecars, found {len(sidecars)}")

    # -- each document ----------------------------------------------------------------
    tables = 0
    print(f"{'document':50} {'fmt':5} {'sections':>8} {'words':>6}")
    for p in knowledge_files:
        doc_id = p.relative_to(KNOWLEDGE).as_posix()
        d = docs.get(doc_id)
        if d is None:
            fail(f"{doc_id}: did not load")
            continue
        fields = raw_fields(p)
        place = p.parent.name
        for key in ("title", "lang", "country", "region", "agency", "source", "updated",
                    "note"):
            if not fields.get(key):
                fail(f"{doc_id}: field {key} missing")
        for key in ("tags", "questions"):
            if key in fields:
                fail(f"{doc_id}: field {key} must not be written")
        if d.lang != "id" or d.country != "ID":
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if d.region != REGIONS[place]:
            fail(f"{doc_id}: region {d.region!r}")
        if not (d.source or "").startswith("https://") or \
                ".example.invalid/" not in (d.source or ""):
            fail(f"{doc_id}: source {d.source!r}")
        if not (d.updated or "").startswith("2026-"):
            fail(f"{doc_id}: updated {d.updated!r}")
        headed = [s for s in d.sections if s.heading]
        words = len(d.text.split())
        print(f"{doc_id:50} {p.suffix[1:]:5} {len(headed):8} {words:6}")
        if not 9 <= len(headed) <= 12:
            fail(f"{doc_id}: {len(headed)} headed sections (want 9-12)")
        if len(d.sections) != len(headed):
            fail(f"{doc_id}: text before the first heading ({len(d.sections) - len(headed)})")
        if not 450 <= words <= 750:
            fail(f"{doc_id}: {words} words (want 450-750)")
        if not d.text.rstrip().endswith(CLOSING):
            fail(f"{doc_id}: does not end with the closing line")
        if re.search(r"(?m)^\|.*\|.*\|", d.text) or re.search(r"(?m)^[^|\n]+ \| [^|\n]+", d.text):
            tables += 1
        for url in re.findall(r"https?://[^\s)]+", d.text):
            if ".example.invalid" not in url:
                fail(f"{doc_id}: URL outside example.invalid: {url}")
        for mail in re.findall(r"[\w.+-]+@[\w.-]+", d.text):
            if not mail.rstrip(".").endswith(".example.invalid"):
                fail(f"{doc_id}: e-mail outside example.invalid: {mail}")
        if p.suffix == ".html":
            low = d.text.lower()
            leaked = [t for t in chrome_texts(p) if t.lower() in low]
            if leaked:
                fail(f"{doc_id}: menu/footer text in the loaded text: {leaked}")
    if tables < 3:
        fail(f"only {tables} documents carry a table (want 3+)")
    print(f"documents with a table: {tables}")

    # -- questions --------------------------------------------------------------------
    lines = (HALF / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    per_doc: collections.Counter[str] = collections.Counter()
    answerable = not_covered = 0
    for i, q in enumerate(qs, 1):
        if q.get("lang") != "id" or q.get("country") != "ID" or not q.get("q"):
            fail(f"question {i}: lang/country/q")
        if q["docs"]:
            answerable += 1
            extra = set(q) - {"q", "lang", "country", "docs", "fact"}
            if len(q["docs"]) != 1 or extra:
                fail(f"question {i}: docs {q['docs']} / extra keys {extra}")
            d = docs.get(q["docs"][0])
            if d is None:
                fail(f"question {i}: no document {q['docs'][0]}")
                continue
            per_doc[d.doc_id] += 1
            fact = q.get("fact") or ""
            if not fact or "\n" in fact:
                fail(f"question {i}: fact {fact!r}")
            elif fact not in d.text:
                fail(f"question {i}: fact {fact!r} not verbatim in {d.doc_id}")
            elif not any(fact in line for line in d.text.split("\n")):
                fail(f"question {i}: fact {fact!r} straddles a line in {d.doc_id}")
        else:
            not_covered += 1
            if "fact" in q:
                fail(f"question {i}: not covered but has a fact")
    if len(qs) != 60 or answerable != 50 or not_covered != 10:
        fail(f"questions: {len(qs)} total, {answerable} answerable, {not_covered} not covered")
    for doc_id in docs:
        if not 4 <= per_doc[doc_id] <= 5:
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4-5)")
    print(f"questions: {len(qs)} ({answerable} answerable, {not_covered} not covered)")

    # -- conversations ----------------------------------------------------------------
    convs = [json.loads(line) for line in
             (HALF / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    with_new = 0
    for c in convs:
        turns = c["turns"]
        if c.get("lang") != "id" or c.get("country") != "ID" or not c.get("id"):
            fail(f"conversation {c.get('id')}: lang/country/id")
        if not 3 <= len(turns) <= 5:
            fail(f"conversation {c['id']}: {len(turns)} turns")
        kinds = [t["kind"] for t in turns]
        if kinds[0] != "start" or any(k not in ("follow", "new") for k in kinds[1:]):
            fail(f"conversation {c['id']}: kinds {kinds}")
        for prev, t in zip(turns, turns[1:]):
            if t["kind"] == "follow" and t["docs"] != prev["docs"]:
                fail(f"conversation {c['id']}: follow turn changes document: {t['q']!r}")
            if t["kind"] == "new" and t["docs"] == prev["docs"]:
                fail(f"conversation {c['id']}: new turn keeps the document: {t['q']!r}")
        for t in turns:
            if len(t["docs"]) != 1 or t["docs"][0] not in docs:
                fail(f"conversation {c['id']}: turn docs {t['docs']}")
        n_new = kinds.count("new")
        if n_new > 1:
            fail(f"conversation {c['id']}: {n_new} new turns")
        with_new += n_new == 1
    if len(convs) != 5 or with_new != 3:
        fail(f"conversations: {len(convs)} total, {with_new} with a new turn (want 5 / 3)")
    print(f"conversations: {len(convs)} ({with_new} with a new turn)")

    if problems:
        print(f"\nFAILED ({len(problems)}):")
        for msg in problems:
            print(" -", msg)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
