"""Wiring: build the long-lived parts from `Settings` (no module globals)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.cache import LRUCache
from bot.conversation import Conversation
from bot.language import LanguageDetector
from bot.retrieve import IndexHolder
from bot.store import Store, create_store
from indexer.config import Settings
from indexer.embed import VectorEmbedder, make_embedder


def make_embedder_from(settings: Settings) -> VectorEmbedder:
    return make_embedder(settings.embedder, threads=settings.embed_threads,
                         query_prefix=settings.query_prefix,
                         passage_prefix=settings.passage_prefix)


def make_answerer(settings: Settings, index_dir: Path | None = None,
                  embedder: VectorEmbedder | None = None,
                  detector: LanguageDetector | None = None,
                  store: Store | None = None) -> Answerer:
    """An `Answerer` over the index at `index_dir` (default: the settings' one)."""
    embedder = embedder or make_embedder_from(settings)
    holder = IndexHolder(Path(index_dir or settings.index_dir), embedder,
                         check_every=settings.index_check_seconds,
                         query_cache=settings.query_cache_size)
    return Answerer(holder=holder, detector=detector or LanguageDetector(),
                    default_country=settings.country, max_chars=settings.max_answer_chars,
                    store=store, answers=LRUCache(settings.answer_cache_size),
                    conversation=Conversation.from_settings(settings))


def make_store(settings: Settings) -> Store:
    return create_store(settings.database_url)
