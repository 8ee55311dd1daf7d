"""Writes that need not hold up an answer (refused questions for the staff report): done by
one background thread after the answer has gone, retried while the database is down,
flushed when the process stops."""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
from collections.abc import Callable

from bot.state.store import StoreUnavailable

log = logging.getLogger(__name__)


class BackgroundWriter:
    """A bounded queue of writes and the thread doing them, in order."""

    def __init__(self, maxsize: int = 10_000, retry_seconds: float = 1.0) -> None:
        self._queue: queue.Queue[Callable[[], None]] = queue.Queue(maxsize)
        self.retry_seconds = retry_seconds
        self.dropped = 0  # writes given up (queue full, or still failing when closed)
        self.written = 0
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    @property
    def pending(self) -> int:
        return self._queue.unfinished_tasks

    def submit(self, write: Callable[[], None]) -> None:
        """Do `write` soon; never blocks (a full queue drops it, counted and logged)."""
        if self._closing.is_set():
            self._do(write, retry=False)
            return
        self._start()
        try:
            self._queue.put_nowait(write)
        except queue.Full:
            self.dropped += 1
            log.warning("a background write was dropped: %d are waiting", self.pending)

    def _start(self) -> None:
        if self._thread is not None:
            return
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="store-writer",
                                                daemon=True)
                self._thread.start()
                atexit.register(self.close)

    def _run(self) -> None:
        while True:
            write = self._queue.get()
            try:
                self._do(write, retry=True)
            finally:
                self._queue.task_done()

    def _do(self, write: Callable[[], None], retry: bool) -> None:
        while True:
            try:
                write()
            except StoreUnavailable as exc:
                if retry and not self._closing.is_set():
                    log.warning("background write waits for the database: %s", exc)
                    time.sleep(self.retry_seconds)
                    continue
                self.dropped += 1
                log.warning("a background write was dropped: %s", exc)
            except Exception:
                self.dropped += 1
                log.exception("a background write failed")
            else:
                self.written += 1
            return

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every submitted write is done; False if `timeout` passed first."""
        deadline = time.monotonic() + timeout
        with self._queue.all_tasks_done:
            while self._queue.unfinished_tasks:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._queue.all_tasks_done.wait(left)
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Flush; what still waits for an unreachable database after `timeout` is dropped."""
        if not self.flush(timeout):
            self._closing.set()
            self.flush(self.retry_seconds + 5.0)
            if self.pending:
                log.warning("%d background write(s) lost at shutdown", self.pending)
        self._closing.set()
