"""What the console needs of the reports (laporan / aduan) module: a small board to list
reports and change their status. The reports module provides it as
`bot.reports.console.board(engine) -> ReportsBoard`; without it the page says so."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)
BOARD_MODULE = "bot.reports.console"


@dataclass(frozen=True)
class ReportItem:
    """A report as staff see it (its text masked by the reports module)."""

    reference: str
    status: str
    category: str = ""
    country: str | None = None
    description: str = ""
    location: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    note: str | None = None


class ReportsBoard(Protocol):
    """Reports, newest first, and their status as the resident reads it by reference."""

    @property
    def statuses(self) -> tuple[str, ...]: ...

    def recent(self, limit: int = 100) -> list[ReportItem]: ...

    def set_status(self, reference: str, status: str,
                   note: str | None = None) -> ReportItem | None:
        """The report with its new status; None when the reference is unknown."""
        ...


def find_board(engine: Engine) -> ReportsBoard | None:
    """The reports module's board on `engine`, or None when this build has none."""
    try:
        module = importlib.import_module(BOARD_MODULE)
    except ImportError:
        return None
    try:
        return module.board(engine)
    except Exception:  # a broken reports module must not take the console down
        log.exception("the reports board could not be opened")
        return None
