"""What the decision compares with, per index version: the everyday-sentence background
of a question, and how far a clear match stands out in this folder."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from indexer.embed import VectorEmbedder
from indexer.store import IndexVersion
from indexer.types import Chunk

# the probes of `typical_distinctness`, and its value on the shipped knowledge base (used
# for a folder too small to probe)
PROBE_DOCS = 100
PROBES_PER_DOC = 2
REFERENCE_DISTINCTNESS = 5.7


def typical_distinctness(doc_chunks: Mapping[str, list[int]], chunks: Sequence[Chunk],
                         dense: Any, embedder: VectorEmbedder,
                         distinctness: Callable[[str, np.ndarray, float], float]) -> float:
    """How far a clear match stands out in this folder: the median distinctness of each
    document for probe questions made of its own section headings and title. Long,
    many-sectioned pages stand out less than short ones; dividing by this makes the
    decision hold on a folder it was not fitted on (see `bot.decide`)."""
    probes: list[tuple[str, list[int]]] = []
    step = max(1, len(doc_chunks) // PROBE_DOCS)
    for rows in list(doc_chunks.values())[::step]:
        title = chunks[rows[0]].title
        heads = list(dict.fromkeys(chunks[i].heading for i in rows
                                   if chunks[i].heading not in ("", title)))
        probes += [(f"{h} {title}", rows) for h in heads[:PROBES_PER_DOC]]
    if len(probes) < 5:
        return REFERENCE_DISTINCTNESS
    vectors = embedder.embed_query_vectors([text for text, _ in probes])
    seen = []
    for (text, rows), vector in zip(probes, vectors):
        own = dense.reconstruct_batch(np.array(rows, dtype=np.int64))
        seen.append(distinctness(text, vector, float((own @ vector).max())))
    return float(np.median(seen))


BACKGROUND_SIZE = 2048


def background_of(version: IndexVersion) -> np.ndarray | None:
    """What a question is compared with to tell whether a document stands out: the
    index's everyday-sentence vectors plus an evenly spread sample of its own vectors."""
    parts = [version.background] if version.background is not None else []
    n = version.dense.ntotal
    if n:
        step = max(1, n // BACKGROUND_SIZE)
        ids = np.arange(0, n, step)[:BACKGROUND_SIZE]
        parts.append(np.vstack([version.dense.reconstruct(int(i)) for i in ids]))
    if not parts or sum(len(p) for p in parts) < 2:
        return None
    return np.vstack(parts).astype(np.float32)
