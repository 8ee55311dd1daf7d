"""Hybrid retrieval: dense (FAISS) and BM25, fused, aggregated per document, filtered."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

import faiss
import numpy as np

from bot.cache import LRUCache
from bot.calibrate import background_of, typical_distinctness
from bot.coverage import Coverage, PageReading, read_page, said
from bot.places import load_gazetteer
from bot.services import Service, ServiceMatch, load_catalogue
from indexer.embed import VectorEmbedder
from indexer.load import inner_headings
from indexer.store import IndexVersion
from indexer.text import GENERIC, STOPWORDS, terms, words
from indexer.types import Chunk

# the stems of the words that only say what is done ("permohonan": "mohon")
GENERIC_STEMS = frozenset(t for w in GENERIC for t in terms(w))
# words that hedge a question ("brp menit biasanya"), not say what it is about
HEDGES = frozenset("biasa biasanya agak mungkin kira kira-kira sekitar".split())
# words that place a question in time ("lepas hantar dokumen", "brp lama siap"): they say
# when, not what about ("pelepasan cukai" stems to "lepas", "perabot lama" is old furniture)
FRAMES = frozenset("lama lepas selepas setelah sesudah sebelum sblm lps stlh abis".split())

# keyword terms of a question searched at most: an ordinary one has about ten; a
# 1,000-character text of common words must not scan every posting list hundreds of times
MAX_QUERY_TERMS = 64


@dataclass(frozen=True)
class FusionParams:
    """How dense and keyword evidence combine.

    `score` fusion (the default) adds the dense similarity, in standard deviations above
    the question's similarity to the whole index, to the BM25 score scaled by the best
    BM25 score of the question: both keep their margins, which rank fusion throws away.
    `rrf` is weighted reciprocal-rank fusion, kept for comparison.
    """

    fusion: str = "score"
    dense_weight: float = 1.0
    bm25_weight: float = 2.0
    rrf_k: float = 60.0
    candidates: int = 100
    second_chunk_weight: float = 0.15
    # documents of a city: a bonus when the question names the city, a small malus when
    # it names none (a national document then fits better); in score units
    region_match: float = 1.0
    region_other: float = -0.3
    # weight of the question's coverage by the document, when re-ranking the top ones
    coverage_weight: float = 2.0
    rerank_depth: int = 10


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
    # (mean, std) of the question's similarity to the index and the everyday sentences
    background: tuple[float, float] = field(default=(0.0, 1.0), compare=False)

    @cached_property
    def said(self) -> frozenset[str]:
        """The question's words and its glossary expansions' (read once, for places)."""
        return frozenset(words(self.text)) | {w for e in self.expansions for w in words(e)}


class HybridRetriever:
    """Searches one loaded index version."""

    def __init__(self, version: IndexVersion, embedder: VectorEmbedder,
                 params: FusionParams | None = None, query_cache: int = 2048,
                 typical: float | None = None) -> None:
        self.version = version
        self._typical = typical  # the folder's statistic, when already known
        self.embedder = embedder
        self.params = params or FusionParams()
        # prepared questions of this version, by text: a repeated question is not embedded
        # again (a new version gets a new retriever, so a fresh cache)
        self.queries: LRUCache[Query] = LRUCache(query_cache)
        self._hnsw = isinstance(version.dense, faiss.IndexHNSW)
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
                f"{' '.join(self.chunks[i].tags)} {' '.join(self.chunks[i].questions)}"))
            self.doc_terms[doc_id] = bag
            df.update(bag)
        # what a document says it is about: its title, section headings and the questions
        # staff listed for it
        self.doc_heads: dict[str, frozenset[str]] = {
            doc_id: frozenset(t for i in idx for t in terms(
                f"{self.chunks[i].title} {self.chunks[i].heading} "
                f"{' '.join(self.chunks[i].questions)}"))
            for doc_id, idx in self.doc_chunks.items()
        }
        self._doc = np.array([c.doc_id for c in self.chunks])
        self.doc_region: dict[str, frozenset[str]] = {
            doc_id: region_words(self.chunks[idx[0]].region)
            for doc_id, idx in self.doc_chunks.items()
        }
        self.region_words = frozenset(w for r in self.doc_region.values() for w in r)
        self.doc_country: dict[str, str | None] = {
            doc_id: self.chunks[idx[0]].country for doc_id, idx in self.doc_chunks.items()}
        self.places = load_gazetteer()
        # the page's region, narrowed by a place its title or its folder names ("Lesen
        # Anjing MBIP", or my/iskandar-puteri/lesen-anjing.md, with the region "Johor" is
        # Iskandar Puteri's page, not every Johor town's)
        self.doc_places: dict[str, frozenset[str]] = {
            doc_id: self.places.most_specific(self.places.named_in(
                f"{self.chunks[idx[0]].region} {self.chunks[idx[0]].title} "
                f"{folder_words(doc_id)}", country))
            for doc_id, idx in self.doc_chunks.items()
            if (country := self.doc_country[doc_id]) and self.chunks[idx[0]].region}
        self.background = background_of(version)
        # each page's sentences, read when a question first needs them (`mentions`)
        self._read: dict[str, PageReading] = {}
        self._discussed: dict[tuple[str, str], bool] = {}
        n_docs = max(len(self.doc_chunks), 1)
        self.idf = {t: math.log(1 + (n_docs - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.max_idf = math.log(1 + (n_docs + 0.5) / 0.5)
        # each document's coverage of each question met (a question meets the same
        # documents in every search): this version's, so a new version starts afresh
        self.covers = Coverage(self.doc_terms, self.idf, self.max_idf, version.glossary,
                               cache_size=max(query_cache * 8, 1))
        self.head_covers = Coverage(self.doc_heads, self.idf, self.max_idf, version.glossary,
                                    cache_size=max(query_cache * 8, 1))

    # --- the question side -------------------------------------------------------------
    def prepare(self, text: str, vector: np.ndarray | None = None) -> Query:
        if vector is None:
            cached = self.queries.get(text)
            if cached is not None:
                return cached
        expansions = tuple(self.version.glossary.expansions(text))
        own = tuple(terms(text))[:MAX_QUERY_TERMS]
        extra = tuple(t for e in expansions for t in terms(e))[:MAX_QUERY_TERMS]
        if vector is not None:
            return Query(text, vector, own + extra, expansions, own,
                         self._background_stats(vector))
        vector = self.embedder.embed_query_vector(text)
        vector.setflags(write=False)  # shared by every ask of the same question
        query = Query(text, vector, own + extra, expansions, own,
                      self._background_stats(vector))
        self.queries.put(text, query)
        return query

    def _background_stats(self, vector: np.ndarray) -> tuple[float, float]:
        """Mean and spread of a question's similarity to the index at large."""
        if self.background is None:
            return (0.0, 1.0)
        sims = self.background @ vector
        return (float(sims.mean()), max(float(sims.std()), 1e-3))

    def mask(self, country: str | None = None, lang: str | None = None,
             doc_id: str | None = None) -> np.ndarray | None:
        """Chunks allowed by the filters (None = all). Country-less chunks fit any country."""
        if country is None and lang is None and doc_id is None:
            return None
        keep = np.ones(len(self.chunks), dtype=bool)
        if country is not None:
            keep &= (self._country == country) | (self._country == "")
        if lang is not None:
            keep &= self._lang == lang
        if doc_id is not None:
            keep &= self._doc == doc_id
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
            selector = faiss.IDSelectorBatch(sel_ids)
            if self._hnsw:
                params = faiss.SearchParametersHNSW(
                    sel=selector, efSearch=max(self.version.dense.hnsw.efSearch, k))
            else:
                params = faiss.SearchParameters(sel=selector)
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
                      params: FusionParams | None = None, doc_id: str | None = None
                      ) -> list[Hit]:
        p = params or self.params
        allowed = self.mask(country, lang, doc_id)
        dense = self.dense_scores(query, allowed, p.candidates) if p.dense_weight > 0 else {}
        bm25 = self.bm25_scores(query, allowed, p.candidates) if p.bm25_weight > 0 else {}
        fused: dict[int, float] = defaultdict(float)
        if p.fusion == "rrf":
            for weight, scores in ((p.dense_weight, dense), (p.bm25_weight, bm25)):
                for rank, i in enumerate(sorted(scores, key=scores.__getitem__, reverse=True)):
                    fused[i] += weight / (p.rrf_k + rank + 1)
        else:
            if p.dense_weight > 0:
                # a keyword-only candidate still gets its exact dense score
                only_bm25 = sorted(set(bm25) - set(dense))
                if only_bm25:
                    vectors = self.version.dense.reconstruct_batch(np.array(only_bm25))
                    for i, vector in zip(only_bm25, vectors):
                        dense[i] = float(vector @ query.vector)
                mu, sd = query.background
                for i, s in dense.items():
                    fused[i] += p.dense_weight * (s - mu) / sd
            top_bm25 = max(bm25.values(), default=0.0)
            if top_bm25 > 0:
                for i, s in bm25.items():
                    fused[i] += p.bm25_weight * s / top_bm25
        hits = [Hit(self.chunks[i], dense.get(i, 0.0), bm25.get(i, 0.0), s)
                for i, s in fused.items()]
        hits.sort(key=lambda h: h.fused, reverse=True)
        return hits

    def search(self, query: Query, country: str | None = None, lang: str | None = None,
               k: int = 10, params: FusionParams | None = None,
               doc_id: str | None = None) -> list[DocHit]:
        """Documents best first. A document scores by its best chunk plus a little of its
        second (a document that matches in two sections is the likelier answer); with
        score fusion the top ones are re-ranked by how well they cover the question and
        whether they belong to the city it names."""
        p = params or self.params
        by_doc: dict[str, list[Hit]] = defaultdict(list)
        for hit in self.search_chunks(query, country, lang, p, doc_id):
            by_doc[hit.chunk.doc_id].append(hit)
        docs = []
        for doc_id, hits in by_doc.items():
            score = hits[0].fused + (p.second_chunk_weight * hits[1].fused if len(hits) > 1
                                     else 0.0)
            docs.append(DocHit(doc_id, score, max(h.dense for h in hits),
                               max(h.bm25 for h in hits), tuple(hits)))
        docs.sort(key=lambda d: d.score, reverse=True)
        if p.fusion == "score" and (p.coverage_weight or p.region_match or p.region_other):
            head = [replace(d, score=d.score + self._rerank_bonus(query, d.doc_id, p))
                    for d in docs[: p.rerank_depth]]
            docs = sorted(head, key=lambda d: d.score, reverse=True) + docs[p.rerank_depth:]
        return docs[:k]

    def _rerank_bonus(self, query: Query, doc_id: str, p: FusionParams) -> float:
        bonus = p.coverage_weight * self.coverage(query, doc_id) if p.coverage_weight else 0.0
        if self.doc_region.get(doc_id):
            bonus += (p.region_match if self.place(query, doc_id) == "same"
                      else p.region_other)
        return bonus

    @cached_property
    def typical_distinctness(self) -> float:
        """How far a clear match stands out in this folder (`bot.calibrate`)."""
        if self._typical is not None:
            return self._typical
        return typical_distinctness(
            self.doc_chunks, self.chunks, self.version.dense, self.embedder,
            lambda text, vector, dense: self.distinctness(self.prepare(text, vector), dense))

    def relative_distinctness(self, query: Query, dense: float) -> float:
        """`distinctness`, as a share of how far a clear match stands out in this folder."""
        return self.distinctness(query, dense) / max(self.typical_distinctness, 1.0)

    def distinctness(self, query: Query, dense: float) -> float:
        """How far `dense` stands above the question's similarity to the index at large,
        in standard deviations. An off-topic question is about as similar to everything."""
        mu, sd = query.background
        return (dense - mu) / sd

    def coverage(self, query: Query, doc_id: str) -> float:
        """IDF-weighted share of the question's words the document covers (`bot.coverage`)."""
        return self.covers.of(query.text, doc_id)

    def title_coverage(self, query: Query, doc_id: str) -> float:
        """The same share, of the words of the document's title and section headings:
        what the document says it is about."""
        return self.head_covers.of(query.text, doc_id)

    def other_region(self, query: Query, doc_id: str) -> bool:
        """The question names a place, and this is another place's page."""
        return self.place(query, doc_id) == "other"

    def place(self, query: Query, doc_id: str) -> str | None:
        """How the place the question names (the gazetteer's, or a region of the index)
        stands to the page's region: "same", "other", "national" (a page without a
        region), or None when the question names no place."""
        said = query.said
        country = self.doc_country.get(doc_id)
        asked = self.places.named_in(query.text, country) if country else frozenset()
        if not asked and not said & self.region_words:
            return None
        region = self.doc_region.get(doc_id)
        if not region:
            return "national"
        places = self.doc_places.get(doc_id)
        if asked and places:  # both known to the gazetteer
            return "same" if self.places.same(asked, places) else "other"
        if region & said:
            return "same"
        # a region the gazetteer does not know: only a city of the index tells another
        return "other" if said & self.region_words else None

    # --- documents ---------------------------------------------------------------------
    def mentions(self, doc_id: str, phrase: str | None) -> bool:
        """Whether the document has every word of `phrase` (by stem) in one sentence that
        does not say the page leaves it out; each page is read once per version."""
        stems = terms(phrase or "")
        if not stems or not set(stems) <= self.doc_terms.get(doc_id, frozenset()):
            return False
        return said(self.sentence_bags(doc_id), phrase)

    def sentence_bags(self, doc_id: str) -> tuple[frozenset[str], ...]:
        """The stems of each sentence of the document that does not say the page leaves
        something out (`bot.coverage.read_page`), read once per version."""
        return self.reading(doc_id).said

    def reading(self, doc_id: str) -> PageReading:
        """What the document says and leaves out (`bot.coverage.read_page`), read once per
        version."""
        page = self._read.get(doc_id)
        if page is None:
            page = self._read[doc_id] = read_page(
                self.chunks[i] for i in self.doc_chunks.get(doc_id, ()))
        return page

    def left_out_asked(self, doc_id: str, text: str) -> frozenset[str]:
        """The question's own words (by stem; none a function word or one that only says
        what is done, "buat", "daftar") that the document names only where it says it leaves
        them out ("Pemasangan sambungan baru tidak dibahas di halaman ini" for "pasang
        sambungan baru brp"): what is asked is what the page does not cover."""
        known = self.reading(doc_id).left_out_only
        if not known:
            return frozenset()
        asked = {t for w in words(text) if w not in STOPWORDS and w not in GENERIC
                 and w not in HEDGES and w not in FRAMES for t in terms(w)} - GENERIC_STEMS
        return frozenset(asked & known)

    def respelled(self, text: str) -> str:
        """`text` with the misspellings of the catalogue's words this folder uses put right
        (`ServiceCatalogue.respelled`), for reading which service a question names. A
        word the folder has, a function word or one the glossary knows is no misspelling."""
        glossary = self.version.glossary

        def known(word: str) -> bool:
            stems = terms(word)
            return (word in STOPWORDS or bool(glossary.alternatives(word))
                    or (bool(stems) and all(t in self.idf for t in stems)))

        return load_catalogue().respelled(text, known)

    def services_named(self, text: str, country: str | None = None) -> list[ServiceMatch]:
        """The services `text` names, best first (`ServiceCatalogue.named_in`), its slips of
        the catalogue's words put right: every reading of a question's service for the
        decision goes through here."""
        return load_catalogue().named_in(self.respelled(text), country)

    def discusses(self, doc_id: str, service: Service) -> bool:
        """Whether one sentence of the document names the service's object and what is
        done to it, in any of the catalogue's words ("Pertukaran alamat MyKad" for "tukar
        alamat ic"; "perpanjangan paspor" for "renew paspor"), not to say it leaves it out
        ("baru", "daftar" tell nothing)."""
        key = (doc_id, service.id)
        known = self._discussed.get(key)
        if known is None:
            have = self.doc_terms.get(doc_id, frozenset())
            objects = [frozenset(terms(" ".join(o))) for o in service.objects]
            actions = [frozenset(terms(" ".join(a))) for a in service.distinguishing_actions]
            objects = [o for o in objects if o and o <= have]
            actions = [a for a in actions if a and a <= have]
            known = bool(objects and actions) and any(
                o | a <= bag for bag in self.sentence_bags(doc_id)
                for o in objects for a in actions)
            self._discussed[key] = known
        return known

    def first_chunk(self, doc_id: str | None) -> Chunk | None:
        """The document's first chunk (its title, source, country…), None if not indexed."""
        rows = self.doc_chunks.get(doc_id or "")
        return self.chunks[rows[0]] if rows else None

    def doc_title(self, doc_id: str | None) -> str | None:
        chunk = self.first_chunk(doc_id)
        return chunk.title if chunk else None

    @cached_property
    def titles(self) -> dict[str, list[Chunk]]:
        """Document titles (case-folded, spaces collapsed) to their documents' first chunks."""
        out: dict[str, list[Chunk]] = {}
        for chunk in self.documents():
            out.setdefault(" ".join(chunk.title.casefold().split()), []).append(chunk)
        return out

    def doc_by_title(self, text: str, country: str | None = None) -> str | None:
        """The document (of `country`, when given) whose title `text` is: a suggestion or
        related topic tapped."""
        found = self.titles.get(" ".join(text.casefold().split()), [])
        return next((c.doc_id for c in found if country is None or c.country in (country, None)),
                    None)

    def documents(self) -> list[Chunk]:
        """The first chunk of every document, in index order."""
        return [self.chunks[rows[0]] for rows in self.doc_chunks.values()]

    @cached_property
    def doc_services(self) -> dict[str, frozenset[str]]:
        """The public services (`bot.services`) each document's title and headings cover,
        the headings inside a section too ("### KTP-el hilang"; not a FAQ's questions)."""
        catalogue = load_catalogue()
        out = {}
        for doc_id, rows in self.doc_chunks.items():
            first = self.chunks[rows[0]]
            heads = list(dict.fromkeys(
                [self.chunks[i].heading for i in rows]
                + [h for i in rows for h in inner_headings(self.chunks[i].text)]))
            out[doc_id] = frozenset(catalogue.of_document(first.title, heads, first.country))
        return out

    @cached_property
    def subject_terms(self) -> dict[str, frozenset[str]]:
        """What each document's title names, less generic words and city names: the words
        that tell its subject ("paspor", "sim") without tags or folders."""
        generic = {t for w in GENERIC for t in terms(w)} | {
            t for w in self.region_words for t in terms(w)}
        return {c.doc_id: frozenset(t for t in terms(c.title)
                                    if t not in generic and len(t) >= 3)
                for c in self.documents()}

    @cached_property
    def covered_services(self) -> frozenset[str]:
        return frozenset(s for ids in self.doc_services.values() for s in ids)

    @cached_property
    def country_terms(self) -> dict[str, frozenset[str]]:
        """Every word stem of each country's documents (country-less ones count for none)."""
        bags: dict[str, set[str]] = {}
        for doc_id, rows in self.doc_chunks.items():
            country = self.chunks[rows[0]].country
            if country:
                bags.setdefault(country, set()).update(self.doc_terms.get(doc_id, ()))
        return {c: frozenset(b) for c, b in bags.items()}

REGION_FILLER = frozenset({"kota", "kabupaten", "kab", "provinsi", "dki", "daerah", "negeri",
                           "wilayah", "persekutuan", "bandar", "bandaraya", "pulau", "city"})


def region_words(region: str | None) -> frozenset[str]:
    """The distinctive words of a region name (`Kota Surabaya` -> {surabaya})."""
    if not region:
        return frozenset()
    return frozenset(w for w in words(region) if w not in REGION_FILLER)


def folder_words(doc_id: str) -> str:
    """The folders a document sits in below its country's, as words
    (`my/iskandar-puteri/x.md`: "iskandar puteri")."""
    return " ".join(doc_id.split("/")[1:-1]).replace("-", " ").replace("_", " ")
