"""Answers and refusals per day as plain SVG geometry (no script): two bars a day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.state.activity import DayCount

WIDTH, HEIGHT = 620, 180
LEFT, RIGHT, BOTTOM, TOP = 36, 24, 22, 8


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str  # "answered" | "refused"
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    # (y, value) of the horizontal guide lines; (x, text) of the dates under the axis
    ticks: tuple[tuple[float, int], ...]
    dates: tuple[tuple[float, str], ...]
    baseline: float
    answered: int
    refused: int


def day_chart(days: Sequence[DayCount], answered: str = "answered",
              refused: str = "refused") -> Chart:
    """Bars scaled to the busiest day; a label per bar for its tooltip."""
    top = max([max(d.answered, d.refused) for d in days] + [1])
    plot_h = HEIGHT - BOTTOM - TOP
    slot = (WIDTH - LEFT - RIGHT) / max(len(days), 1)
    bar_w = max(slot / 2 - 1, 1)
    base = HEIGHT - BOTTOM
    bars: list[Bar] = []
    dates: list[tuple[float, str]] = []
    for i, d in enumerate(days):
        x = LEFT + i * slot
        for offset, kind, value, word in ((0, "answered", d.answered, answered),
                                          (bar_w, "refused", d.refused, refused)):
            h = plot_h * value / top
            bars.append(Bar(round(x + offset, 1), round(base - h, 1), round(bar_w, 1),
                            round(h, 1), kind, f"{d.day.isoformat()}: {value} {word}"))
        if (len(days) - 1 - i) % 7 == 0:  # every week back from today
            dates.append((round(x, 1), d.day.strftime("%d/%m")))
    ticks = tuple((round(base - plot_h * v / top, 1), v) for v in sorted({0, top // 2, top}))
    return Chart(WIDTH, HEIGHT, tuple(bars), ticks, tuple(dates), base,
                 sum(d.answered for d in days), sum(d.refused for d in days))
