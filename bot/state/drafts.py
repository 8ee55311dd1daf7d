"""Reports being written in a chat, kept in the shared store: a channel's webhook may reach
any replica, so the step a resident is at and what they said so far cannot live in one
process.

One row per chat (the channel's resident key, never a number): the step, the fields so
far as JSON (the description and location masked, as reports are stored), the photo
already cleaned of its metadata, and when it last changed. A draft untouched for `STALE`
is forgotten: it reads as none and is deleted by the next save of any chat.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import DateTime, LargeBinary, String, Text, delete
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from bot.state.store import Base, clean, guarded, resident, utcnow

STALE = dt.timedelta(minutes=30)
# the steps of a report written in a chat, as `step` keeps them (every chat channel's)
COUNTRY, CATEGORY, DESCRIPTION, LOCATION, PHOTO, CONFIRM = (
    "country", "category", "description", "location", "photo", "confirm")
# what a resident wrote in their own words: masked before it is stored
MASKED = ("description", "location")


class ReportDraftRow(Base):
    __tablename__ = "report_drafts"
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    step: Mapped[str] = mapped_column(String(16))
    fields: Mapped[str] = mapped_column(Text)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)


@dataclass(frozen=True)
class ReportDraft:
    """A report not yet sent: the chat, the step it is at, the fields so far (`lang`,
    `country`, `category`, `description`, `location`, `latitude`, `longitude`) and the
    photo."""

    chat_id: str
    step: str
    fields: dict[str, Any] = field(default_factory=dict)
    photo: bytes | None = field(default=None, repr=False)

    def get(self, name: str) -> Any:
        return self.fields.get(name)

    def at(self, step: str, photo: bytes | None = None, **fields: Any) -> ReportDraft:
        """The draft at `step`, with `fields` (and `photo`, when given) added."""
        return replace(self, step=step, fields={**self.fields, **fields},
                       photo=photo if photo is not None else self.photo)


def _stored(fields: dict[str, Any]) -> str:
    kept = {k: (resident(v) if k in MASKED and isinstance(v, str) else v)
            for k, v in fields.items() if v is not None}
    return clean(json.dumps(kept, ensure_ascii=False)) or "{}"


class DraftStore:
    """Reads and writes of report drafts, on the shared store's engine."""

    def __init__(self, engine: Engine, stale: dt.timedelta = STALE) -> None:
        self.engine = engine
        self.stale = stale
        self._session = sessionmaker(engine, expire_on_commit=False)

    def _tx(self) -> Session:
        return self._session.begin()  # type: ignore[return-value]

    @staticmethod
    def _key(chat_id: str) -> str:
        return clean(str(chat_id), 64) or ""

    @guarded
    def load(self, chat_id: str) -> ReportDraft | None:
        """The chat's draft, unless there is none or it was left too long ago."""
        with self._session() as s:
            row = s.get(ReportDraftRow, self._key(chat_id))
            if row is None:
                return None
            if row.updated_at < utcnow() - self.stale:
                s.delete(row)
                s.commit()
                return None
            return ReportDraft(chat_id, row.step, json.loads(row.fields), row.photo)

    @guarded
    def save(self, draft: ReportDraft) -> ReportDraft:
        """Store `draft` (replacing the chat's) and forget every stale one; the draft as
        stored (its description and location masked)."""
        key, fields = self._key(draft.chat_id), _stored(draft.fields)
        step = clean(draft.step, 16) or ""
        for attempt in range(2):  # two replicas may add the chat's first row at once
            try:
                with self._tx() as s:
                    s.execute(delete(ReportDraftRow).where(
                        ReportDraftRow.updated_at < utcnow() - self.stale))
                    row = s.get(ReportDraftRow, key)
                    if row is None:
                        s.add(ReportDraftRow(chat_id=key, step=step, fields=fields,
                                             photo=draft.photo, updated_at=utcnow()))
                    else:
                        row.step, row.fields, row.photo = step, fields, draft.photo
                        row.updated_at = utcnow()
                break
            except IntegrityError:
                if attempt:
                    raise
        return replace(draft, step=step, fields=json.loads(fields))

    @guarded
    def clear(self, chat_id: str) -> bool:
        """Forget the chat's draft; whether there was one (of several replicas clearing
        the same draft at once, one gets True)."""
        with self._tx() as s:
            done = s.execute(delete(ReportDraftRow).where(
                ReportDraftRow.chat_id == self._key(chat_id)))
            return bool(getattr(done, "rowcount", 0))
