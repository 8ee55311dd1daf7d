"""When a document is due for another look: past its `review_by`, or `updated` long ago.

`tanyakota check` warns about these and the staff console lists them; both read the same
rule here, from the loaded documents or from the chunks of an index version.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

DEFAULT_REVIEW_MONTHS = 12


class Dated(Protocol):
    """A document or chunk: what the review rule reads."""

    @property
    def doc_id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def updated(self) -> str | None: ...
    @property
    def review_by(self) -> str | None: ...


@dataclass(frozen=True)
class ReviewDue:
    """A document to re-check since `due` (the earliest of its reasons)."""

    doc_id: str
    title: str
    due: str
    updated: str | None
    review_by: str | None
    # "review_by" (its date has passed) and/or "updated" (checked too long ago)
    reasons: tuple[str, ...]

    def describe(self, months: int) -> str:
        """One English line for `tanyakota check`."""
        parts = []
        if "review_by" in self.reasons:
            parts.append(f"review_by {self.review_by} has passed")
        if "updated" in self.reasons:
            parts.append(f"updated {self.updated} is more than {months} months ago")
        return "; ".join(parts) + ": re-check it against its source"


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by `months` (the last day of the month when it has fewer days)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def review_due(doc: Dated, today: dt.date,
               months: int = DEFAULT_REVIEW_MONTHS) -> ReviewDue | None:
    """Why `doc` is due for review on `today`, or None when it is not."""
    due: list[tuple[dt.date, str]] = []
    review_by = _date(doc.review_by)
    if review_by is not None and review_by < today:
        due.append((review_by, "review_by"))
    updated = _date(doc.updated)
    if updated is not None and add_months(updated, months) < today:
        due.append((add_months(updated, months), "updated"))
    if not due:
        return None
    due.sort()
    return ReviewDue(doc.doc_id, doc.title, due[0][0].isoformat(), doc.updated, doc.review_by,
                     tuple(reason for _, reason in due))


def due_for_review(docs: Iterable[Dated], today: dt.date | None = None,
                   months: int = DEFAULT_REVIEW_MONTHS) -> list[ReviewDue]:
    """Every document due for review, the longest overdue first."""
    today = today or dt.date.today()
    found = (review_due(doc, today, months) for doc in docs)
    return sorted((d for d in found if d is not None), key=lambda d: (d.due, d.doc_id))


def past_valid_until(valid_until: str | None, today: dt.date | None = None) -> bool:
    """Whether the rule a document describes has ended (its `valid_until` has passed)."""
    end = _date(valid_until)
    return end is not None and end < (today or dt.date.today())
