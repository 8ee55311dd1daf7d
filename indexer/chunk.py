"""Cut documents into heading-aware chunks: a `##` section stays whole when it fits."""

from __future__ import annotations

from collections.abc import Iterable

from langchain_text_splitters import RecursiveCharacterTextSplitter

from indexer.types import Chunk, Document

MAX_CHUNK_CHARS = 1200
OVERLAP_CHARS = 150


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
        pieces = [section.text] if len(section.text) <= max_chars else (
            splitter.split_text(section.text)
        )
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


def chunk_documents(docs: Iterable[Document], max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    return [chunk for doc in docs for chunk in chunk_document(doc, max_chars)]
