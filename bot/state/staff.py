"""Staff accounts of the console: argon2id password hashes, sessions kept server-side as a
hash of their random token, failed logins (for the lockout) and the audit log.

No password and no session token is ever stored in clear. A failed login keeps only a hash
of the name typed, since people sometimes type their password into the name field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import DateTime, Integer, String, Text, delete, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from bot.state.store import Base, utcnow
from indexer.errors import TanyakotaError

ROLES = ("editor", "admin")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD_CHARS = 10
_hasher = PasswordHasher()  # argon2id, 64 MiB, 3 passes
_dummy: list[str] = []


def _dummy_hash() -> str:
    """Verified against when the account does not exist, so both take the same time."""
    if not _dummy:
        _dummy.append(_hasher.hash("not the password of anyone"))
    return _dummy[0]


class StaffError(TanyakotaError):
    """A staff account that cannot be made or changed as asked."""


class StaffAccountRow(Base):
    __tablename__ = "staff_accounts"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class StaffSessionRow(Base):
    __tablename__ = "staff_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)


class StaffFailureRow(Base):
    __tablename__ = "staff_login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_hash: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)


class StaffAuditRow(Base):
    __tablename__ = "staff_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(64), default="")


@dataclass(frozen=True)
class StaffAccount:
    username: str
    role: str
    created_at: dt.datetime
    last_login_at: dt.datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    created_at: dt.datetime
    username: str | None
    action: str
    detail: str
    address: str


def hash_token(token: str) -> str:
    """What is stored of a session token or a typed name: its SHA-256."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise StaffError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")
    return _hasher.hash(password)


def clean_username(name: str) -> str:
    """A name as stored (lower case); refuses one that is not 2-64 of a-z 0-9 . _ -."""
    name = name.strip().lower()
    if not USERNAME.match(name):
        raise StaffError(f"invalid user name {name[:64]!r}: use 2-64 characters a-z 0-9 . _ -")
    return name


def _account(row: StaffAccountRow) -> StaffAccount:
    return StaffAccount(row.username, row.role, row.created_at, row.last_login_at)


class StaffStore:
    """Reads and writes of the staff tables, on the shared store's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    def _tx(self) -> Session:
        return self._session.begin()  # type: ignore[return-value]

    # accounts ------------------------------------------------------------------------------
    def add_account(self, username: str, password: str, role: str = "editor") -> StaffAccount:
        name = clean_username(username)
        if role not in ROLES:
            raise StaffError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        digest = hash_password(password)
        with self._tx() as s:
            if s.get(StaffAccountRow, name) is not None:
                raise StaffError(f"staff account {name!r} already exists")
            row = StaffAccountRow(username=name, password_hash=digest, role=role,
                                  created_at=utcnow())
            s.add(row)
            return _account(row)

    def accounts(self) -> list[StaffAccount]:
        with self._session() as s:
            rows = s.scalars(select(StaffAccountRow).order_by(StaffAccountRow.username))
            return [_account(r) for r in rows]

    def account(self, username: str) -> StaffAccount | None:
        with self._session() as s:
            row = s.get(StaffAccountRow, username.strip().lower())
            return _account(row) if row else None

    def set_password(self, username: str, password: str) -> None:
        """A new password; every session of the account ends."""
        digest = hash_password(password)
        with self._tx() as s:
            row = s.get(StaffAccountRow, username.strip().lower())
            if row is None:
                raise StaffError(f"no staff account {username!r}")
            row.password_hash = digest
            s.execute(delete(StaffSessionRow).where(StaffSessionRow.username == row.username))

    def remove(self, username: str) -> None:
        with self._tx() as s:
            row = s.get(StaffAccountRow, username.strip().lower())
            if row is None:
                raise StaffError(f"no staff account {username!r}")
            s.execute(delete(StaffSessionRow).where(StaffSessionRow.username == row.username))
            s.delete(row)

    def verify(self, username: str, password: str) -> StaffAccount | None:
        """The account when `password` is its password; the same work when it does not exist."""
        with self._session() as s:
            row = s.get(StaffAccountRow, username.strip().lower()[:64])
            digest = row.password_hash if row else _dummy_hash()
            try:
                _hasher.verify(digest, password)
            except (VerificationError, InvalidHashError):
                return None
            if row is None:
                return None
        if _hasher.check_needs_rehash(digest):
            self.set_password(row.username, password)
        return _account(row)

    # sessions ------------------------------------------------------------------------------
    def start_session(self, token: str, username: str, hours: float) -> None:
        now = utcnow()
        with self._tx() as s:
            s.execute(delete(StaffSessionRow).where(StaffSessionRow.expires_at < now))
            s.add(StaffSessionRow(token_hash=hash_token(token), username=username,
                                  created_at=now, expires_at=now + dt.timedelta(hours=hours)))
            row = s.get(StaffAccountRow, username)
            if row is not None:
                row.last_login_at = now

    def session_account(self, token: str) -> StaffAccount | None:
        """The account of a live session, or None (expired, ended, or account removed)."""
        with self._session() as s:
            row = s.execute(
                select(StaffAccountRow)
                .join(StaffSessionRow, StaffSessionRow.username == StaffAccountRow.username)
                .where(StaffSessionRow.token_hash == hash_token(token),
                       StaffSessionRow.expires_at > utcnow())).scalar_one_or_none()
            return _account(row) if row else None

    def end_session(self, token: str) -> None:
        with self._tx() as s:
            s.execute(delete(StaffSessionRow).where(
                StaffSessionRow.token_hash == hash_token(token)))

    # failed logins -------------------------------------------------------------------------
    def add_failure(self, username: str, address: str) -> None:
        with self._tx() as s:
            s.execute(delete(StaffFailureRow).where(
                StaffFailureRow.created_at < utcnow() - dt.timedelta(days=1)))
            s.add(StaffFailureRow(name_hash=hash_token(username.strip().lower()),
                                  address=address[:64], created_at=utcnow()))

    def failures(self, username: str, address: str,
                 since: dt.datetime) -> tuple[list[dt.datetime], list[dt.datetime]]:
        """When the name and, apart, the address failed since `since`, oldest first."""
        name = hash_token(username.strip().lower())
        with self._session() as s:
            rows = s.execute(select(StaffFailureRow.name_hash, StaffFailureRow.address,
                                    StaffFailureRow.created_at)
                             .where(StaffFailureRow.created_at >= since,
                                    or_(StaffFailureRow.name_hash == name,
                                        StaffFailureRow.address == address[:64]))
                             .order_by(StaffFailureRow.created_at)).all()
        return ([r[2] for r in rows if r[0] == name],
                [r[2] for r in rows if r[1] == address[:64]])

    def clear_failures(self, username: str) -> None:
        with self._tx() as s:
            s.execute(delete(StaffFailureRow).where(
                StaffFailureRow.name_hash == hash_token(username.strip().lower())))

    # audit log ---------------------------------------------------------------------------------
    def audit(self, username: str | None, action: str, detail: str = "",
              address: str = "") -> None:
        with self._tx() as s:
            s.add(StaffAuditRow(username=username, action=action, detail=detail[:500],
                                address=address[:64], created_at=utcnow()))

    def audit_log(self, limit: int = 200) -> list[AuditEntry]:
        """The latest entries, newest first."""
        with self._session() as s:
            rows = s.scalars(select(StaffAuditRow)
                             .order_by(StaffAuditRow.id.desc()).limit(limit))
            return [AuditEntry(r.created_at, r.username, r.action, r.detail, r.address)
                    for r in rows]
