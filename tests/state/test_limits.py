"""Rate limits counted in the database: every replica counts against the same windows."""

import threading
from pathlib import Path

import pytest

from bot.state.limits import SharedLimiter, retry_after
from bot.state.ratelimit import Rate
from bot.state.store import create_store
from tests.helpers.postgres import PostgresServer


class Clock:
    def __init__(self, now: float = 6000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/limits.db"
    return request.getfixturevalue("pg_url")


def test_two_replicas_share_one_limit(url: str) -> None:
    clock = Clock()
    replicas = [SharedLimiter(create_store(url).engine, Rate(5, 60), "v1", clock=clock)
                for _ in range(2)]
    allowed = [replicas[i % 2].hit("ip:1").allowed for i in range(8)]
    assert allowed == [True] * 5 + [False] * 3
    refused = replicas[0].hit("ip:1")
    assert not refused.allowed and 1 <= refused.retry_after <= 120
    assert replicas[1].hit("ip:2").allowed  # another client has its own count
    assert replicas[1].hit("ip:1").allowed is False  # refusals were not counted


def test_the_previous_window_fades_out(url: str) -> None:
    clock = Clock(6000.0)  # the start of a window
    limiter = SharedLimiter(create_store(url).engine, Rate(4, 60), "v1", clock=clock)
    assert all(limiter.hit("k").allowed for _ in range(4))
    clock.now = 6060.0 + 15  # a quarter into the next window: 3 of the 4 still weigh
    assert limiter.hit("k").allowed and not limiter.hit("k").allowed
    clock.now = 6060.0 + 59  # nearly all of it gone
    assert sum(limiter.hit("k").allowed for _ in range(4)) == 2
    clock.now = 6180.0 + 1  # two windows later nothing weighs
    assert sum(limiter.hit("k").allowed for _ in range(6)) == 4


def test_concurrent_requests_never_pass_the_limit(pg_url: str) -> None:
    engines = [create_store(pg_url).engine for _ in range(2)]
    limiters = [SharedLimiter(e, Rate(20, 3600), "v1") for e in engines]
    allowed: list[bool] = []
    lock = threading.Lock()

    def client(i: int) -> None:
        for _ in range(10):
            ok = limiters[i % 2].hit("ip:9").allowed
            with lock:
                allowed.append(ok)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(allowed) == 60 and sum(allowed) == 20


def test_a_database_down_falls_back_to_the_process_count(
        own_postgres: PostgresServer) -> None:
    limiter = SharedLimiter(create_store(own_postgres.create_database()).engine,
                            Rate(3, 60), "v1")
    assert limiter.hit("k").allowed
    own_postgres.stop()
    assert [limiter.hit("k").allowed for _ in range(4)] == [True, True, True, False]
    own_postgres.start()


def test_retry_after_is_when_one_more_request_fits() -> None:
    assert retry_after(10, 60, previous=0, current=10, elapsed=20) == 40 + 6
    # 10 × (1 − t/60) + 5 + 1 ≤ 10 from t = 36 s
    assert retry_after(10, 60, previous=10, current=5, elapsed=0) == 36
