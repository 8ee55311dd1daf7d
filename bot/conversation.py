"""Conversations: session memory, follow-up questions, the country question, suggestions.

A session is a few recent turns in the store (question, the document it was answered
from, language, country), younger than a time-out. Each new message is read against them:

- a reply that picks a country ("MY", "Malaysia", a button) answers the question the bot
  asked it about;
- a message that does not name its own topic ("syaratnya apa?", "kalau hilang?") is
  searched together with the title of the previous answer's document; a message that
  another document answers clearly better on its own words starts a new topic;
- the session's country and (for follow-ups) language carry over.

Without a country (none given, none in the session, none for the deployment) a question
that documents of both countries answer about equally gets "Indonesia atau Malaysia?"
back instead of a guess, unless its words already mark the language (and so the country).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from bot.answer import (
    COUNTRY_OF_LANG,
    MAX_QUESTION_CHARS,
    Answer,
    Choice,
    Clarify,
    InvalidQuestion,
    Related,
)
from bot.retrieve import DocHit, HybridRetriever, Query
from bot.store import Turn
from indexer.text import GENERIC, terms, words

if TYPE_CHECKING:
    from bot.answer import Answerer
    from indexer.config import Settings

log = logging.getLogger(__name__)

COUNTRY_WORDS = {"id": "ID", "indonesia": "ID", "indo": "ID", "ri": "ID",
                 "my": "MY", "malaysia": "MY", "msia": "MY", "m'sia": "MY"}
# words around a country name in a reply ("saya di Malaysia", "kat Malaysia")
CHOICE_FILLER = frozenset("saya sy aku di kat dari negara negeri tinggal yang ya je aja "
                          "dong".split())
CLARIFY_TEXT = {
    "id": ("Layanan ini ada di Indonesia dan di Malaysia, dengan aturan yang berbeda. "
           "Anda di negara mana?"),
    "ms": ("Perkhidmatan ini ada di Indonesia dan di Malaysia, dengan peraturan yang "
           "berbeza. Anda di negara mana?"),
}
GENERIC_TERMS = frozenset(t for w in GENERIC for t in terms(w))
CLARIFY_QUESTION = "Indonesia atau Malaysia?"
CHOICES = (Choice("Indonesia", "ID"), Choice("Malaysia", "MY"))


def country_choice(text: str) -> str | None:
    """The country a short reply names ("MY", "Malaysia", "saya di Indonesia"), else None."""
    tokens = [w for w in words(text)]
    if not tokens or len(tokens) > 4:
        return None
    named = {COUNTRY_WORDS[w] for w in tokens if w in COUNTRY_WORDS}
    rest = [w for w in tokens if w not in COUNTRY_WORDS and w not in CHOICE_FILLER]
    return named.pop() if len(named) == 1 and not rest else None


def clean(question: str) -> str:
    text = " ".join((question or "").split())
    if not text:
        raise InvalidQuestion("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise InvalidQuestion(f"the question is longer than {MAX_QUESTION_CHARS} characters")
    return text


@dataclass(frozen=True)
class Conversation:
    """Session memory, follow-up resolution, the country question and related topics."""

    max_age: dt.timedelta = dt.timedelta(minutes=30)
    keep: int = 10               # turns kept per session (older ones are deleted)
    context: int = 5             # turns read back
    clarify: bool = True         # ask for the country when a question fits both
    # the country question: the question's words mark neither language beyond this
    # log-odds, and the weaker country's best document is at least this likely an answer
    # relative to the stronger one's
    clarify_max_odds: float = 2.0
    clarify_ratio: float = 0.6
    # documents scoring at least this share of the best one in the conversation's context
    # compete on how well they cover the message's own words
    context_ratio: float = 0.6
    # ... and take the lead when they cover this much more of them, with a rarer word the
    # leader lacks, or as much and name more of its rarer words in their title or tags
    # ("hilang", not "biaya" or "dokumen")
    coverage_gain: float = 0.25
    rare_idf: float = 1.2
    max_related: int = 3
    # each index version's words per country (filled on first use)
    _bags: dict[str, dict[str, frozenset[str]]] = field(
        default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Conversation:
        return cls(max_age=dt.timedelta(minutes=settings.session_minutes),
                   keep=settings.session_turns, clarify=settings.clarify_country)

    # --- the country question -----------------------------------------------------------
    def country_question(self, answerer: Answerer, retriever: HybridRetriever, query: Query,
                         lang: str) -> Answer | None:
        """"Indonesia atau Malaysia?" when both countries answer `query` about equally."""
        if not self.clarify or abs(answerer.detector.question_odds(query.text)) >= (
                self.clarify_max_odds) or self.country_words(retriever, query.text):
            return None
        best = []
        for country in CHOICES:
            docs = retriever.search(query, country=country.value, k=1)
            if not docs:
                return None
            p = answerer.rule.probability(*answerer.signals(retriever, query, docs[0]))
            if p < answerer.rule.threshold:
                return None
            best.append(p)
        if min(best) < self.clarify_ratio * max(best):
            return None
        return Answer(answered=False, answer=CLARIFY_TEXT.get(lang, CLARIFY_TEXT["id"]),
                      lang=lang, clarify=Clarify(CLARIFY_QUESTION, CHOICES),
                      confidence=round(min(best), 3), country=None)

    def country_words(self, retriever: HybridRetriever, text: str) -> set[str]:
        """Countries whose documents alone use a word of `text` ("nombor", "penang",
        "akte"), unless the glossary maps that word to terms of the other country too
        ("passport")."""
        bags = self._country_bags(retriever)
        glossary = retriever.version.glossary
        found = set()
        for word in set(words(text)):
            stems = terms(word)
            if not stems or len(word) < 3 or word.isdigit():
                continue
            inside = [c for c, bag in bags.items() if all(t in bag for t in stems)]
            if len(inside) != 1:
                continue
            others = [bag for c, bag in bags.items() if c != inside[0]]
            alternatives = [*glossary.alternatives(word), *glossary.expansions(word)]
            if any(terms(alt) and all(t in bag for t in terms(alt))
                   for alt in alternatives for bag in others):
                continue
            found.add(inside[0])
        return found

    def _country_bags(self, retriever: HybridRetriever) -> dict[str, frozenset[str]]:
        name = retriever.version.name
        if name not in self._bags:
            bags: dict[str, set[str]] = {c.value: set() for c in CHOICES}
            for doc_id, rows in retriever.doc_chunks.items():
                country = retriever.chunks[rows[0]].country
                if country in bags:
                    bags[country] |= retriever.doc_terms.get(doc_id, frozenset())
            self._bags.clear()  # one index version at a time
            self._bags[name] = {c: frozenset(b) for c, b in bags.items()}
        return self._bags[name]

    # --- sessions -------------------------------------------------------------------------
    def answer(self, answerer: Answerer, question: str, country: str | None,
               lang: str | None, session_id: str) -> Answer:
        """Answer `question` in the context of the session, and remember the turn."""
        store = answerer.store
        assert store is not None
        text = clean(question)
        turns = store.turns(session_id, max_age=self.max_age, limit=self.context)
        asked, answer = self.resolve(answerer, text, country, lang, turns)
        store.add_turn(session_id, asked, answer.sources[0].doc_id if answer.sources else None,
                       answer.lang, answer.country, keep=self.keep)
        return answer

    def resolve(self, answerer: Answerer, text: str, country: str | None, lang: str | None,
                turns: list[Turn]) -> tuple[str, Answer]:
        """(the question the answer is for, the answer), given the session's turns."""
        pending = turns[0] if turns and turns[0].country is None else None
        choice = country_choice(text)
        if pending is not None and choice is not None:
            return pending.question, answerer._answer(pending.question, choice, lang)
        country = country or next((t.country for t in turns if t.country), None)
        previous = next((t for t in turns if t.doc_id), None)
        if previous is not None:
            followed = self.follow_up(answerer, text, previous, country or previous.country,
                                      lang)
            if followed is not None:
                return text, followed
        return text, answerer._answer(text, country, lang)

    def follow_up(self, answerer: Answerer, text: str, previous: Turn, country: str | None,
                  lang: str | None) -> Answer | None:
        """The answer to `text` as a follow-up of `previous`, or None if it names a new
        topic (or the conversation's topic does not answer it either)."""
        retriever = answerer.holder.current()
        title = doc_title(retriever, previous.doc_id)
        if title is None:
            return None
        own = retriever.prepare(text)
        own_docs = retriever.search(own, country=country, k=5)
        if own_docs and len(text) >= 12 and own_docs[0].best.title.casefold().startswith(
                text.casefold()):
            return None  # a document's title (a suggestion that was tapped)
        context = retriever.prepare(f"{text} {title}")
        docs = retriever.search(context, country=country, k=5)
        if not docs:
            return None
        # of the documents the context ranks about as high, the one that covers the
        # message's own words best ("kalau hilang?" after a passport: the lost passport)
        # (in its text, then in its title and tags), among those about the same subject
        covers = {d.doc_id: retriever.coverage(own, d.doc_id) for d in docs}
        # the conversation's own document keeps the lead when it ranks about as high and
        # covers the message as well
        kept = next((d for d in docs[1:] if d.doc_id == previous.doc_id), None)
        if kept is not None and kept.score >= self.context_ratio * docs[0].score and (
                covers[kept.doc_id] >= covers[docs[0].doc_id]):
            docs = [kept] + [d for d in docs if d is not kept]
        top = docs[0]
        rare = {t for t in own.own_terms if retriever.idf.get(t, 0.0) >= self.rare_idf}

        def better(d: DocHit) -> bool:
            gain = covers[d.doc_id] - covers[top.doc_id]
            bag, top_bag = (retriever.doc_terms.get(x.doc_id, frozenset()) for x in (d, top))
            return (gain >= self.coverage_gain and bool(rare & bag - top_bag)) or (
                abs(gain) < 1e-3 and len(rare & title_terms(d)) > len(rare & title_terms(top)))

        near = [d for d in docs[1:] if d.score >= self.context_ratio * top.score
                and kin(retriever, d.doc_id, previous.doc_id) and better(d)]
        if near:
            best = max(near, key=lambda d: (covers[d.doc_id], len(rare & title_terms(d))))
            docs = [best] + [d for d in docs if d is not best]
        if own_docs and own_docs[0].doc_id != docs[0].doc_id and names_topic(
                retriever, own, own_docs[0], docs[0]):
            log.info("new topic: %s", text)
            return None
        guess_lang = lang or previous.lang or COUNTRY_OF_LANG.get(country or "", "id")
        answer = answerer.compose(retriever, context, docs, guess_lang,
                                  country or docs[0].best.country or "ID")
        return answer if answer.answered else None

    # --- suggestions ----------------------------------------------------------------------
    def related(self, retriever: HybridRetriever, answer: Answer) -> tuple[Related, ...]:
        """Up to `max_related` documents of the answer's country about the same subject:
        sharing tags or the answer's folder, the most similar (by their openings) first."""
        if not answer.answered or not answer.sources:
            return ()
        top = answer.sources[0].doc_id
        rows = retriever.doc_chunks.get(top)
        if not rows:
            return ()
        first = retriever.chunks[rows[0]]
        shown = {s.doc_id for s in answer.sources}
        tags = {t.lower() for t in first.tags}
        vector = retriever.version.dense.reconstruct(rows[0])
        scored = []
        for doc_id, idx in retriever.doc_chunks.items():
            chunk = retriever.chunks[idx[0]]
            if doc_id in shown or (chunk.country or answer.country) != answer.country:
                continue
            shared = len(tags & {t.lower() for t in chunk.tags})
            same_folder = folder_of(doc_id) == folder_of(top) is not None
            if shared or same_folder:
                similarity = float(np.dot(vector, retriever.version.dense.reconstruct(idx[0])))
                scored.append((shared + same_folder + similarity, doc_id, chunk.title))
        scored.sort(reverse=True)
        return tuple(Related(doc_id, title) for _, doc_id, title in
                     scored[: self.max_related])

    def with_related(self, retriever: HybridRetriever, answer: Answer) -> Answer:
        related = self.related(retriever, answer)
        return replace(answer, related=related) if related else answer


def doc_title(retriever: HybridRetriever, doc_id: str | None) -> str | None:
    rows = retriever.doc_chunks.get(doc_id or "")
    return retriever.chunks[rows[0]].title if rows else None


def folder_of(doc_id: str) -> str | None:
    """The document's sub-folder (`id/imigrasi`); None for a file at a country's top."""
    return doc_id.rsplit("/", 1)[0] if doc_id.count("/") >= 2 else None


def kin(retriever: HybridRetriever, a: str, b: str | None) -> bool:
    """Two documents about the same subject: same sub-folder, or a tag in common."""
    if b is None:
        return False
    if folder_of(a) is not None and folder_of(a) == folder_of(b):
        return True
    rows_a, rows_b = retriever.doc_chunks.get(a), retriever.doc_chunks.get(b)
    if not rows_a or not rows_b:
        return False
    tags_a = {t.lower() for t in retriever.chunks[rows_a[0]].tags}
    return bool(tags_a & {t.lower() for t in retriever.chunks[rows_b[0]].tags})


def title_terms(doc: DocHit) -> set[str]:
    chunk = doc.best
    return set(terms(f"{chunk.title} {' '.join(chunk.tags)}"))


def names_topic(retriever: HybridRetriever, own: Query, own_top: DocHit,
            context_top: DocHit) -> bool:
    """Whether the message names a topic of its own: another document ranks first for
    it alone, and it has a word of that document's tags (not a generic one like
    "online") that the conversation's document does not have at all."""
    tag_terms = {t for tag in own_top.best.tags for t in terms(tag)}
    context_bag = retriever.doc_terms.get(context_top.doc_id, frozenset())
    return any(t in tag_terms and t not in context_bag
               for t in set(own.own_terms) - GENERIC_TERMS)
