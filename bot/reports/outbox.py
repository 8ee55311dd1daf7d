"""Delivering reports through the outbox: a due row is claimed atomically, sent, and marked
delivered; a failure is tried again after the retry interval, doubling up to ten times it.
Several replicas (or workers) on one database send each row once."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from bot.reports.forward import DeliveryFailed, Outgoing, Targets
from bot.state.reports import Delivery, ReportStore
from bot.state.store import utcnow
from indexer.complaints import ComplaintChannel

log = logging.getLogger(__name__)

MAX_BACKOFF = 10  # times the retry interval
LEASE = dt.timedelta(minutes=2)  # a claim outlives a send's timeouts


def backoff(attempts: int, retry_seconds: float) -> float:
    """Seconds to wait after the `attempts`-th failure: 1×, 2×, 4×, 8×, then 10× the
    interval."""
    return retry_seconds * min(MAX_BACKOFF, 2 ** max(0, attempts - 1))


class OutboxWorker:
    """Sends due outbox rows; `run()` keeps doing so while the server runs."""

    def __init__(self, store: ReportStore, targets: Targets,
                 channel_of: Callable[[str], ComplaintChannel | None],
                 retry_seconds: float = 30.0) -> None:
        self.store = store
        self.targets = targets
        self.channel_of = channel_of
        self.retry_seconds = retry_seconds
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    def deliver_due(self, now: dt.datetime | None = None) -> int:
        """Claim and send every row due now; how many were delivered."""
        now = now or utcnow()
        delivered = 0
        for row_id in self.store.due(now):
            delivery = self.store.claim(row_id, now, LEASE)
            if delivery is not None and self._send(delivery):
                delivered += 1
        return delivered

    def _send(self, delivery: Delivery) -> bool:
        report = self.store.get(delivery.reference)
        if report is None:  # purged meanwhile
            self.store.delivered(delivery)
            return False
        photo = self.store.photo(report.reference) if report.has_photo else None
        out = Outgoing(report, delivery.event, self.channel_of(report.country), photo)
        try:
            self.targets.send(delivery.target, out, delivery.id)
        except DeliveryFailed as exc:
            wait = backoff(delivery.attempts + 1, self.retry_seconds)
            log.warning("report %s to %s failed (attempt %d), again in %.0f s: %s",
                        report.reference, delivery.target, delivery.attempts + 1, wait, exc)
            self.store.failed(delivery, str(exc), utcnow() + dt.timedelta(seconds=wait))
            return False
        self.store.delivered(delivery)
        log.info("report %s %s delivered by %s", report.reference, delivery.event,
                 delivery.target)
        return True

    def kick(self) -> None:
        """Look at the outbox now (safe from any thread)."""
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def run(self) -> None:
        """Deliver until cancelled: when kicked, when a row falls due, and every few
        seconds for rows other replicas added."""
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        poll = max(0.05, min(5.0, self.retry_seconds))
        while True:
            wait = poll
            try:
                await asyncio.to_thread(self.deliver_due)
                next_due = await asyncio.to_thread(self.store.next_due)
                if next_due is not None:
                    wait = min(poll, max(0.05, (next_due - utcnow()).total_seconds()))
            except Exception:  # a database hiccup must not stop the deliveries
                log.exception("the report outbox failed; trying again")
            try:
                await asyncio.wait_for(self._wake.wait(), wait)
            except TimeoutError:
                pass
            self._wake.clear()
