"""What the Telegram bot says while it writes a report with the resident, per language
(HTML; values are escaped by `texts.text`-style formatting here). The plain texts are
shared with the other chat channels (`bot.channels.report_texts`)."""

from __future__ import annotations

import html

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.channels.report_texts import merged
from indexer.countries import COUNTRIES, COUNTRY_FLAGS, COUNTRY_NAMES

# Telegram's own: HTML, its /batal and /lapor commands, its location button; the rest is
# shared
_OWN = {
    "id": {
        "intro": "Saya bisa menyusun laporan Anda untuk petugas kota: kategori, uraian, "
                 "lokasi dan foto. Ketik /batal kapan saja untuk berhenti.",
        "describe": "<b>{category}</b>. Ceritakan masalahnya: apa yang terjadi dan sejak "
                    "kapan (paling sedikit {min} karakter).",
        "send_location": "📍 Kirim lokasi saya",
        "summary": "<b>Ringkasan laporan</b>\nKategori: {category}\nUraian: {description}\n"
                   "Lokasi: {location}\nFoto: {photo}\n\nKirim laporan ini?",
        "done": "✅ Laporan Anda tercatat dengan nomor <code>{reference}</code>. Simpan "
                "nomor ini; ketik <code>status {reference}</code> untuk melihat "
                "perkembangannya.",
        "expired": "Laporan itu sudah tidak aktif. Ketik /lapor untuk memulai lagi.",
    },
    "ms": {
        "intro": "Saya boleh menyediakan aduan anda untuk pegawai: kategori, keterangan, "
                 "lokasi dan gambar. Taip /batal bila-bila masa untuk berhenti.",
        "describe": "<b>{category}</b>. Terangkan masalahnya: apa yang berlaku dan sejak "
                    "bila (sekurang-kurangnya {min} aksara).",
        "send_location": "📍 Hantar lokasi saya",
        "summary": "<b>Ringkasan aduan</b>\nKategori: {category}\nKeterangan: {description}\n"
                   "Lokasi: {location}\nGambar: {photo}\n\nHantar aduan ini?",
        "done": "✅ Aduan anda direkodkan dengan nombor <code>{reference}</code>. Simpan "
                "nombor ini; taip <code>status {reference}</code> untuk melihat "
                "perkembangannya.",
        "expired": "Aduan itu sudah tidak aktif. Taip /lapor untuk bermula semula.",
    },
}
REPORT_TEXTS = merged(_OWN)


def rtext(lang: str, key: str, **values: object) -> str:
    template = REPORT_TEXTS.get(lang, REPORT_TEXTS["id"])[key]
    return template.format(**{k: html.escape(str(v)) for k, v in values.items()})


def offer_button(lang: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(rtext(lang, "offer"), callback_data="r|start")


def country_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(f"{COUNTRY_FLAGS[c]} {COUNTRY_NAMES[c]}",
                                                       callback_data=f"rn|{c}")
                                  for c in COUNTRIES]])


def category_keyboard(categories: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(label, callback_data=f"rc|{code}")
               for code, label in categories]
    return InlineKeyboardMarkup([buttons[i:i + 2] for i in range(0, len(buttons), 2)])


def location_keyboard(lang: str) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup([[KeyboardButton(rtext(lang, "send_location"),
                                                request_location=True)]],
                               resize_keyboard=True, one_time_keyboard=True)


def photo_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(rtext(lang, "skip"),
                                                       callback_data="rp|skip")]])


def confirm_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(rtext(lang, "send"),
                                                       callback_data="rk|send"),
                                  InlineKeyboardButton(rtext(lang, "cancel"),
                                                       callback_data="rk|cancel")]])
