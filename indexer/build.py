"""Build a new index version from the knowledge folder and switch to it atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import faiss
import numpy as np

from indexer.chunk import chunk_documents
from indexer.complaints import CHANNELS_FILE, DEFAULT_CHANNELS, ComplaintChannel, load_channels
from indexer.config import IndexSettings
from indexer.embed import EmbeddingCache, VectorEmbedder, embed_with_cache
from indexer.errors import LoadError, TanyakotaError
from indexer.glossary import Glossary, load_glossary
from indexer.load import check_settings_files, load_knowledge
from indexer.space import (
    clean_stale_partials,
    disk_full_in_one_line,
    folder_size,
    written_or_removed,
)
from indexer.store import (
    FORMAT,
    Manifest,
    build_lock,
    cache_path,
    current_version,
    read_manifest,
    switch_to,
    versions_dir,
    write_version,
)
from indexer.text import terms
from indexer.types import Chunk, Document, LoadFailure

log = logging.getLogger(__name__)
KEEP_VERSIONS = 3


@dataclass(frozen=True)
class BuildReport:
    version: str
    documents: int
    chunks: int
    embedded: int
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    failures: tuple[LoadFailure, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (f"index {self.version}: {self.documents} documents, {self.chunks} chunks "
                f"({self.embedded} embedded) — added {len(self.added)}, changed "
                f"{len(self.changed)}, removed {len(self.removed)}, unchanged "
                f"{len(self.unchanged)}, failed {len(self.failures)}")


def keyword_index(chunks: list[Chunk]) -> bm25s.BM25:
    """BM25 over title, heading and text (and a first chunk's questions); the title counts
    twice (it names the service)."""
    corpus = [terms(f"{c.title} {c.title} {c.heading} {c.text} {' '.join(c.questions)}")
              or ["_"] for c in chunks]
    bm25 = bm25s.BM25()
    bm25.index(corpus, show_progress=False)
    return bm25


BACKGROUND_FILE = Path(__file__).parent / "data" / "background.txt"


def background_sentences() -> list[str]:
    """Everyday sentences unrelated to public services: the yardstick for how much a
    document stands out for a question (see bot.retrieve.HybridRetriever.distinctness)."""
    lines = BACKGROUND_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class DenseParams:
    """When the dense index turns approximate, and how its HNSW graph is built and searched.

    Below `hnsw_threshold` chunks an exact `IndexFlatIP` is small and fast enough; above it
    a flat search scans every vector for every question, so an `IndexHNSWFlat` (inner
    product) is built instead. It keeps the vectors, so `reconstruct` still works.
    """

    hnsw_threshold: int = 50_000
    m: int = 32
    ef_construction: int = 80
    ef_search: int = 128

    @classmethod
    def from_settings(cls, settings: IndexSettings) -> DenseParams:
        return cls(settings.hnsw_threshold, settings.hnsw_m, settings.hnsw_ef_construction,
                   settings.hnsw_ef_search)

    def kind(self, n: int) -> str:
        return "hnsw" if n > self.hnsw_threshold else "flat"


def dense_index(vectors: np.ndarray, params: DenseParams | None = None) -> faiss.Index:
    """Exact inner-product index, or HNSW above the size threshold (`faiss_kind` tells)."""
    params = params or DenseParams()
    if params.kind(len(vectors)) == "hnsw":
        index = faiss.IndexHNSWFlat(vectors.shape[1], params.m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = params.ef_construction
        index.hnsw.efSearch = params.ef_search
    else:
        index = faiss.IndexFlatIP(vectors.shape[1])
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def faiss_kind(index: faiss.Index) -> str:
    return "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"


def _version_name(files: dict[str, str], embedder_id: str) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    digest = hashlib.sha256(
        (embedder_id + "".join(f"{k}={v}" for k, v in sorted(files.items()))).encode()
    ).hexdigest()[:8]
    return f"{stamp}-{digest}"


def _previous_files(index_dir: Path) -> dict[str, str]:
    name = current_version(index_dir)
    if name is None:
        return {}
    try:
        return read_manifest(versions_dir(index_dir) / name).files
    except TanyakotaError:
        return {}


def _prune(index_dir: Path, keep: str) -> None:
    """Drop old versions (and leftovers of crashed builds), keeping the newest few."""
    root = versions_dir(index_dir)
    for junk in root.glob(".tmp-*"):
        shutil.rmtree(junk, ignore_errors=True)
    done = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    for old in done[:-KEEP_VERSIONS]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


def _load_all(knowledge_dir: Path, detect_lang: Callable[[str], str] | None
              ) -> tuple[list[Document], Glossary, dict[str, ComplaintChannel],
                         list[LoadFailure]]:
    """The documents, glossary and complaint channels, and what could not be read."""
    loaded = load_knowledge(knowledge_dir, detect_lang=detect_lang)
    failures = list(loaded.failures)
    # settings files a YAML parser must not see (bombs, huge files) are reported, not read
    unsafe = check_settings_files(knowledge_dir)
    failures.extend(unsafe)
    unsafe_paths = {f.path for f in unsafe}
    glossary = Glossary()
    if not any(p.startswith("_glossary") for p in unsafe_paths):
        try:
            glossary = load_glossary(knowledge_dir)
        except LoadError as exc:
            failures.append(LoadFailure(exc.path, exc.reason))
    channels = dict(DEFAULT_CHANNELS)
    if CHANNELS_FILE not in unsafe_paths:
        try:
            channels = load_channels(knowledge_dir)
        except LoadError as exc:
            failures.append(LoadFailure(exc.path, exc.reason))
    return list(loaded.documents), glossary, channels, failures


def _embed_all(index_dir: Path, embedder: VectorEmbedder, chunks: list[Chunk], batch: int,
               progress: Callable[[int, int], None] | None
               ) -> tuple[np.ndarray, np.ndarray, int]:
    """Chunk and background vectors (through the cache), and how many were embedded."""
    cache = EmbeddingCache(cache_path(index_dir))
    try:
        done = 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress(done, len(chunks))

        vectors, embedded = embed_with_cache(
            embedder, [c.embed_text() for c in chunks], cache, batch=batch, progress=tick)
        background, _ = embed_with_cache(embedder, background_sentences(), cache, batch=batch)
    finally:
        cache.close()
    return vectors, background, embedded


def build_index(knowledge_dir: Path, index_dir: Path, embedder: VectorEmbedder,
                batch: int = 32, progress: Callable[[int, int], None] | None = None,
                detect_lang: Callable[[str], str] | None = None,
                lock_wait: float = 0.0, dense: DenseParams | None = None) -> BuildReport:
    """Load, chunk, embed and write a new version; `CURRENT` moves only when all is written.

    `progress(done, total)` is called as chunks are embedded; `dense` picks exact or
    approximate search by size.
    """
    knowledge_dir, index_dir = Path(knowledge_dir), Path(index_dir)
    with build_lock(index_dir, lock_wait):
        # partial folders of builds that crashed would take the space this one needs
        clean_stale_partials(versions_dir(index_dir))
        serving = current_version(index_dir)
        estimate = folder_size(versions_dir(index_dir) / serving) if serving else 0
        with disk_full_in_one_line(index_dir, estimate):
            docs, glossary, channels, failures = _load_all(knowledge_dir, detect_lang)
            chunks = chunk_documents(docs)
            files = {d.doc_id: d.content_hash for d in docs}
            before = _previous_files(index_dir)
            vectors, background, embedded = _embed_all(index_dir, embedder, chunks, batch,
                                                       progress)
            name = _version_name(files, embedder.model_id)
            counts = {
                "lang": dict(Counter(d.lang for d in docs)),
                "country": dict(Counter(d.country or "-" for d in docs)),
            }
            index = dense_index(vectors, dense)
            manifest = Manifest(
                format=FORMAT, version=name, embedder=embedder.model_id, dim=embedder.dim,
                documents=len(docs), chunks=len(chunks),
                built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                files=files, failures=tuple(failures),
                counts=counts, faiss=faiss_kind(index),
            )
            root = versions_dir(index_dir)
            root.mkdir(parents=True, exist_ok=True)
            tmp = root / f".tmp-{name}-{os.getpid()}"
            # any failure (a full disk above all) leaves nothing behind, the old version
            # still serving
            with written_or_removed(tmp, index_dir, estimate):
                write_version(tmp, manifest, chunks, vectors, keyword_index(chunks),
                              glossary, channels, index, background)
                os.replace(tmp, root / name)
            with written_or_removed(root / name, index_dir, estimate):
                switch_to(index_dir, name)
        _prune(index_dir, keep=name)

    failed = {f.path for f in failures}
    return BuildReport(
        version=name, documents=len(docs), chunks=len(chunks), embedded=embedded,
        added=tuple(sorted(set(files) - set(before))),
        changed=tuple(sorted(k for k in files if k in before and before[k] != files[k])),
        removed=tuple(sorted(set(before) - set(files) - failed)),
        unchanged=tuple(sorted(k for k in files if before.get(k) == files[k])),
        failures=tuple(failures),
    )
