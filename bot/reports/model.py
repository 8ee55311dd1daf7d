"""What a report is: its categories per country and language, the checks on its fields,
its unguessable reference and its statuses. The one place for these rules."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass

from indexer.countries import COUNTRIES, LANG_OF_COUNTRY, LANGS
from indexer.errors import TanyakotaError

MIN_DESCRIPTION, MAX_DESCRIPTION = 10, 2000
MAX_LOCATION = 300
MAX_SHORT = 120  # area, when it happened
MAX_CONTACT = 200

# The readable prefix, then 10 characters from 31 that cannot be misread (no 0/O, 1/I/L):
# 31**10 ≈ 8.2e14 references, drawn with `secrets`.
REFERENCE_PREFIX = "TK-"
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 10
_REFERENCE = re.compile(rf"\bTK-[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}\b", re.IGNORECASE)

# Statuses: a new report, forwarded to the city's desk, then what the staff set.
SUBMITTED, FORWARDED = "submitted", "forwarded"
STAFF_STATUSES = ("received", "in_progress", "resolved", "rejected")
STATUSES = (SUBMITTED, FORWARDED, *STAFF_STATUSES)
STATUS_LABELS = {
    "id": {"submitted": "Terkirim, menunggu diteruskan", "forwarded": "Diteruskan ke petugas",
           "received": "Diterima petugas", "in_progress": "Sedang ditangani",
           "resolved": "Selesai", "rejected": "Ditolak"},
    "ms": {"submitted": "Dihantar, menunggu dimajukan", "forwarded": "Dimajukan kepada pegawai",
           "received": "Diterima pegawai", "in_progress": "Sedang diambil tindakan",
           "resolved": "Selesai", "rejected": "Ditolak"},
}

# Category codes (stable, for the city's systems) and their names in each language.
CATEGORIES = ("road", "drainage", "street_light", "rubbish", "public_order",
              "public_service", "other")
CATEGORY_LABELS = {
    "id": {"road": "Jalan", "drainage": "Drainase", "street_light": "Lampu jalan",
           "rubbish": "Sampah", "public_order": "Ketertiban", "public_service":
           "Pelayanan publik", "other": "Lainnya"},
    "ms": {"road": "Jalan raya", "drainage": "Longkang", "street_light": "Lampu jalan",
           "rubbish": "Sampah", "public_order": "Gangguan awam", "public_service":
           "Perkhidmatan awam", "other": "Lain-lain"},
}
# the names residents and portals use for the same categories
_ALIASES = {"jalan": "road", "jalan_raya": "road", "drainase": "drainage",
            "longkang": "drainage", "saluran": "drainage", "lampu_jalan": "street_light",
            "pju": "street_light", "sampah": "rubbish", "ketertiban": "public_order",
            "gangguan_awam": "public_order", "pelayanan_publik": "public_service",
            "perkhidmatan_awam": "public_service", "lainnya": "other", "lain_lain": "other"}


class InvalidReport(TanyakotaError):
    """A field of a report is missing or wrong; `field` names it."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def category_code(value: str | None) -> str:
    """The category code for a code or a name in Indonesian or Malay ("longkang")."""
    key = re.sub(r"[\s\-/]+", "_", (value or "").strip().casefold())
    code = key if key in CATEGORIES else _ALIASES.get(key)
    if code is None:
        raise InvalidReport("category", f"must be one of {', '.join(CATEGORIES)}")
    return code


def category_label(code: str, lang: str) -> str:
    return CATEGORY_LABELS.get(lang, CATEGORY_LABELS["id"])[code]


def categories(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every category, in `lang`."""
    return [(code, category_label(code, lang)) for code in CATEGORIES]


def status_label(status: str, lang: str) -> str:
    return STATUS_LABELS.get(lang, STATUS_LABELS["id"]).get(status, status)


def new_reference() -> str:
    return REFERENCE_PREFIX + "".join(secrets.choice(REFERENCE_ALPHABET)
                                      for _ in range(REFERENCE_LENGTH))


def find_reference(text: str | None) -> str | None:
    """The first report reference in `text` ("status TK-7Q4M2X9KDA"), upper-cased."""
    match = _REFERENCE.search(text or "")
    return match.group().upper() if match else None


def is_reference(value: str) -> bool:
    return _REFERENCE.fullmatch(value) is not None and value == value.upper()


@dataclass(frozen=True)
class NewReport:
    """What a resident submits, before it is checked (`checked()` returns the clean one)."""

    country: str | None
    category: str
    description: str
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    lang: str | None = None
    area: str | None = None
    happened: str | None = None
    contact: str | None = None
    session_id: str | None = None

    def checked(self, default_country: str | None = None) -> NewReport:
        """The report with its text trimmed and its codes normalised; raises
        `InvalidReport` naming the first wrong field."""
        country = (self.country or default_country or "").strip().upper()
        if country not in COUNTRIES:
            raise InvalidReport("country", f"must be one of {', '.join(COUNTRIES)}")
        lang = (self.lang or LANG_OF_COUNTRY[country]).strip().lower()
        if lang not in LANGS:
            raise InvalidReport("lang", f"must be one of {', '.join(LANGS)}")
        category = category_code(self.category)
        description = _text(self.description, "description", MAX_DESCRIPTION)
        if description is None or len(description) < MIN_DESCRIPTION:
            raise InvalidReport("description", f"must be {MIN_DESCRIPTION}–{MAX_DESCRIPTION} "
                                "characters")
        latitude = _coordinate(self.latitude, "latitude", 90.0)
        longitude = _coordinate(self.longitude, "longitude", 180.0)
        if (latitude is None) != (longitude is None):
            raise InvalidReport("longitude" if longitude is None else "latitude",
                                "latitude and longitude go together")
        location = _text(self.location, "location", MAX_LOCATION)
        if location is None and latitude is None:
            raise InvalidReport("location", "say where: a place, or latitude and longitude")
        session = _text(self.session_id, "session_id", 128)
        return NewReport(country, category, description, location, latitude, longitude, lang,
                         _text(self.area, "area", MAX_SHORT),
                         _text(self.happened, "happened", MAX_SHORT),
                         _text(self.contact, "contact", MAX_CONTACT), session)


def _text(value: str | None, field: str, limit: int) -> str | None:
    cleaned = " ".join(str(value or "").split()) if field != "description" else (
        "\n".join(" ".join(line.split()) for line in str(value or "").strip().splitlines()))
    if len(cleaned) > limit:
        raise InvalidReport(field, f"must be at most {limit} characters")
    return cleaned or None


def _coordinate(value: float | None, field: str, bound: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not (
            -bound <= float(value) <= bound):
        raise InvalidReport(field, f"must be a number from {-bound:g} to {bound:g}")
    return round(float(value), 6)


@dataclass(frozen=True)
class Report:
    """A stored report: its description and location masked; the contact only as given."""

    reference: str
    country: str
    lang: str
    category: str
    description: str
    location: str | None
    latitude: float | None
    longitude: float | None
    area: str | None
    happened: str | None
    contact: str | None
    session_id: str | None
    channel: str
    status: str
    note: str | None
    created: dt.datetime
    updated: dt.datetime
    has_photo: bool = False

    @property
    def title(self) -> str:
        """The first words of the description, as a one-line title."""
        first = self.description.splitlines()[0]
        return first if len(first) <= 80 else first[:79].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class ReportStatus:
    """What a resident may read by reference: never the content."""

    reference: str
    status: str
    updated: dt.datetime
    note: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"reference": self.reference, "status": self.status,
                "updated": self.updated.replace(microsecond=0).isoformat() + "Z",
                "note": self.note}
