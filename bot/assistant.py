"""The front desk every channel talks to: ask, search, feedback, topics, titles, the
complaint channel, reports to the city, the index served and what staff review. Channels
never touch the retriever or the store."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from bot.answer import Answerer, trim
from bot.cache import LRUCache
from bot.conversation import Conversation
from bot.holder import Holder
from bot.question import InvalidQuestion, clean_question, clean_text, clean_token, scrub
from bot.related import RelatedTopics
from bot.reports.draft import is_complaint
from bot.reports.forward import Targets
from bot.reports.model import NewReport, ReportStatus, find_reference
from bot.reports.photo import Photo, clean_photo, kept_photo
from bot.reports.service import Reports, Submitted
from bot.retrieve import HybridRetriever
from bot.state.activity import DayCount, answers_per_day, count_answer
from bot.state.drafts import ReportDraft
from bot.state.limits import Limiter, make_limiter
from bot.state.ratelimit import Rate
from bot.state.reports import ReportStore
from bot.state.store import ChatSettings, Feedback, RefusedQuestion, Store, StoreUnavailable
from bot.state.writer import BackgroundWriter
from bot.types import Answer, SearchResult
from indexer.complaints import ComplaintChannel
from indexer.review import ReviewDue, due_for_review
from indexer.store import Manifest

if TYPE_CHECKING:
    from bot.generate.phrase import Phraser

SNIPPET_CHARS = 240
log = logging.getLogger(__name__)

MAX_DETECT_CHARS = 1000  # the language of a text is settled by its start


def outcome_of(answer: Answer) -> str:
    """`answered`, or how the question was not: `not_covered` (a service the folder lacks,
    named with who provides it — also when pages are offered beside it: staff should
    still learn the service is missing), `suggested` ("did you mean") or `refused`."""
    if answer.answered:
        return "answered"
    if answer.not_covered is not None:
        return "not_covered"
    if answer.suggestions:
        return "suggested"
    return "refused"


@dataclass
class Assistant:
    """Answers, searches and records for every channel, over the index version served."""

    holder: Holder
    answerer: Answerer
    # sessions and follow-ups; None without a store
    conversation: Conversation | None = None
    related: RelatedTopics = field(default_factory=RelatedTopics)
    store: Store | None = None
    # answers to repeated stateless questions, keyed by the index version that gave them
    answers: LRUCache[Answer] = field(default_factory=lambda: LRUCache(1024))
    # answered questions phrased by a language model, behind a guard; None: extractive
    phraser: Phraser | None = None
    # refusal records written after the answer (None: before it returns)
    writer: BackgroundWriter | None = None
    # rate limits counted in the store (every replica sharing it), else in this process
    shared_limits: bool = False
    # reports to the city; None without a store
    reports: Reports | None = None

    def with_store(self, store: Store) -> Assistant:
        """The same desk keeping its state (sessions, records) in `store` instead."""
        conversation = (replace(self.conversation, store=store) if self.conversation
                        else Conversation(self.answerer, store))
        reports = (self.reports.over(store.engine) if self.reports else
                   Reports(ReportStore(store.engine), Targets(), self.complaint_channel))
        return replace(self, store=store, conversation=conversation,
                       answers=LRUCache(self.answers.maxsize), writer=None,
                       reports=reports)

    @property
    def default_country(self) -> str | None:
        return self.answerer.default_country

    def ask(self, question: str, country: str | None = None, lang: str | None = None,
            session_id: str | None = None, channel: str = "api",
            doc_id: str | None = None,
            on_delta: Callable[[str], None] | None = None) -> Answer:
        """Answer `question` (from `doc_id` when the resident chose a suggestion); refusals
        are recorded in the store (masked) for staff.

        With a language model, `on_delta` receives its wording piece by piece while the
        guard lets it through; the answer returned is the final word (the extractive one
        when the guard refused)."""
        text = clean_question(question)
        reference = find_reference(text) if self.reports is not None else None
        if reference is not None:  # "status TK-…": the report's status, in any channel
            return self._report_status_answer(reference, lang, text)
        retriever = self.holder.current()
        if doc_id is not None:
            answer = self._phrased(text, self.answerer.answer(
                retriever, text, country, lang, doc_id=doc_id), on_delta)
            if session_id is not None and self.conversation is not None:
                self.conversation.remember(session_id, text, answer)  # the chosen topic
        elif session_id is not None and self.conversation is not None:
            answer = self._phrased(text, self.conversation.answer(
                retriever, text, country, lang, session_id), on_delta)
        elif session_id is None:
            answer = self._cached(retriever, text, country, lang, on_delta)
        else:
            answer = self._phrased(text, self.answerer.answer(retriever, text, country, lang),
                                   on_delta)
        related = self.related.of(retriever, answer)
        if related:
            answer = replace(answer, related=related)
        if self.reports is not None and answer.clarify is None and (
                not answer.answered or is_complaint(text)):
            answer = replace(answer, offer_report=True)
        if self.store is not None and answer.clarify is None:
            store = self.store
            outcome = outcome_of(answer)
            self._write(lambda: count_answer(store.engine, outcome))
            if outcome != "answered":  # for the staff report: what residents did not get
                refused = RefusedQuestion(
                    channel, text, answer.lang, answer.country, answer.confidence,
                    outcome=outcome,
                    doc_id=answer.suggestions[0].doc_id if answer.suggestions else None)
                self._write(lambda: store.record_refusal(refused))
        return answer

    def _write(self, write: Callable[[], None]) -> None:
        """A record the answer does not wait for; a database down never fails the answer."""
        if self.writer is not None:
            self.writer.submit(write)
            return
        try:
            write()
        except StoreUnavailable as exc:
            log.warning("a refused question was not recorded: %s", exc)

    def _cached(self, retriever: HybridRetriever, text: str, country: str | None,
                lang: str | None, on_delta: Callable[[str], None] | None = None) -> Answer:
        """The same question, filters and index version give the same answer on the same day
        (a document's `valid_until` may pass): reuse it (the guarded wording, when a model
        phrased it)."""
        key = (text, country, lang, retriever.version.name, dt.date.today())
        answer = self.answers.get(key)
        if answer is None:
            answer = self._phrased(text, self.answerer.answer(retriever, text, country, lang),
                                   on_delta)
            self.answers.put(key, answer)
        return answer

    def _phrased(self, text: str, answer: Answer,
                 on_delta: Callable[[str], None] | None) -> Answer:
        """Only answered questions go to the model; refusals, suggestions and the country
        question never do."""
        if (self.phraser is None or not answer.answered or answer.clarify is not None
                or answer.suggestions):
            return answer
        return self.phraser.phrase(text, answer, on_delta)

    @property
    def phrases(self) -> bool:
        """Whether a language model phrases answers (the stream then carries its words)."""
        return self.phraser is not None

    def phrasing_counts(self) -> dict[tuple[str, str], int]:
        """How phrasing ended so far: (outcome, guard's reason) → count."""
        return self.phraser.stats.snapshot() if self.phraser is not None else {}

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
        return self.answerer.detector.detect(scrub(text)[:MAX_DETECT_CHARS])

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

    # --- what staff review ------------------------------------------------------------------
    def due_for_review(self, months: int, today: dt.date | None = None) -> list[ReviewDue]:
        """Documents of the version served past `review_by` or `updated` over `months` ago."""
        return due_for_review(self.holder.current().documents(), today, months)

    def query_vector(self, text: str) -> np.ndarray:
        """The embedder's vector of a question (cached per version), e.g. to group them."""
        return self.holder.current().prepare(text).vector

    def answers_per_day(self, days: int = 30) -> list[DayCount]:
        """Answers and refusals of the last `days` days (UTC), oldest first."""
        return answers_per_day(self._store().engine, days)

    # --- reports to the city -------------------------------------------------------------
    def make_report(self, report: NewReport, channel: str,
                    photo: bytes | Photo | None = None) -> Submitted:
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

    @property
    def takes_reports(self) -> bool:
        """Whether reports are kept (there is a store): channels offer to make one."""
        return self.reports is not None

    def clean_report_photo(self, data: bytes) -> bytes:
        """The photo as a report keeps it (JPEG or PNG, re-encoded without metadata);
        raises `InvalidReport` for one it would refuse."""
        return clean_photo(data).data

    # a report being written in a chat, kept in the store (any replica takes the next step)
    def report_draft(self, chat_id: str) -> ReportDraft | None:
        """The chat's unfinished report, unless it was left too long ago (30 minutes)."""
        return self._reports().drafts.load(chat_id)

    def save_report_draft(self, draft: ReportDraft) -> ReportDraft:
        """Keep `draft` (its description and location masked); the draft as kept."""
        return self._reports().drafts.save(draft)

    def clear_report_draft(self, chat_id: str) -> bool:
        """Forget the chat's draft; whether this call was the one that did."""
        return self._reports().drafts.clear(chat_id)

    def send_report_draft(self, draft: ReportDraft, channel: str) -> Submitted | None:
        """Make the report `draft` holds, once: of replicas sending the same draft, the one
        that clears it makes it (the others get None). Raises `InvalidReport`, and then
        the draft is kept: what the resident wrote is not lost."""
        report = NewReport(draft.get("country"), draft.get("category"),
                           draft.get("description") or "", draft.get("location"),
                           draft.get("latitude"), draft.get("longitude"), draft.get("lang"),
                           session_id=draft.chat_id)
        report.checked(self.default_country)  # a draft that cannot be sent stays
        if not self.clear_report_draft(draft.chat_id):
            return None
        try:
            return self.make_report(report, channel, kept_photo(draft.photo)
                                    if draft.photo is not None else None)
        except Exception:
            self.save_report_draft(draft)  # put back, so Send may be pressed again
            raise

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
        """Stored cleaned (`bot.question`) and masked; an unusable question is kept empty."""
        try:
            question = clean_question(feedback.question)
        except InvalidQuestion:
            question = ""
        self._store().add_feedback(replace(
            feedback, question=question, comment=clean_text(feedback.comment),
            doc_id=clean_token(feedback.doc_id), session_id=clean_token(feedback.session_id)))

    def chat_settings(self, chat_id: str) -> ChatSettings:
        return self._store().chat_settings(chat_id)

    def set_chat_settings(self, chat_id: str, **changes: str | None) -> ChatSettings:
        return self._store().set_chat_settings(chat_id, **changes)

    def first_delivery(self, key: str) -> bool:
        """Whether a channel's update is new (not a redelivery); without a store, always."""
        return self.store.first_delivery(key) if self.store is not None else True

    def check_database(self) -> str:
        """`ok` or `none` (no database configured); raises `StoreUnavailable` when down."""
        if self.store is None:
            return "none"
        self.store.ping()
        return "ok"

    def limiter(self, scope: str, rate: Rate) -> Limiter:
        """A rate limit for a channel: shared by the replicas when so configured."""
        shared = self.store.engine if self.shared_limits and self.store is not None else None
        return make_limiter(rate, scope, shared)

    def close(self, timeout: float = 10.0) -> None:
        """Finish the writes still queued (on shutdown)."""
        if self.writer is not None:
            self.writer.close(timeout)

    def _store(self) -> Store:
        if self.store is None:
            raise StoreUnavailable("nothing is stored: no database configured")
        return self.store
