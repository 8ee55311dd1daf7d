"""The front desk every channel talks to: ask, search, feedback, topics, titles, the
complaint channel, reports to the city and the index served. Channels never touch the
retriever or the store."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.answer import Answerer, trim
from bot.cache import LRUCache
from bot.conversation import Conversation
from bot.holder import IndexHolder
from bot.question import clean_question
from bot.related import RelatedTopics
from bot.reports.draft import is_complaint
from bot.reports.forward import Targets
from bot.reports.model import NewReport, ReportStatus, find_reference
from bot.reports.service import Reports, Submitted
from bot.retrieve import HybridRetriever
from bot.state.reports import ReportStore
from bot.state.store import ChatSettings, Feedback, RefusedQuestion, Store, StoreUnavailable
from bot.types import Answer, SearchResult
from indexer.complaints import ComplaintChannel
from indexer.store import Manifest

SNIPPET_CHARS = 240


@dataclass
class Assistant:
    """Answers, searches and records for every channel, over the index version served."""

    holder: IndexHolder
    answerer: Answerer
    # sessions and follow-ups; None without a store
    conversation: Conversation | None = None
    related: RelatedTopics = field(default_factory=RelatedTopics)
    store: Store | None = None
    # answers to repeated stateless questions, keyed by the index version that gave them
    answers: LRUCache[Answer] = field(default_factory=lambda: LRUCache(1024))
    # reports to the city; None without a store
    reports: Reports | None = None

    def with_store(self, store: Store) -> Assistant:
        """The same desk keeping its state (sessions, records) in `store` instead."""
        conversation = (replace(self.conversation, store=store) if self.conversation
                        else Conversation(self.answerer, store))
        reports = (self.reports.over(store.engine) if self.reports else
                   Reports(ReportStore(store.engine), Targets(), self.complaint_channel))
        return replace(self, store=store, conversation=conversation,
                       answers=LRUCache(self.answers.maxsize), reports=reports)

    @property
    def default_country(self) -> str | None:
        return self.answerer.default_country

    def ask(self, question: str, country: str | None = None, lang: str | None = None,
            session_id: str | None = None, channel: str = "api") -> Answer:
        """Answer `question`; refusals are recorded in the store (masked) for staff."""
        text = clean_question(question)
        reference = find_reference(text) if self.reports is not None else None
        if reference is not None:  # "status TK-…": the report's status, in any channel
            return self._report_status_answer(reference, lang, text)
        retriever = self.holder.current()
        if session_id is not None and self.conversation is not None:
            answer = self.conversation.answer(retriever, text, country, lang, session_id)
        elif session_id is None:
            answer = self._cached(retriever, text, country, lang)
        else:
            answer = self.answerer.answer(retriever, text, country, lang)
        related = self.related.of(retriever, answer)
        if related:
            answer = replace(answer, related=related)
        if self.reports is not None and answer.clarify is None and (
                not answer.answered or is_complaint(text)):
            answer = replace(answer, offer_report=True)
        if not answer.answered and answer.clarify is None and self.store is not None:
            self.store.record_refusal(RefusedQuestion(channel, text, answer.lang,
                                                      answer.country, answer.confidence))
        return answer

    def _cached(self, retriever: HybridRetriever, text: str, country: str | None,
                lang: str | None) -> Answer:
        """The same question, filters and index version give the same answer: reuse it."""
        key = (text, country, lang, retriever.version.name)
        answer = self.answers.get(key)
        if answer is None:
            answer = self.answerer.answer(retriever, text, country, lang)
            self.answers.put(key, answer)
        return answer

    def search(self, words: str, country: str | None = None, lang: str | None = None,
               k: int = 5) -> list[SearchResult]:
        """Documents best first, each with its best section as a snippet."""
        text = clean_question(words, "q")
        retriever = self.holder.current()
        docs = retriever.search(retriever.prepare(text), country=country or self.default_country,
                                lang=lang, k=k)
        return [SearchResult(d.doc_id, d.best.title, d.best.heading,
                             trim(d.best.text, SNIPPET_CHARS), d.best.source, d.best.updated,
                             d.best.country, d.best.lang, round(d.score, 4)) for d in docs]

    # --- what channels show ---------------------------------------------------------------
    def detect_lang(self, text: str) -> str:
        """The language (`id` or `ms`) of a resident's text, from its words alone."""
        return self.answerer.detector.detect(text)

    def topics(self, country: str | None = None) -> list[str]:
        """Titles of the documents a resident of `country` (None: any) may ask about."""
        return sorted({c.title for c in self.holder.current().documents()
                       if country is None or c.country in (country, None)})

    def doc_title(self, doc_id: str | None) -> str | None:
        return self.holder.current().doc_title(doc_id)

    def doc_ids(self) -> list[str]:
        return list(self.holder.current().doc_chunks)

    def complaint_channel(self, country: str | None) -> ComplaintChannel | None:
        """Where residents of `country` take what the bot cannot answer."""
        return self.holder.current().version.channels.get(country or "")

    def manifest(self) -> Manifest:
        """The manifest of the index version served now."""
        return self.holder.current().version.manifest

    # --- reports to the city -------------------------------------------------------------
    def make_report(self, report: NewReport, channel: str, photo: bytes | None = None
                    ) -> Submitted:
        """Store the report and forward it to the city's desk; the reference and draft."""
        return self._reports().make(report, channel, self.default_country, photo)

    def attach_report_photo(self, reference: str, data: bytes) -> None:
        self._reports().attach_photo(reference, data)

    def report_status(self, reference: str) -> ReportStatus | None:
        """The status a resident may read by reference (None: no such report)."""
        return self._reports().status(reference)

    def report_categories(self, lang: str) -> list[tuple[str, str]]:
        """(code, name in `lang`) of the report categories."""
        return self._reports().categories(lang)

    def _report_status_answer(self, reference: str, lang: str | None, asked: str) -> Answer:
        """The status in `lang`, else the report's language, else the message's."""
        found, text, lang = self._reports().status_text(reference, lang,
                                                        self.detect_lang(asked))
        return Answer(answered=found, answer=text, lang=lang, confidence=1.0 if found else 0.0)

    def _reports(self) -> Reports:
        if self.reports is None:
            raise StoreUnavailable("reports are not kept: no database configured")
        return self.reports

    # --- state ------------------------------------------------------------------------------
    def feedback(self, feedback: Feedback) -> None:
        self._store().add_feedback(feedback)

    def chat_settings(self, chat_id: str) -> ChatSettings:
        return self._store().chat_settings(chat_id)

    def set_chat_settings(self, chat_id: str, **changes: str | None) -> ChatSettings:
        return self._store().set_chat_settings(chat_id, **changes)

    def first_delivery(self, key: str) -> bool:
        """Whether a channel's update is new (not a redelivery); without a store, always."""
        return self.store.first_delivery(key) if self.store is not None else True

    def _store(self) -> Store:
        if self.store is None:
            raise StoreUnavailable("nothing is stored: no database configured")
        return self.store
