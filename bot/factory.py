"""Wiring: build the long-lived parts from `Settings` (no module globals)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr

from bot.answer import Answerer
from bot.assistant import Assistant
from bot.cache import LRUCache
from bot.clarify import CountryClarifier
from bot.config import Settings
from bot.conversation import Conversation
from bot.decide import AbstainRule
from bot.holder import IndexHolder
from bot.language import LanguageDetector
from bot.reports.service import Reports, make_targets
from bot.state.reports import ReportStore
from bot.state.store import Store, create_store
from indexer.complaints import ComplaintChannel
from indexer.config import IndexSettings
from indexer.embed import VectorEmbedder, make_embedder


def make_embedder_from(settings: IndexSettings) -> VectorEmbedder:
    return make_embedder(settings.embedder, threads=settings.embed_threads,
                         query_prefix=settings.query_prefix,
                         passage_prefix=settings.passage_prefix)


def make_answerer(settings: Settings, detector: LanguageDetector | None = None,
                  rule: AbstainRule | None = None) -> Answerer:
    """The stateless answerer: language, decision, the country question."""
    detector = detector or LanguageDetector()
    rule = rule or AbstainRule()
    clarifier = CountryClarifier(detector, rule) if settings.clarify_country else None
    return Answerer(detector=detector, rule=rule, clarifier=clarifier,
                    default_country=settings.country, max_chars=settings.max_answer_chars)


def make_assistant(settings: Settings, index_dir: Path | None = None,
                   embedder: VectorEmbedder | None = None,
                   detector: LanguageDetector | None = None,
                   store: Store | None = None) -> Assistant:
    """The front desk over the index at `index_dir` (default: the settings' one)."""
    embedder = embedder or make_embedder_from(settings)
    holder = IndexHolder(Path(index_dir or settings.index_dir), embedder,
                         check_every=settings.index_check_seconds,
                         query_cache=settings.query_cache_size)
    answerer = make_answerer(settings, detector)
    conversation = Conversation(
        answerer, store, max_age=dt.timedelta(minutes=settings.session_minutes),
        keep=settings.session_turns) if store is not None else None

    def channel_of(country: str) -> ComplaintChannel | None:
        return holder.current().version.channels.get(country)

    reports = make_reports(settings, store, channel_of) if store is not None else None
    return Assistant(holder=holder, answerer=answerer, conversation=conversation,
                     store=store, answers=LRUCache(settings.answer_cache_size), reports=reports)


def make_reports(settings: Settings, store: Store,
                 channel_of: Callable[[str], ComplaintChannel | None]) -> Reports:
    """Reports in `store`, forwarded to the targets the settings name."""

    def secret(value: SecretStr | None) -> str | None:
        return value.get_secret_value() if value is not None else None

    targets = make_targets(settings.smtp_url, settings.smtp_user, secret(settings.smtp_password),
                           settings.reports_email, settings.reports_from,
                           settings.reports_webhook_url, secret(settings.reports_webhook_secret))
    return Reports(ReportStore(store.engine), targets, channel_of,
                   settings.reports_retry_seconds)


def make_store(settings: Settings) -> Store:
    return create_store(settings.database_url)
