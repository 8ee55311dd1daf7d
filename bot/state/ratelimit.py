"""Per-client rate limiting: a sliding window kept in memory.

One process keeps its own counts; behind several replicas each allows the full rate.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from indexer.errors import ConfigError

_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
_RATE = re.compile(r"^\s*(\d+)\s*(?:/|per)\s*(\d*)\s*(second|minute|hour|day)s?\s*$", re.I)


@dataclass(frozen=True)
class Rate:
    """`limit` requests per `period` seconds; a limit of 0 switches limiting off."""

    limit: int
    period: float

    @classmethod
    def parse(cls, text: str) -> Rate:
        """`30/minute`, `5/second`, `1000/hour`, `100/10minutes`; `0/minute` = no limit."""
        match = _RATE.match(text or "")
        if not match:
            raise ConfigError(f"rate limit {text!r} is not like '30/minute'")
        count, every, unit = match.groups()
        return cls(int(count), (int(every) if every else 1) * _UNITS[unit.lower()])


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int  # whole seconds until a request would be allowed (0 when allowed)


class SlidingWindowLimiter:
    """An exact sliding window: the times of each client's recent requests.

    Memory is at most `limit` timestamps per client seen within the last period.
    """

    def __init__(self, rate: Rate, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.clock = clock
        self._lock = threading.Lock()
        self._log: dict[str, deque[float]] = {}
        self._next_sweep = 0.0

    def hit(self, key: str) -> Decision:
        """Count one request of `key` if it is allowed."""
        limit, period = self.rate.limit, self.rate.period
        if limit <= 0:
            return Decision(True, 0)
        now = self.clock()
        with self._lock:
            self._sweep(now)
            times = self._log.setdefault(key, deque())
            while times and times[0] <= now - period:
                times.popleft()
            if len(times) >= limit:
                return Decision(False, max(1, math.ceil(times[0] + period - now)))
            times.append(now)
            return Decision(True, 0)

    def _sweep(self, now: float) -> None:
        """Forget clients with no request within the period (at most once a period)."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + self.rate.period
        cutoff = now - self.rate.period
        for key in [k for k, times in self._log.items() if not times or times[-1] <= cutoff]:
            del self._log[key]
