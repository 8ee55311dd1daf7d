"""A report written out in the resident's language, ready to paste into SP4N-LAPOR! or
SISPAA, with the agency it is for; and what a message that is itself a complaint looks like."""

from __future__ import annotations

import re
from typing import Any

from bot.reports.model import Report, category_label
from indexer.complaints import ComplaintChannel

# Who usually handles each category. A deployment names its own offices in _channels.yml
# (`reports: {agencies: {road: "Dinas PUPR Kota …"}}`).
AGENCIES = {
    "ID": {
        "road": "Dinas Pekerjaan Umum (Bina Marga) kabupaten/kota",
        "drainage": "Dinas Pekerjaan Umum (Sumber Daya Air) kabupaten/kota",
        "street_light": "Dinas Perhubungan atau Dinas Pekerjaan Umum kabupaten/kota "
                        "(penerangan jalan umum)",
        "rubbish": "Dinas Lingkungan Hidup kabupaten/kota",
        "public_order": "Satuan Polisi Pamong Praja (Satpol PP)",
        "public_service": "Instansi penyelenggara layanan yang bersangkutan",
        "other": "Pemerintah kabupaten/kota",
    },
    "MY": {
        "road": "Pihak Berkuasa Tempatan (majlis bandaraya/perbandaran/daerah), atau JKR "
                "bagi jalan persekutuan dan negeri",
        "drainage": "Pihak Berkuasa Tempatan (majlis bandaraya/perbandaran/daerah)",
        "street_light": "Pihak Berkuasa Tempatan (majlis bandaraya/perbandaran/daerah)",
        "rubbish": "Pihak Berkuasa Tempatan atau SWCorp",
        "public_order": "Pihak Berkuasa Tempatan (majlis bandaraya/perbandaran/daerah)",
        "public_service": "Agensi kerajaan yang memberi perkhidmatan berkenaan",
        "other": "Pihak Berkuasa Tempatan (majlis bandaraya/perbandaran/daerah)",
    },
}

LABELS = {
    "id": {"head": "Laporan untuk {name} ({url})", "title": "Judul", "category": "Kategori",
           "what": "Apa yang terjadi", "where": "Lokasi", "area": "Daerah",
           "when": "Waktu kejadian", "unknown": "tidak disebutkan", "for": "Ditujukan kepada",
           "reference": "Nomor rujukan Tanyakota", "map": "peta",
           "photo": "Foto terlampir"},
    "ms": {"head": "Aduan untuk {name} ({url})", "title": "Tajuk", "category": "Kategori",
           "what": "Perkara yang berlaku", "where": "Lokasi", "area": "Kawasan",
           "when": "Masa kejadian", "unknown": "tidak dinyatakan",
           "for": "Untuk perhatian", "reference": "Nombor rujukan Tanyakota", "map": "peta",
           "photo": "Gambar dilampirkan"},
}


def reports_config(channel: ComplaintChannel | None, area: str | None = None
                   ) -> dict[str, Any]:
    """The `reports:` entry of a country in _channels.yml, with an area's own entry
    (`reports: {areas: {"Kota Bandung": {...}}}`) laid over it."""
    config = (channel.extra.get("reports") if channel else None) or {}
    if not isinstance(config, dict):
        return {}
    areas = config.get("areas") or {}
    if area and isinstance(areas, dict):
        wanted = area.casefold()
        for name, own in areas.items():
            if str(name).casefold() == wanted and isinstance(own, dict):
                return {**config, **own}
    return config


def agency(report: Report, channel: ComplaintChannel | None) -> str:
    """The office the report is for: the deployment's own, else the usual one."""
    own = reports_config(channel, report.area).get("agencies") or {}
    if isinstance(own, dict) and own.get(report.category):
        return str(own[report.category])
    return AGENCIES.get(report.country, AGENCIES["ID"])[report.category]


def map_link(latitude: float, longitude: float) -> str:
    return (f"https://www.openstreetmap.org/?mlat={latitude:.6f}&mlon={longitude:.6f}"
            f"#map=18/{latitude:.6f}/{longitude:.6f}")


def where(report: Report, lang: str) -> str:
    """The location text and, when known, the coordinates with a map link."""
    parts = [report.location] if report.location else []
    if report.latitude is not None and report.longitude is not None:
        parts.append(f"{report.latitude:.6f}, {report.longitude:.6f} "
                     f"({LABELS[lang]['map']}: {map_link(report.latitude, report.longitude)})")
    return " — ".join(parts)


def title(report: Report) -> str:
    return f"[{category_label(report.category, report.lang)}] {report.title}"


def write_draft(report: Report, channel: ComplaintChannel | None) -> str:
    """The report as plain text in its language, one labelled line per part."""
    lang = report.lang if report.lang in LABELS else "id"
    words = LABELS[lang]
    lines = []
    if channel is not None:
        lines += [words["head"].format(name=channel.name, url=channel.url), ""]
    lines += [f"{words['title']}: {title(report)}",
              f"{words['category']}: {category_label(report.category, lang)}",
              f"{words['what']}: {report.description}",
              f"{words['where']}: {where(report, lang)}"]
    if report.area:
        lines.append(f"{words['area']}: {report.area}")
    lines += [f"{words['when']}: {report.happened or words['unknown']}",
              f"{words['for']}: {agency(report, channel)}"]
    if report.has_photo:
        lines.append(f"{words['photo']}.")
    lines.append(f"{words['reference']}: {report.reference}")
    return "\n".join(lines)


# --- a message that is itself a complaint -------------------------------------------------
_WANT = r"(?:mau|ingin|hendak|nak|mahu|ingin|akan|boleh|bisa|gimana|bagaimana|macam\s+mana|cara)"
_COMPLAINT = re.compile(
    rf"\b(?:{_WANT}\s+(?:buat\s+|membuat\s+|bikin\s+|kirim\s+|menyampaikan\s+|mengajukan\s+)?"
    r"(?:lapor|melapor|laporan|melaporkan|laporkan|aduan|adukan|mengadu|pengaduan|komplain)"
    r"|(?:buat|bikin|membuat|hantar|kirim)\s+(?:laporan|aduan|pengaduan)"
    r"|(?:jalan|lubang|longkang|selokan|got|drainase|saluran|parit|lampu|sampah|pokok|pohon)"
    r"\b[^.?!]{0,40}\b(?:berlubang|rusak|rosak|tersumbat|mampet|mati|padam|menumpuk|"
    r"bertimbun|berserakan|tumbang|roboh|retak|banjir|bocor|pecah)"
    r"|(?:berlubang|tersumbat|mampet|menumpuk|bertimbun)\b)",
    re.IGNORECASE,
)


def is_complaint(text: str | None) -> bool:
    """Whether a resident's message reports a problem ("mau lapor jalan berlubang", "nak
    buat aduan longkang tersumbat") rather than asks about a service."""
    return bool(text) and _COMPLAINT.search(text or "") is not None
