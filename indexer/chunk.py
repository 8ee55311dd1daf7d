"""Cut documents into heading-aware chunks: a `##` section stays whole when it fits, a
questions-and-answers section is cut into its questions, each with its answer."""

from __future__ import annotations

import re
from collections.abc import Iterable

from langchain_text_splitters import RecursiveCharacterTextSplitter

from indexer.types import Chunk, Document

MAX_CHUNK_CHARS = 1200
OVERLAP_CHARS = 150

# a line that is a question on its own: "**Apakah …?**", "### Boleh ke …?", "2. Bila …?",
# "S: …?"; an answer runs to the next one
QUESTION_LINE = re.compile(r"^\s*(?:#{1,6}\s+|\d+[.)]\s+|[-*]\s+)?(?:\*\*|__)?"
                           r"(?:(?:s|t|q|soalan|tanya)\s*[:.]\s*)?[^\n]{8,200}\?\s*(?:\*\*|__)?\s*$",
                           re.IGNORECASE)


def make_splitter(max_chars: int = MAX_CHUNK_CHARS) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        chunk_size=max_chars,
        chunk_overlap=min(OVERLAP_CHARS, max_chars // 4),
        separators=["\n\n", "\n", ". ", " ", ""],
    )


def chunk_document(doc: Document, max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    """One chunk per section; sections longer than `max_chars` are split with overlap."""
    splitter = make_splitter(max_chars)
    chunks: list[Chunk] = []
    for section in doc.sections:
        pieces = [piece for item in questions_and_answers(section.text)
                  for piece in ([item] if len(item) <= max_chars
                                else splitter.split_text(item))]
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            chunks.append(
                Chunk(
                    chunk_id=f"{doc.doc_id}#{len(chunks)}",
                    doc_id=doc.doc_id,
                    title=doc.title,
                    heading=section.heading,
                    text=piece,
                    lang=doc.lang,
                    country=doc.country,
                    region=doc.region,
                    source=doc.source,
                    updated=doc.updated,
                    tags=doc.tags,
                    review_by=doc.review_by,
                    valid_until=doc.valid_until,
                    questions=doc.questions if not chunks else (),
                )
            )
    return chunks


def questions_and_answers(text: str) -> list[str]:
    """A section of two or more questions, each on its own line and followed by its answer
    (on the next line or after a blank one), cut before each question (what comes before
    the first stays with it); any other section whole."""
    lines = text.split("\n")

    def answered(i: int) -> bool:
        after = next((line for line in lines[i + 1:] if line.strip()), None)
        return after is not None and not QUESTION_LINE.match(after)

    starts = [i for i, line in enumerate(lines) if QUESTION_LINE.match(line) and answered(i)]
    if len(starts) < 2:
        return [text]
    bounds = [0, *starts[1:], len(lines)]
    return [piece for a, b in zip(bounds, bounds[1:])
            if (piece := "\n".join(lines[a:b]).strip())]


def chunk_documents(docs: Iterable[Document], max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    return [chunk for doc in docs for chunk in chunk_document(doc, max_chars)]
