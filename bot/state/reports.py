"""Reports in the shared store: the reports (description and location masked), their
photos, the status history, and the outbox their forwarding goes through.

The outbox holds one row per report, target and event; a replica claims a due row with one
conditional UPDATE (checking the row count), so with several replicas on one database each
row is sent by one of them only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from bot.reports.model import FORWARDED, SUBMITTED, NewReport, Report, ReportStatus
from bot.state.privacy import mask
from bot.state.store import Base, utcnow


class ReportRow(Base):
    __tablename__ = "reports"
    reference: Mapped[str] = mapped_column(String(16), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(16))
    session_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    country: Mapped[str] = mapped_column(String(2))
    lang: Mapped[str] = mapped_column(String(2))
    category: Mapped[str] = mapped_column(String(32), index=True)
    description: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text, nullable=True)
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    area: Mapped[str | None] = mapped_column(String(120), nullable=True)
    happened: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # the one field kept as the resident gave it; only the forwarded copy carries it
    contact: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReportPhotoRow(Base):
    __tablename__ = "report_photos"
    reference: Mapped[str] = mapped_column(
        String(16), ForeignKey("reports.reference", ondelete="CASCADE"), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    content_type: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ReportStatusRow(Base):
    """Every status a report had, who set it and the note."""

    __tablename__ = "report_status_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    by: Mapped[str] = mapped_column(String(32))


class OutboxRow(Base):
    """One delivery still to make (or made): a report's event to one target."""

    __tablename__ = "report_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), index=True)
    target: Mapped[str] = mapped_column(String(16))  # email | webhook
    event: Mapped[str] = mapped_column(String(16))  # created | photo
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    due_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    claimed_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True,
                                                             index=True)
    last_error: Mapped[str | None] = mapped_column(String(300), nullable=True)


@dataclass(frozen=True)
class Delivery:
    """A claimed outbox row: send it, then say `delivered` or `failed`."""

    id: int
    reference: str
    target: str
    event: str
    attempts: int


@dataclass(frozen=True)
class StoredPhoto:
    content_type: str
    data: bytes


def _report(row: ReportRow, has_photo: bool) -> Report:
    return Report(row.reference, row.country, row.lang, row.category, row.description,
                  row.location, row.latitude, row.longitude, row.area, row.happened,
                  row.contact, row.session_id, row.channel, row.status, row.note,
                  row.created_at, row.updated_at, has_photo)


class ReportStore:
    """Reads and writes of reports, on the shared store's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    def _tx(self) -> Session:
        return self._session.begin()  # type: ignore[return-value]

    # reports -------------------------------------------------------------------------
    def add(self, reference: str, report: NewReport, channel: str,
            targets: Iterable[str], due: dt.datetime) -> Report:
        """Store a checked report (masked), its first status and its outbox rows."""
        with self._tx() as s:
            row = ReportRow(reference=reference, channel=channel, session_id=report.session_id,
                            country=report.country or "", lang=report.lang or "",
                            category=report.category, description=mask(report.description) or "",
                            location=mask(report.location), latitude=report.latitude,
                            longitude=report.longitude, area=mask(report.area),
                            happened=mask(report.happened), contact=report.contact,
                            status=SUBMITTED)
            s.add(row)
            s.add(ReportStatusRow(reference=reference, status=SUBMITTED, by=channel))
            for target in targets:
                s.add(OutboxRow(reference=reference, target=target, event="created",
                                due_at=due))
            s.flush()
            return _report(row, False)

    def get(self, reference: str) -> Report | None:
        with self._session() as s:
            row = s.get(ReportRow, reference)
            if row is None:
                return None
            return _report(row, self._has_photo(s, reference))

    def status(self, reference: str) -> ReportStatus | None:
        with self._session() as s:
            row = s.get(ReportRow, reference)
            return ReportStatus(row.reference, row.status, row.updated_at, row.note) if row else (
                None)

    def set_status(self, reference: str, status: str, note: str | None,
                   by: str = "staff") -> ReportStatus | None:
        with self._tx() as s:
            row = s.get(ReportRow, reference)
            if row is None:
                return None
            row.status, row.note, row.updated_at = status, mask(note), utcnow()
            s.add(ReportStatusRow(reference=reference, status=status, note=row.note, by=by))
            return ReportStatus(row.reference, row.status, row.updated_at, row.note)

    def history(self, reference: str) -> list[tuple[dt.datetime, str, str | None, str]]:
        with self._session() as s:
            rows = s.scalars(select(ReportStatusRow).where(
                ReportStatusRow.reference == reference).order_by(ReportStatusRow.id))
            return [(r.created_at, r.status, r.note, r.by) for r in rows]

    def reports(self, status: str | None = None, since: dt.datetime | None = None
                ) -> list[Report]:
        with self._session() as s:
            q = select(ReportRow).order_by(ReportRow.created_at)
            if status is not None:
                q = q.where(ReportRow.status == status)
            if since is not None:
                q = q.where(ReportRow.created_at >= since)
            photos = set(s.scalars(select(ReportPhotoRow.reference)))
            return [_report(r, r.reference in photos) for r in s.scalars(q)]

    def counts(self, since: dt.datetime | None = None) -> Counter[tuple[str, str, str]]:
        """How many reports per (category, country, area)."""
        with self._session() as s:
            q = select(ReportRow.category, ReportRow.country, ReportRow.area,
                       func.count()).group_by(ReportRow.category, ReportRow.country,
                                              ReportRow.area)
            if since is not None:
                q = q.where(ReportRow.created_at >= since)
            return Counter({(c, k, a or ""): n for c, k, a, n in s.execute(q)})

    # photos --------------------------------------------------------------------------
    def add_photo(self, reference: str, content_type: str, data: bytes,
                  targets: Iterable[str], due: dt.datetime) -> bool:
        """Attach the photo; targets that already have (or are sending) the report get a
        `photo` delivery of their own. False if the report already has a photo."""
        now = utcnow()
        with self._tx() as s:
            if self._has_photo(s, reference):
                return False
            s.add(ReportPhotoRow(reference=reference, content_type=content_type, data=data))
            sent = s.scalars(select(OutboxRow.target).where(
                OutboxRow.reference == reference, OutboxRow.event == "created",
                or_(OutboxRow.delivered_at.is_not(None), OutboxRow.claimed_until >= now)))
            for target in set(sent) & set(targets):
                s.add(OutboxRow(reference=reference, target=target, event="photo", due_at=due))
        return True

    @staticmethod
    def _has_photo(s: Session, reference: str) -> bool:
        return s.scalar(select(ReportPhotoRow.reference).where(
            ReportPhotoRow.reference == reference)) is not None

    def photo(self, reference: str) -> StoredPhoto | None:
        with self._session() as s:
            row = s.get(ReportPhotoRow, reference)
            return StoredPhoto(row.content_type, row.data) if row else None

    # the outbox ----------------------------------------------------------------------
    def due(self, now: dt.datetime, limit: int = 20) -> list[int]:
        with self._session() as s:
            return list(s.scalars(select(OutboxRow.id).where(
                OutboxRow.delivered_at.is_(None), OutboxRow.due_at <= now,
                or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now))
                .order_by(OutboxRow.due_at).limit(limit)))

    def claim(self, row_id: int, now: dt.datetime, lease: dt.timedelta) -> Delivery | None:
        """The row, if this caller is the one that claimed it (one UPDATE, row count 1)."""
        with self._tx() as s:
            result = s.execute(update(OutboxRow).where(
                OutboxRow.id == row_id, OutboxRow.delivered_at.is_(None),
                OutboxRow.due_at <= now,
                or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now))
                .values(claimed_until=now + lease))
            if getattr(result, "rowcount", 0) != 1:
                return None
            row = s.get(OutboxRow, row_id)
            assert row is not None
            return Delivery(row.id, row.reference, row.target, row.event, row.attempts)

    def delivered(self, delivery: Delivery) -> None:
        now = utcnow()
        with self._tx() as s:
            s.execute(update(OutboxRow).where(OutboxRow.id == delivery.id).values(
                delivered_at=now, claimed_until=None, attempts=OutboxRow.attempts + 1,
                last_error=None))
            left = s.scalar(select(func.count()).where(
                OutboxRow.reference == delivery.reference, OutboxRow.event == "created",
                OutboxRow.delivered_at.is_(None)))
            if not left:
                s.execute(update(ReportRow).where(
                    ReportRow.reference == delivery.reference, ReportRow.status == SUBMITTED)
                    .values(status=FORWARDED, updated_at=now))

    def failed(self, delivery: Delivery, error: str, retry_at: dt.datetime) -> None:
        with self._tx() as s:
            s.execute(update(OutboxRow).where(OutboxRow.id == delivery.id).values(
                claimed_until=None, attempts=OutboxRow.attempts + 1, due_at=retry_at,
                last_error=(mask(error) or "")[:300]))

    def next_due(self) -> dt.datetime | None:
        """When the earliest undelivered row may next be tried (a claim counts as busy)."""
        with self._session() as s:
            rows = s.execute(select(OutboxRow.due_at, OutboxRow.claimed_until).where(
                OutboxRow.delivered_at.is_(None)).order_by(OutboxRow.due_at).limit(50)).all()
        times = [max(due, claimed) if claimed else due for due, claimed in rows]
        return min(times) if times else None

    def outbox(self, reference: str | None = None) -> list[tuple[str, str, str, int, bool]]:
        """(reference, target, event, attempts, delivered) of every outbox row."""
        with self._session() as s:
            q = select(OutboxRow).order_by(OutboxRow.id)
            if reference is not None:
                q = q.where(OutboxRow.reference == reference)
            return [(r.reference, r.target, r.event, r.attempts, r.delivered_at is not None)
                    for r in s.scalars(q)]

    # retention -------------------------------------------------------------------------
    def purge(self, older_than_days: int) -> int:
        """Delete reports older than the retention period, with their photos, history and
        outbox rows."""
        cutoff = utcnow() - dt.timedelta(days=older_than_days)
        with self._tx() as s:
            old = select(ReportRow.reference).where(ReportRow.created_at < cutoff)
            for table in (ReportPhotoRow, ReportStatusRow, OutboxRow):
                s.execute(delete(table).where(table.reference.in_(old)))
            result = s.execute(delete(ReportRow).where(ReportRow.created_at < cutoff))
            return getattr(result, "rowcount", 0) or 0


def purge_reports(engine: Engine, older_than_days: int) -> int:
    """What `Store.purge` does for the rest of the store, for reports."""
    return ReportStore(engine).purge(older_than_days)
