"""Hybrid retrieval: dense (FAISS) and BM25, fused, aggregated per document, filtered."""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

from indexer.embed import VectorEmbedder
from indexer.store import IndexVersion, POINTER, current_version, open_index
from indexer.text import GENERIC, STOPWORDS, terms, words
from indexer.types import Chunk

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FusionParams:
    """How dense and keyword rankings combine (weighted reciprocal-rank fusion)."""

    dense_weight: float = 1.0
    bm25_weight: float = 0.7
    rrf_k: float = 60.0
    candidates: int = 100
    second_chunk_weight: float = 0.15


@dataclass(frozen=True)
class Hit:
    """A chunk that matched, with each score that ranked it."""

    chunk: Chunk
    dense: float
    bm25: float
    fused: float


@dataclass(frozen=True)
class DocHit:
    """A document, scored by its best chunks; `hits` best first."""

    doc_id: str
    score: float
    dense: float
    bm25: float
    hits: tuple[Hit, ...]

    @property
    def best(self) -> Chunk:
        return self.hits[0].chunk


@dataclass(frozen=True)
class Query:
    """A question prepared once: its vector, keyword terms and glossary expansions."""

    text: str
    vector: np.ndarray
    terms: tuple[str, ...]
    expansions: tuple[str, ...] = ()
    own_terms: tuple[str, ...] = field(default=())


class HybridRetriever:
    """Searches one loaded index version."""

    def __init__(self, version: IndexVersion, embedder: VectorEmbedder,
                 params: FusionParams | None = None) -> None:
        self.version = version
        self.embedder = embedder
        self.params = params or FusionParams()
        self.chunks = version.chunks
        self._country = np.array([c.country or "" for c in self.chunks])
        self._lang = np.array([c.lang for c in self.chunks])
        self.doc_chunks: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(self.chunks):
            self.doc_chunks[c.doc_id].append(i)
        self.doc_terms: dict[str, frozenset[str]] = {}
        df: Counter[str] = Counter()
        for doc_id, idx in self.doc_chunks.items():
            bag = frozenset(t for i in idx for t in terms(
                f"{self.chunks[i].title} {self.chunks[i].heading} {self.chunks[i].text} "
                f"{' '.join(self.chunks[i].tags)}"))
            self.doc_terms[doc_id] = bag
            df.update(bag)
        n_docs = max(len(self.doc_chunks), 1)
        self.idf = {t: math.log(1 + (n_docs - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.max_idf = math.log(1 + (n_docs + 0.5) / 0.5)

    # --- the question side -------------------------------------------------------------
    def prepare(self, text: str, vector: np.ndarray | None = None) -> Query:
        expansions = tuple(self.version.glossary.expansions(text))
        own = tuple(terms(text))
        extra = tuple(t for e in expansions for t in terms(e))
        if vector is None:
            vector = self.embedder.embed_query_vector(text)
        return Query(text, vector, own + extra, expansions, own)

    def mask(self, country: str | None = None, lang: str | None = None) -> np.ndarray | None:
        """Chunks allowed by the filters (None = all). Country-less chunks fit any country."""
        if country is None and lang is None:
            return None
        keep = np.ones(len(self.chunks), dtype=bool)
        if country is not None:
            keep &= (self._country == country) | (self._country == "")
        if lang is not None:
            keep &= self._lang == lang
        return keep

    # --- the two rankings ----------------------------------------------------------------
    def dense_scores(self, query: Query, allowed: np.ndarray | None, k: int
                     ) -> dict[int, float]:
        n = self.version.dense.ntotal
        if n == 0:
            return {}
        k = min(k, n)
        vec = query.vector.reshape(1, -1).astype(np.float32)
        if allowed is None:
            scores, ids = self.version.dense.search(vec, k)
        else:
            sel_ids = np.flatnonzero(allowed).astype(np.int64)
            if not len(sel_ids):
                return {}
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(sel_ids))
            scores, ids = self.version.dense.search(vec, min(k, len(sel_ids)), params=params)
        return {int(i): float(s) for i, s in zip(ids[0], scores[0]) if i >= 0}

    def bm25_scores(self, query: Query, allowed: np.ndarray | None, k: int) -> dict[int, float]:
        if not query.terms or not len(self.chunks):
            return {}
        scores = self.version.bm25.get_scores(list(query.terms))
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

    # --- fusion -----------------------------------------------------------------------
    def search_chunks(self, query: Query, country: str | None = None, lang: str | None = None,
                      params: FusionParams | None = None) -> list[Hit]:
        p = params or self.params
        allowed = self.mask(country, lang)
        dense = self.dense_scores(query, allowed, p.candidates)
        bm25 = self.bm25_scores(query, allowed, p.candidates)
        fused: dict[int, float] = defaultdict(float)
        for weight, scores in ((p.dense_weight, dense), (p.bm25_weight, bm25)):
            if weight <= 0:
                continue
            for rank, i in enumerate(sorted(scores, key=scores.get, reverse=True)):
                fused[i] += weight / (p.rrf_k + rank + 1)
        hits = [Hit(self.chunks[i], dense.get(i, 0.0), bm25.get(i, 0.0), s)
                for i, s in fused.items()]
        hits.sort(key=lambda h: h.fused, reverse=True)
        return hits

    def search(self, query: Query, country: str | None = None, lang: str | None = None,
               k: int = 10, params: FusionParams | None = None) -> list[DocHit]:
        """Documents best first; a document scores by its best chunk plus a little of its
        second (a document that matches in two sections is the likelier answer)."""
        p = params or self.params
        by_doc: dict[str, list[Hit]] = defaultdict(list)
        for hit in self.search_chunks(query, country, lang, p):
            by_doc[hit.chunk.doc_id].append(hit)
        docs = []
        for doc_id, hits in by_doc.items():
            score = hits[0].fused + (p.second_chunk_weight * hits[1].fused if len(hits) > 1
                                     else 0.0)
            docs.append(DocHit(doc_id, score, max(h.dense for h in hits),
                               max(h.bm25 for h in hits), tuple(hits)))
        docs.sort(key=lambda d: d.score, reverse=True)
        return docs[:k]

    def coverage(self, query: Query, doc_id: str) -> float:
        """IDF-weighted share of the question's words that the document covers.

        A word counts as covered when its stem is in the document or when the glossary
        maps it to a term the document has; words that only say what the resident wants
        to do (`cara`, `bikin`, `daftar` …) weigh little.
        """
        bag = self.doc_terms.get(doc_id, frozenset())
        glossary = self.version.glossary
        total = found = 0.0
        seen: set[str] = set()
        for word in words(query.text):
            if word in STOPWORDS or len(word) < 2 or word in seen:
                continue
            seen.add(word)
            stems = terms(word)
            if not stems:
                continue
            weight = max(self.idf.get(t, self.max_idf) for t in stems)
            if word in GENERIC:
                weight *= 0.25
            total += weight
            if all(t in bag for t in stems) or any(
                (alt_terms := terms(alt)) and all(t in bag for t in alt_terms)
                for alt in glossary.alternatives(word)
            ):
                found += weight
        return found / total if total else 0.0


class IndexHolder:
    """The index version being served; notices a new `CURRENT` and swaps between requests."""

    def __init__(self, index_dir: Path, embedder: VectorEmbedder,
                 params: FusionParams | None = None, check_every: float = 1.0) -> None:
        self.index_dir = Path(index_dir)
        self.embedder = embedder
        self.params = params
        self.check_every = check_every
        self._lock = threading.Lock()
        self._retriever = HybridRetriever(open_index(self.index_dir, embedder.model_id),
                                          embedder, params)
        self._checked = time.monotonic()
        self._pointer_stat = self._stat()

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.index_dir / POINTER)
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    def current(self) -> HybridRetriever:
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self._checked = now
            stat = self._stat()
            if stat != self._pointer_stat:
                self.reload(stat)
        return self._retriever

    def reload(self, stat: tuple[int, int] | None = None) -> bool:
        """Load the version `CURRENT` names if it is new; a broken one is logged, not served."""
        with self._lock:
            name = current_version(self.index_dir)
            if name is None or name == self._retriever.version.name:
                self._pointer_stat = stat if stat is not None else self._stat()
                return False
            try:
                version = open_index(self.index_dir, self.embedder.model_id)
            except Exception:
                log.exception("index version %s could not be loaded; still serving %s",
                              name, self._retriever.version.name)
                return False
            self._retriever = HybridRetriever(version, self.embedder, self.params)
            self._pointer_stat = stat if stat is not None else self._stat()
            log.info("now serving index version %s", version.name)
            return True


class TanyakotaRetriever(BaseRetriever):
    """langchain face of the hybrid retriever: one `Document` per matching document."""

    holder: IndexHolder
    country: str | None = None
    lang: str | None = None
    k: int = 4

    model_config = {"arbitrary_types_allowed": True}

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun
                                ) -> list[LCDocument]:
        retriever = self.holder.current()
        hits = retriever.search(retriever.prepare(query), self.country, self.lang, self.k)
        return [LCDocument(page_content=d.best.text,
                           metadata={"doc_id": d.doc_id, "title": d.best.title,
                                     "heading": d.best.heading, "source": d.best.source,
                                     "updated": d.best.updated, "country": d.best.country,
                                     "lang": d.best.lang, "score": d.score})
                for d in hits]
