"""Turn a question into an `Answer`: the best section of the best document, or a refusal."""

from __future__ import annotations

import logging
import math
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from bot.cache import LRUCache
from bot.language import LanguageDetector
from bot.retrieve import DocHit, HybridRetriever, IndexHolder, Query
from bot.store import RefusedQuestion, Store
from indexer.errors import TanyakotaError
from indexer.types import Chunk

if TYPE_CHECKING:
    from bot.conversation import Conversation

log = logging.getLogger(__name__)

COUNTRY_OF_LANG = {"id": "ID", "ms": "MY"}
MAX_QUESTION_CHARS = 1000


class InvalidQuestion(TanyakotaError):
    """The question is empty or too long."""


@dataclass(frozen=True)
class Source:
    doc_id: str
    title: str
    url: str | None
    updated: str | None
    score: float


@dataclass(frozen=True)
class Choice:
    label: str
    value: str


@dataclass(frozen=True)
class Clarify:
    question: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Related:
    doc_id: str
    title: str


@dataclass(frozen=True)
class Answer:
    """The one answer shape of every channel. `sources[0]` is the answer's document."""

    answered: bool
    answer: str
    lang: str
    sources: tuple[Source, ...] = ()
    confidence: float = 0.0
    clarify: Clarify | None = None
    related: tuple[Related, ...] = ()
    country: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["sources"] = [asdict(s) for s in self.sources]
        data["related"] = [asdict(r) for r in self.related]
        return data


@dataclass(frozen=True)
class AbstainRule:
    """Whether the best document answers the question: a logistic score of two signals.

    - distinctness: how many standard deviations the document's dense similarity stands
      above the question's similarity to the whole index (off-topic questions are about
      as similar to everything);
    - coverage: the IDF-weighted share of the question's words the document covers,
      through the glossary and near spellings.

    Weights are calibrated on the project's question set (`tanyakota eval`); the
    probability is the answer's `confidence`.
    """

    distinct_weight: float = 1.42
    coverage_weight: float = 6.47
    bias: float = -7.09
    threshold: float = 0.45

    def probability(self, distinct: float, coverage: float) -> float:
        score = self.distinct_weight * distinct + self.coverage_weight * coverage + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0)))

    def accepts(self, distinct: float, coverage: float) -> bool:
        return self.probability(distinct, coverage) >= self.threshold


@dataclass
class Answerer:
    """Answers questions from the index version an `IndexHolder` serves."""

    holder: IndexHolder
    detector: LanguageDetector
    default_country: str | None = None
    max_chars: int = 700
    rule: AbstainRule = field(default_factory=AbstainRule)
    store: Store | None = None
    # sessions, follow-ups, the country question and related topics (bot.conversation)
    conversation: Conversation | None = None
    # answers to repeated stateless questions, keyed by the index version that gave them
    answers: LRUCache[Answer] = field(default_factory=lambda: LRUCache(1024))

    def ask(self, question: str, country: str | None = None, lang: str | None = None,
            session_id: str | None = None, channel: str = "api") -> Answer:
        """Answer `question`; refusals are recorded in the store (masked) for staff."""
        if session_id is not None and self.conversation is not None and self.store is not None:
            answer = self.conversation.answer(self, question, country, lang, session_id)
        else:
            answer = self._cached_answer(question, country, lang) if session_id is None else (
                self._answer(question, country, lang))
        if self.conversation is not None:
            answer = self.conversation.with_related(self.holder.current(), answer)
        if not answer.answered and answer.clarify is None and self.store is not None:
            self.store.record_refusal(RefusedQuestion(channel, " ".join(question.split()),
                                                      answer.lang, answer.country,
                                                      answer.confidence))
        return answer

    def _cached_answer(self, question: str, country: str | None, lang: str | None) -> Answer:
        """The same question, filters and index version give the same answer: reuse it."""
        retriever = self.holder.current()
        key = (" ".join((question or "").split()), country, lang, retriever.version.name,
               retriever.params, self.rule, self.default_country, self.max_chars,
               self.conversation)
        answer = self.answers.get(key)
        if answer is None:
            answer = self._answer(question, country, lang)
            self.answers.put(key, answer)
        return answer

    def _answer(self, question: str, country: str | None, lang: str | None) -> Answer:
        text = " ".join((question or "").split())
        if not text:
            raise InvalidQuestion("the question is empty")
        if len(text) > MAX_QUESTION_CHARS:
            raise InvalidQuestion(f"the question is longer than {MAX_QUESTION_CHARS} characters")
        retriever = self.holder.current()
        query = retriever.prepare(text)
        country = country or self.default_country
        docs = retriever.search(query, country=country, k=5)
        # documents are evidence of the question's language only when they answer it
        evidence = [d.best.lang for d in docs[:3]] if docs and self.rule.accepts(
            *self.signals(retriever, query, docs[0])) else []
        guess = self.detector.decide(text, evidence, given=lang)
        if country is None:
            if self.conversation is not None and (asked := self.conversation.country_question(
                    self, retriever, query, guess.lang)) is not None:
                return asked
            country = COUNTRY_OF_LANG[guess.lang]
            docs = retriever.search(query, country=country, k=5)
        return self.compose(retriever, query, docs, guess.lang, country)

    def compose(self, retriever: HybridRetriever, query: Query, docs: list[DocHit],
                lang: str, country: str) -> Answer:
        if not docs:
            return self.refusal(retriever, lang, country)
        top = docs[0]
        distinct, coverage = self.signals(retriever, query, top)
        confidence = self.rule.probability(distinct, coverage)
        if confidence < self.rule.threshold:
            log.info("refused (distinct %.2f, coverage %.2f): %s", distinct, coverage,
                     query.text)
            return self.refusal(retriever, lang, country, confidence)
        # further sources: documents nearly as good that also answer the question
        sources = tuple(
            Source(d.doc_id, d.best.title, d.best.source, d.best.updated, round(d.score, 4))
            for d in docs[:3]
            if d is top or (d.score >= 0.95 * top.score
                            and self.rule.accepts(*self.signals(retriever, query, d)))
        )
        return Answer(
            answered=True,
            answer=extract(top, self.max_chars),
            lang=lang,
            sources=sources,
            confidence=round(confidence, 3),
            country=top.best.country or country,
        )

    @staticmethod
    def signals(retriever: HybridRetriever, query: Query, doc: DocHit) -> tuple[float, float]:
        return retriever.distinctness(query, doc.dense), retriever.coverage(query, doc.doc_id)

    def refusal(self, retriever: HybridRetriever, lang: str, country: str,
                confidence: float = 0.0) -> Answer:
        channel = retriever.version.channels.get(country) or {}
        template = channel.get("refusal", {}).get(lang) or (
            "Maaf, saya belum punya informasi tentang hal itu." if lang == "id"
            else "Maaf, saya belum mempunyai maklumat tentang perkara itu."
        )
        message = " ".join(template.format(url=channel.get("url", ""),
                                           name=channel.get("name", "")).split())
        return Answer(answered=False, answer=message, lang=lang, country=country,
                      confidence=round(confidence, 3))


def extract(doc: DocHit, max_chars: int) -> str:
    """The best section, and the next best of the same document while room is left."""
    parts: list[Chunk] = []
    used = 0
    for hit in doc.hits[:3]:
        chunk = hit.chunk
        block = chunk.text if not chunk.heading else f"{chunk.heading}\n{chunk.text}"
        if parts and used + len(block) > max_chars:
            break
        parts.append(chunk)
        used += len(block) + 2
        if used >= max_chars * 0.5:
            break
    parts.sort(key=_position)  # in the document's own order: its summary first
    text = "\n\n".join(
        c.text if not c.heading else f"{c.heading}\n{c.text}" for c in parts
    )
    return trim(text, max_chars)


def _position(chunk: Chunk) -> int:
    tail = chunk.chunk_id.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def trim(text: str, max_chars: int) -> str:
    """Cut at a line, then a sentence, then a word boundary; mark the cut with '…'."""
    text = re.sub(r"\n{3,}", "\n\n", text.strip())
    if len(text) <= max_chars:
        return text
    window = text[: max_chars - 1]
    for sep in ("\n", ". ", " "):
        cut = window.rfind(sep)
        if cut >= max_chars * 0.5:
            return window[: cut + (1 if sep == ". " else 0)].rstrip() + " …"
    return window.rstrip() + "…"
