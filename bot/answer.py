"""Turn a question into an `Answer`: the best section of the best document, or a refusal."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from bot.clarify import CountryClarifier
from bot.decide import AbstainRule, signals
from bot.language import LanguageDetector
from bot.retrieve import DocHit, HybridRetriever, Query
from bot.types import Answer, Ground, Source
from indexer.complaints import FALLBACK_REFUSAL
from indexer.countries import country_of_lang
from indexer.types import Chunk

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answerer:
    """Answers one question from one index version (stateless: sessions are
    `bot.conversation`'s, caching and recording the front desk's)."""

    detector: LanguageDetector
    rule: AbstainRule = field(default_factory=AbstainRule)
    # "Indonesia atau Malaysia?" when the country is unknown and both fit; None: guess
    clarifier: CountryClarifier | None = None
    default_country: str | None = None
    max_chars: int = 700

    def answer(self, retriever: HybridRetriever, text: str, country: str | None,
               lang: str | None) -> Answer:
        """Answer `text` (already cleaned, see `bot.question`)."""
        query = retriever.prepare(text)
        country = country or self.default_country
        docs = retriever.search(query, country=country, k=5)
        # documents are evidence of the question's language only when they answer it
        evidence = [d.best.lang for d in docs[:3]] if docs and self.rule.accepts(
            *signals(retriever, query, docs[0])) else []
        guess = self.detector.decide(text, evidence, given=lang)
        if country is None:
            if self.clarifier is not None and (asked := self.clarifier.ask_back(
                    retriever, query, guess.lang)) is not None:
                return asked
            country = country_of_lang(guess.lang)
            docs = retriever.search(query, country=country, k=5)
        return self.compose(retriever, query, docs, guess.lang, country)

    def compose(self, retriever: HybridRetriever, query: Query, docs: list[DocHit],
                lang: str, country: str) -> Answer:
        if not docs:
            return self.refusal(retriever, lang, country)
        top = docs[0]
        distinct, coverage = signals(retriever, query, top)
        confidence = self.rule.probability(distinct, coverage)
        if confidence < self.rule.threshold:
            log.info("refused (distinct %.2f, coverage %.2f)", distinct, coverage)
            return self.refusal(retriever, lang, country, confidence)
        # further sources: documents nearly as good that also answer the question
        sources = tuple(
            Source(d.doc_id, d.best.title, d.best.source, d.best.updated, round(d.score, 4))
            for d in docs[:3]
            if d is top or (d.score >= 0.95 * top.score
                            and self.rule.accepts(*signals(retriever, query, d)))
        )
        parts = sections(top, self.max_chars)
        return Answer(
            answered=True,
            answer=joined(parts, self.max_chars),
            lang=lang,
            sources=sources,
            confidence=round(confidence, 3),
            country=top.best.country or country,
            grounds=tuple(Ground(c.doc_id, c.title, c.heading, c.text, c.source)
                          for c in parts),
        )

    @staticmethod
    def refusal(retriever: HybridRetriever, lang: str, country: str,
                confidence: float = 0.0) -> Answer:
        channel = retriever.version.channels.get(country)
        message = channel.refusal_text(lang) if channel else FALLBACK_REFUSAL.get(
            lang, FALLBACK_REFUSAL["id"])
        return Answer(answered=False, answer=message, lang=lang, country=country,
                      confidence=round(confidence, 3))


def extract(doc: DocHit, max_chars: int) -> str:
    """The best section, and the next best of the same document while room is left."""
    return joined(sections(doc, max_chars), max_chars)


def sections(doc: DocHit, max_chars: int) -> list[Chunk]:
    """The sections `extract` uses, in the document's own order."""
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
    return parts


def joined(parts: list[Chunk], max_chars: int) -> str:
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
