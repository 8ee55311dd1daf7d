"""Data passed between the indexer's stages and on to the bot."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """A part of a document under one heading (empty heading = text before any)."""

    heading: str
    text: str


@dataclass(frozen=True)
class Document:
    """One knowledge file, parsed."""

    doc_id: str
    title: str
    lang: str
    country: str | None
    text: str
    region: str | None = None
    agency: str | None = None
    source: str | None = None
    updated: str | None = None
    tags: tuple[str, ...] = ()
    # questions residents ask that this page answers, in their words (staff may list them)
    questions: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    content_hash: str = ""
    # when staff must re-check it; when the rule it describes ends (YYYY-MM-DD)
    review_by: str | None = None
    valid_until: str | None = None


@dataclass(frozen=True)
class Chunk:
    """A searchable piece of a document; knows its title and section heading."""

    chunk_id: str
    doc_id: str
    title: str
    heading: str
    text: str
    lang: str
    country: str | None
    region: str | None = None
    source: str | None = None
    updated: str | None = None
    tags: tuple[str, ...] = field(default=())
    review_by: str | None = None
    valid_until: str | None = None
    # the document's `questions` (front matter), carried by its first chunk only
    questions: tuple[str, ...] = field(default=())

    def embed_text(self) -> str:
        """The text the embedder sees: title, heading, body, and the questions the page
        answers (its first chunk)."""
        head = self.title if not self.heading or self.heading == self.title else (
            f"{self.title} — {self.heading}"
        )
        text = f"{head}\n{self.text}" if head else self.text
        return "\n".join([text, *self.questions])


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be loaded, with the reason."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"
