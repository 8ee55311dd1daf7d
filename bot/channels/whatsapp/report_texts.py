"""What the WhatsApp bot says while it writes a report with the resident: WhatsApp's own
texts (`*bold*`, the word *batal*) over the shared plain ones
(`bot.channels.report_texts`), and the buttons, list and location request of each step,
within Meta's limits.

Button and row ids are Telegram's callback data: `r|start`, `rn|<country>`,
`rc|<category>`, `rp|skip`, `rk|send`, `rk|cancel`.
"""

from __future__ import annotations

from bot.channels.report_texts import merged
from bot.channels.shared import country_label
from bot.channels.whatsapp.client import (
    MAX_BUTTON_BODY,
    MAX_BUTTON_TITLE,
    MAX_LIST_BUTTON,
    MAX_ROW_TITLE,
    MAX_ROWS,
    Button,
    Buttons,
    Choices,
    LocationRequest,
    Row,
)
from bot.channels.whatsapp.texts import shorten
from indexer.countries import COUNTRIES

START = "r|start"
SKIP, SEND, CANCEL = "rp|skip", "rk|send", "rk|cancel"
CANCEL_WORDS = frozenset({"batal", "batalkan", "cancel", "stop", "berhenti"})

_OWN = {
    "id": {
        "intro": "Saya bisa menyusun laporan Anda untuk petugas kota: kategori, uraian, "
                 "lokasi dan foto. Ketik *batal* kapan saja untuk berhenti.",
        "pick": "Pilih kategori",
        "describe": "*{category}*. Ceritakan masalahnya: apa yang terjadi dan sejak kapan "
                    "(paling sedikit {min} karakter).",
        "summary": "*Ringkasan laporan*\nKategori: {category}\nUraian: {description}\n"
                   "Lokasi: {location}\nFoto: {photo}\n\nKirim laporan ini?",
        "done": "✅ Laporan Anda tercatat dengan nomor *{reference}*. Simpan nomor ini; "
                "ketik _status {reference}_ untuk melihat perkembangannya.",
        "offer_ask": "Ingin melaporkan masalah ini ke petugas kota?",
        "expired": "Laporan itu sudah tidak aktif. Ketik *lapor* untuk memulai lagi.",
    },
    "ms": {
        "intro": "Saya boleh menyediakan aduan anda untuk pegawai: kategori, keterangan, "
                 "lokasi dan gambar. Taip *batal* bila-bila masa untuk berhenti.",
        "pick": "Pilih kategori",
        "describe": "*{category}*. Terangkan masalahnya: apa yang berlaku dan sejak bila "
                    "(sekurang-kurangnya {min} aksara).",
        "summary": "*Ringkasan aduan*\nKategori: {category}\nKeterangan: {description}\n"
                   "Lokasi: {location}\nGambar: {photo}\n\nHantar aduan ini?",
        "done": "✅ Aduan anda direkodkan dengan nombor *{reference}*. Simpan nombor ini; "
                "taip _status {reference}_ untuk melihat perkembangannya.",
        "offer_ask": "Mahu membuat aduan tentang perkara ini kepada pegawai?",
        "expired": "Aduan itu sudah tidak aktif. Taip *lapor* untuk bermula semula.",
    },
}
REPORT_TEXTS = merged(_OWN)


def rtext(lang: str, key: str, **values: object) -> str:
    return REPORT_TEXTS.get(lang, REPORT_TEXTS["id"])[key].format(**values)


def offer_button(lang: str) -> Button:
    return Button(START, shorten(rtext(lang, "offer"), MAX_BUTTON_TITLE))


def offer_message(lang: str, body: str | None = None) -> Buttons:
    """The offer to make a report, under a refusal or a complaint (or a 👎's thanks)."""
    return Buttons(shorten(body or rtext(lang, "offer_ask"), MAX_BUTTON_BODY),
                   (offer_button(lang),))


def country_buttons(lang: str) -> Buttons:
    return Buttons(rtext(lang, "country"), tuple(Button(f"rn|{c}", country_label(c))
                                                 for c in COUNTRIES))


def category_list(lang: str, categories: list[tuple[str, str]]) -> Choices:
    return Choices(rtext(lang, "category"), shorten(rtext(lang, "pick"), MAX_LIST_BUTTON),
                   tuple(Row(f"rc|{code}", shorten(label, MAX_ROW_TITLE))
                         for code, label in categories[:MAX_ROWS]))


def location_request(lang: str) -> LocationRequest:
    return LocationRequest(rtext(lang, "where"))


def photo_buttons(lang: str, body: str) -> Buttons:
    return Buttons(body[:MAX_BUTTON_BODY],
                   (Button(SKIP, shorten(rtext(lang, "skip"), MAX_BUTTON_TITLE)),))


def summary_buttons(lang: str, category: str, description: str, location: str,
                    photo: bool) -> Buttons:
    """The summary to confirm, within a button message's 1,024 characters (a long
    description is cut at a word, its lines joined)."""
    def body(text: str) -> str:
        return rtext(lang, "summary", category=category, description=text, location=location,
                     photo=rtext(lang, "yes" if photo else "no"))

    room = max(MAX_BUTTON_BODY - len(body("")), 40)
    shown = description if len(description) <= room else shorten(description, room)
    return Buttons(body(shown)[:MAX_BUTTON_BODY], (
        Button(SEND, shorten(rtext(lang, "send"), MAX_BUTTON_TITLE)),
        Button(CANCEL, shorten(rtext(lang, "cancel"), MAX_BUTTON_TITLE))))
