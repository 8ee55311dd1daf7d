"""Write ../questions.jsonl and ../conversations.jsonl from questions_data.py."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from questions_data import CONVERSATIONS, QUESTIONS  # noqa: E402

with open(HERE.parent / "questions.jsonl", "w", encoding="utf-8") as fh:
    for q in QUESTIONS:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")
with open(HERE.parent / "conversations.jsonl", "w", encoding="utf-8") as fh:
    for cid, turns in CONVERSATIONS:
        fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                             "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                            ensure_ascii=False) + "\n")
print(f"wrote {len(QUESTIONS)} questions, {len(CONVERSATIONS)} conversations")
