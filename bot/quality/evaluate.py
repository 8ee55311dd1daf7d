"""`tanyakota eval --questions`: answers on a question set, with the country and without,
and every answerable question again with its document left out of the index.

A question set has one question per line:

    {"q": "ktp ilang gmn ngurusnya", "lang": "id", "country": "ID",
     "docs": ["id/ktp-hilang.md"], "fact": "gratis"}

`docs` lists the documents that answer it (empty: the folder does not cover it); `fact`
(optional) is a string a right answer must contain (a fee, a number of days, an hour).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bot.assistant import Assistant
from bot.cache import LRUCache
from bot.holder import FixedHolder
from bot.question import clean_question
from bot.retrieve import HybridRetriever
from bot.types import Answer, Decision
from indexer.build import dense_index, keyword_index
from indexer.store import IndexVersion
from indexer.text import normalize

MODES = ("with_country", "without_country")
EARLY_CHARS = 300


@dataclass(frozen=True)
class EvalQuestion:
    text: str
    lang: str
    country: str
    docs: tuple[str, ...]
    fact: str | None = None


def load_questions(path: Path) -> list[EvalQuestion]:
    """One file, or every `*.jsonl` in a folder."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows = [json.loads(line) for f in files
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [EvalQuestion(r["q"], r["lang"], r["country"], tuple(r.get("docs") or ()),
                         r.get("fact")) for r in rows]


def contains(text: str, fact: str) -> bool:
    """`fact` appears in `text`, ignoring case and spacing."""
    return _flat(fact) in _flat(text)


def _flat(text: str) -> str:
    return " ".join(normalize(text).split())


@dataclass(frozen=True)
class Outcome:
    """One question asked once, and what came back."""

    question: EvalQuestion
    mode: str
    answered: bool
    doc: str | None
    suggested: tuple[str, ...]
    lang: str
    confidence: float
    clarified: bool
    fact_in: bool = False
    fact_early: bool = False
    decision: Decision | None = None
    where: int = -1  # where the fact starts in the answer (-1: not in it)

    @property
    def right(self) -> bool:
        return self.answered and self.doc in self.question.docs

    @property
    def verdict(self) -> str:
        """right | wrong | suggested | refused (answerable); refused | suggested | answered
        (not covered)."""
        if not self.question.docs:
            return "answered" if self.answered else (
                "suggested" if self.suggested else "refused")
        if self.answered:
            return "right" if self.right else "wrong"
        return "suggested" if set(self.suggested) & set(self.question.docs) else "refused"


def ask(assistant: Assistant, q: EvalQuestion, mode: str) -> Outcome:
    """Ask `q` as a resident would; a country question back is answered with its country."""
    country = q.country if mode == "with_country" else None
    a = assistant.ask(q.text, country=country, channel="eval")
    clarified = a.clarify is not None
    if clarified:
        a = assistant.ask(q.text, country=q.country, channel="eval")
    return _outcome(q, mode, a, clarified)


def _outcome(q: EvalQuestion, mode: str, a: Answer, clarified: bool) -> Outcome:
    doc = a.sources[0].doc_id if a.answered and a.sources else None
    fact = q.fact if q.fact and a.answered else None
    return Outcome(q, mode, a.answered, doc, tuple(s.doc_id for s in a.suggestions), a.lang,
                   a.confidence, clarified,
                   fact_in=bool(fact) and contains(a.answer, fact or ""),
                   fact_early=bool(fact) and contains(a.answer[:EARLY_CHARS], fact or ""),
                   decision=a.decision, where=position(a.answer, fact) if fact else -1)


def position(text: str, fact: str) -> int:
    """Where `fact` starts in `text` as `contains` reads both (-1: not in it)."""
    flat, wanted = _flat(text), _flat(fact)
    return flat.find(wanted) if wanted else -1


def record(o: Outcome) -> dict[str, Any]:
    """One outcome as a line of `tanyakota eval --signals`: the question, what came back,
    and what the decision read of each candidate (refit with `tanyakota fit`)."""
    d = o.decision
    return {"mode": o.mode, "q": o.question.text, "lang": o.question.lang,
            "country": o.question.country, "docs": list(o.question.docs),
            "fact": o.question.fact, "answered": o.answered, "doc": o.doc,
            "suggested": list(o.suggested), "verdict": o.verdict, "reply_lang": o.lang,
            "confidence": o.confidence, "fact_in": o.fact_in, "fact_at": o.where,
            "gate": d.gate if d else None,
            "judged": [asdict(j) for j in d.judged] if d else []}


@dataclass(frozen=True)
class SetScores:
    """Shares of one way of asking; answerable and not-covered questions apart."""

    answerable: int
    with_fact: int
    not_covered: int
    right_doc: float
    right_with_fact: float
    fact_early: float
    suggested: float
    refused_wrongly: float
    answered_wrong: float
    not_covered_answered: float
    not_covered_suggested: float
    language: float
    clarified: float


def _share(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


def score(outcomes: list[Outcome]) -> SetScores:
    ans = [o for o in outcomes if o.question.docs]
    facts = [o for o in ans if o.question.fact]
    out = [o for o in outcomes if not o.question.docs]
    verdicts = [o.verdict for o in ans]
    return SetScores(
        answerable=len(ans), with_fact=len(facts), not_covered=len(out),
        right_doc=_share(verdicts.count("right"), len(ans)),
        right_with_fact=_share(sum(o.right and o.fact_in for o in facts), len(facts)),
        fact_early=_share(sum(o.right and o.fact_early for o in facts), len(facts)),
        suggested=_share(verdicts.count("suggested"), len(ans)),
        refused_wrongly=_share(verdicts.count("refused"), len(ans)),
        answered_wrong=_share(verdicts.count("wrong"), len(ans)),
        not_covered_answered=_share(sum(o.answered for o in out), len(out)),
        not_covered_suggested=_share(sum(o.verdict == "suggested" for o in out), len(out)),
        language=_share(sum(o.lang == o.question.lang for o in outcomes), len(outcomes)),
        clarified=_share(sum(o.clarified for o in outcomes), len(outcomes)))


@dataclass(frozen=True)
class LeaveOneOut:
    """Each answerable question asked (with its country) of the index without its
    documents: it must be refused or offered suggestions, never answered."""

    questions: int
    answered: float
    suggested: float
    refused: float


@dataclass(frozen=True)
class Miss:
    mode: str
    q: str
    expected: list[str] | None
    got: str | None
    verdict: str
    confidence: float
    suggested: list[str]


@dataclass(frozen=True)
class QuestionsResult:
    modes: dict[str, SetScores]
    language_methods: dict[str, float]
    misses: tuple[Miss, ...]
    leave_one_out: LeaveOneOut | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**{m: asdict(s) for m, s in self.modes.items()},
                "leave_one_out": asdict(self.leave_one_out) if self.leave_one_out else None,
                "language_methods": dict(self.language_methods),
                "misses": [asdict(m) for m in self.misses]}


def _is_miss(o: Outcome) -> bool:
    if not o.question.docs:
        return o.answered
    return not o.right or (bool(o.question.fact) and not o.fact_in)


def _miss(o: Outcome) -> Miss:
    return Miss(o.mode, o.question.text, list(o.question.docs) or None, o.doc, o.verdict,
                o.confidence, list(o.suggested))


def evaluate_questions(assistant: Assistant, questions: list[EvalQuestion],
                       leave_one_out: bool = False,
                       progress: Callable[[str], None] = lambda _: None,
                       seen: Callable[[Outcome], None] = lambda _: None) -> QuestionsResult:
    """Every question with the country given and without; misses; optionally the
    leave-one-document-out run; `seen` is shown every outcome."""
    detector = assistant.answerer.detector
    n = len(questions)
    methods = {
        "lingua alone": _share(sum(detector.lingua_only(q.text) == q.lang for q in questions), n),
        "lingua + marker words": _share(sum(detector.detect(q.text) == q.lang
                                            for q in questions), n),
    }
    modes: dict[str, SetScores] = {}
    misses: list[Miss] = []
    for mode in MODES:
        progress(f"asking {n} questions ({mode.replace('_', ' ')})")
        outcomes = [ask(assistant, q, mode) for q in questions]
        for o in outcomes:
            seen(o)
        modes[mode] = score(outcomes)
        misses += [_miss(o) for o in outcomes if _is_miss(o)]
    loo = None
    if leave_one_out:
        progress("asking every answerable question without its documents")
        outcomes = list(left_out(assistant, [q for q in questions if q.docs]))
        for o in outcomes:
            seen(o)
        loo = LeaveOneOut(len(outcomes),
                          _share(sum(o.answered for o in outcomes), len(outcomes)),
                          _share(sum(bool(o.suggested) and not o.answered for o in outcomes),
                                 len(outcomes)),
                          _share(sum(not o.answered and not o.suggested for o in outcomes),
                                 len(outcomes)))
        misses += [replace(_miss(o), mode="leave_one_out") for o in outcomes if o.answered]
    return QuestionsResult(modes, methods, tuple(misses), loo)


def left_out(assistant: Assistant, questions: list[EvalQuestion]) -> Iterable[Outcome]:
    """Each question asked of an index held in memory without the documents it names."""
    base = assistant.holder.current()
    by_docs: dict[tuple[str, ...], list[EvalQuestion]] = {}
    for q in questions:
        by_docs.setdefault(tuple(sorted(q.docs)), []).append(q)
    for docs, group in by_docs.items():
        # one document less hardly moves the folder's statistics: measured once, for all
        retriever = HybridRetriever(without(base.version, set(docs)), base.embedder,
                                    base.params, query_cache=len(group) + 1,
                                    typical=base.typical_distinctness)
        desk = replace(assistant, holder=FixedHolder(retriever), store=None,
                       conversation=None, answers=LRUCache(0))
        for q in group:
            text = clean_question(q.text)  # embedded once, for the whole index
            retriever.queries.put(text, retriever.prepare(text, base.prepare(text).vector))
            a = desk.ask(q.text, country=q.country, channel="eval")
            yield _outcome(replace(q, docs=()), "leave_one_out", a, False)


def without(version: IndexVersion, docs: set[str]) -> IndexVersion:
    """`version` held in memory, less the chunks of `docs` (dense, keyword and chunks)."""
    keep = [i for i, c in enumerate(version.chunks) if c.doc_id not in docs]
    chunks = [version.chunks[i] for i in keep]
    vectors = (version.dense.reconstruct_batch(np.array(keep, dtype=np.int64)) if keep
               else np.zeros((0, version.manifest.dim), dtype=np.float32))
    manifest = replace(version.manifest, version=f"{version.name}-without-{len(docs)}",
                       documents=version.manifest.documents - len(docs), chunks=len(chunks))
    return IndexVersion(version.path, manifest, tuple(chunks), dense_index(vectors),
                        keyword_index(chunks), version.glossary, version.channels,
                        version.background)


def questions_table(result: QuestionsResult, show_misses: int = 20) -> str:
    lines = ["question set",
             f"  {'country':<10}{'right doc':>10}{'+ fact':>8}{'early':>7}{'suggest':>8}"
             f"{'refused':>8}{'wrong':>7}{'n/c ans':>8}{'lang':>7}{'asked':>7}"]
    for mode, label in (("with_country", "given"), ("without_country", "not given")):
        r = result.modes[mode]
        lines.append(f"  {label:<10}{r.right_doc:>10.3f}{r.right_with_fact:>8.3f}"
                     f"{r.fact_early:>7.3f}{r.suggested:>8.3f}{r.refused_wrongly:>8.3f}"
                     f"{r.answered_wrong:>7.3f}{r.not_covered_answered:>8.3f}"
                     f"{r.language:>7.3f}{r.clarified:>7.3f}")
    r = result.modes["with_country"]
    lines.append(f"  ({r.answerable} answerable, {r.with_fact} with a fact; {r.not_covered} "
                 "not covered. '+ fact': right document and the fact in the answer; 'early': "
                 f"the fact in the first {EARLY_CHARS} characters; 'n/c ans': not-covered "
                 "questions answered)")
    if result.leave_one_out is not None:
        loo = result.leave_one_out
        lines.append(f"  leave one document out ({loo.questions} questions): answered "
                     f"{loo.answered:.3f}, suggested {loo.suggested:.3f}, refused "
                     f"{loo.refused:.3f}")
    lines.append("  language, question alone: " + ", ".join(
        f"{k} {v:.3f}" for k, v in result.language_methods.items()))
    misses = result.misses
    if misses and show_misses:
        lines.append(f"  misses ({len(misses)}):")
        for m in misses[:show_misses]:
            lines.append(f"    [{m.mode[:7]}] {m.verdict}: {m.q!r}: expected {m.expected}, "
                         f"got {m.got} (confidence {m.confidence}"
                         + (f", suggested {m.suggested}" if m.suggested else "") + ")")
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
    with_fact: int = 0          # of those, questions with a fact to find
    fact_extractive: float = 0.0
    fact_with_model: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def evaluate_phrasing(plain: Assistant, phrased: Assistant,
                      questions: list[EvalQuestion]) -> PhrasingScores:
    """Ask each in-scope question of both desks; compare what a resident would read."""
    before = phrased.phrasing_counts()
    lengths: list[tuple[int, int]] = []
    generated = 0
    facts: list[tuple[bool, bool]] = []  # the fact in the answer: extractive, with the model
    for q in questions:
        if not q.docs:
            continue
        a = plain.ask(q.text, country=q.country, channel="eval")
        if not a.answered:
            continue
        b = phrased.ask(q.text, country=q.country, channel="eval")
        lengths.append((len(a.answer), len(b.answer)))
        generated += b.generated
        if q.fact:
            facts.append((contains(a.answer, q.fact), contains(b.answer, q.fact)))
    n = len(lengths)
    counts = {k: v - before.get(k, 0) for k, v in phrased.phrasing_counts().items()}
    return PhrasingScores(
        answered=n, generated=_share(generated, n),
        chars_extractive=round(sum(a for a, _ in lengths) / max(n, 1), 1),
        chars_with_model=round(sum(b for _, b in lengths) / max(n, 1), 1),
        outcomes={f"{o}:{r}" if r else o: c for (o, r), c in sorted(counts.items()) if c},
        with_fact=len(facts),
        fact_extractive=_share(sum(x for x, _ in facts), len(facts)),
        fact_with_model=_share(sum(y for _, y in facts), len(facts)))


def phrasing_table(result: PhrasingScores) -> str:
    outcomes = ", ".join(f"{k} {v}" for k, v in result.outcomes.items()) or "none"
    return "\n".join([
        "phrasing by the language model (in-scope questions answered, country given)",
        f"  answered {result.answered}, served in the model's wording {result.generated:.3f}",
        f"  mean answer length: {result.chars_extractive:.0f} characters extractive, "
        f"{result.chars_with_model:.0f} with the model",
        f"  outcomes: {outcomes}",
        f"  the fact in the answer ({result.with_fact} questions with one): "
        f"{result.fact_extractive:.3f} extractive, {result.fact_with_model:.3f} with the "
        "model"])
