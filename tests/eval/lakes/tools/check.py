"""Check the lakes set against the project's loader.

    .venv/bin/python tests/eval/lakes/tools/check.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from indexer.load import load_knowledge  # noqa: E402

SET = Path(__file__).resolve().parent.parent
problems = []

res = load_knowledge(SET / "knowledge")
docs = {d.doc_id: d for d in res.documents}
print(f"loaded {len(docs)} documents, {len(res.failures)} failures")
for f in res.failures:
    problems.append(f"load failure: {f}")
if len(docs) != 24:
    problems.append(f"expected 24 documents, got {len(docs)}")

EXPECT = {"id": ("id", "ID"), "my": ("ms", "MY")}
fmt = Counter()
for did, d in docs.items():
    top = did.split("/")[0]
    if (d.lang, d.country) != EXPECT[top]:
        problems.append(f"{did}: lang/country {d.lang}/{d.country}")
    fmt[(top, Path(did).suffix)] += 1
    if not (8 <= len(d.sections) <= 12):
        problems.append(f"{did}: {len(d.sections)} sections")
    if d.updated is None or str(d.updated)[:4] != "2026":
        problems.append(f"{did}: updated {d.updated}")
    if not (d.source or "").startswith("https://example.invalid/"):
        problems.append(f"{did}: source {d.source}")
    last = d.sections[-1].text.strip().splitlines()[-1]
    if "rekaan" not in last:
        problems.append(f"{did}: last line does not say figures are invented: {last!r}")
print("formats:", dict(sorted(fmt.items())))
for top in ("id", "my"):
    want = {".md": 8, ".pdf": 1, ".docx": 1, ".html": 2}
    got = {ext: fmt[(top, ext)] for ext in want}
    if got != want:
        problems.append(f"{top}: format counts {got}")


def section_text(d):
    return "\n".join(s.text for s in d.sections).lower()


rows = [json.loads(l) for l in open(SET / "questions.jsonl", encoding="utf-8")]
target = Counter()
per = Counter()
short = Counter()
for i, r in enumerate(rows, 1):
    per[(r["lang"], bool(r["docs"]))] += 1
    nwords = len(re.findall(r"\S+", r["q"]))
    if r["docs"]:
        if 3 <= nwords <= 7:
            short[r["lang"]] += 1
        for did in r["docs"]:
            if did not in docs:
                problems.append(f"q{i}: unknown doc {did}")
                continue
            target[did] += 1
            d = docs[did]
            if (d.lang, d.country) != (r["lang"], r["country"]):
                problems.append(f"q{i}: lang/country mismatch with {did}")
            if not r.get("fact") or r["fact"].lower() not in section_text(d):
                problems.append(f"q{i}: fact {r.get('fact')!r} not in {did}")
    else:
        if r.get("fact"):
            problems.append(f"q{i}: not-covered question has a fact")
print("questions:", dict(per), "short (3-7 words) answerable:", dict(short))
for did in docs:
    if not 4 <= target[did] <= 5:
        problems.append(f"{did}: targeted by {target[did]} questions")
print("targets per doc:", sorted(Counter(target.values()).items()))

convs = [json.loads(l) for l in open(SET / "conversations.jsonl", encoding="utf-8")]
news = 0
for c in convs:
    kinds = [t["kind"] for t in c["turns"]]
    if kinds[0] != "start" or kinds.count("start") != 1:
        problems.append(f"{c['id']}: kinds {kinds}")
    if kinds.count("new") > 1:
        problems.append(f"{c['id']}: more than one new turn")
    news += kinds.count("new") > 0
    prev = None
    for t in c["turns"]:
        for did in t["docs"]:
            if did not in docs:
                problems.append(f"{c['id']}: unknown doc {did}")
            elif docs[did].country != c["country"]:
                problems.append(f"{c['id']}: doc {did} of another country")
        if t["kind"] == "new" and t["docs"] == prev:
            problems.append(f"{c['id']}: new turn keeps the same document")
        prev = t["docs"]
print(f"conversations: {len(convs)} ({Counter(c['lang'] for c in convs)}), with a new turn: {news}")

print("\nPROBLEMS:" if problems else "\nall checks passed")
for p in problems:
    print(" -", p)
sys.exit(1 if problems else 0)
