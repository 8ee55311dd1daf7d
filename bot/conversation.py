"""Conversations: session memory and follow-up questions.

A session is a few recent turns in the store (question, the document it was answered
from, language, country), younger than a time-out. Each new message is read against them:

- a reply that picks a country ("MY", "Malaysia", a button) answers the question the bot
  asked it about;
- a message that does not name its own topic ("syaratnya apa?", "kalau hilang?") is
  searched together with the title of the previous answer's document; a message that
  another document answers clearly better on its own words, or that is surely answered
  on its own by a page of another subject, starts a new topic;
- the session's country and (for follow-ups) language carry over.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from bot.answer import Answerer
from bot.clarify import country_choice
from bot.related import same_subject
from bot.retrieve import DocHit, HybridRetriever, Query
from bot.state.privacy import mask
from bot.state.store import Store, Turn
from bot.types import Answer
from indexer.countries import LANG_OF_COUNTRY, country_of_lang
from indexer.text import GENERIC, terms

log = logging.getLogger(__name__)

GENERIC_TERMS = frozenset(t for w in GENERIC for t in terms(w))


@dataclass(frozen=True)
class Conversation:
    """Session memory, follow-up resolution, the country question and related topics."""

    answerer: Answerer
    store: Store
    max_age: dt.timedelta = dt.timedelta(minutes=30)
    keep: int = 10               # turns kept per session (older ones are deleted)
    context: int = 5             # turns read back
    # documents scoring at least this share of the best one in the conversation's context
    # compete on how well they cover the message's own words
    context_ratio: float = 0.6
    # ... and take the lead when they cover this much more of them, with a rarer word the
    # leader lacks, or as much and name more of its rarer words in their title or tags
    # ("hilang", not "biaya" or "dokumen")
    coverage_gain: float = 0.25
    rare_idf: float = 1.2

    # --- sessions -------------------------------------------------------------------------
    def answer(self, retriever: HybridRetriever, text: str, country: str | None,
               lang: str | None, session_id: str) -> Answer:
        """Answer `text` (cleaned) in the context of the session, and remember the turn."""
        turns = self.store.turns(session_id, max_age=self.max_age, limit=self.context)
        asked, answer = self.resolve(retriever, text, country, lang, turns)
        self.remember(session_id, asked, answer)
        return answer

    def remember(self, session_id: str, asked: str, answer: Answer) -> None:
        """The turn, so the next message is read against it (a chosen suggestion too)."""
        self.store.add_turn(session_id, asked,
                            answer.sources[0].doc_id if answer.sources else None,
                            answer.lang, answer.country, keep=self.keep)

    def resolve(self, retriever: HybridRetriever, text: str, country: str | None,
                lang: str | None, turns: list[Turn]) -> tuple[str, Answer]:
        """(the question the answer is for, the answer), given the session's turns."""
        pending = turns[0] if turns and turns[0].country is None else None
        choice = country_choice(text)
        if pending is not None and choice is not None:
            # the bot asked because both countries fit: in the chosen one, a plausible
            # answer is the answer
            return pending.question, self.answerer.answer(
                retriever, pending.question, choice, lang,
                answer_at=self.answerer.rule.suggest_at)
        country = country or next((t.country for t in turns if t.country), None)
        previous = next((t for t in turns if t.doc_id), None)
        if previous is not None:
            followed = self.follow_up(retriever, text, previous,
                                      country or previous.country, lang)
            if followed is not None:
                return text, followed
        return text, self.answerer.answer(retriever, text, country, lang)

    def follow_up(self, retriever: HybridRetriever, text: str, previous: Turn,
                  country: str | None, lang: str | None) -> Answer | None:
        """The answer to `text` as a follow-up of `previous`, or None if it names a new
        topic (or the conversation's topic does not answer it either)."""
        title = retriever.doc_title(previous.doc_id)
        if title is None:
            return None
        own = retriever.prepare(text)
        own_docs = retriever.search(own, country=country, k=5)
        if own_docs and len(text) >= 12 and own_docs[0].best.title.casefold().startswith(
                text.casefold()):
            return None  # a document's title (a suggestion that was tapped)
        if own_docs and self.stands_alone(retriever, own, own_docs, previous):
            log.info("new topic, answered on its own: %s", mask(text))
            return None
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
                and same_subject(retriever, d.doc_id, previous.doc_id) and better(d)]
        if near:
            best = max(near, key=lambda d: (covers[d.doc_id], len(rare & title_terms(d))))
            docs = [best] + [d for d in docs if d is not best]
        if own_docs and own_docs[0].doc_id != docs[0].doc_id and names_topic(
                retriever, own, own_docs[0], docs[0]):
            named = next((d for d in docs if d.doc_id == own_docs[0].doc_id), None)
            if named is None or not same_subject(retriever, named.doc_id, previous.doc_id):
                log.info("new topic: %s", mask(text))
                return None
            # the message names a page on the conversation's subject ("kalau hilang?"
            # after the passport: the lost passport)
            docs = [named] + [d for d in docs if d is not named]
        guess_lang = lang or previous.lang or LANG_OF_COUNTRY.get(country or "", "id")
        # on the conversation's own subject a plausible answer is a sure one: the resident
        # has said what they are asking about
        on_topic = docs[0].doc_id == previous.doc_id or same_subject(
            retriever, docs[0].doc_id, previous.doc_id)
        answer = self.answerer.compose(retriever, context, docs, guess_lang,
                                       country or docs[0].best.country
                                       or country_of_lang(guess_lang),
                                       answer_at=self.answerer.rule.suggest_at if on_topic
                                       else None, asked=text)
        return answer if answer.answered else None

    def stands_alone(self, retriever: HybridRetriever, own: Query, own_docs: list[DocHit],
                     previous: Turn) -> bool:
        """Whether the message, read alone, is surely about another subject than the
        conversation's: a page not on the conversation's subject would be answered for
        sure, the message has a rarer word that page has and the conversation's page
        lacks ("nombor APM" after water bills, not "bayar ga?"), and the conversation's
        own page ranks far below it."""
        top = own_docs[0]
        if top.doc_id == previous.doc_id or same_subject(retriever, top.doc_id,
                                                         previous.doc_id):
            return False
        bag = retriever.doc_terms.get(top.doc_id, frozenset())
        previous_bag = retriever.doc_terms.get(previous.doc_id or "", frozenset())
        if not any(retriever.idf.get(t, 0.0) >= self.rare_idf and t in bag
                   and t not in previous_bag for t in set(own.own_terms) - GENERIC_TERMS):
            return False
        kept = next((d for d in own_docs if d.doc_id == previous.doc_id), None)
        if kept is not None and kept.score >= self.context_ratio * top.score:
            return False
        named = retriever.services_named(own.text, top.best.country)
        return self.answerer.rule.judge(retriever, own, top, own_docs, named) >= (
            self.answerer.rule.answer_at)


def title_terms(doc: DocHit) -> set[str]:
    chunk = doc.best
    return set(terms(f"{chunk.title} {' '.join(chunk.tags)}"))


def names_topic(retriever: HybridRetriever, own: Query, own_top: DocHit,
            context_top: DocHit) -> bool:
    """Whether the message names a topic of its own: another document ranks first for
    it alone, and it has a word of that document's title or tags (not a generic one like
    "online") that the conversation's document does not have at all."""
    tag_terms = {t for tag in own_top.best.tags for t in terms(tag)} | (
        retriever.subject_terms.get(own_top.doc_id, frozenset()))
    context_bag = retriever.doc_terms.get(context_top.doc_id, frozenset())
    return any(t in tag_terms and t not in context_bag
               for t in set(own.own_terms) - GENERIC_TERMS)
