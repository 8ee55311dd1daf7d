import pytest

from bot.state.ratelimit import Rate, SlidingWindowLimiter
from indexer.errors import ConfigError


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("text, rate", [
    ("30/minute", Rate(30, 60)), ("5/second", Rate(5, 1)), ("1000 per hour", Rate(1000, 3600)),
    ("100/10minutes", Rate(100, 600)), ("2/day", Rate(2, 86400)), ("0/minute", Rate(0, 60)),
])
def test_rate_parses_the_usual_forms(text: str, rate: Rate) -> None:
    assert Rate.parse(text) == rate


@pytest.mark.parametrize("text", ["", "thirty/minute", "30", "30/fortnight"])
def test_rate_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(ConfigError):
        Rate.parse(text)


def test_limiter_refuses_over_the_limit_and_says_when_to_retry() -> None:
    clock = Clock()
    limiter = SlidingWindowLimiter(Rate(3, 60), clock)
    assert [limiter.hit("a").allowed for _ in range(3)] == [True, True, True]
    clock.now += 20
    refused = limiter.hit("a")
    assert not refused.allowed and refused.retry_after == 40
    assert limiter.hit("b").allowed  # clients are counted apart
    clock.now += 40
    assert limiter.hit("a").allowed  # the first three left the window


def test_limiter_window_slides_rather_than_resets() -> None:
    clock = Clock()
    limiter = SlidingWindowLimiter(Rate(2, 60), clock)
    assert limiter.hit("a").allowed
    clock.now += 50
    assert limiter.hit("a").allowed
    clock.now += 15  # the first request left the window, the second has not
    assert limiter.hit("a").allowed
    assert not limiter.hit("a").allowed


def test_limiter_forgets_idle_clients() -> None:
    clock = Clock()
    limiter = SlidingWindowLimiter(Rate(2, 60), clock)
    for n in range(100):
        limiter.hit(f"client-{n}")
    clock.now += 61
    limiter.hit("late")
    assert list(limiter._log) == ["late"]


def test_zero_limit_switches_limiting_off() -> None:
    limiter = SlidingWindowLimiter(Rate(0, 60), Clock())
    assert all(limiter.hit("a").allowed for _ in range(1000))
