"""The staff console's view of the reports (`bot.channels.console.reports.ReportsBoard`):
recent reports, and a status change the resident then reads by reference."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from bot.channels.console.reports import ReportItem
from bot.reports.model import STAFF_STATUSES, Report
from bot.state.reports import ReportStore


def item(report: Report) -> ReportItem:
    where = report.location or (f"{report.latitude}, {report.longitude}"
                                if report.latitude is not None else "")
    return ReportItem(report.reference, report.status, report.category, report.country,
                      report.description, where, report.created, report.updated, report.note)


@dataclass(frozen=True)
class Board:
    store: ReportStore

    @property
    def statuses(self) -> tuple[str, ...]:
        return STAFF_STATUSES

    def recent(self, limit: int = 100) -> list[ReportItem]:
        reports = sorted(self.store.reports(), key=lambda r: r.created, reverse=True)
        return [item(r) for r in reports[:limit]]

    def set_status(self, reference: str, status: str,
                   note: str | None = None) -> ReportItem | None:
        if status not in STAFF_STATUSES or self.store.get(reference) is None:
            return None
        self.store.set_status(reference, status, note)
        changed = self.store.get(reference)
        return item(changed) if changed is not None else None


def board(engine: Engine) -> Board:
    """The board the console finds (`bot.channels.console.reports.find_board`)."""
    return Board(ReportStore(engine))
