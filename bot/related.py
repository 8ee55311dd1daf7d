"""Related topics: documents of the answer's country about the same subject."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.retrieve import HybridRetriever
from bot.types import Answer, Related


def folder_of(doc_id: str) -> str | None:
    """The document's sub-folder (`id/imigrasi`); None for a file at a country's top."""
    return doc_id.rsplit("/", 1)[0] if doc_id.count("/") >= 2 else None


def same_subject(retriever: HybridRetriever, a: str, b: str | None) -> bool:
    """Two documents about the same subject: their titles name the same thing ("Paspor
    Baru", "Paspor Hilang"), or — where staff wrote them — the same sub-folder or a tag."""
    if b is None:
        return False
    subjects = retriever.subject_terms
    if subjects.get(a, frozenset()) & subjects.get(b, frozenset()):
        return True
    if folder_of(a) is not None and folder_of(a) == folder_of(b):
        return True
    first_a, first_b = retriever.first_chunk(a), retriever.first_chunk(b)
    if first_a is None or first_b is None:
        return False
    return bool({t.lower() for t in first_a.tags} & {t.lower() for t in first_b.tags})


@dataclass(frozen=True)
class RelatedTopics:
    """Up to `limit` documents of the answer's country about the same subject: sharing
    tags or the answer's folder, the most similar (by their openings) first."""

    limit: int = 3

    def of(self, retriever: HybridRetriever, answer: Answer) -> tuple[Related, ...]:
        if not answer.answered or not answer.sources or not self.limit:
            return ()
        top = answer.sources[0].doc_id
        rows = retriever.doc_chunks.get(top)
        if not rows:
            return ()
        first = retriever.chunks[rows[0]]
        shown = {s.doc_id for s in answer.sources}
        tags = {t.lower() for t in first.tags}
        vector = retriever.version.dense.reconstruct(rows[0])
        scored = []
        for doc_id, idx in retriever.doc_chunks.items():
            chunk = retriever.chunks[idx[0]]
            if doc_id in shown or (chunk.country or answer.country) != answer.country:
                continue
            shared = len(tags & {t.lower() for t in chunk.tags})
            same_folder = folder_of(doc_id) == folder_of(top) is not None
            if shared or same_folder:
                similarity = float(np.dot(vector, retriever.version.dense.reconstruct(idx[0])))
                scored.append((shared + same_folder + similarity, doc_id, chunk.title))
        scored.sort(reverse=True)
        return tuple(Related(doc_id, title) for _, doc_id, title in scored[: self.limit])
