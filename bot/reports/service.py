"""The reports desk the front desk hands to channels: make a report, attach its photo,
read its status, keep a chat's report while it is written; staff list them and set their
status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine

from bot.reports.draft import write_draft
from bot.reports.forward import Targets
from bot.reports.model import (
    STAFF_STATUSES,
    InvalidReport,
    NewReport,
    Report,
    ReportStatus,
    categories,
    is_reference,
    new_reference,
    status_label,
)
from bot.reports.outbox import OutboxWorker
from bot.reports.photo import Photo, clean_photo
from bot.state.drafts import DraftStore
from bot.state.reports import ReportStore
from bot.state.store import utcnow
from indexer.complaints import ComplaintChannel
from indexer.errors import TanyakotaError

FIRST_ATTEMPT = dt.timedelta(seconds=1)  # time for the photo that follows a web report
PHOTO_WINDOW = dt.timedelta(hours=1)


class ReportNotFound(TanyakotaError):
    """No report has that reference."""


class PhotoRefused(TanyakotaError):
    """The report has its photo already, or is too old for one."""


@dataclass(frozen=True)
class Submitted:
    """What the resident gets back: the reference, the draft to paste, where it goes."""

    reference: str
    status: str
    channel: ComplaintChannel | None
    draft: str
    forwarded: tuple[str, ...]  # the targets it is being sent to: email, webhook

    def to_dict(self) -> dict[str, Any]:
        return {"reference": self.reference, "status": self.status,
                "channel": ({"name": self.channel.name, "url": self.channel.url}
                            if self.channel else None),
                "draft": self.draft, "forwarded": list(self.forwarded)}


class Reports:
    """Reports over one database, forwarded to `targets` through the outbox."""

    def __init__(self, store: ReportStore, targets: Targets,
                 channel_of: Callable[[str], ComplaintChannel | None],
                 retry_seconds: float = 30.0) -> None:
        self.store = store
        self.targets = targets
        self.channel_of = channel_of
        self.retry_seconds = retry_seconds
        self.worker = OutboxWorker(store, targets, channel_of, retry_seconds)
        self.drafts = DraftStore(store.engine)

    def over(self, engine: Engine) -> Reports:
        """The same desk on another database."""
        return Reports(ReportStore(engine), self.targets, self.channel_of, self.retry_seconds)

    def categories(self, lang: str) -> list[tuple[str, str]]:
        return categories(lang)

    def make(self, new: NewReport, channel: str, default_country: str | None = None,
             photo: bytes | Photo | None = None) -> Submitted:
        """Check, store (masked) and queue the report for forwarding; the first attempt
        follows within a second or two. `photo`: bytes as received, or a `Photo` already
        cleaned (a chat's draft keeps it so; it is not encoded a second time)."""
        checked = new.checked(default_country)
        cleaned = clean_photo(photo) if isinstance(photo, bytes) else photo
        complaint = self.channel_of(checked.country or "")
        probe = self._probe(checked, channel)
        targets = tuple(self.targets.addresses(probe, complaint))
        reference = new_reference()
        due = utcnow() + FIRST_ATTEMPT
        report = self.store.add(reference, checked, channel, targets, due)
        if cleaned is not None:
            self.store.add_photo(reference, cleaned.content_type, cleaned.data, targets, due)
            report = self.store.get(reference) or report
        self.worker.kick()
        return Submitted(reference, report.status, complaint, write_draft(report, complaint),
                         targets)

    @staticmethod
    def _probe(checked: NewReport, channel: str) -> Report:
        now = utcnow()
        return Report("", checked.country or "", checked.lang or "", checked.category,
                      checked.description, checked.location, checked.latitude,
                      checked.longitude, checked.area, checked.happened, checked.contact,
                      checked.session_id, channel, "", None, now, now)

    def attach_photo(self, reference: str, data: bytes) -> None:
        report = self._get(reference)
        if utcnow() - report.created > PHOTO_WINDOW:
            raise PhotoRefused(f"{reference} is too old for a photo")
        photo = clean_photo(data)
        targets = self.targets.addresses(report, self.channel_of(report.country))
        if not self.store.add_photo(reference, photo.content_type, photo.data, targets,
                                    utcnow()):
            raise PhotoRefused(f"{reference} has a photo already")
        self.worker.kick()

    def status(self, reference: str) -> ReportStatus | None:
        return self.store.status(reference) if is_reference(reference) else None

    def status_text(self, reference: str, lang: str | None, guess: str
                    ) -> tuple[bool, str, str]:
        """What a resident reads for "status TK-…": whether it was found, the text, and its
        language (`lang`, else the report's own, else `guess`)."""
        report = self.store.get(reference) if is_reference(reference) else None
        status = self.status(reference)
        lang = lang or (report.lang if report else None) or guess
        if status is None:
            return False, STATUS_TEXT[lang]["unknown"].format(reference=reference), lang
        text = STATUS_TEXT[lang]["known"].format(
            reference=reference, status=status_label(status.status, lang),
            updated=status.updated.strftime("%Y-%m-%d %H:%M"))
        if status.note:
            text += " " + STATUS_TEXT[lang]["note"].format(note=status.note)
        return True, text, lang

    # staff ---------------------------------------------------------------------------
    def set_status(self, reference: str, status: str, note: str | None) -> ReportStatus:
        if status not in STAFF_STATUSES:
            raise InvalidReport("status", f"must be one of {', '.join(STAFF_STATUSES)}")
        changed = self.store.set_status(reference, status, note)
        if changed is None:
            raise ReportNotFound(f"no report {reference}")
        return changed

    def list(self, status: str | None = None, since: dt.datetime | None = None
             ) -> list[Report]:
        return self.store.reports(status, since)

    def _get(self, reference: str) -> Report:
        report = self.store.get(reference) if is_reference(reference) else None
        if report is None:
            raise ReportNotFound(f"no report {reference}")
        return report


STATUS_TEXT = {
    "id": {"known": "Status laporan {reference}: {status} (diperbarui {updated} UTC).",
           "note": "Catatan petugas: {note}",
           "unknown": "Laporan {reference} tidak ditemukan. Periksa kembali nomornya."},
    "ms": {"known": "Status aduan {reference}: {status} (dikemas kini {updated} UTC).",
           "note": "Catatan pegawai: {note}",
           "unknown": "Aduan {reference} tidak dijumpai. Sila semak semula nombornya."},
}


def make_targets(smtp_url: str | None, smtp_user: str | None, smtp_password: str | None,
                 email: str | None, sender: str | None, webhook_url: str | None,
                 webhook_secret: str | None) -> Targets:
    from bot.reports.forward import SmtpServer

    smtp = SmtpServer.parse(smtp_url, smtp_user, smtp_password) if smtp_url else None
    return Targets(smtp, email, sender, webhook_url, webhook_secret)
