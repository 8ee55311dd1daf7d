"""Check the dunes-id evaluation set against the real loader.

Run from the project folder that holds `indexer/` (the loader is imported from the
current directory, or from --main DIR):
    cd /path/to/main && .venv/bin/python /path/to/sets/dunes-id/build/check.py
Every other path is relative to this script's folder. Exit code 0 = all checks passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KNOWLEDGE = ROOT / "knowledge"

EXPECTED_FORMATS = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
PLACES = {"kota-tasikmalaya", "kota-pekalongan", "kota-bengkulu", "nasional"}

problems: list[str] = []
passed: list[str] = []


def check(ok: bool, what: str, detail: str = "") -> None:
    (passed if ok else problems).append(what if ok else f"{what}: {detail}")


def read_fields(path: Path) -> dict:
    import yaml

    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        block = text.split("\n---", 1)[0].lstrip("-\n")
        return yaml.safe_load(block) or {}
    side = path.with_name(path.name + ".yml")
    return yaml.safe_load(side.read_text(encoding="utf-8")) if side.is_file() else {}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--main", default=os.getcwd(), help="folder holding indexer/ (default: cwd)")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.main).resolve()))
    from indexer.load import load_knowledge

    result = load_knowledge(KNOWLEDGE)
    docs = {d.doc_id: d for d in result.documents}
    check(not result.failures, "0 load failures", "; ".join(map(str, result.failures)))
    check(len(docs) == 12, "12 documents loaded", f"{len(docs)} loaded")

    # files on disk and formats
    files = sorted(p for p in KNOWLEDGE.rglob("*") if p.is_file() and p.suffix != ".yml")
    ids = {p.relative_to(KNOWLEDGE).as_posix() for p in files}
    check(ids == set(docs), "every file is a loaded document", str(ids ^ set(docs)))
    formats = Counter(p.suffix for p in files)
    check(dict(formats) == EXPECTED_FORMATS, "formats 8 md / 1 pdf / 1 docx / 2 html", str(dict(formats)))
    places = Counter(p.relative_to(KNOWLEDGE).parts[1] for p in files)
    check(set(places) == PLACES and places["nasional"] == 2
          and all(3 <= places[c] <= 4 for c in PLACES - {"nasional"}),
          "3-4 documents per city, 2 national", str(dict(places)))
    for p in files:
        doc_id = p.relative_to(KNOWLEDGE).as_posix()
        check(p.relative_to(KNOWLEDGE).parts[0] == "id", f"{doc_id}: under id/")
        if p.suffix != ".md":
            check(p.with_name(p.name + ".yml").is_file(), f"{doc_id}: sidecar present")
        meta = read_fields(p)
        missing = [k for k in FIELDS if k not in meta]
        check(not missing, f"{doc_id}: fields present", f"missing {missing}")
        check(str(meta.get("lang")) == "id" and str(meta.get("country")) == "ID",
              f"{doc_id}: lang id / country ID in metadata")
        check(str(meta.get("source", "")).startswith("https://example.invalid/"),
              f"{doc_id}: source under example.invalid", str(meta.get("source")))
        check(str(meta.get("updated", "")).startswith("2026-"), f"{doc_id}: updated in 2026",
              str(meta.get("updated")))
        check(meta.get("note") == NOTE, f"{doc_id}: note field", str(meta.get("note")))

    # loaded documents
    for doc_id, d in sorted(docs.items()):
        check(d.lang == "id" and d.country == "ID", f"{doc_id}: loaded lang/country",
              f"{d.lang}/{d.country}")
        check(8 <= len(d.sections) <= 12, f"{doc_id}: 8-12 sections", str(len(d.sections)))
        headed = [s for s in d.sections if s.heading]
        check(len(headed) >= 7, f"{doc_id}: headings came out as sections", str(len(headed)))
        words = len(d.text.split())
        check(500 <= words <= 1200, f"{doc_id}: 500-1200 words loaded", str(words))
        check(d.text.rstrip().endswith(LAST_LINE), f"{doc_id}: ends with the evaluation line")
        check(bool(d.title) and d.source and d.updated, f"{doc_id}: title/source/updated loaded")
        bad = [u for u in re.findall(r"https?://[^\s)|>\"']+", d.text)
               if not re.match(r"https?://([\w-]+\.)*example\.invalid(/|$)", u)]
        bad += [e for e in re.findall(r"[\w.+-]+@[\w.-]+", d.text)
                if not e.rstrip(".").endswith("example.invalid")]
        check(not bad, f"{doc_id}: URLs and e-mails under example.invalid", str(bad))

    # questions
    rows = [json.loads(line) for line in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    check(len(rows) == 60, "60 questions", str(len(rows)))
    answerable = [r for r in rows if r.get("docs")]
    uncovered = [r for r in rows if not r.get("docs")]
    check(len(answerable) == 50 and len(uncovered) == 10, "50 answerable + 10 not covered",
          f"{len(answerable)} + {len(uncovered)}")
    check(len({r["q"].lower() for r in rows}) == len(rows), "no duplicate questions")
    targets: Counter[str] = Counter()
    for i, r in enumerate(rows, 1):
        keys = set(r)
        want = {"q", "lang", "country", "docs", "fact"} if r.get("docs") else {"q", "lang", "country", "docs"}
        check(keys == want, f"question {i}: fields", str(sorted(keys)))
        check(r.get("lang") == "id" and r.get("country") == "ID", f"question {i}: lang/country")
        if not r.get("docs"):
            continue
        check(len(r["docs"]) == 1, f"question {i}: one doc", str(r["docs"]))
        doc_id = r["docs"][0]
        targets[doc_id] += 1
        d = docs.get(doc_id)
        check(d is not None, f"question {i}: doc exists", doc_id)
        if d is not None:
            text = "\n".join(s.text for s in d.sections).lower()
            fact = str(r.get("fact", ""))
            check(bool(fact) and fact.lower() in text, f"question {i}: fact in loaded text",
                  f"{fact!r} not in {doc_id}")
    counts = Counter(targets.values())
    check(set(targets) == set(docs) and all(4 <= n <= 5 for n in targets.values())
          and counts == Counter({4: 10, 5: 2}),
          "every document targeted 4-5 times (10 x 4 + 2 x 5)", str(dict(targets)))

    # conversations
    convs = [json.loads(line) for line in (ROOT / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    check(len(convs) == 5, "5 conversations", str(len(convs)))
    with_new = 0
    seen_ids = set()
    for c in convs:
        cid = c.get("id", "?")
        check(cid.startswith("id-") and cid not in seen_ids, f"{cid}: id unique, id- prefix")
        seen_ids.add(cid)
        check(c.get("lang") == "id" and c.get("country") == "ID", f"{cid}: lang/country")
        turns = c.get("turns", [])
        kinds = [t.get("kind") for t in turns]
        check(3 <= len(turns) <= 5, f"{cid}: 3-5 turns", str(len(turns)))
        check(kinds[:1] == ["start"] and kinds.count("start") == 1, f"{cid}: one start, first")
        check(set(kinds) <= {"start", "follow", "new"}, f"{cid}: kinds valid", str(kinds))
        check(kinds.count("new") <= 1, f"{cid}: at most one new", str(kinds))
        with_new += "new" in kinds
        current = None
        for k, t in enumerate(turns):
            tdocs = t.get("docs") or []
            check(len(tdocs) == 1 and tdocs[0] in docs, f"{cid} turn {k + 1}: doc exists", str(tdocs))
            check(bool(t.get("q")), f"{cid} turn {k + 1}: has q")
            if t.get("kind") == "follow":
                check(tdocs[:1] == [current], f"{cid} turn {k + 1}: follow stays on topic doc",
                      f"{tdocs} vs {current}")
            if t.get("kind") == "new":
                check(tdocs[:1] != [current], f"{cid} turn {k + 1}: new switches document")
            current = tdocs[0] if tdocs else None
    check(with_new == 3, "3 conversations with a new turn", str(with_new))

    for p in problems:
        print("FAIL", p)
    print(f"{len(passed)} checks passed, {len(problems)} failed")
    print("documents:", len(docs), dict(formats), "| questions:", len(answerable), "+", len(uncovered),
          "| conversations:", len(convs), f"({with_new} with new)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
