"""Wiring: build the long-lived parts from `Settings` (no module globals)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import SecretStr

from bot.answer import Answerer
from bot.assistant import Assistant
from bot.cache import LRUCache
from bot.clarify import CountryClarifier
from bot.config import Settings
from bot.conversation import Conversation
from bot.decide import AbstainRule, load_rule
from bot.holder import IndexHolder
from bot.language import LanguageDetector
from bot.reports.service import Reports, make_targets
from bot.state.reports import ReportStore
from bot.state.store import Store, create_store
from bot.state.writer import BackgroundWriter
from indexer.complaints import ComplaintChannel
from indexer.config import IndexSettings
from indexer.embed import VectorEmbedder, make_embedder
from indexer.errors import ConfigError

if TYPE_CHECKING:
    from bot.generate.phrase import Phraser


def make_embedder_from(settings: IndexSettings) -> VectorEmbedder:
    return make_embedder(settings.embedder, threads=settings.embed_threads,
                         query_prefix=settings.query_prefix,
                         passage_prefix=settings.passage_prefix)


def make_rule(settings: Settings) -> AbstainRule:
    """The answer/refuse rule: the city's refitted one if its file is set, else built in."""
    return load_rule(settings.rule_file) if settings.rule_file else AbstainRule()


def make_answerer(settings: Settings, detector: LanguageDetector | None = None,
                  rule: AbstainRule | None = None) -> Answerer:
    """The stateless answerer: language, decision (the settings' rule file, if set), the
    country question."""
    detector = detector or LanguageDetector()
    rule = rule or make_rule(settings)
    clarifier = CountryClarifier(detector, rule) if settings.clarify_country else None
    return Answerer(detector=detector, rule=rule, clarifier=clarifier,
                    default_country=settings.country, max_chars=settings.max_answer_chars)


def make_assistant(settings: Settings, index_dir: Path | None = None,
                   embedder: VectorEmbedder | None = None,
                   detector: LanguageDetector | None = None,
                   store: Store | None = None,
                   background_writes: bool = False) -> Assistant:
    """The front desk over the index at `index_dir` (default: the settings' one);
    `background_writes`: refusals recorded after the answer (servers)."""
    embedder = embedder or make_embedder_from(settings)
    holder = IndexHolder(Path(index_dir or settings.index_dir), embedder,
                         check_every=settings.index_check_seconds,
                         query_cache=settings.query_cache_size)
    answerer = make_answerer(settings, detector)
    conversation = Conversation(
        answerer, store, max_age=dt.timedelta(minutes=settings.session_minutes),
        keep=settings.session_turns) if store is not None else None
    writer = BackgroundWriter() if store is not None and background_writes else None

    def channel_of(country: str) -> ComplaintChannel | None:
        return holder.current().version.channels.get(country)

    reports = make_reports(settings, store, channel_of) if store is not None else None
    return Assistant(holder=holder, answerer=answerer, conversation=conversation,
                     store=store, answers=LRUCache(settings.answer_cache_size),
                     phraser=make_phraser(settings, answerer.detector),
                     writer=writer, shared_limits=shares_limits(settings, store),
                     reports=reports)


def make_phraser(settings: Settings, detector: LanguageDetector) -> Phraser | None:
    """The optional phrasing by a language model: None unless `TANYAKOTA_LLM_URL` is set."""
    if not settings.llm_url:
        return None
    if not settings.llm_model:
        raise ConfigError("TANYAKOTA_LLM_MODEL is not set (the model name the server at "
                          "TANYAKOTA_LLM_URL serves)")
    try:
        from bot.generate.llm import LLMConfig
        from bot.generate.phrase import Phraser
    except ImportError as exc:
        raise ConfigError(f"phrasing needs the llm extra: pip install 'tanyakota[llm]' "
                          f"({exc})") from None
    return Phraser(LLMConfig(settings.llm_url, settings.llm_model, settings.llm_api_key,
                             settings.llm_timeout_seconds, settings.llm_max_tokens),
                   detector.detect, settings.max_answer_chars)


def shares_limits(settings: Settings, store: Store | None) -> bool:
    """Whether rate limits are counted in the store (`auto`: on PostgreSQL)."""
    if store is None or settings.shared_limits == "false":
        return False
    return settings.shared_limits == "true" or store.dialect == "postgresql"


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
    return create_store(settings.database_url, upgrade=settings.database_upgrade)
