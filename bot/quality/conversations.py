"""Multi-turn evaluation: follow-ups, topic changes and the country question.

A conversation file has one conversation per line:

    {"id": "paspor-anak", "lang": "id", "country": null,
     "turns": [{"q": "mau bikin paspor", "docs": ["id/imigrasi/paspor-baru.md"]},
               {"q": "syaratnya apa?", "kind": "follow", "docs": ["id/imigrasi/paspor-baru.md"]},
               {"q": "kalau sim hilang?", "kind": "new",
                "docs": ["id/kendaraan/sim-hilang-rusak.md"]}]}

A turn's `kind` is `start` (the default for the first turn), `follow` (answered from the
conversation's topic), `new` (a new topic), `clarify` (the bot should ask for the country;
`"clarify": true`) or `choice` (the reply to that question). `country` (optional) is sent
with every turn, as a deployment or a widget would.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.assistant import Assistant
from bot.state.store import create_store

KINDS = ("start", "follow", "new", "clarify", "choice")


@dataclass(frozen=True)
class ConversationTurn:
    q: str
    kind: str
    docs: tuple[str, ...] = ()
    clarify: bool = False


@dataclass(frozen=True)
class EvalConversation:
    id: str
    lang: str
    turns: tuple[ConversationTurn, ...]
    country: str | None = None


def load_conversations(path: Path) -> list[EvalConversation]:
    """Conversations from a `.jsonl` file (see the module docstring)."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        turns = []
        for i, t in enumerate(row["turns"]):
            clarify = bool(t.get("clarify"))
            kind = t.get("kind") or ("clarify" if clarify else "start" if i == 0 else "follow")
            if kind not in KINDS:
                raise ValueError(f"{path}:{n}: unknown turn kind {kind!r}")
            turns.append(ConversationTurn(t["q"], kind, tuple(t.get("docs") or ()), clarify))
        out.append(EvalConversation(row.get("id") or f"line-{n}", row.get("lang", "id"),
                                    tuple(turns), row.get("country")))
    return out


@dataclass(frozen=True)
class TurnMiss:
    conversation: str
    q: str
    kind: str
    expected: str | list[str]
    got: str | None


@dataclass(frozen=True)
class KindScore:
    right: int
    total: int
    tapped: int = 0  # not answered at once, but one tap on a suggestion away

    @property
    def with_tap(self) -> float:
        return round((self.right + self.tapped) / self.total, 3) if self.total else 0.0

    @property
    def accuracy(self) -> float:
        return round(self.right / self.total, 3) if self.total else 0.0


@dataclass(frozen=True)
class ConversationsResult:
    conversations: int
    turns: int
    by_kind: dict[str, KindScore]
    tied_to_previous: int
    clarify_wrong: int
    misses: tuple[TurnMiss, ...]

    @property
    def accuracy(self) -> float:
        right = sum(k.right for k in self.by_kind.values())
        return round(right / self.turns, 3) if self.turns else 0.0

    @property
    def with_tap(self) -> float:
        right = sum(k.right + k.tapped for k in self.by_kind.values())
        return round(right / self.turns, 3) if self.turns else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"conversations": self.conversations, "turns": self.turns,
                "accuracy": self.accuracy, "with_tap": self.with_tap,
                "by_kind": {k: {"right": v.right, "total": v.total, "accuracy": v.accuracy,
                                "tapped": v.tapped, "with_tap": v.with_tap}
                            for k, v in self.by_kind.items()},
                "tied_to_previous": self.tied_to_previous,
                "clarify_wrong": self.clarify_wrong,
                "misses": [asdict(m) for m in self.misses]}


def evaluate_conversations(assistant: Assistant, conversations: list[EvalConversation],
                           sessions: bool = True) -> ConversationsResult:
    """Per kind of turn: how many were right, and the misses.

    A turn is right when the bot asked for the country exactly when it should have, and
    otherwise answered from one of the expected documents. When it offered suggestions
    instead and one of them is expected, the resident taps it (as in every channel): the
    turn counts as `tapped`, and the conversation goes on from that document.
    `tied_to_previous` counts new topics wrongly answered from the previous turn's
    document; `clarify_wrong` counts country questions asked where none was expected.
    The conversations run in a throw-away session store; with `sessions=False` every
    turn is asked alone (the baseline without conversation memory).
    """
    assistant = assistant.with_store(create_store("sqlite:///:memory:"))
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    tapped: dict[str, int] = defaultdict(int)
    tied = clarify_wrong = 0
    misses = []
    for conv in conversations:
        session = f"eval:{conv.id}:{uuid.uuid4().hex[:8]}"
        previous: str | None = None
        for turn in conv.turns:
            answer = assistant.ask(turn.q, country=conv.country,
                                  session_id=session if sessions else None,
                                  channel="eval")
            got = answer.sources[0].doc_id if answer.answered and answer.sources else None
            asked = answer.clarify is not None
            ok = asked if turn.clarify else (not asked and got in turn.docs)
            total[turn.kind] += 1
            right[turn.kind] += ok
            if asked and not turn.clarify:
                clarify_wrong += 1
            if turn.kind == "new" and got is not None and got == previous and (
                    got not in turn.docs):
                tied += 1
            if not ok:
                misses.append(TurnMiss(conv.id, turn.q, turn.kind,
                                       "clarify" if turn.clarify else list(turn.docs),
                                       "clarify" if asked else got))
                chosen = next((s.doc_id for s in answer.suggestions if s.doc_id in turn.docs),
                              None)
                if chosen is not None and not turn.clarify:
                    tap = assistant.ask(turn.q, country=conv.country, doc_id=chosen,
                                        session_id=session if sessions else None,
                                        channel="eval")
                    if tap.answered and tap.sources and tap.sources[0].doc_id == chosen:
                        tapped[turn.kind] += 1
                        got = chosen
            previous = got or previous
    return ConversationsResult(len(conversations), sum(total.values()),
                               {k: KindScore(right[k], total[k], tapped[k])
                                for k in KINDS if total[k]},
                               tied, clarify_wrong, tuple(misses))


def conversations_table(result: ConversationsResult, misses: int = 20) -> str:
    """The result as text for the terminal."""
    lines = [f"Conversations: {result.conversations} ({result.turns} turns), "
             f"turn accuracy {result.accuracy:.1%}; with one tap on a suggestion "
             f"{result.with_tap:.1%}"]
    for kind, row in result.by_kind.items():
        lines.append(f"  {kind:<8} {row.right:>3}/{row.total:<3} {row.accuracy:.1%}"
                     f"   +{row.tapped} tapped: {row.with_tap:.1%}")
    lines.append(f"  new topics tied to the previous document: {result.tied_to_previous}")
    lines.append(f"  country asked when not expected: {result.clarify_wrong}")
    for m in result.misses[:misses]:
        lines.append(f"  miss [{m.kind}] {m.q!r}: expected {m.expected}, got {m.got}")
    return "\n".join(lines)
