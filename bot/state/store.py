"""Shared state in one database (SQLite file by default, PostgreSQL by URL).

Feedback, refused questions, per-chat settings, conversation turns and the channel
updates already handled. Every text a resident wrote is masked of personal numbers and
cleaned of what PostgreSQL refuses (NUL, unpaired surrogates, overlong values) before it
is stored. A database that cannot be reached raises `StoreUnavailable` (the edges answer
503); `create_store` migrates the schema first (`bot.state.migrate`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    make_url,
    select,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool

from bot.state.privacy import mask
from indexer.errors import TanyakotaError


class StoreUnavailable(TanyakotaError):
    """The database is not configured or cannot be reached."""

    retry_after = 5  # seconds a client is asked to wait


P = ParamSpec("P")
R = TypeVar("R")


def guarded(method: Callable[P, R]) -> Callable[P, R]:
    """The method, with a database that cannot be reached raised as `StoreUnavailable`."""

    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (OperationalError, InterfaceError, PoolTimeout) as exc:
            raise StoreUnavailable(f"the database cannot be reached "
                                   f"({type(getattr(exc, 'orig', exc)).__name__})") from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise StoreUnavailable("the database connection was lost") from exc
            raise

    return run


def clean(value: str | None, limit: int | None = None) -> str | None:
    """`value` as PostgreSQL stores it: no NUL, no unpaired surrogate, at most `limit`."""
    if value is None:
        return None
    value = value.replace("\x00", "")
    if not value.isascii():
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value[:limit] if limit is not None else value


def resident(value: str | None, limit: int | None = None) -> str | None:
    """A resident's text, cleaned and masked."""
    return mask(clean(value, limit))


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
    """A question the bot did not answer (kept so staff know what to write or fix next)."""

    __tablename__ = "refused_questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    question: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(2), nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    # one of OUTCOMES; rows written before migration 0006 (or by an older replica) read
    # as refused
    outcome: Mapped[str] = mapped_column(String(16), default="refused",
                                         server_default="refused")
    # suggested: the page offered first
    doc_id: Mapped[str | None] = mapped_column(String(512), nullable=True)


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


# what became of a question the bot did not answer: refused (nothing fits: a page to
# write), not_covered (a service the folder has no page for, named with who provides it),
# suggested ("did you mean": a page exists but the bot was not sure)
OUTCOMES = ("refused", "not_covered", "suggested")


@dataclass(frozen=True)
class RefusedQuestion:
    """A question the bot did not answer, and how (`outcome`, one of `OUTCOMES`)."""

    channel: str
    question: str
    lang: str | None
    country: str | None
    confidence: float = 0.0
    created_at: dt.datetime | None = None
    outcome: str = "refused"
    doc_id: str | None = None  # suggested: the page offered first


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
        """Over an engine whose schema is migrated (`create_store` does that)."""
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    def _tx(self) -> Session:
        return self._session.begin()  # type: ignore[return-value]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @guarded
    def ping(self) -> None:
        """Raises `StoreUnavailable` when the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    # feedback ------------------------------------------------------------------------
    @guarded
    def add_feedback(self, fb: Feedback) -> None:
        with self._tx() as s:
            s.add(FeedbackRow(channel=clean(fb.channel, 16), session_id=clean(fb.session_id, 128),
                              question=resident(fb.question) or "", doc_id=clean(fb.doc_id, 512),
                              helpful=fb.helpful, comment=resident(fb.comment),
                              lang=clean(fb.lang, 2)))

    @guarded
    def feedback(self, since: dt.datetime | None = None) -> list[Feedback]:
        with self._session() as s:
            q = select(FeedbackRow).order_by(FeedbackRow.id)
            if since is not None:
                q = q.where(FeedbackRow.created_at >= since)
            return [Feedback(r.channel, r.question, r.helpful, r.doc_id, r.session_id,
                             r.comment, r.lang, r.created_at) for r in s.scalars(q)]

    # refused questions --------------------------------------------------------------------
    @guarded
    def record_refusal(self, rq: RefusedQuestion) -> None:
        if rq.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, "
                             f"not {rq.outcome!r}")
        with self._tx() as s:
            s.add(QuestionRow(channel=clean(rq.channel, 16), question=resident(rq.question) or "",
                              lang=clean(rq.lang, 2), country=clean(rq.country, 2),
                              confidence=rq.confidence, outcome=rq.outcome,
                              doc_id=clean(rq.doc_id, 512)))

    @guarded
    def refused(self, since: dt.datetime | None = None,
                outcome: str | None = None) -> list[RefusedQuestion]:
        """The questions not answered since `since`, oldest first; with `outcome`, only
        those (`refused`, `not_covered` or `suggested`)."""
        with self._session() as s:
            q = select(QuestionRow).order_by(QuestionRow.id)
            if since is not None:
                q = q.where(QuestionRow.created_at >= since)
            if outcome is not None:
                q = q.where(QuestionRow.outcome == outcome)
            return [RefusedQuestion(r.channel, r.question, r.lang, r.country, r.confidence,
                                    r.created_at, r.outcome, r.doc_id)
                    for r in s.scalars(q)]

    # chat settings ------------------------------------------------------------------------
    @guarded
    def chat_settings(self, chat_id: str) -> ChatSettings:
        key = clean(str(chat_id), 64) or ""
        with self._session() as s:
            row = s.get(ChatSettingsRow, key)
            return ChatSettings(str(chat_id), row.country, row.lang) if row else (
                ChatSettings(str(chat_id)))

    @guarded
    def set_chat_settings(self, chat_id: str, **changes: str | None) -> ChatSettings:
        """Set `country` and/or `lang` of a chat; other fields keep their value."""
        key = clean(str(chat_id), 64) or ""
        with self._tx() as s:
            row = s.get(ChatSettingsRow, key)
            if row is None:
                row = ChatSettingsRow(chat_id=key)
                s.add(row)
            for name in ("country", "lang"):
                if name in changes:
                    setattr(row, name, clean(changes[name], 2))
            result = ChatSettings(str(chat_id), row.country, row.lang)
        return result

    # conversation turns -----------------------------------------------------------------
    @guarded
    def add_turn(self, session_id: str, question: str, doc_id: str | None, lang: str | None,
                 country: str | None, keep: int = 10) -> None:
        sid = clean(session_id, 128) or ""
        with self._tx() as s:
            s.add(TurnRow(session_id=sid, question=resident(question) or "",
                          doc_id=clean(doc_id, 512), lang=clean(lang, 2),
                          country=clean(country, 2)))
            s.flush()
            old = s.scalars(select(TurnRow.id).where(TurnRow.session_id == sid)
                            .order_by(TurnRow.id.desc()).offset(keep)).all()
            if old:
                s.execute(delete(TurnRow).where(TurnRow.id.in_(old)))

    @guarded
    def turns(self, session_id: str, max_age: dt.timedelta = dt.timedelta(minutes=30),
              limit: int = 5) -> list[Turn]:
        """The session's recent turns, newest first, younger than `max_age`."""
        sid = clean(session_id, 128) or ""
        with self._session() as s:
            rows = s.scalars(select(TurnRow).where(TurnRow.session_id == sid,
                                                   TurnRow.created_at >= utcnow() - max_age)
                             .order_by(TurnRow.id.desc()).limit(limit)).all()
            return [Turn(r.session_id, r.question, r.doc_id, r.lang, r.country, r.created_at)
                    for r in rows]

    # channel updates handled --------------------------------------------------------------
    @guarded
    def first_delivery(self, key: str) -> bool:
        """True the first time `key` (e.g. `telegram:<update_id>`) is seen by any replica
        sharing this database; False for a redelivery. Keys are kept for a day."""
        try:
            with self._tx() as s:
                s.add(HandledUpdateRow(key=clean(key, 160)))
        except IntegrityError:
            return False
        return True

    # retention ------------------------------------------------------------------------------
    @guarded
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


def make_engine(url: str) -> Engine:
    """The engine for a SQLAlchemy URL: connections checked before use (a restarted
    database costs no failed request), a bounded connect time; a SQLite file's folder
    is created."""
    parsed = make_url(url)
    kwargs: dict = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        if database in ("", ":memory:"):  # one connection, or each thread sees its own
            kwargs["poolclass"] = StaticPool
    elif parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        kwargs["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT}
    return create_engine(url, **kwargs)


CONNECT_TIMEOUT = 5  # seconds to reach PostgreSQL before a request gets 503


def create_store(url: str, upgrade: bool = True) -> Store:
    """A `Store` for a SQLAlchemy URL, its schema migrated to this code's head first
    (`upgrade=False`: refuse a schema that is not at head instead). The migrations are the
    schema's only source, on SQLite as on PostgreSQL."""
    from bot.state import migrate

    engine = make_engine(url)
    with reaching(url):
        if upgrade:
            migrate.upgrade(engine)
        else:
            migrate.check(engine)
    return Store(engine)


@contextlib.contextmanager
def reaching(url: str) -> Iterator[None]:
    """A database that cannot be reached, raised as `StoreUnavailable` naming it."""
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        first = (str(getattr(exc, "orig", exc)).strip().splitlines() or ["no reason"])[0]
        raise StoreUnavailable(f"the database at {parsed_safe(url)} cannot be reached: "
                               f"{first}") from exc


def parsed_safe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)
