"""Checks of the plains set. Run: .venv/bin/python tests/eval/plains/build/check.py"""
import json, re, sys
from collections import Counter
from pathlib import Path
import yaml
from indexer.load import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
K = ROOT / "knowledge"
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

res = load_knowledge(K)
docs = {d.doc_id: d for d in res.documents}
print(f"loaded {len(docs)} documents, {len(res.failures)} failures")
if res.failures or len(docs) != 24: fail(f"failures {res.failures}")
fmt = Counter()
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
for did, d in sorted(docs.items()):
    country = did.split("/")[0]
    exp = ("id", "ID") if country == "id" else ("ms", "MY")
    if (d.lang, d.country) != exp: fail(f"{did} lang/country {d.lang}/{d.country}")
    fmt[(country, Path(did).suffix)] += 1
    last = d.text.strip().split("\n")[-1].strip()
    want = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan." if country == "id" else "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
    if last != want: fail(f"{did} last line {last!r}")
    p = K / did
    if p.suffix == ".md":
        meta = yaml.safe_load(p.read_text().split("---")[1])
    else:
        meta = yaml.safe_load((K / (did + ".yml")).read_text())
    for f in ("title", "lang", "country", "region", "agency", "source", "updated", "note"):
        if f not in meta: fail(f"{did} missing {f}")
    if meta.get("note") != NOTE: fail(f"{did} note")
    if not str(meta.get("source", "")).startswith("https://example.invalid/"): fail(f"{did} source")
    if not str(meta.get("updated", "")).startswith("2026-"): fail(f"{did} updated")
    for m in [x.rstrip(".") for x in re.findall(r"[\w.+-]+@[\w.-]+", d.text)]:
        if not m.endswith("example.invalid"): fail(f"{did} email {m}")
    for m in re.findall(r"https?://\S+", d.text):
        if "example.invalid" not in m: fail(f"{did} url {m}")
print("formats:", dict(sorted(fmt.items())))
for c in ("id", "my"):
    if [fmt[(c, s)] for s in (".md", ".pdf", ".docx", ".html")] != [8, 1, 1, 2]: fail(f"format counts {c}")
print("sections:", {d: len(docs[d].sections) for d in sorted(docs)})

def sectext(d):
    return "\n".join(s.heading + "\n" + s.text for s in d.sections).lower()

qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text().splitlines()]
print("questions:", len(qs))
target = Counter()
per = Counter()
short = Counter()
for q in qs:
    if set(q) - {"q", "lang", "country", "docs", "fact"}: fail(f"keys {q}")
    per[(q["lang"], bool(q["docs"]))] += 1
    if 3 <= len(q["q"].split()) <= 7: short[q["lang"]] += 1
    if not q["docs"]:
        if "fact" in q: fail(f"not-covered with fact {q}")
        continue
    for did in q["docs"]:
        if did not in docs: fail(f"unknown doc {did}"); continue
        target[did] += 1
        d = docs[did]
        if (d.lang, d.country) != (q["lang"], q["country"]): fail(f"lang mismatch {q}")
        if q["fact"].lower() not in sectext(d): fail(f"fact {q['fact']!r} not in {did}")
print("answerable/not covered per lang:", dict(per))
print("short (3-7 words) per lang:", dict(short))
for did in docs:
    if not 4 <= target[did] <= 5: fail(f"{did} targeted {target[did]} times")
print("targets per doc:", dict(sorted(target.items())))
if per != Counter({("id", True): 50, ("id", False): 10, ("ms", True): 50, ("ms", False): 10}): fail("question counts")
if len({q["q"] for q in qs}) != len(qs): fail("duplicate questions")

convs = [json.loads(l) for l in (ROOT / "conversations.jsonl").read_text().splitlines()]
news = 0
for c in convs:
    t = c["turns"]
    if t[0]["kind"] != "start": fail(f"{c['id']} first turn")
    if any(x["kind"] == "start" for x in t[1:]): fail(f"{c['id']} second start")
    n = sum(x["kind"] == "new" for x in t)
    if n > 1: fail(f"{c['id']} several new")
    news += n
    prev = None
    for x in t:
        for did in x["docs"]:
            if did not in docs: fail(f"{c['id']} unknown doc {did}")
            elif docs[did].country != c["country"]: fail(f"{c['id']} country")
        if x["kind"] == "follow" and x["docs"] != prev: fail(f"{c['id']} follow changes doc")
        if x["kind"] == "new" and x["docs"] == prev: fail(f"{c['id']} new same doc")
        prev = x["docs"]
print("conversations:", len(convs), Counter(c["lang"] for c in convs), "with new turn:", news)
if len(convs) != 10 or news != 6: fail("conversation counts")
print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
sys.exit(0 if ok else 1)
