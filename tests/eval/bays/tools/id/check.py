"""Check the bays-id evaluation set with the bot's real loader.

Run with the bot's virtualenv, e.g. from the bot repository:
    .venv/bin/python <path-to-this-set>/build/check.py
The bot repository is found from $BOT_REPO, else the current directory (if it holds
indexer/load.py), else ../../../main relative to this script. Exit code 0 = all checks pass.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOW = SET / "knowledge"


def find_repo() -> Path:
    for cand in (os.environ.get("BOT_REPO"), os.getcwd(), HERE / ".." / ".." / ".." / "main"):
        if cand and (Path(cand) / "indexer" / "load.py").is_file():
            return Path(cand).resolve()
    sys.exit("cannot find the bot repository (set BOT_REPO)")


sys.path.insert(0, str(find_repo()))
from indexer.load import load_knowledge  # noqa: E402

errors: list[str] = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        errors.append(msg)


def main() -> int:
    res = load_knowledge(KNOW)
    docs = {d.doc_id: d for d in res.documents}
    check(not res.failures, f"load failures: {res.failures}")
    check(len(docs) == 12, f"expected 12 documents, got {len(docs)}")
    fmt = Counter(Path(i).suffix for i in docs)
    check(fmt == Counter({".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}), f"format counts {fmt}")
    places = Counter(i.split("/")[1] for i in docs)
    check(places.get("nasional") == 2, f"nasional docs {places.get('nasional')}")
    for p, n in places.items():
        if p != "nasional":
            check(3 <= n <= 4, f"place {p} has {n} docs")
    for i, d in docs.items():
        check(i.startswith("id/"), f"{i}: not under id/")
        check(d.lang == "id" and d.country == "ID", f"{i}: lang/country {d.lang}/{d.country}")
        check(8 <= len(d.sections) <= 12, f"{i}: {len(d.sections)} sections")
        words = len(d.text.split())
        check(500 <= words <= 1200, f"{i}: {words} words")
        check(bool(d.source and d.source.startswith("https://example.invalid/")), f"{i}: source")
        check(bool(d.updated and d.updated.startswith("2026-")), f"{i}: updated {d.updated}")
        check(bool(d.region and d.agency), f"{i}: region/agency missing")
        check(d.text.rstrip().endswith("Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."),
              f"{i}: last line")
        if not i.endswith(".md"):
            check((KNOW / (i + ".yml")).is_file(), f"{i}: sidecar missing")

    # questions
    qs = [json.loads(line) for line in (SET / "questions.jsonl").read_text("utf-8").splitlines()
          if line.strip()]
    check(len(qs) == 60, f"{len(qs)} questions")
    ans = [q for q in qs if q.get("docs")]
    nc = [q for q in qs if not q.get("docs")]
    check(len(ans) == 50 and len(nc) == 10, f"answerable {len(ans)}, not covered {len(nc)}")
    target = Counter()
    for n, q in enumerate(qs, 1):
        check(q.get("lang") == "id" and q.get("country") == "ID", f"q{n}: lang/country")
        check(isinstance(q.get("q"), str) and q["q"].strip() != "", f"q{n}: empty q")
        if q.get("docs"):
            check(len(q["docs"]) == 1, f"q{n}: docs must list one document")
            doc = docs.get(q["docs"][0])
            check(doc is not None, f"q{n}: unknown doc {q['docs'][0]}")
            fact = q.get("fact")
            check(bool(fact), f"q{n}: no fact")
            if doc is not None and fact:
                text = "\n".join(s.text for s in doc.sections).lower()
                check(fact.lower() in text, f"q{n}: fact {fact!r} not in {doc.doc_id}")
            target[q["docs"][0]] += 1
        else:
            check("fact" not in q, f"q{n}: not-covered question has a fact")
    for i in docs:
        check(4 <= target[i] <= 5, f"{i}: targeted {target[i]} times")
    check(sorted(target.values()).count(5) == 2, f"targets {sorted(target.values())}")
    short = sum(1 for q in qs if 3 <= len(q["q"].split()) <= 7)

    # conversations
    convs = [json.loads(line) for line in
             (SET / "conversations.jsonl").read_text("utf-8").splitlines() if line.strip()]
    check(len(convs) == 5, f"{len(convs)} conversations")
    with_new = 0
    ids = set()
    for c in convs:
        cid = c.get("id", "")
        check(cid.startswith("id-") and cid not in ids, f"conversation id {cid!r}")
        ids.add(cid)
        check(c.get("lang") == "id" and c.get("country") == "ID", f"{cid}: lang/country")
        turns = c.get("turns", [])
        check(3 <= len(turns) <= 5, f"{cid}: {len(turns)} turns")
        kinds = [t.get("kind") for t in turns]
        check(kinds[:1] == ["start"] and kinds.count("start") == 1, f"{cid}: start {kinds}")
        check(set(kinds) <= {"start", "follow", "new"}, f"{cid}: kinds {kinds}")
        check(kinds.count("new") <= 1, f"{cid}: more than one new")
        with_new += "new" in kinds
        for t in turns:
            check(bool(t.get("q")), f"{cid}: empty turn")
            check(len(t.get("docs", [])) == 1 and t["docs"][0] in docs,
                  f"{cid}: turn docs {t.get('docs')}")
        if "new" in kinds:
            k = kinds.index("new")
            check(turns[k]["docs"] != turns[k - 1]["docs"], f"{cid}: new turn same document")
    check(with_new == 3, f"{with_new} conversations with a new turn")

    print(f"documents: {len(docs)} loaded, {len(res.failures)} failures; formats "
          + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    for i, d in sorted(docs.items()):
        print(f"  {i}: {len(d.sections)} sections, {len(d.text.split())} words, "
              f"{target[i]} questions")
    print(f"questions: {len(qs)} ({len(ans)} answerable, {len(nc)} not covered); "
          f"{short} short (3-7 words)")
    print(f"conversations: {len(convs)} ({with_new} with a new turn)")
    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        return 1
    print("PASS: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
