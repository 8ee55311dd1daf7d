"""The one rule for what counts as a question, applied at every channel's edge.

Text from outside may carry what no later stage should see: lone surrogates (JSON allows
`"\\ud800"`, UTF-8 cannot encode it), NUL (PostgreSQL cannot store it), other control and
invisible format characters, and code points Unicode never assigns (U+FFFE, U+FFFF …). They
are removed here, once, before the text is validated, embedded, searched, stored or logged.
"""

from __future__ import annotations

import re
import unicodedata

from indexer.errors import TanyakotaError

MAX_QUESTION_CHARS = 1000
MAX_COMMENT_CHARS = 2000

# what a resident never means: lone surrogates, C0/C1 controls (tab and newlines are
# whitespace, kept), noncharacters; bidi overrides and other invisible format characters
# except the joiners emoji and some scripts need (U+200C, U+200D); U+FFFD, which marks
# bytes that were not UTF-8
_UNWANTED = re.compile(
    "[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"
    "\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffd]"
)


class InvalidQuestion(TanyakotaError):
    """The question (or another field of free text) is empty or too long."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def scrub(text: str) -> str:
    """`text` without lone surrogates, control, invisible format and non-characters; other
    planes' noncharacters (U+1FFFE …) too. Newlines and tabs stay."""
    text = _UNWANTED.sub(" ", text)
    if text.isascii():
        return text
    return "".join(" " if unicodedata.category(c) == "Cn" and (ord(c) & 0xFFFE) == 0xFFFE
                   else c for c in text)


def clean_question(text: str | None, field: str = "question",
                   max_chars: int = MAX_QUESTION_CHARS) -> str:
    """`text` scrubbed, its whitespace collapsed; raises `InvalidQuestion` if empty or too
    long."""
    cleaned = " ".join(scrub(text or "").split())
    if not cleaned:
        raise InvalidQuestion(field, "must not be empty")
    if len(cleaned) > max_chars:
        raise InvalidQuestion(field, f"must be at most {max_chars} characters")
    return cleaned


def clean_text(text: str | None, field: str = "comment",
               max_chars: int = MAX_COMMENT_CHARS) -> str | None:
    """Optional free text (a comment): scrubbed and stripped, lines kept; None if empty."""
    if text is None:
        return None
    cleaned = "\n".join(" ".join(line.split()) for line in scrub(text).splitlines()).strip()
    if len(cleaned) > max_chars:
        raise InvalidQuestion(field, f"must be at most {max_chars} characters")
    return cleaned or None


def clean_token(text: str | None) -> str | None:
    """A short identifier from a client (a session or document id): scrubbed, stripped."""
    if text is None:
        return None
    return scrub(text).strip() or None
