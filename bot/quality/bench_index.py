"""Benchmarks of building and searching the index: indexing, incremental, scale."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import faiss
import numpy as np

from bot.quality.measure import Table, percentile
from indexer.build import DenseParams, background_sentences, build_index, dense_index
from indexer.embed import VectorEmbedder
from indexer.store import open_index

WORDS = ("warga kantor layanan permohonan dokumen syarat biaya jadwal antrean pengaduan izin "
         "usaha kendaraan pajak sekolah rumah sakit bantuan sosial air listrik sampah jalan "
         "taman pasar nikah kelahiran kematian pindah domisili surat keterangan formulir "
         "petugas kecamatan kelurahan dinas loket daring aplikasi tanda terima hari kerja").split()


def generate_knowledge(folder: Path, documents: int, seed: int = 0) -> Path:
    """A knowledge folder of short documents (one section each, one chunk)."""
    rng = random.Random(seed)
    target = folder / "id" / "layanan"
    target.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        body = " ".join(rng.choice(WORDS) for _ in range(40))
        (target / f"layanan-{i:04d}.md").write_text(
            f"---\ntitle: Layanan {i}\ncountry: ID\nlang: id\n---\n# Layanan {i}\n\n"
            f"## Ketentuan layanan {i}\n{body.capitalize()}.\n", encoding="utf-8")
    return folder


class TimedEmbedder(VectorEmbedder):
    """The embedder, adding up the seconds spent embedding passages."""

    def __init__(self, inner: VectorEmbedder) -> None:
        self.inner, self.model_id, self.dim = inner, inner.model_id, inner.dim
        self.seconds = 0.0

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        start = time.perf_counter()
        try:
            return self.inner.embed_passages(texts)
        finally:
            self.seconds += time.perf_counter() - start

    def embed_query_vector(self, text: str) -> np.ndarray:
        return self.inner.embed_query_vector(text)


def bench_indexing(workdir: Path, embedder: VectorEmbedder, documents: int,
                   batch: int = 32) -> tuple[Table, Path, Path]:
    knowledge = generate_knowledge(workdir / "knowledge", documents)
    index_dir = workdir / "index"
    # the same texts the build embeds: one chunk per generated document, then the background
    texts = _chunk_texts(knowledge) + background_sentences()

    def bare_seconds() -> float:
        start = time.perf_counter()
        for i in range(0, len(texts), batch):
            embedder.embed_passages(texts[i:i + batch])
        return time.perf_counter() - start

    # the floor before and after the build, the faster one counts: a busy neighbour
    # slowing one measurement does not flatter the build
    before = bare_seconds()
    timed = TimedEmbedder(embedder)
    start = time.perf_counter()
    report = build_index(knowledge, index_dir, timed, batch=batch)
    took = time.perf_counter() - start
    bare = min(before, bare_seconds())
    rate, bare_rate = len(texts) / took, len(texts) / bare
    table = Table("indexing", f"Indexing a generated folder of {documents} documents "
                  "(fresh embedding cache)",
                  ("documents", "chunks", "passages", "build_s", "passages_per_s",
                   "bare_passages_per_s", "ratio", "embedding_share"),
                  ((report.documents, report.chunks, len(texts), round(took, 2),
                    round(rate, 1), round(bare_rate, 1), round(rate / bare_rate, 3),
                    round(timed.seconds / took, 3)),),
                  ("passages: the chunks and the background sentences every build embeds",
                   "floor: embed_passages on the same texts, same batch size, measured before "
                   "and after the build; the faster run counts",
                   "embedding_share: of the build's time, the share spent in the embedder "
                   "itself (measured during the build, so a busy machine slows both alike)"))
    return table, knowledge, index_dir


def _chunk_texts(knowledge: Path) -> list[str]:
    from indexer.chunk import chunk_documents
    from indexer.load import load_knowledge

    return [c.embed_text() for c in chunk_documents(load_knowledge(knowledge).documents)]


def bench_incremental(knowledge: Path, index_dir: Path, embedder: VectorEmbedder) -> Table:
    """Re-index after one file changed; the first build (bench_indexing) filled the cache."""
    files = sorted((knowledge / "id" / "layanan").glob("*.md"))
    changed = files[len(files) // 2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("\n## ", "\nDiperbarui hari ini.\n\n## ", 1),
                       encoding="utf-8")
    start = time.perf_counter()
    report = build_index(knowledge, index_dir, embedder)
    took = time.perf_counter() - start
    new_texts = [c.embed_text() for c in open_index(index_dir).chunks
                 if c.doc_id == changed.relative_to(knowledge).as_posix()]
    start = time.perf_counter()
    embedder.embed_passages(new_texts)
    bare = time.perf_counter() - start
    return Table("incremental", f"Re-indexing after one file changed, {len(files)} documents",
                 ("documents", "changed", "embedded", "reindex_s", "bare_embed_s", "ratio"),
                 ((report.documents, len(report.changed), report.embedded, round(took, 3),
                   round(bare, 3), round(took / bare, 1)),),
                 ("in-process build_index with the model loaded; unchanged chunks come from "
                  "the embedding cache of the previous build",))


# --- 5. scale -----------------------------------------------------------------------

def synthetic_vectors(n: int, dim: int, seed: int = 0) -> np.ndarray:
    """Unit vectors in clusters, like passages of many topics (uniform random vectors
    have no neighbourhoods and are a worst case no embedding model produces)."""
    rng = np.random.default_rng(seed)
    centers = rng.standard_normal((max(n // 500, 8), dim)).astype(np.float32)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        part = centers[rng.integers(0, len(centers), stop - start)]
        part += 0.6 * rng.standard_normal(part.shape).astype(np.float32)
        out[start:stop] = part / np.linalg.norm(part, axis=1, keepdims=True)
    return out


def index_bytes(index: faiss.Index) -> int:
    size = index.ntotal * index.d * 4
    if isinstance(index, faiss.IndexHNSW):
        size += index.hnsw.neighbors.size() * 4 + index.hnsw.offsets.size() * 8
        size += index.hnsw.levels.size() * 4
    return size


def _timed_search(index: faiss.Index, queries: np.ndarray, k: int = 10
                  ) -> tuple[list[float], np.ndarray]:
    times, found = [], []
    for q in queries:
        start = time.perf_counter()
        _, ids = index.search(q.reshape(1, -1), k)
        times.append(time.perf_counter() - start)
        found.append(ids[0])
    return times, np.array(found)


def bench_scale(sizes: Sequence[int], dim: int, n_queries: int, dense: DenseParams,
                log: Callable[[str], None] = lambda _: None) -> Table:
    rows: list[tuple[object, ...]] = []
    for n in sizes:
        vectors = synthetic_vectors(n, dim)
        rng = np.random.default_rng(1)
        # a question lies near the passage that answers it (cosine about 0.8 to it)
        queries = vectors[rng.integers(0, n, n_queries)] + (0.7 / np.sqrt(dim)) * (
            rng.standard_normal((n_queries, dim)).astype(np.float32))
        queries = (queries / np.linalg.norm(queries, axis=1, keepdims=True)).astype(np.float32)
        start = time.perf_counter()
        flat = dense_index(vectors, DenseParams(hnsw_threshold=n))
        flat_build = time.perf_counter() - start
        flat_times, exact = _timed_search(flat, queries)
        flat_bytes = index_bytes(flat)
        del flat
        log(f"scale {n}: flat done, building HNSW")
        start = time.perf_counter()
        hnsw = dense_index(vectors, DenseParams(hnsw_threshold=n - 1, m=dense.m,
                                                ef_construction=dense.ef_construction,
                                                ef_search=dense.ef_search))
        hnsw_build = time.perf_counter() - start
        hnsw_times, approx = _timed_search(hnsw, queries)
        recall = float(np.mean([len(set(a) & set(e)) / len(e) for a, e in zip(approx, exact)]))
        for kind, times, build, size, rec in (
            ("flat", flat_times, flat_build, flat_bytes, 1.0),
            ("hnsw", hnsw_times, hnsw_build, index_bytes(hnsw), recall),
        ):
            rows.append((n, kind, round(percentile(times, 50) * 1000, 3),
                         round(percentile(times, 95) * 1000, 3), round(size / 2**20, 1),
                         round(build, 1), round(rec, 4)))
        rows.append((n, "flat/hnsw", round(percentile(flat_times, 50)
                                           / percentile(hnsw_times, 50), 1), "", "", "", ""))
        del hnsw, vectors
        log(f"scale {n}: done")
    return Table("scale", f"Dense search, synthetic clustered unit vectors (dim {dim}), one "
                 f"query at a time, {n_queries} queries; HNSW M={dense.m} "
                 f"efConstruction={dense.ef_construction} efSearch={dense.ef_search}",
                 ("chunks", "index", "p50_ms", "p95_ms", "memory_mb", "build_s", "recall@10"),
                 tuple(rows), ("floor: the exact flat index; recall@10 against it",
                               "queries: a random vector's neighbour plus noise (cosine ~0.8)"))


# --- 6. memory ----------------------------------------------------------------------
