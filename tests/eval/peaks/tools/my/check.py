"""Check the peaks-my evaluation set against the real loader.

Run with the main project's Python (it imports `indexer.load`):
    cd ../../../main && .venv/bin/python ../sets/peaks-my/build/check.py
The main project is found at ../../../main relative to this script (override with
the MAIN_DIR environment variable). Exit code 0 = all checks pass.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
MAIN = Path(os.environ.get("MAIN_DIR", HERE / ".." / ".." / ".." / "main")).resolve()
sys.path.insert(0, str(MAIN))

from indexer.load import load_knowledge  # noqa: E402

import yaml  # noqa: E402  (the main venv has PyYAML)

LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
COUNCILS = {"putrajaya", "sungai-petani", "kemaman"}
errors: list[str] = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        errors.append(msg)


def fields_of(path: Path) -> dict:
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        _, block, _ = text.split("---", 2)
        return yaml.safe_load(block)
    return yaml.safe_load(Path(str(path) + ".yml").read_text(encoding="utf-8"))


def main() -> int:
    result = load_knowledge(KNOWLEDGE)
    docs = {d.doc_id: d for d in result.documents}
    print(f"loaded {len(docs)} documents, {len(result.failures)} failures")
    for f in result.failures:
        errors.append(f"load failure: {f}")
    check(len(docs) == 12, f"expected 12 documents, got {len(docs)}")

    # -- documents ------------------------------------------------------------------------
    formats = Counter(Path(i).suffix for i in docs)
    print("formats:", dict(formats))
    check(formats == Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}),
          f"format counts wrong: {dict(formats)}")
    places = Counter(i.split("/")[1] for i in docs)
    print("places:", dict(places))
    check(all(i.startswith("my/") for i in docs), "all doc ids must be under my/")
    check(set(places) == COUNCILS | {"nasional"}, f"unexpected places {set(places)}")
    check(places["nasional"] == 2, "need 2 national pages")
    for c in COUNCILS:
        check(3 <= places[c] <= 4, f"{c}: {places[c]} documents (need 3-4)")
    check(sum(places.values()) == 12, "12 documents in all")

    url_re = re.compile(r"https?://[^\s)\"'<>|]+")
    mail_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    for doc_id, d in sorted(docs.items()):
        path = KNOWLEDGE / doc_id
        check(d.lang == "ms", f"{doc_id}: lang {d.lang}")
        check(d.country == "MY", f"{doc_id}: country {d.country}")
        n = len(d.sections)
        check(8 <= n <= 12, f"{doc_id}: {n} sections (need 8-12)")
        check(all(s.heading for s in d.sections), f"{doc_id}: a section without heading")
        words = len(d.text.split())
        check(500 <= words <= 1200, f"{doc_id}: {words} words (need 500-1200)")
        check(d.text.rstrip().endswith(LAST_LINE), f"{doc_id}: last line missing")
        if path.suffix == ".md":
            raw_lines = path.read_text(encoding="utf-8").rstrip().split("\n")
            check(raw_lines[-1] == LAST_LINE, f"{doc_id}: file's last line wrong")
        else:
            check(Path(str(path) + ".yml").is_file(), f"{doc_id}: sidecar missing")
        meta = fields_of(path)
        for key in ("title", "lang", "country", "region", "agency", "source", "updated", "note"):
            check(bool(meta.get(key)), f"{doc_id}: field {key} missing")
        check(meta.get("lang") == "ms" and meta.get("country") == "MY",
              f"{doc_id}: lang/country field")
        check(str(meta.get("source", "")).startswith("https://example.invalid/"),
              f"{doc_id}: source not under example.invalid")
        upd = meta.get("updated")
        check(isinstance(upd, dt.date) and upd.year == 2026, f"{doc_id}: updated {upd!r}")
        check(meta.get("note") == NOTE, f"{doc_id}: note field wrong")
        raw = path.read_text(encoding="utf-8") if path.suffix in (".md", ".html") else d.text
        for url in url_re.findall(raw + "\n" + d.text):
            check(url.split("/")[2] == "example.invalid", f"{doc_id}: URL {url}")
        for host in mail_re.findall(raw + "\n" + d.text):
            check(host == "example.invalid", f"{doc_id}: e-mail host {host}")
        if path.suffix == ".html":
            for junk in ("Hak Cipta", "Jumlah pelawat", "Peta Laman"):
                check(junk not in d.text, f"{doc_id}: footer text {junk!r} leaked into sections")
        if path.suffix == ".pdf":
            check(d.title != "" and all(len(s.heading) < 60 for s in d.sections),
                  f"{doc_id}: PDF headings not detected cleanly")
        print(f"  {doc_id:42} {n:2} sections {words:5} words  title={d.title!r}")

    # -- questions ------------------------------------------------------------------------
    lines = (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    check(len(lines) == 60 and len(qs) == 60, f"questions.jsonl: {len(qs)} questions")
    answerable = [q for q in qs if q.get("docs")]
    uncovered = [q for q in qs if q.get("docs") == []]
    print(f"questions: {len(answerable)} answerable, {len(uncovered)} not covered")
    check(len(answerable) == 50, f"{len(answerable)} answerable (need 50)")
    check(len(uncovered) == 10, f"{len(uncovered)} not covered (need 10)")
    targets: Counter[str] = Counter()
    seen_q: set[str] = set()
    for q in qs:
        check(set(q) <= {"q", "lang", "country", "docs", "fact"}, f"extra keys {q}")
        check(q.get("lang") == "ms" and q.get("country") == "MY", f"lang/country: {q['q']}")
        check(bool(q.get("q", "").strip()), "empty question")
        check(q["q"] not in seen_q, f"duplicate question {q['q']}")
        seen_q.add(q["q"])
        if q in uncovered:
            check("fact" not in q, f"not-covered question has a fact: {q['q']}")
            continue
        check(len(q["docs"]) == 1, f"need exactly one doc: {q['q']}")
        doc_id = q["docs"][0]
        targets[doc_id] += 1
        d = docs.get(doc_id)
        check(d is not None, f"unknown doc id {doc_id}")
        fact = q.get("fact", "")
        check(bool(fact), f"answerable without fact: {q['q']}")
        if d is not None and fact:
            text = "\n".join(s.text for s in d.sections).lower()
            check(fact.lower() in text, f"fact {fact!r} not in {doc_id}")
    for doc_id in docs:
        check(4 <= targets[doc_id] <= 5, f"{doc_id}: targeted {targets[doc_id]} times")
    dist = Counter(targets.values())
    check(dist == Counter({4: 10, 5: 2}), f"target distribution {dict(dist)}")
    print("targets per document:", dict(sorted(targets.items())))
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)
    print(f"short questions (3-7 words): {short} of {len(qs)}")

    # -- conversations --------------------------------------------------------------------
    clines = (SET / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
    convs = [json.loads(x) for x in clines if x.strip()]
    check(len(convs) == 5, f"{len(convs)} conversations (need 5)")
    with_new = 0
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        check(cid.startswith("ms-") and cid not in ids, f"bad/duplicate id {cid}")
        ids.add(cid)
        check(c.get("lang") == "ms" and c.get("country") == "MY", f"{cid}: lang/country")
        turns = c.get("turns", [])
        check(3 <= len(turns) <= 5, f"{cid}: {len(turns)} turns")
        kinds = [t.get("kind") for t in turns]
        check(kinds[:1] == ["start"] and kinds.count("start") == 1, f"{cid}: start turn")
        check(all(k in ("start", "follow", "new") for k in kinds), f"{cid}: kinds {kinds}")
        check(kinds.count("new") <= 1, f"{cid}: more than one new turn")
        with_new += "new" in kinds
        prev = None
        for t in turns:
            check(bool(t.get("q", "").strip()), f"{cid}: empty turn")
            check(len(t.get("docs", [])) == 1 and t["docs"][0] in docs,
                  f"{cid}: turn docs {t.get('docs')}")
            doc = t["docs"][0]
            if t["kind"] == "follow":
                check(doc == prev, f"{cid}: follow turn changes document")
            if t["kind"] == "new":
                check(doc != prev, f"{cid}: new turn keeps the same document")
            prev = doc
        print(f"  {cid}: {kinds}")
    check(with_new == 3, f"{with_new} conversations with a new turn (need 3)")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
