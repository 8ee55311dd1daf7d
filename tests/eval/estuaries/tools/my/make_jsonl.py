"""Write questions.jsonl and conversations.jsonl."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from questions import CONVERSATIONS, QUESTIONS  # noqa: E402

OUT = HERE.parent
with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
    for q in QUESTIONS:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")
with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
    for cid, turns in CONVERSATIONS:
        fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                             "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                            ensure_ascii=False) + "\n")
print(len(QUESTIONS), "questions,", len(CONVERSATIONS), "conversations")
