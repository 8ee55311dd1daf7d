"""`tanyakota eval --questions`: answers on a question set, with the country and without.

A question set has one question per line:

    {"q": "ktp ilang gmn ngurusnya", "lang": "id", "country": "ID",
     "docs": ["id/ktp-hilang.md"]}

`docs` lists the documents that answer it (empty: the folder does not cover it).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.assistant import Assistant

MODES = ("with_country", "without_country")


@dataclass(frozen=True)
class EvalQuestion:
    text: str
    lang: str
    country: str
    docs: tuple[str, ...]


def load_questions(path: Path) -> list[EvalQuestion]:
    """One file, or every `*.jsonl` in a folder."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows = [json.loads(line) for f in files
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [EvalQuestion(r["q"], r["lang"], r["country"], tuple(r.get("docs") or ()))
            for r in rows]


@dataclass(frozen=True)
class Miss:
    mode: str
    q: str
    expected: list[str] | None
    got: str | None
    confidence: float


@dataclass(frozen=True)
class ModeScores:
    """One way of asking (with the country given, or not)."""

    top1: float
    false_refusals: float
    refusal_recall: float
    language: float
    clarified: float
    in_scope: int
    out_of_scope: int


@dataclass(frozen=True)
class QuestionsResult:
    modes: dict[str, ModeScores]
    language_methods: dict[str, float]
    misses: tuple[Miss, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**{m: asdict(s) for m, s in self.modes.items()},
                "language_methods": dict(self.language_methods),
                "misses": [asdict(m) for m in self.misses]}


def _share(count: int, total: int) -> float:
    return round(count / max(total, 1), 4)


def evaluate_questions(assistant: Assistant, questions: list[EvalQuestion]) -> QuestionsResult:
    """Top-1 accuracy with and without the country, refusals, language, and the misses."""
    detector = assistant.answerer.detector
    n = len(questions)
    methods = {
        "lingua alone": _share(sum(detector.lingua_only(q.text) == q.lang for q in questions), n),
        "lingua + marker words": _share(sum(detector.detect(q.text) == q.lang
                                            for q in questions), n),
    }
    in_scope = [q for q in questions if q.docs]
    out_scope = [q for q in questions if not q.docs]
    misses: list[Miss] = []
    modes: dict[str, ModeScores] = {}
    for mode in MODES:
        right = false_refusals = lang_right = clarified = refused = 0
        for q in questions:
            a = assistant.ask(q.text, country=q.country if mode == "with_country" else None,
                              channel="eval")
            if a.clarify is not None:  # asked back "Indonesia or Malaysia?": the resident picks
                clarified += 1
                a = assistant.ask(q.text, country=q.country, channel="eval")
            lang_right += a.lang == q.lang
            got = a.sources[0].doc_id if a.answered and a.sources else None
            if q.docs:
                ok = got in q.docs
                right += ok
                false_refusals += not a.answered
            else:
                ok = not a.answered
                refused += ok
            if not ok:
                misses.append(Miss(mode, q.text, list(q.docs) or None, got, a.confidence))
        modes[mode] = ModeScores(
            top1=_share(right, len(in_scope)),
            false_refusals=_share(false_refusals, len(in_scope)),
            refusal_recall=_share(refused, len(out_scope)),
            language=_share(lang_right, n), clarified=_share(clarified, n),
            in_scope=len(in_scope), out_of_scope=len(out_scope))
    return QuestionsResult(modes, methods, tuple(misses))


def questions_table(result: QuestionsResult, show_misses: int = 20) -> str:
    lines = ["question set", f"  {'country':<18}{'top-1':>7} {'refused (out)':>14} "
             f"{'false refusals':>15} {'language':>9} {'asked back':>11}"]
    for mode, label in (("with_country", "given"), ("without_country", "not given")):
        r = result.modes[mode]
        lines.append(f"  {label:<18}{r.top1:>7.3f} {r.refusal_recall:>14.3f} "
                     f"{r.false_refusals:>15.3f} {r.language:>9.3f} {r.clarified:>11.3f}")
    r = result.modes["with_country"]
    lines.append(f"  ({r.in_scope} in-scope and {r.out_of_scope} out-of-scope questions)")
    lines.append("  language, question alone: " + ", ".join(
        f"{k} {v:.3f}" for k, v in result.language_methods.items()))
    misses = result.misses
    if misses and show_misses:
        lines.append(f"  misses ({len(misses)}):")
        for m in misses[:show_misses]:
            lines.append(f"    [{m.mode[:7]}] {m.q!r}: expected {m.expected}, got "
                         f"{m.got} (confidence {m.confidence})")
        if len(misses) > show_misses:
            lines.append(f"    … {len(misses) - show_misses} more (--json lists all)")
    return "\n".join(lines)


@dataclass(frozen=True)
class PhrasingScores:
    """Answers phrased by the language model next to the extractive ones (answered,
    in-scope questions, the country given)."""

    answered: int
    generated: float            # share served in the model's wording
    chars_extractive: float     # mean answer length without the model
    chars_with_model: float     # mean length of what residents got with it
    outcomes: dict[str, int]    # generated, guarded:<reason>, timeout, error

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def evaluate_phrasing(plain: Assistant, phrased: Assistant,
                      questions: list[EvalQuestion]) -> PhrasingScores:
    """Ask each in-scope question of both desks; compare what a resident would read."""
    before = phrased.phrasing_counts()
    lengths: list[tuple[int, int]] = []
    generated = 0
    for q in questions:
        if not q.docs:
            continue
        a = plain.ask(q.text, country=q.country, channel="eval")
        if not a.answered:
            continue
        b = phrased.ask(q.text, country=q.country, channel="eval")
        lengths.append((len(a.answer), len(b.answer)))
        generated += b.generated
    n = len(lengths)
    counts = {k: v - before.get(k, 0) for k, v in phrased.phrasing_counts().items()}
    return PhrasingScores(
        answered=n, generated=_share(generated, n),
        chars_extractive=round(sum(a for a, _ in lengths) / max(n, 1), 1),
        chars_with_model=round(sum(b for _, b in lengths) / max(n, 1), 1),
        outcomes={f"{o}:{r}" if r else o: c for (o, r), c in sorted(counts.items()) if c})


def phrasing_table(result: PhrasingScores) -> str:
    outcomes = ", ".join(f"{k} {v}" for k, v in result.outcomes.items()) or "none"
    return "\n".join([
        "phrasing by the language model (in-scope questions answered, country given)",
        f"  answered {result.answered}, served in the model's wording {result.generated:.3f}",
        f"  mean answer length: {result.chars_extractive:.0f} characters extractive, "
        f"{result.chars_with_model:.0f} with the model",
        f"  outcomes: {outcomes}"])
