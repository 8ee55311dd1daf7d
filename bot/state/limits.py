"""Rate limits counted in the shared database, so N replicas allow the configured rate
(not N times it).

Each client has a counter per fixed window (the period); a request is allowed when the
previous window's count, weighted by how much of it still overlaps the sliding window,
plus the current window's count stays within the limit — the two-window estimate of a
sliding window. The check is one conditional upsert (`INSERT … ON CONFLICT DO UPDATE …
WHERE count < cap RETURNING count`, atomic in PostgreSQL and SQLite) and one read of the
previous window, which is cached once that window has closed. When the database cannot be
reached the limit falls back to this process's own count, so questions are still answered.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, cast

from sqlalchemy import BigInteger, Integer, String, Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Mapped, mapped_column

from bot.cache import LRUCache
from bot.state.ratelimit import Decision, Rate, SlidingWindowLimiter
from bot.state.store import Base, StoreUnavailable, guarded

log = logging.getLogger(__name__)


class Limiter(Protocol):
    rate: Rate

    def hit(self, key: str) -> Decision: ...


class RateCountRow(Base):
    """Requests of one client (`scope:key`, hashed) in one window of the limit's period."""

    __tablename__ = "rate_counts"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    window: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
    count: Mapped[int] = mapped_column(Integer)


_TABLE = cast(Table, RateCountRow.__table__)
_INSERT: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


class SharedLimiter:
    """`rate` per client, counted in `engine`'s database by every replica sharing it."""

    def __init__(self, engine: Engine, rate: Rate, scope: str,
                 fallback: SlidingWindowLimiter | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        dialect = engine.dialect.name
        if dialect not in _INSERT:
            raise ValueError(f"shared limits need PostgreSQL or SQLite, not {dialect}")
        self.engine = engine.execution_options(isolation_level="AUTOCOMMIT")
        self.rate, self.scope, self.clock = rate, scope, clock
        self.fallback = fallback or SlidingWindowLimiter(rate)
        self._insert = _INSERT[dialect]
        self._closed: LRUCache[int] = LRUCache(4096)  # (key, window) -> final count
        self._lock = threading.Lock()
        self._next_sweep = 0.0
        self._down_until = 0.0

    def hit(self, key: str) -> Decision:
        """Count one request of `key` if it is allowed (else nothing is counted)."""
        if self.rate.limit <= 0:
            return Decision(True, 0)
        now = self.clock()
        if now < self._down_until:  # the database was just found down: don't wait on it
            return self.fallback.hit(key)
        try:
            return self._hit(self._key(key), now)
        except StoreUnavailable as exc:
            self._down_until = now + StoreUnavailable.retry_after
            log.warning("rate limit counted in this process only: %s", exc)
            return self.fallback.hit(key)

    def _key(self, key: str) -> str:
        """Hashed: API keys are not stored."""
        return hashlib.sha256(f"{self.scope}:{key}".encode()).hexdigest()[:64]

    @guarded
    def _hit(self, key: str, now: float) -> Decision:
        limit, period = self.rate.limit, self.rate.period
        window = math.floor(now / period)
        elapsed = now - window * period
        weight = 1.0 - elapsed / period
        with self.engine.connect() as conn:
            previous = self._closed.get((key, window - 1))
            if previous is None:
                previous = conn.scalar(select(_TABLE.c.count).where(
                    _TABLE.c.key == key, _TABLE.c.window == window - 1)) or 0
                self._closed.put((key, window - 1), previous)
            cap = math.floor(limit - previous * weight + 1e-9)
            count = None
            if cap >= 1:
                statement = self._insert(_TABLE).values(key=key, window=window, count=1)
                statement = statement.on_conflict_do_update(
                    index_elements=[_TABLE.c.key, _TABLE.c.window],
                    set_={"count": _TABLE.c.count + 1},
                    where=_TABLE.c.count < cap).returning(_TABLE.c.count)
                count = conn.scalar(statement)
            if count is None:
                current = conn.scalar(select(_TABLE.c.count).where(
                    _TABLE.c.key == key, _TABLE.c.window == window)) or 0
            self._sweep(conn, now, window)
        if count is not None:
            return Decision(True, 0)
        return Decision(False, retry_after(limit, period, previous, current, elapsed))

    def _sweep(self, conn: Connection, now: float, window: int) -> None:
        """Windows older than the previous one go (by each process, once a period)."""
        with self._lock:
            if now < self._next_sweep:
                return
            self._next_sweep = now + self.rate.period
        conn.execute(delete(_TABLE).where(_TABLE.c.window < window - 1))


def retry_after(limit: int, period: float, previous: int, current: int,
                elapsed: float) -> int:
    """Whole seconds until the two-window estimate allows one more request."""
    if current + 1 > limit:  # wait for the next window, then for `current` to fade
        wait = (period - elapsed) + max(0.0, period * (1 - (limit - 1) / max(current, 1)))
    else:
        wait = period * (1 - (limit - 1 - current) / previous) - elapsed if previous else 1.0
    return max(1, math.ceil(wait))


def make_limiter(rate: Rate, scope: str, engine: Engine | None) -> Limiter:
    """The limit counted in `engine`'s database, or in this process when there is none."""
    if engine is None:
        return SlidingWindowLimiter(rate)
    return SharedLimiter(engine, rate, scope)
