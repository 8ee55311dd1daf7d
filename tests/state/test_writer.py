"""Writes after the answer: in order, retried while the database is down, flushed."""

import threading

from bot.state.store import StoreUnavailable
from bot.state.writer import BackgroundWriter


def test_writes_wait_for_the_database_and_are_flushed_on_close() -> None:
    writer = BackgroundWriter(retry_seconds=0.01)
    done: list[int] = []
    failures = iter([True, True, False])
    gate = threading.Event()

    def slow() -> None:
        gate.wait(5)
        done.append(0)

    def flaky() -> None:
        if next(failures):
            raise StoreUnavailable("down")
        done.append(1)

    writer.submit(slow)  # returns at once: the caller does not wait for the write
    writer.submit(flaky)
    writer.submit(lambda: done.append(2))
    assert done == [] and writer.pending == 3
    gate.set()
    writer.close(timeout=5)
    assert done == [0, 1, 2] and writer.pending == 0 and writer.dropped == 0


def test_a_write_still_failing_at_shutdown_is_dropped_and_counted() -> None:
    writer = BackgroundWriter(retry_seconds=0.01)

    def down() -> None:
        raise StoreUnavailable("down")

    writer.submit(down)
    writer.close(timeout=0.2)
    assert writer.dropped == 1 and writer.pending == 0


def test_a_full_queue_drops_instead_of_blocking() -> None:
    writer = BackgroundWriter(maxsize=1)
    gate = threading.Event()
    writer.submit(lambda: gate.wait(5))
    for _ in range(3):
        writer.submit(lambda: None)
    assert writer.dropped >= 1
    gate.set()
    writer.close(timeout=5)
