"""Check marshes-id with the project's own loader (run with the build venv).

    TANYAKOTA_ROOT=<project folder> python build/check.py
"""

import collections
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, os.environ.get("TANYAKOTA_ROOT", "."))
sys.path.insert(0, str(HERE))

from indexer.load import load_knowledge  # noqa: E402
from make_docs import HTML_CHROME  # noqa: E402
from texts import DOCS, END  # noqa: E402

FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
errors = []


def err(msg):
    errors.append(msg)


def main():
    root = SET / "knowledge"
    result = load_knowledge(root)
    for f in result.failures:
        err(f"load failure: {f}")
    docs = {d.doc_id: d for d in result.documents}
    expected = {d["doc_id"]: d for d in DOCS}
    if set(docs) != set(expected):
        err(f"documents differ: {sorted(set(docs) ^ set(expected))}")
    if len(docs) != 12:
        err(f"{len(docs)} documents loaded, expected 12")

    # no extra files (glossary, _*.yml) and sidecars where needed
    for path in root.rglob("*"):
        if path.is_file():
            rel = path.relative_to(root).as_posix()
            if path.name.startswith("_"):
                err(f"settings file present: {rel}")
            if path.suffix == ".yml" and rel[:-4] not in expected:
                err(f"stray yml: {rel}")
    fmts = collections.Counter(d["fmt"] for d in DOCS)
    if fmts != {"md": 8, "pdf": 1, "docx": 1, "html": 2}:
        err(f"formats {dict(fmts)}")
    places = collections.Counter(i.split("/")[1] for i in expected)
    if places != {"nasional": 2, "tomohon": 4, "bima": 3, "prabumulih": 3}:
        err(f"places {dict(places)}")

    for doc_id, spec in expected.items():
        d = docs.get(doc_id)
        if d is None:
            continue
        if d.title != spec["title"]:
            err(f"{doc_id}: title {d.title!r}")
        if d.lang != "id" or d.country != "ID":
            err(f"{doc_id}: lang/country {d.lang}/{d.country}")
        if d.region != spec["region"] or d.agency != spec["agency"]:
            err(f"{doc_id}: region/agency")
        if not (d.source or "").startswith("https://") or ".example.invalid/" not in d.source:
            err(f"{doc_id}: source {d.source}")
        if not (d.updated or "").startswith("2026-"):
            err(f"{doc_id}: updated {d.updated}")
        if d.tags or d.questions:
            err(f"{doc_id}: has tags/questions")
        # fields as written in the file / sidecar
        raw_fields = spec_fields(root / doc_id)
        missing = [k for k in FIELDS if k not in raw_fields]
        extra = [k for k in raw_fields if k not in FIELDS]
        if missing or extra:
            err(f"{doc_id}: fields missing {missing} extra {extra}")
        if "rekaan" not in str(raw_fields.get("note", "")):
            err(f"{doc_id}: note does not say the figures are invented")
        headed = [s.heading for s in d.sections if s.heading]
        want = spec["body"].count("\n## ") + spec["body"].startswith("## ")
        if len(headed) != want or not 9 <= want <= 12:
            err(f"{doc_id}: {len(headed)} sections, expected {want} (9-12)")
        if len(set(headed)) != len(headed):
            err(f"{doc_id}: repeated headings")
        words = len(d.text.split())
        if not 450 <= words <= 750:
            err(f"{doc_id}: {words} words")
        if not d.text.rstrip().endswith(END):
            err(f"{doc_id}: does not end with the evaluation line")
        for url in re.findall(r"https?://[^\s)\"']+", d.text):
            if ".example.invalid" not in url:
                err(f"{doc_id}: url {url}")
        for mail in re.findall(r"[\w.-]+@[\w.-]+", d.text):
            if not mail.rstrip(".").endswith("example.invalid"):
                err(f"{doc_id}: e-mail {mail}")
        if doc_id in HTML_CHROME:
            c = HTML_CHROME[doc_id]
            for text in [c["portal"], c["footer"], *c["nav"], *c["links"], "Hak cipta", "©"]:
                if text.lower() in d.text.lower() or text.lower() in d.title.lower():
                    err(f"{doc_id}: chrome text {text!r} reached the loaded text")
    headings_all = [s.heading for d in docs.values() for s in d.sections if s.heading]
    dup = [h for h, n in collections.Counter(headings_all).items() if n > 1]
    if dup:
        err(f"headings shared between pages: {dup}")

    # questions
    qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text("utf-8").splitlines()]
    if len(qs) != 60:
        err(f"{len(qs)} questions")
    answerable = [q for q in qs if q["docs"]]
    uncovered = [q for q in qs if not q["docs"]]
    if len(answerable) != 50 or len(uncovered) != 10:
        err(f"answerable {len(answerable)}, not covered {len(uncovered)}")
    per_doc = collections.defaultdict(list)
    for q in qs:
        if set(q) - {"q", "lang", "country", "docs", "fact"} or q["lang"] != "id" \
                or q["country"] != "ID":
            err(f"question fields: {q}")
        if not q["docs"]:
            if "fact" in q:
                err(f"not-covered question has a fact: {q['q']}")
            continue
        if len(q["docs"]) != 1:
            err(f"more than one doc: {q['q']}")
        doc_id = q["docs"][0]
        d = docs.get(doc_id)
        if d is None:
            err(f"unknown doc {doc_id}")
            continue
        fact = q.get("fact") or ""
        if not fact or fact not in d.text:
            err(f"{doc_id}: fact {fact!r} not verbatim in loaded text")
            continue
        sec = next(s.heading for s in d.sections if fact in s.text)
        per_doc[doc_id].append(sec)
    for doc_id in expected:
        secs = per_doc.get(doc_id, [])
        if not 4 <= len(secs) <= 5:
            err(f"{doc_id}: {len(secs)} questions")
        if len(set(secs)) != len(secs):
            err(f"{doc_id}: facts from the same section {secs}")
    if len({q["q"] for q in qs}) != len(qs):
        err("duplicate questions")

    # conversations
    convs = [json.loads(line)
             for line in (SET / "conversations.jsonl").read_text("utf-8").splitlines()]
    if len(convs) != 5:
        err(f"{len(convs)} conversations")
    with_new = 0
    for c in convs:
        turns = c["turns"]
        if not 3 <= len(turns) <= 5 or turns[0]["kind"] != "start":
            err(f"{c['id']}: turns")
        if c["lang"] != "id" or c["country"] != "ID" or not c["id"].startswith("id-c"):
            err(f"{c['id']}: fields")
        prev = None
        news = 0
        for t in turns:
            if t["kind"] not in ("start", "follow", "new"):
                err(f"{c['id']}: kind {t['kind']}")
            for doc_id in t["docs"]:
                if doc_id not in docs:
                    err(f"{c['id']}: unknown doc {doc_id}")
            if t["kind"] == "follow" and t["docs"] != prev:
                err(f"{c['id']}: follow turn changes document")
            if t["kind"] == "new":
                news += 1
                if t["docs"] == prev:
                    err(f"{c['id']}: new turn keeps the document")
            prev = t["docs"]
        with_new += news == 1
        if news > 1:
            err(f"{c['id']}: {news} new turns")
    if with_new != 3:
        err(f"{with_new} conversations with exactly one new turn, expected 3")

    for d in sorted(docs.values(), key=lambda d: d.doc_id):
        print(f"{d.doc_id:42} {len([s for s in d.sections if s.heading]):2} sections "
              f"{len(d.text.split()):4} words {len(per_doc[d.doc_id])} questions")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"\nOK: 12 documents, {len(qs)} questions ({len(answerable)}/{len(uncovered)}), "
          f"{len(convs)} conversations ({with_new} with one 'new' turn)")


def spec_fields(path):
    import yaml
    sidecar = path.with_name(path.name + ".yml")
    if sidecar.is_file():
        return yaml.safe_load(sidecar.read_text("utf-8"))
    text = path.read_text("utf-8")
    return yaml.safe_load(text.split("---\n")[1])


if __name__ == "__main__":
    main()
