"""Check springs-id with the project's real loader.

    TANYAKOTA_ROOT=the project folder .venv-build/bin/python build/check.py

Checks: every document loads with no failure; its section count (10-12, all headed) and
word count (500-750); every front matter field; the last line; every `fact` occurs in its
document's loaded text (case-insensitive); every `docs` path exists; questions per
document (4 or 5) and the 50/10 split (5 close, 5 far); the HTML menu and footer do not
leak into the loaded text; the conversations' shape and documents.
"""

from __future__ import annotations

import datetime as dt
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
sys.path.insert(0, str(SET / "build"))
from make_docs import DOCS, LAST_LINE, NAV_FOOTER_MARKERS, NOTE  # noqa: E402
from make_questions import NOT_COVERED  # noqa: E402

EXPECTED_FORMATS = Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2})
EXPECTED_PLACES = {"nasional": 2, "cimahi": 4, "pangkalpinang": 3, "palangka-raya": 3}
REGIONS = {"nasional": "Nasional", "cimahi": "Cimahi", "pangkalpinang": "Pangkalpinang",
           "palangka-raya": "Palangka Raya"}
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def front_matter(doc_id: str) -> dict:
    """The fields as written (front matter or sidecar), to check `note` the loader drops."""
    import yaml

    path = KNOWLEDGE / doc_id
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("\n---\n", 1)[0].removeprefix("---\n")
        return yaml.safe_load(block)
    side = path.with_name(path.name + ".yml")
    if not side.is_file():
        fail(f"{doc_id}: no sidecar {side.name}")
        return {}
    return yaml.safe_load(side.read_text(encoding="utf-8"))


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    for f in result.failures:
        fail(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    files = sorted(p.relative_to(KNOWLEDGE).as_posix() for p in KNOWLEDGE.rglob("*")
                   if p.is_file() and not p.name.endswith(".yml"))
    if len(files) != 12 or len(docs) != 12:
        fail(f"expected 12 documents, found {len(files)} files, {len(docs)} loaded")
    formats = Counter(Path(f).suffix for f in files)
    if formats != EXPECTED_FORMATS:
        fail(f"formats {dict(formats)} != {dict(EXPECTED_FORMATS)}")
    places = Counter(f.split("/")[1] for f in files)
    if places != Counter(EXPECTED_PLACES):
        fail(f"places {dict(places)} != {EXPECTED_PLACES}")
    agencies = Counter()

    stats = {}
    for doc_id in files:
        d = docs.get(doc_id)
        if d is None:
            fail(f"{doc_id}: did not load")
            continue
        place = doc_id.split("/")[1]
        headed = [s for s in d.sections if s.heading]
        if len(headed) != len(d.sections):
            fail(f"{doc_id}: {len(d.sections) - len(headed)} section(s) without a heading")
        if not 10 <= len(headed) <= 12:
            fail(f"{doc_id}: {len(headed)} sections (want 10-12)")
        words = len(d.text.split())
        if not 500 <= words <= 750:
            fail(f"{doc_id}: {words} words (want 500-750)")
        if d.text.rstrip("\n").split("\n")[-1] != LAST_LINE:
            fail(f"{doc_id}: last line is {d.text.splitlines()[-1]!r}")
        if "\u2013" in d.text:
            fail(f"{doc_id}: contains an en dash")
        # loaded fields
        if d.lang != "id" or d.country != "ID":
            fail(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if d.region != REGIONS[place]:
            fail(f"{doc_id}: region {d.region!r}")
        if not d.agency:
            fail(f"{doc_id}: no agency")
        agencies[d.agency] += 1
        if not (d.source or "").startswith("https://example.invalid/"):
            fail(f"{doc_id}: source {d.source!r}")
        if not d.updated or dt.date.fromisoformat(d.updated).year != 2026:
            fail(f"{doc_id}: updated {d.updated!r}")
        if not d.title:
            fail(f"{doc_id}: no title")
        # the fields as written
        fm = front_matter(doc_id)
        for key in FIELDS:
            if key not in fm or fm[key] in (None, ""):
                fail(f"{doc_id}: field {key!r} missing")
        if fm.get("note") != NOTE:
            fail(f"{doc_id}: note {fm.get('note')!r}")
        if str(fm.get("lang")) != "id" or str(fm.get("country")) != "ID":
            fail(f"{doc_id}: written lang/country")
        if fm.get("title") != d.title:
            fail(f"{doc_id}: title {d.title!r} != written {fm.get('title')!r}")
        # e-mails and URLs only under example.invalid
        raw_text = d.text + " " + json.dumps(fm, default=str)
        for mail in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", raw_text):
            if mail != "example.invalid":
                fail(f"{doc_id}: e-mail domain {mail}")
        for url in re.findall(r"https?://([^/\s)\"]+)", raw_text):
            if url != "example.invalid":
                fail(f"{doc_id}: URL host {url}")
        if doc_id.endswith(".html"):
            for marker in NAV_FOOTER_MARKERS:
                if marker.lower() in d.text.lower():
                    fail(f"{doc_id}: menu/footer text {marker!r} leaked into the loaded text")
            raw = (KNOWLEDGE / doc_id).read_text(encoding="utf-8")
            for tag in ("<header", "<nav", "<footer"):
                if tag not in raw:
                    fail(f"{doc_id}: page has no {tag}>")
        stats[doc_id] = (len(headed), words)
    if len(agencies) < 11:
        fail(f"only {len(agencies)} different agencies")

    # questions
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines]
    if len(qs) != 60:
        fail(f"{len(qs)} questions (want 60)")
    per_doc: Counter[str] = Counter()
    answerable = [q for q in qs if q["docs"]]
    uncovered = [q for q in qs if not q["docs"]]
    if len(answerable) != 50 or len(uncovered) != 10:
        fail(f"{len(answerable)} answerable / {len(uncovered)} not covered (want 50/10)")
    seen = set()
    for q in qs:
        if q["q"] in seen:
            fail(f"duplicate question {q['q']!r}")
        seen.add(q["q"])
        if q.get("lang") != "id" or q.get("country") != "ID":
            fail(f"{q['q']!r}: lang/country")
        if not q["docs"]:
            if "fact" in q:
                fail(f"{q['q']!r}: not-covered question has a fact")
            continue
        if len(q["docs"]) != 1:
            fail(f"{q['q']!r}: want exactly one doc")
        doc_id = q["docs"][0]
        if not (KNOWLEDGE / doc_id).is_file() or doc_id not in docs:
            fail(f"{q['q']!r}: docs path {doc_id} does not exist")
            continue
        per_doc[doc_id] += 1
        fact = q.get("fact", "")
        if not fact or "\u2013" in fact:
            fail(f"{q['q']!r}: bad fact {fact!r}")
        if fact.lower() not in docs[doc_id].text.lower():
            fail(f"{q['q']!r}: fact {fact!r} not in the loaded text of {doc_id}")
    for doc_id in files:
        if per_doc[doc_id] not in (4, 5):
            fail(f"{doc_id}: {per_doc[doc_id]} questions (want 4 or 5)")
    kinds = Counter(kind for _, kind, _ in NOT_COVERED)
    if kinds != Counter({"close": 5, "far": 5}):
        fail(f"not-covered kinds {dict(kinds)}")
    if [q for q, _, _ in NOT_COVERED] != [q["q"] for q in uncovered]:
        fail("not-covered questions differ from make_questions.NOT_COVERED")
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)

    # conversations
    convs = [json.loads(x) for x in
             (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(convs) != 5:
        fail(f"{len(convs)} conversations (want 5)")
    with_new = 0
    for c in convs:
        if not c["id"].startswith("id-") or c.get("lang") != "id" or c.get("country") != "ID":
            fail(f"conversation {c['id']}: id/lang/country")
        turns = c["turns"]
        if not 3 <= len(turns) <= 5:
            fail(f"conversation {c['id']}: {len(turns)} turns")
        if turns[0]["kind"] != "start" or any(t["kind"] == "start" for t in turns[1:]):
            fail(f"conversation {c['id']}: the first turn, and only it, must be 'start'")
        current = None
        news = 0
        for t in turns:
            if t["kind"] not in ("start", "follow", "new"):
                fail(f"conversation {c['id']}: kind {t['kind']!r}")
            for doc_id in t["docs"]:
                if doc_id not in docs:
                    fail(f"conversation {c['id']}: doc {doc_id} does not exist")
            if not t["docs"]:
                fail(f"conversation {c['id']}: a turn without docs")
            if t["kind"] == "follow" and t["docs"] != current:
                fail(f"conversation {c['id']}: follow-up changes document")
            if t["kind"] == "new":
                news += 1
                if t["docs"] == current:
                    fail(f"conversation {c['id']}: 'new' turn keeps the same document")
            current = t["docs"]
        if news > 1:
            fail(f"conversation {c['id']}: more than one 'new' turn")
        with_new += news == 1
    if with_new != 3:
        fail(f"{with_new} conversations with a 'new' turn (want 3)")

    for doc_id, (sections, words) in stats.items():
        print(f"{doc_id:52} sections={sections:2} words={words:3} questions={per_doc[doc_id]}")
    print(f"questions: {len(answerable)} answerable, {len(uncovered)} not covered, "
          f"{short} short (3-7 words); conversations: {len(convs)}, {with_new} with a new turn")
    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print(" -", p)
        return 1
    print("\ncheck.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
