"""What every chat channel says while it writes a report with the resident: the plain
texts in both languages (no markup, so Telegram's HTML and WhatsApp's `*bold*` can both
carry them), the check of a description's length in the resident's terms, and what a
chat shows of a draft and of the report once made.

Texts with markup, and those naming a channel's own commands or buttons, live with the
channel (`telegram/report_texts.py`, `whatsapp/report_texts.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.reports.model import MAX_DESCRIPTION, MAX_LOCATION, MIN_DESCRIPTION
from bot.state.drafts import ReportDraft
from bot.state.store import resident

if TYPE_CHECKING:
    from bot.reports.service import Submitted

REPORT_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "offer": "📝 Buat laporan",
        "country": "Laporan ini untuk negara mana?",
        "category": "Pilih kategori masalahnya:",
        "too_short": "Mohon ceritakan sedikit lebih lengkap (paling sedikit {min} karakter, "
                     "paling banyak {max}).",
        "too_long": "Uraiannya terlalu panjang (paling banyak {max} karakter). Mohon "
                    "ringkas, lalu kirim lagi.",
        "where": "Di mana tepatnya? Tekan tombol di bawah untuk mengirim lokasi Anda, atau "
                 "tulis alamat atau patokannya.",
        "located": "📍 Lokasi tercatat.",
        "photo": "Ada foto? Kirim satu foto masalahnya (JPEG/PNG, paling besar 5 MB), atau "
                 "lewati.",
        "skip": "Lewati foto",
        "photo_big": "Foto itu terlalu besar (paling besar 5 MB). Kirim foto lain atau "
                     "lewati.",
        "photo_only": "Kirim sebuah foto, atau tekan \"Lewati foto\".",
        "photo_bad": "Foto itu tidak bisa dipakai: kirim foto JPEG atau PNG (paling besar "
                     "5 MB), atau lewati.",
        "yes": "ada", "no": "tidak ada",
        "send": "✅ Kirim", "cancel": "✖ Batal",
        "cancelled": "Laporan dibatalkan.",
        "forwarded": "Laporan ini diteruskan ke petugas kota.",
        "paste": "Laporan ini belum diteruskan otomatis. Salin teks berikut ke {name}: {url}",
        "failed": "Laporan tidak bisa dibuat: {reason}",
    },
    "ms": {
        "offer": "📝 Buat aduan",
        "country": "Aduan ini untuk negara mana?",
        "category": "Pilih kategori masalah:",
        "too_short": "Sila terangkan dengan lebih lengkap (sekurang-kurangnya {min} aksara, "
                     "paling banyak {max}).",
        "too_long": "Keterangan itu terlalu panjang (paling banyak {max} aksara). Sila "
                    "ringkaskan, kemudian hantar semula.",
        "where": "Di mana tepatnya? Tekan butang di bawah untuk menghantar lokasi anda, atau "
                 "tulis alamat atau mercu tandanya.",
        "located": "📍 Lokasi direkodkan.",
        "photo": "Ada gambar? Hantar satu gambar masalah itu (JPEG/PNG, paling besar 5 MB), "
                 "atau langkau.",
        "skip": "Langkau gambar",
        "photo_big": "Gambar itu terlalu besar (paling besar 5 MB). Hantar gambar lain atau "
                     "langkau.",
        "photo_only": "Hantar sekeping gambar, atau tekan \"Langkau gambar\".",
        "photo_bad": "Gambar itu tidak boleh digunakan: hantar gambar JPEG atau PNG (paling "
                     "besar 5 MB), atau langkau.",
        "yes": "ada", "no": "tiada",
        "send": "✅ Hantar", "cancel": "✖ Batal",
        "cancelled": "Aduan dibatalkan.",
        "forwarded": "Aduan ini dimajukan kepada pegawai.",
        "paste": "Aduan ini belum dimajukan secara automatik. Salin teks berikut ke "
                 "{name}: {url}",
        "failed": "Aduan tidak dapat dibuat: {reason}",
    },
}


def merged(own: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """A channel's report texts: the shared ones with the channel's `own` laid over."""
    return {lang: {**REPORT_TEXTS[lang], **own.get(lang, {})} for lang in REPORT_TEXTS}


def description_problem(text: str) -> str | None:
    """`too_short` or `too_long` (the text to answer with) for a description outside
    MIN..MAX_DESCRIPTION characters; None when it fits. Measured as it will be kept,
    personal numbers masked ("0812…" is "[phone]")."""
    text = resident(text) or ""
    if len(text) < MIN_DESCRIPTION:
        return "too_short"
    if len(text) > MAX_DESCRIPTION:
        return "too_long"
    return None


def typed_place(text: str) -> str:
    """A location the resident typed, as the draft keeps it."""
    return " ".join(text.split())[:MAX_LOCATION]


def where(draft: ReportDraft) -> str:
    """The location as the summary shows it: the place's words and/or its coordinates."""
    parts = [str(draft.get("location"))] if draft.get("location") else []
    if draft.get("latitude") is not None and draft.get("longitude") is not None:
        parts.append(f"{draft.get('latitude'):.5f}, {draft.get('longitude'):.5f}")
    return " — ".join(parts) or "-"


def sent_lines(rtext: Callable[..., str], lang: str, made: Submitted) -> list[str]:
    """What a chat says once the report is made (`rtext`: the channel's texts): its
    reference, and that it went to the city's desk or is to be pasted into the country's
    complaint channel — the text to paste (`made.draft`) each channel shows its own way,
    when `to_paste(made)`."""
    lines = [rtext(lang, "done", reference=made.reference)]
    if made.forwarded:
        lines.append(rtext(lang, "forwarded"))
    elif made.channel is not None:
        lines.append(rtext(lang, "paste", name=made.channel.name, url=made.channel.url))
    return lines


def to_paste(made: Submitted) -> bool:
    return not made.forwarded and made.channel is not None
