"""The one rule for what counts as a question, applied at every channel's edge."""

from __future__ import annotations

from indexer.errors import TanyakotaError

MAX_QUESTION_CHARS = 1000


class InvalidQuestion(TanyakotaError):
    """The question (or another field of free text) is empty or too long."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def clean_question(text: str | None, field: str = "question") -> str:
    """`text` with its whitespace collapsed; raises `InvalidQuestion` if empty or too long."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise InvalidQuestion(field, "must not be empty")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise InvalidQuestion(field, f"must be at most {MAX_QUESTION_CHARS} characters")
    return cleaned
