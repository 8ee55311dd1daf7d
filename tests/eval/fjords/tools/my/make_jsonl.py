"""Write ../questions.jsonl and ../conversations.jsonl from questions_data.py."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from questions_data import ANSWERABLE, CONVERSATIONS, NOT_COVERED  # noqa: E402

OUT = Path(__file__).resolve().parent.parent


def main():
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind, _why in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print("wrote questions.jsonl and conversations.jsonl")


if __name__ == "__main__":
    main()
