"""What every chat channel says while it writes a report with the resident: the plain
texts in both languages (no markup, so Telegram's HTML and WhatsApp's `*bold*` can both
carry them), and the check of a description's length in the resident's terms.

Texts with markup, and those naming a channel's own commands or buttons, live with the
channel (`telegram/report_texts.py`, `whatsapp/report_texts.py`).
"""

from __future__ import annotations

from bot.reports.model import MAX_DESCRIPTION, MIN_DESCRIPTION
from bot.state.store import resident

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
