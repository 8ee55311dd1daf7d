"""`tanyakota eval --bench`: retrieval quality on public benchmark folders (BEIR-style)."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.retrieve import FusionParams, HybridRetriever
from indexer.build import dense_index, keyword_index
from indexer.complaints import DEFAULT_CHANNELS
from indexer.embed import EmbeddingCache, VectorEmbedder, embed_with_cache, text_key
from indexer.glossary import Glossary
from indexer.store import FORMAT, IndexVersion, Manifest
from indexer.types import Chunk

METHODS: dict[str, Callable[[FusionParams], FusionParams]] = {
    "bm25": lambda p: FusionParams(**{**p.__dict__, "dense_weight": 0.0}),
    "dense": lambda p: FusionParams(**{**p.__dict__, "bm25_weight": 0.0}),
    # plain reciprocal-rank fusion (k=60) of the same two rankings, for comparison
    "rrf": lambda p: FusionParams(**{**p.__dict__, "fusion": "rrf", "dense_weight": 1.0,
                                     "bm25_weight": 1.0, "rrf_k": 60.0}),
    "hybrid": lambda p: p,
}


@dataclass(frozen=True)
class BenchQuery:
    qid: str
    lang: str
    text: str


@dataclass(frozen=True)
class Bench:
    name: str
    chunks: tuple[Chunk, ...]
    queries: tuple[BenchQuery, ...]
    qrels: dict[str, frozenset[str]]
    cross: dict[str, frozenset[str]] | None = None


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _read_qrels(path: Path) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        parts = line.strip().split("\t")
        if i == 0 or len(parts) < 2:
            continue
        out[parts[0]].add(parts[1])
    return {k: frozenset(v) for k, v in out.items()}


def load_bench(folder: Path) -> Bench:
    """A folder with corpus.jsonl, queries.jsonl, qrels.tsv and maybe qrels.cross.tsv."""
    folder = Path(folder)
    chunks = tuple(
        Chunk(chunk_id=p["id"], doc_id=p["id"], title=p.get("title") or "", heading="",
              text=p["text"], lang=p.get("lang", "id"), country=None)
        for p in _read_jsonl(folder / "corpus.jsonl")
    )
    queries = tuple(BenchQuery(q["id"], q.get("lang", "id"), q["text"])
                    for q in _read_jsonl(folder / "queries.jsonl"))
    cross = folder / "qrels.cross.tsv"
    return Bench(folder.name, chunks, queries, _read_qrels(folder / "qrels.tsv"),
                 _read_qrels(cross) if cross.exists() else None)


def memory_version(chunks: Iterable[Chunk], vectors: np.ndarray, embedder_id: str,
                   glossary: Glossary | None = None,
                   background: np.ndarray | None = None) -> IndexVersion:
    """An index version held in memory only (for benchmarks)."""
    chunks = list(chunks)
    manifest = Manifest(FORMAT, "bench", embedder_id, int(vectors.shape[1]), len(chunks),
                        len(chunks), "", {}, (), {})
    return IndexVersion(Path("."), manifest, tuple(chunks), dense_index(vectors),
                        keyword_index(chunks), glossary or Glossary(), DEFAULT_CHANNELS,
                        background)


def embed_queries(embedder: VectorEmbedder, texts: list[str],
                  cache: EmbeddingCache | None) -> np.ndarray:
    """Query vectors, cached like passages (under a key of their own role)."""
    role = embedder.model_id + "|query"
    keys = [text_key(role, t) for t in texts]
    found = cache.get_many(keys) if cache else {}
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    new: dict[str, np.ndarray] = {}
    for i, (key, text) in enumerate(zip(keys, texts)):
        if key in found:
            out[i] = found[key]
        else:
            out[i] = new[key] = embedder.embed_query_vector(text)
    if cache and new:
        cache.put_many(new)
    return out


def rank_metrics(ranked: list[str], relevant: frozenset[str]) -> dict[str, float]:
    top = ranked[:10]
    first = next((i for i, d in enumerate(top) if d in relevant), None)
    dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(top) if d in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(relevant), 10)))
    return {"hit@1": float(first == 0), "hit@10": float(first is not None),
            "mrr@10": 0.0 if first is None else 1.0 / (first + 1),
            "ndcg@10": dcg / ideal if ideal else 0.0}


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {}
    return {k: round(sum(r[k] for r in rows) / len(rows), 4) for k in rows[0]} | {
        "n": len(rows)}


@dataclass
class BenchResult:
    name: str
    # method -> slice ("all", "id", "ms", "cross") -> metric -> value
    scores: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)


def evaluate_bench(bench: Bench, embedder: VectorEmbedder, cache: EmbeddingCache | None,
                   params: FusionParams | None = None,
                   progress: Callable[[int], None] | None = None) -> BenchResult:
    """hit@1, hit@10, MRR@10, nDCG@10 of BM25, dense, plain RRF and the hybrid, per query
    language and cross-lingual (searching only the passages of the other language)."""
    params = params or FusionParams()
    vectors, _ = embed_with_cache(embedder, [c.embed_text() for c in bench.chunks], cache,
                                  progress=progress)
    retriever = HybridRetriever(memory_version(bench.chunks, vectors, embedder.model_id),
                                embedder, params)
    qvecs = embed_queries(embedder, [q.text for q in bench.queries], cache)
    result = BenchResult(bench.name)
    for method, make in METHODS.items():
        p = make(params)
        rows: dict[str, list[dict[str, float]]] = defaultdict(list)
        for q, vec in zip(bench.queries, qvecs):
            query = retriever.prepare(q.text, vector=vec)
            if q.qid in bench.qrels:
                ranked = [h.chunk.doc_id for h in retriever.search_chunks(query, params=p)]
                m = rank_metrics(ranked, bench.qrels[q.qid])
                rows["all"].append(m)
                rows[q.lang].append(m)
            if bench.cross and q.qid in bench.cross:
                other = "ms" if q.lang == "id" else "id"
                ranked = [h.chunk.doc_id for h in
                          retriever.search_chunks(query, lang=other, params=p)]
                rows["cross"].append(rank_metrics(ranked, bench.cross[q.qid]))
        result.scores[method] = {k: _mean(v) for k, v in rows.items()}
    return result


def bench_table(result: BenchResult) -> str:
    """One row per method and slice: hit@1, hit@10, MRR@10, nDCG@10."""
    lines = [f"{result.name}", f"  {'method':<8}{'queries':<14}{'n':>5}  "
             f"{'hit@1':>6} {'hit@10':>6} {'MRR@10':>6} {'nDCG@10':>7}"]
    for method, slices in result.scores.items():
        for name in ("all", "id", "ms", "cross"):
            m = slices.get(name)
            if not m:
                continue
            label = "cross-lingual" if name == "cross" else (
                "all" if name == "all" else f"lang {name}")
            lines.append(f"  {method:<8}{label:<14}{m['n']:>5}  {m['hit@1']:>6.3f} "
                         f"{m['hit@10']:>6.3f} {m['mrr@10']:>6.3f} {m['ndcg@10']:>7.3f}")
    return "\n".join(lines)
