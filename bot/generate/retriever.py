"""The sections of an answer behind langchain's `BaseRetriever` face, for the prompt."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from bot.types import Ground


class AnswerSections(BaseRetriever):
    """The sections the extractive answer was drawn from, best document first.

    The front desk's hybrid retriever already chose them; this face hands them to a
    langchain chain as `Document`s (text, and the document's id, title and source)."""

    documents: list[Document]

    @classmethod
    def of(cls, grounds: Iterable[Ground], clean: Callable[[str], str] = str
           ) -> AnswerSections:
        """`clean` turns each section's text into what may leave the process."""
        return cls(documents=[Document(
            page_content=clean(f"{g.heading}\n{g.text}" if g.heading else g.text),
            metadata={"doc_id": g.doc_id, "title": g.title, "source": g.source})
            for g in grounds])

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return list(self.documents)
