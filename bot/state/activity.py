"""Answers and refusals counted per day (UTC), for the staff console's chart.

Only numbers are kept, never a question, so the counts outlive the retention period of the
questions themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, Integer, String, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.state.store import Base, utcnow

OUTCOMES = ("answered", "suggested", "refused")


class AnswerDayRow(Base):
    __tablename__ = "answer_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    answered: int = 0
    refused: int = 0  # not answered: refused, a service not covered, or only suggestions


def count_answer(engine: Engine, outcome: str) -> None:
    """One more `outcome` (`bot.assistant.outcome_of`) today; safe with several
    replicas."""
    day = utcnow().date()
    for _ in range(3):
        with Session(engine) as s, s.begin():
            done = s.execute(update(AnswerDayRow)
                             .where(AnswerDayRow.day == day, AnswerDayRow.outcome == outcome)
                             .values(count=AnswerDayRow.count + 1))
            if getattr(done, "rowcount", 0):
                return
        try:
            with Session(engine) as s, s.begin():
                s.add(AnswerDayRow(day=day, outcome=outcome, count=1))
            return
        except IntegrityError:  # another replica inserted the day first: update it
            continue


def answers_per_day(engine: Engine, days: int = 30,
                    today: dt.date | None = None) -> list[DayCount]:
    """The last `days` days, oldest first, with zeros for days without answers."""
    today = today or utcnow().date()
    first = today - dt.timedelta(days=days - 1)
    counts: dict[dt.date, dict[str, int]] = {}
    with Session(engine) as s:
        for row in s.scalars(select(AnswerDayRow).where(AnswerDayRow.day >= first,
                                                        AnswerDayRow.day <= today)):
            counts.setdefault(row.day, {})[row.outcome] = row.count
    # the chart's "not answered": refused, a service not covered, suggestions only
    return [DayCount(day, counts.get(day, {}).get("answered", 0),
                     sum(n for k, n in counts.get(day, {}).items() if k != "answered"))
            for day in (first + dt.timedelta(days=n) for n in range(days))]
