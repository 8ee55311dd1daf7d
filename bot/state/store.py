"""Shared state in one database (SQLite file by default, PostgreSQL by URL).

Feedback, refused questions, per-chat settings, conversation turns and the channel
updates already handled. Every text a
resident wrote is masked of personal numbers before it is stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from bot.state.privacy import mask
from indexer.errors import TanyakotaError


class StoreUnavailable(TanyakotaError):
    """The database is not configured or cannot be reached."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class FeedbackRow(Base):
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    session_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    question: Mapped[str] = mapped_column(Text)
    doc_id: Mapped[str | None] = mapped_column(String(512), nullable=True)
    helpful: Mapped[bool] = mapped_column(Boolean)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    lang: Mapped[str | None] = mapped_column(String(2), nullable=True)


class QuestionRow(Base):
    """A question the bot refused (kept so staff know what to write next)."""

    __tablename__ = "refused_questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    question: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(2), nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)


class ChatSettingsRow(Base):
    __tablename__ = "chat_settings"
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    lang: Mapped[str | None] = mapped_column(String(2), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class TurnRow(Base):
    """One question and the document it was answered from, for follow-up questions."""

    __tablename__ = "session_turns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[str] = mapped_column(String(128), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    question: Mapped[str] = mapped_column(Text)
    doc_id: Mapped[str | None] = mapped_column(String(512), nullable=True)
    lang: Mapped[str | None] = mapped_column(String(2), nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)


class HandledUpdateRow(Base):
    """A channel update (Telegram update, WhatsApp message) already handled by a replica."""

    __tablename__ = "handled_updates"
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)


HANDLED_KEEP = dt.timedelta(days=1)


@dataclass(frozen=True)
class Feedback:
    channel: str
    question: str
    helpful: bool
    doc_id: str | None = None
    session_id: str | None = None
    comment: str | None = None
    lang: str | None = None
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class RefusedQuestion:
    channel: str
    question: str
    lang: str | None
    country: str | None
    confidence: float = 0.0
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class ChatSettings:
    chat_id: str
    country: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Turn:
    session_id: str
    question: str
    doc_id: str | None
    lang: str | None
    country: str | None
    created_at: dt.datetime


class Store:
    """All reads and writes of shared state; safe to use from several threads."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        Base.metadata.create_all(engine)
        self._session = sessionmaker(engine, expire_on_commit=False)

    def _tx(self) -> Session:
        return self._session.begin()  # type: ignore[return-value]

    # feedback ------------------------------------------------------------------------
    def add_feedback(self, fb: Feedback) -> None:
        with self._tx() as s:
            s.add(FeedbackRow(channel=fb.channel, session_id=fb.session_id,
                              question=mask(fb.question) or "", doc_id=fb.doc_id,
                              helpful=fb.helpful, comment=mask(fb.comment), lang=fb.lang))

    def feedback(self, since: dt.datetime | None = None) -> list[Feedback]:
        with self._session() as s:
            q = select(FeedbackRow).order_by(FeedbackRow.id)
            if since is not None:
                q = q.where(FeedbackRow.created_at >= since)
            return [Feedback(r.channel, r.question, r.helpful, r.doc_id, r.session_id,
                             r.comment, r.lang, r.created_at) for r in s.scalars(q)]

    # refused questions --------------------------------------------------------------------
    def record_refusal(self, rq: RefusedQuestion) -> None:
        with self._tx() as s:
            s.add(QuestionRow(channel=rq.channel, question=mask(rq.question) or "",
                              lang=rq.lang, country=rq.country, confidence=rq.confidence))

    def refused(self, since: dt.datetime | None = None) -> list[RefusedQuestion]:
        with self._session() as s:
            q = select(QuestionRow).order_by(QuestionRow.id)
            if since is not None:
                q = q.where(QuestionRow.created_at >= since)
            return [RefusedQuestion(r.channel, r.question, r.lang, r.country, r.confidence,
                                    r.created_at) for r in s.scalars(q)]

    # chat settings ------------------------------------------------------------------------
    def chat_settings(self, chat_id: str) -> ChatSettings:
        with self._session() as s:
            row = s.get(ChatSettingsRow, str(chat_id))
            return ChatSettings(str(chat_id), row.country, row.lang) if row else (
                ChatSettings(str(chat_id)))

    def set_chat_settings(self, chat_id: str, **changes: str | None) -> ChatSettings:
        """Set `country` and/or `lang` of a chat; other fields keep their value."""
        with self._tx() as s:
            row = s.get(ChatSettingsRow, str(chat_id))
            if row is None:
                row = ChatSettingsRow(chat_id=str(chat_id))
                s.add(row)
            for key in ("country", "lang"):
                if key in changes:
                    setattr(row, key, changes[key])
            result = ChatSettings(str(chat_id), row.country, row.lang)
        return result

    # conversation turns -----------------------------------------------------------------
    def add_turn(self, session_id: str, question: str, doc_id: str | None, lang: str | None,
                 country: str | None, keep: int = 10) -> None:
        with self._tx() as s:
            s.add(TurnRow(session_id=session_id, question=mask(question) or "", doc_id=doc_id,
                          lang=lang, country=country))
            s.flush()
            old = s.scalars(select(TurnRow.id).where(TurnRow.session_id == session_id)
                            .order_by(TurnRow.id.desc()).offset(keep)).all()
            if old:
                s.execute(delete(TurnRow).where(TurnRow.id.in_(old)))

    def turns(self, session_id: str, max_age: dt.timedelta = dt.timedelta(minutes=30),
              limit: int = 5) -> list[Turn]:
        """The session's recent turns, newest first, younger than `max_age`."""
        with self._session() as s:
            rows = s.scalars(select(TurnRow).where(TurnRow.session_id == session_id,
                                                   TurnRow.created_at >= utcnow() - max_age)
                             .order_by(TurnRow.id.desc()).limit(limit)).all()
            return [Turn(r.session_id, r.question, r.doc_id, r.lang, r.country, r.created_at)
                    for r in rows]

    # channel updates handled --------------------------------------------------------------
    def first_delivery(self, key: str) -> bool:
        """True the first time `key` (e.g. `telegram:<update_id>`) is seen by any replica
        sharing this database; False for a redelivery. Keys are kept for a day."""
        try:
            with self._tx() as s:
                s.add(HandledUpdateRow(key=key[:160]))
        except IntegrityError:
            return False
        return True

    # retention ------------------------------------------------------------------------------
    def purge(self, older_than_days: int) -> int:
        """Delete stored questions, feedback and turns older than the retention period."""
        cutoff = utcnow() - dt.timedelta(days=older_than_days)
        removed = 0
        with self._tx() as s:
            for table in (FeedbackRow, QuestionRow, TurnRow):
                result = s.execute(delete(table).where(table.created_at < cutoff))
                removed += getattr(result, "rowcount", 0) or 0
            s.execute(delete(HandledUpdateRow).where(
                HandledUpdateRow.created_at < utcnow() - HANDLED_KEEP))
        return removed


def create_store(url: str) -> Store:
    """A `Store` for a SQLAlchemy URL; a SQLite file's folder is created."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True,
                                                                        exist_ok=True)
    kwargs: dict = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    return Store(create_engine(url, **kwargs))
